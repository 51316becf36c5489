package io.github.crossfoot.writers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.BuiltInFindings;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.RuleSpec;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes results as a SARIF 2.1.0 log (Static Analysis Results Interchange Format), the format code
 * scanning services and IDE viewers read. One run; its tool is {@code crossfoot}.
 *
 * <ul>
 *   <li>{@code tool.driver.rules}: every rule of every format of the rule set (one descriptor per
 *       id, from its newest declaration; {@code properties.file} and {@code line} locate that
 *       declaration, {@code properties.definedIn} lists the file and line in each format), then every
 *       built-in finding id ({@link BuiltInFindings}), then any other id the results use. Each has
 *       {@code shortDescription}, {@code fullDescription} and {@code defaultConfiguration.level}.</li>
 *   <li>{@code results}: one per violation, in report order, with {@code ruleId}, {@code ruleIndex},
 *       {@code level} ({@code error}, {@code warning}, {@code note} for info), {@code message.text}
 *       in the chosen {@link Language} (Chinese then English for {@link Language#ZH}), one location:
 *       the report's source as {@code artifactLocation.uri} (a relative path stays relative, with
 *       {@code uriBaseId} {@code %SRCROOT%}; an absolute path becomes a {@code file:} URI),
 *       {@code region.startLine} when the finding has a line, and a logical location naming the
 *       table, row and column. {@code partialFingerprints["crossfoot/v1"]} identifies the finding
 *       across runs: a hash of the rule, source, table, row, column and cell ids (and, for reading
 *       and structure findings, the English message without its digits), so it survives changed
 *       values and shifted lines, plus the occurrence number among equal hashes. The Chinese and
 *       English messages (and the chosen language's), kind, cells and sides are in {@code properties}.</li>
 * </ul>
 *
 * <p>Needs jackson-databind on the class path. Does not close the writer. Stateless and
 * thread-safe.
 */
public final class SarifWriter implements ResultWriter {

    /** The {@code $schema} written into every log. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** Where people learn about the tool. */
    public static final String INFORMATION_URI = "https://github.com/crossfoot/crossfoot";
    /** The key of the fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT = "crossfoot/v1";
    /** The base id of relative artifact URIs: the directory the sources were named from. */
    public static final String SRCROOT = "%SRCROOT%";

    private static final String FALLBACK_VERSION = "0.1.0";
    /** Numbers as written: the default factory strips trailing zeros, which turns 10 into 1E+1. */
    @SuppressWarnings("deprecation")
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+://.*");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final Language language;
    private final RuleSet rules;

    /** Describes the rules of the standard rule set ({@link RuleSet#standard()}). */
    public SarifWriter(Language language) {
        this(language, RuleSet.standard());
    }

    /** {@code rules} is the rule set the results were checked with; its rules are described in the log. */
    public SarifWriter(Language language, RuleSet rules) {
        this.language = Objects.requireNonNull(language, "language");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Streams the log: each report's results as it comes, then the tool with its rule descriptors
     * (a finding of an id no rule file or built-in list declares gets a descriptor when first met).
     */
    @Override
    public Run start(Writer out) throws IOException {
        Map<String, ObjectNode> descriptors = declaredDescriptors();
        Map<String, Integer> index = new HashMap<>();
        for (String id : descriptors.keySet()) {
            index.put(id, index.size());
        }
        JsonGenerator json = mapper.getFactory().createGenerator(out).useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeArrayFieldStart("results");
        return new Run() {
            @Override
            public void add(CheckResult result) throws IOException {
                results(result.report().source(), result.report().format(), result.violations());
            }

            private void results(String source, String format, List<Violation> violations) throws IOException {
                Map<String, Integer> occurrences = new HashMap<>();
                for (Violation v : violations) {
                    Integer ruleIndex = index.computeIfAbsent(v.rule(), id -> {
                        descriptors.put(id, unknownDescriptor(v));
                        return index.size();
                    });
                    result(json, source, format, v, ruleIndex, occurrences);
                }
            }

            @Override
            public void finish(List<DatasetFindings> dataset) throws IOException {
                for (DatasetFindings d : dataset) {
                    results(d.source(), d.format(), d.violations());
                }
                json.writeEndArray();
                ObjectNode driver = NODES.objectNode();
                driver.put("name", "crossfoot");
                driver.put("informationUri", INFORMATION_URI);
                driver.put("version", toolVersion());
                ArrayNode rulesNode = driver.putArray("rules");
                descriptors.values().forEach(rulesNode::add);
                json.writeObjectFieldStart("tool");
                json.writeFieldName("driver");
                json.writeTree(driver);
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.flush();
                out.write("\n");
                out.flush();
            }
        };
    }

    // ------------------------------------------------------------------ rules

    /** The descriptors of every rule of the rule files and every built-in finding, in that order. */
    private Map<String, ObjectNode> declaredDescriptors() {
        // A rule id shared by several formats is described by its last (newest) declaration.
        Map<String, List<Map.Entry<FormatSpec, RuleSpec>>> declared = new LinkedHashMap<>();
        for (FormatSpec f : rules.formats()) {
            for (RuleSpec r : f.rules()) {
                declared.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(Map.entry(f, r));
            }
        }
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        declared.forEach((id, declarations) -> {
            ObjectNode d = descriptor(declarations.get(declarations.size() - 1).getValue());
            ArrayNode definedIn = ((ObjectNode) d.get("properties")).putArray("definedIn");
            for (Map.Entry<FormatSpec, RuleSpec> e : declarations) {
                ObjectNode where = definedIn.addObject();
                where.put("format", e.getKey().id());
                where.put("file", e.getValue().file());
                where.put("line", e.getValue().line());
            }
            out.put(id, d);
        });
        for (BuiltInFindings.Finding f : BuiltInFindings.all()) {
            out.computeIfAbsent(f.id(), id -> descriptor(f));
        }
        return out;
    }

    private ObjectNode descriptor(RuleSpec r) {
        ObjectNode d = NODES.objectNode();
        d.put("id", r.id());
        d.put("name", name(r.id()));
        // A title in ASCII is readable in any language; another (Chinese) one only where the catalogue shows it.
        d.putObject("shortDescription").put("text", language.text(isAscii(r.title()) ? "sarif.rule.ascii-title"
                : "sarif.rule.title", "title", r.title(), "rule", r.id(), "table", r.table()));
        d.putObject("fullDescription").put("text", language.text("sarif.rule.description", "title", r.title(),
                "rule", r.id(), "table", r.table(), "file", r.file(), "line", r.line()));
        d.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode p = d.putObject("properties");
        p.put("table", r.table());
        p.put("file", r.file());
        p.put("line", r.line());
        ArrayNode tags = p.putArray("tags");
        tags.add("rule-file");
        tags.add(r.table());
        return d;
    }

    private ObjectNode descriptor(BuiltInFindings.Finding f) {
        ObjectNode d = NODES.objectNode();
        d.put("id", f.id());
        d.put("name", name(f.id()));
        String about = language.text("about." + f.id());
        d.putObject("shortDescription").put("text", about);
        d.putObject("fullDescription").put("text", about
                + language.alongside().map(beneath -> "\n" + beneath.text("about." + f.id())).orElse(""));
        d.putObject("defaultConfiguration").put("level", level(f.severity()));
        ObjectNode p = d.putObject("properties");
        p.put("builtIn", true);
        ArrayNode tags = p.putArray("tags");
        tags.add("built-in");
        tags.add(f.id().substring(0, f.id().indexOf('.') < 0 ? f.id().length() : f.id().indexOf('.')));
        return d;
    }

    private static ObjectNode unknownDescriptor(Violation v) {
        ObjectNode d = NODES.objectNode();
        d.put("id", v.rule());
        d.put("name", name(v.rule()));
        d.putObject("shortDescription").put("text", v.rule());
        d.putObject("defaultConfiguration").put("level", level(v.severity()));
        return d;
    }

    /** {@code applications.row-total} → {@code ApplicationsRowTotal}. */
    static String name(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.length() == 0 ? id : b.toString();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    // ------------------------------------------------------------------ results

    private void result(JsonGenerator json, String source, String format, Violation v, Integer ruleIndex,
                        Map<String, Integer> occurrences) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", v.rule());
        if (ruleIndex != null) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("level", level(v.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", language.message(v));
        json.writeEndObject();

        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(source));
        if (!isAbsolute(source)) {
            json.writeStringField("uriBaseId", SRCROOT);
        }
        json.writeEndObject();
        if (v.line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", v.line());
            json.writeEndObject();
        }
        json.writeEndObject();
        if (v.table().isPresent()) {
            json.writeArrayFieldStart("logicalLocations");
            logical(json, v);
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();

        String hash = fingerprint(source, v);
        int n = occurrences.merge(hash, 1, Integer::sum);
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, hash + ":" + n);
        json.writeEndObject();

        json.writeObjectFieldStart("properties");
        json.writeStringField("kind", v.kind().id());
        json.writeStringField("severity", v.severity().id());
        json.writeStringField("table", v.table().orElse(null));
        json.writeStringField("row", v.row().orElse(null));
        json.writeStringField("column", v.column().orElse(null));
        JsonWriter.writeNumber(json, "left", v.left().orElse(null));
        JsonWriter.writeNumber(json, "right", v.right().orElse(null));
        JsonWriter.writeNumber(json, "difference", v.difference().orElse(null));
        json.writeFieldName("cells");
        JsonWriter.writeCells(json, v.cells());
        JsonWriter.writeMessage(json, v, language);
        json.writeStringField("format", format);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void logical(JsonGenerator json, Violation v) throws IOException {
        String table = v.table().orElseThrow();
        String row = v.row().orElse(null);
        String column = v.column().orElse(null);
        json.writeStartObject();
        json.writeStringField("name", column != null ? column : row != null ? row : table);
        json.writeStringField("fullyQualifiedName", "table:" + table + (row == null ? "" : "/row:" + row)
                + (column == null ? "" : "/column:" + column));
        json.writeStringField("kind",
                row != null && column != null ? "cell" : column != null ? "column" : row != null ? "row" : "table");
        json.writeObjectFieldStart("properties");
        json.writeStringField("table", table);
        if (row != null) {
            json.writeStringField("row", row);
        }
        if (column != null) {
            json.writeStringField("column", column);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * What identifies a finding whatever the values and line numbers: rule, source, table, row,
     * column, the ids of its cells, and for reading and structure findings the English message
     * without digits. SHA-256, first 32 hex digits.
     */
    static String fingerprint(String source, Violation v) {
        List<String> parts = new ArrayList<>();
        parts.add(v.rule());
        parts.add(source);
        parts.add(v.table().orElse(""));
        parts.add(v.row().orElse(""));
        parts.add(v.column().orElse(""));
        for (CellRef c : v.cells()) {
            parts.add(c.table() + "/" + c.row() + "/" + c.column());
        }
        if (v.kind() == Violation.Kind.READING || v.kind() == Violation.Kind.STRUCTURE) {
            parts.add(DIGITS.matcher(v.messageEn()).replaceAll("#"));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    // ------------------------------------------------------------------ URIs

    /** Whether the source names an absolute path or a URL (anything else is relative to %SRCROOT%). */
    static boolean isAbsolute(String source) {
        return source.startsWith("/") || source.startsWith("\\\\") || DRIVE.matcher(source).matches()
                || URL.matcher(source).matches();
    }

    /**
     * The source as a URI reference: a URL as it is, an absolute path as a {@code file:} URI, a
     * relative path relative (backslashes become slashes); anything outside the unreserved
     * characters percent-encoded as UTF-8.
     */
    static String uri(String source) {
        if (URL.matcher(source).matches()) {
            return encode(source, ":/?#[]@!$&'()*+,;=%");
        }
        if (source.startsWith("\\\\")) {
            return "file:" + encode(source.replace('\\', '/'), "/");
        }
        if (DRIVE.matcher(source).matches()) {
            String path = source.replace('\\', '/');
            return "file:///" + path.substring(0, 2) + encode(path.substring(2), "/");
        }
        if (source.startsWith("/")) {
            return "file://" + encode(source, "/");
        }
        return encode(source.replace('\\', '/'), "/");
    }

    private static String encode(String s, String keep) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved || (c < 0x80 && keep.indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ helpers

    private static String toolVersion() {
        String v = SarifWriter.class.getPackage() == null ? null : SarifWriter.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK_VERSION : v;
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }
}
