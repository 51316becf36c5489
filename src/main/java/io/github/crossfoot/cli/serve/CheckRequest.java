package io.github.crossfoot.cli.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.util.Attributes;

/**
 * What a check request holds, taken from its body alone: documents (name and bytes, kept in memory),
 * or reports given as numbers (JSON), and any rule files. A name only labels a document in the
 * results and hints at its kind; it never reaches the file system.
 */
final class CheckRequest {

    /** A document as uploaded. */
    record Document(String name, byte[] bytes) {
    }

    /** A report given as numbers, and its JSON pointer in the body (for messages). */
    record Numbers(String at, JsonNode report) {
    }

    /** A rule file as uploaded. */
    record RuleFile(String name, String text) {
    }

    /** Most documents one request may hold (multipart parts, or reports in a JSON body). */
    static final int MAX_DOCUMENTS = 100;

    /** Raw bodies of these types are taken as one document; {@code text/*} is taken too. */
    private static final Map<String, String> DOCUMENT_TYPES = Map.ofEntries(
            Map.entry("application/octet-stream", ""),
            Map.entry("application/pdf", ".pdf"),
            Map.entry("application/msword", ".doc"),
            Map.entry("application/vnd.ms-excel", ".xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
            Map.entry("application/xhtml+xml", ".html"),
            Map.entry("text/html", ".html"),
            Map.entry("text/csv", ".csv"),
            Map.entry("text/markdown", ".md"),
            Map.entry("text/plain", ".txt"));

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;\\s]+)", Pattern.CASE_INSENSITIVE);

    final List<Document> documents;
    /** The reports given as numbers: one JSON object each; empty when documents were uploaded. */
    final List<Numbers> numbers;
    final List<RuleFile> rules;

    private CheckRequest(List<Document> documents, List<Numbers> numbers, List<RuleFile> rules) {
        this.documents = documents;
        this.numbers = numbers;
        this.rules = rules;
    }

    /** How many reports the request holds. */
    int size() {
        return documents.size() + numbers.size();
    }

    /** The media type of a Content-Type header, lower case, without parameters; octet-stream when absent. */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the server takes bodies of this media type at all (checked before the body is read). */
    static boolean accepts(String mediaType) {
        return mediaType.equals("multipart/form-data") || mediaType.equals("application/json")
                || mediaType.startsWith("text/") || DOCUMENT_TYPES.containsKey(mediaType);
    }

    /**
     * Parses a body.
     *
     * @param contentType        the Content-Type header (may be null)
     * @param contentDisposition the Content-Disposition header of a raw upload (may be null)
     * @param nameParameter      the {@code name} query parameter of a raw upload (may be null)
     */
    static CheckRequest parse(String contentType, String contentDisposition, String nameParameter, byte[] body)
            throws ApiException {
        String type = mediaType(contentType);
        if (!accepts(type)) {
            throw ApiException.mediaType(type);
        }
        if (body.length == 0) {
            throw ApiException.empty();
        }
        if (type.equals("multipart/form-data")) {
            return multipart(contentType, body);
        }
        if (type.equals("application/json")) {
            return new CheckRequest(List.of(), numbers(body), List.of());
        }
        String named = nameParameter != null ? nameParameter : fileName(contentDisposition);
        String fallback = "document" + DOCUMENT_TYPES.getOrDefault(type, ".txt");
        return new CheckRequest(List.of(new Document(safeName(named, fallback), body)), List.of(), List.of());
    }

    private static CheckRequest multipart(String contentType, byte[] body) throws ApiException {
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw ApiException.malformed("multipart/form-data 缺少 boundary 参数。", "multipart/form-data without a boundary parameter.");
        }
        // Everything stays in memory: the body is already bounded by the request size limit.
        MultiPartConfig config = new MultiPartConfig.Builder()
                .maxParts(MAX_DOCUMENTS + 10)
                .maxSize(body.length + 1L)
                .maxPartSize(body.length + 1L)
                .maxMemoryPartSize(body.length + 1L)
                .build();
        List<Document> documents = new ArrayList<>();
        List<RuleFile> rules = new ArrayList<>();
        try (MultiPartFormData.Parts parts = MultiPartFormData.getParts(new ByteBufferContentSource(ByteBuffer.wrap(body)),
                new Attributes.Mapped(), contentType, config)) {
            for (MultiPart.Part part : parts) {
                String field = part.getName() == null ? "" : part.getName();
                String file = part.getFileName();
                byte[] bytes = bytes(part);
                if (field.equals("rules")) {
                    rules.add(new RuleFile(safeName(file, "uploaded.rules"), new String(bytes, StandardCharsets.UTF_8)));
                } else if (file != null) {
                    // A browser sends a file field left empty as a part with no name and no bytes.
                    if (!file.isEmpty() || bytes.length > 0) {
                        documents.add(new Document(safeName(file, "document"), bytes));
                    }
                } else if (field.equals("text")) {
                    if (!new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                        documents.add(new Document("pasted.txt", bytes));
                    }
                } else {
                    throw ApiException.invalid("表单字段「" + clip(field) + "」无法识别：报告用带文件名的文件字段（如 file），粘贴的文本用 text，规则文件用 rules。",
                            "Unknown form field '" + clip(field) + "': send reports as file fields (e.g. file), pasted text as text, "
                                    + "rule files as rules.");
                }
            }
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() != null && e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
            String why = clip(String.valueOf(cause.getMessage()));
            throw ApiException.malformed("无法解析 multipart/form-data（" + why + "）。", "cannot parse multipart/form-data (" + why + ").");
        }
        if (documents.isEmpty()) {
            throw ApiException.noDocument();
        }
        if (documents.size() > MAX_DOCUMENTS) {
            throw tooMany(documents.size());
        }
        return new CheckRequest(List.copyOf(documents), List.of(), List.copyOf(rules));
    }

    private static ApiException tooMany(int n) {
        return ApiException.invalid("一次最多检查 " + MAX_DOCUMENTS + " 份报告，此请求有 " + n + " 份。",
                "At most " + MAX_DOCUMENTS + " reports per request; this one has " + n + ".");
    }

    private static byte[] bytes(MultiPart.Part part) throws IOException {
        ByteBuffer buffer = Content.Source.asByteBuffer(part.createContentSource());
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** The report objects of a JSON body: {@code {"reports":[…]}} or one report object. */
    private static List<Numbers> numbers(byte[] body) throws ApiException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列：";
            String whereEn = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            String why = clip(e.getOriginalMessage());
            throw ApiException.malformed("JSON 无法解析，" + where + why, "the JSON does not parse, " + whereEn + why);
        } catch (IOException e) {
            throw ApiException.malformed("JSON 无法读取。", "the JSON cannot be read.");
        }
        if (root == null || root.isMissingNode()) {
            throw ApiException.empty();
        }
        if (!root.isObject()) {
            throw ApiException.invalid("JSON 应为一个对象：一份报告 {\"format\", \"tables\", …}，或 {\"reports\": [ … ]}。",
                    "The JSON must be an object: one report {\"format\", \"tables\", …}, or {\"reports\": [ … ]}.");
        }
        JsonNode reports = root.get("reports");
        if (reports == null) {
            return List.of(new Numbers("", root));
        }
        if (!reports.isArray() || reports.isEmpty()) {
            throw ApiException.invalid("/reports 应为非空数组。", "/reports must be a non-empty array.");
        }
        if (reports.size() > MAX_DOCUMENTS) {
            throw tooMany(reports.size());
        }
        List<Numbers> list = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            list.add(new Numbers("/reports/" + i, reports.get(i)));
        }
        return List.copyOf(list);
    }

    /** The file name of a Content-Disposition header, or null. */
    static String fileName(String contentDisposition) {
        if (contentDisposition == null) {
            return null;
        }
        Matcher star = FILENAME_STAR.matcher(contentDisposition);
        if (star.find()) {
            try {
                return java.net.URLDecoder.decode(star.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        Matcher plain = FILENAME.matcher(contentDisposition);
        return plain.find() ? (plain.group(1) != null ? plain.group(1) : plain.group(2)) : null;
    }

    /**
     * A label for a document: the last part of what the client called it (no directory, no
     * control characters, at most 120 characters), or {@code fallback}.
     */
    static String safeName(String raw, String fallback) {
        if (raw == null) {
            return fallback;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? fallback : name;
    }

    private static String clip(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
