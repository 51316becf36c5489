package io.github.crossfoot.cli.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.readers.Limits;
import io.github.crossfoot.rules.BuiltInFindings;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.RuleFileException;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.RuleSpec;
import io.github.crossfoot.cli.Main.OutputFormat;
import io.github.crossfoot.writers.Language;
import io.github.crossfoot.writers.ResultWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The page and the HTTP API. A check reads the uploaded documents with the library's time limit
 * ({@link Crossfoot#read(String, byte[])}), checks them as one dataset ({@link Crossfoot#checkAll}) and
 * answers with the same writers as {@code crossfoot check}. At most {@code workers} checks run at
 * once and {@code queue} more wait; a request beyond them is answered 503 before its body is read,
 * which also bounds the memory held by uploads. Each request is logged in one line, without content.
 */
final class ApiHandler extends Handler.Abstract {

    static final String CHECK = "/api/check";
    static final String CHECK_ALL = "/api/check-all";
    static final String RULES = "/api/rules";
    static final String OPENAPI = "/api/openapi.json";

    /** Output formats of the check endpoints; {@code all} bundles the four the page offers. */
    static final List<String> FORMATS = List.of("json", "html", "junit", "sarif", "text", "all");

    private static final String JSON_TYPE = "application/json; charset=utf-8";
    /** The page loads nothing from anywhere: inline style and script, requests to this server only. */
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "img-src data: blob:; connect-src 'self' blob:; frame-src 'self' blob:; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";
    /** An HTML report fetched from the API is shown as a sandboxed document. */
    private static final String REPORT_POLICY = "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ServeSettings settings;
    private final Crossfoot crossfoot;
    private final Semaphore admitted;
    private final Semaphore working;
    private final Consumer<String> log;
    private final byte[] page;
    private final byte[] openapi;
    private final byte[] rules;

    /**
     * @throws RuleFileException when the operator's rule files have errors
     */
    ApiHandler(ServeSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
        this.crossfoot = checker(settings.ruleFiles());
        this.admitted = new Semaphore(settings.workers() + settings.queue());
        this.working = new Semaphore(settings.workers(), true);
        this.page = resource("index.html");
        this.openapi = resource("openapi.json");
        this.rules = rulesListing(crossfoot.rules());
    }

    /** A checker with the standard rules and {@code files}, within the server's limits. */
    private Crossfoot checker(List<CheckRequest.RuleFile> files) {
        RuleSet.Builder b = RuleSet.builder().standard();
        files.forEach(f -> b.add(f.name(), f.text()));
        return Crossfoot.withRules(b.build()).withLimits(Limits.defaults()
                .withTimeLimit(settings.timeLimit())
                .withMaxFileBytes(settings.maxRequestBytes()));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was answered, for the response and the log line. */
    private record Answer(int status, String contentType, byte[] body, Map<String, String> headers, int documents) {
        static Answer of(int status, String contentType, byte[] body) {
            return new Answer(status, contentType, body, Map.of(), 0);
        }

        Answer withDocuments(int n) {
            return new Answer(status, contentType, body, headers, n);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long started = System.nanoTime();
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        Answer answer;
        String failure = "";
        try {
            answer = route(method, path, request);
        } catch (ApiException e) {
            answer = error(e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Logged by its kind only: its message may quote a document.
            failure = " failure=" + e.getClass().getName();
            answer = error(ApiException.internal());
        }
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        answer.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        long millis = (System.nanoTime() - started) / 1_000_000;
        // logged before the answer leaves, so that a client never sees an answer whose line is not written yet
        log.accept(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + Request.getRemoteAddr(request) + " " + printable(method)
                + " " + printable(path) + " " + answer.status() + " in=" + Math.max(0, Request.getContentBytesRead(request))
                + "B out=" + answer.body().length + "B documents=" + answer.documents() + " " + millis + "ms" + failure);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
    }

    /** A request's path as one short log token: no line breaks or other controls, at most 100 characters. */
    private static String printable(String s) {
        String t = s.replaceAll("[\\p{Cc}\\s]", "?");
        return t.length() > 100 ? t.substring(0, 100) + "…" : t;
    }

    private Answer route(String method, String path, Request request) throws ApiException {
        boolean get = method.equals("GET") || method.equals("HEAD");
        switch (path) {
            case "/", "/index.html" -> {
                requireGet(get, method);
                Map<String, String> headers = Map.of("Content-Security-Policy", PAGE_POLICY, "X-Frame-Options", "DENY");
                return new Answer(200, "text/html; charset=utf-8", page, headers, 0);
            }
            case RULES -> {
                requireGet(get, method);
                return Answer.of(200, JSON_TYPE, rules);
            }
            case OPENAPI -> {
                requireGet(get, method);
                return Answer.of(200, JSON_TYPE, openapi);
            }
            case CHECK, CHECK_ALL -> {
                if (!method.equals("POST")) {
                    throw ApiException.method(method, "POST");
                }
                return check(request, path.equals(CHECK_ALL));
            }
            default -> throw ApiException.notFound(path);
        }
    }

    private static void requireGet(boolean get, String method) throws ApiException {
        if (!get) {
            throw ApiException.method(method, "GET, HEAD");
        }
    }

    private Answer check(Request request, boolean many) throws ApiException {
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        String format = query.getValue("format") == null ? "json" : query.getValue("format").toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw ApiException.invalid("参数 format 应为 " + String.join("、", FORMATS) + " 之一。",
                    "The format parameter must be one of " + String.join(", ", FORMATS) + ".");
        }
        Language language = language(query.getValue("lang"));
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mediaType = CheckRequest.mediaType(contentType);
        if (!CheckRequest.accepts(mediaType)) {
            throw ApiException.mediaType(mediaType);
        }
        if (request.getLength() > settings.maxRequestBytes()) {
            throw ApiException.tooLarge(settings.maxRequestBytes());
        }
        if (!admitted.tryAcquire()) {
            throw ApiException.busy();
        }
        try {
            CheckRequest parsed = CheckRequest.parse(contentType, request.getHeaders().get(HttpHeader.CONTENT_DISPOSITION),
                    query.getValue("name"), body(request));
            if (!many && parsed.size() != 1) {
                throw ApiException.invalid("/api/check 一次检查一份报告，此请求有 " + parsed.size() + " 份；多份请用 /api/check-all。",
                        "/api/check takes one report and this request holds " + parsed.size() + "; use /api/check-all for several.");
            }
            if (!parsed.rules.isEmpty() && !settings.allowRules()) {
                throw ApiException.rulesNotAllowed();
            }
            Crossfoot checker = crossfoot;
            if (!parsed.rules.isEmpty()) {
                List<CheckRequest.RuleFile> files = new ArrayList<>(settings.ruleFiles());
                files.addAll(parsed.rules);
                try {
                    checker = checker(files);
                } catch (RuleFileException e) {
                    throw ApiException.rules(e.getMessage());
                }
            }
            working.acquire();
            try {
                List<Report> reports = new ArrayList<>(parsed.size());
                for (CheckRequest.Numbers n : parsed.numbers) {
                    reports.add(NumbersReport.build(n.report(), n.at(), checker.rules()));
                }
                for (CheckRequest.Document d : parsed.documents) {
                    reports.add(checker.read(d.name(), d.bytes()));
                }
                return render(checker.checkAll(reports), format, language, checker.rules()).withDocuments(reports.size());
            } finally {
                working.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.busy();
        } finally {
            admitted.release();
        }
    }

    /** The language of the answer's words: any language with a catalogue file (zh when not given). */
    private static Language language(String lang) throws ApiException {
        if (lang == null) {
            return Language.ZH;
        }
        if (Language.available().contains(lang.toLowerCase(Locale.ROOT))) {
            return Language.of(lang.toLowerCase(Locale.ROOT));
        }
        List<String> names = List.copyOf(Language.available());
        throw ApiException.invalid("参数 lang 应为 " + String.join("、", names) + " 之一。",
                "The lang parameter must be one of " + String.join(", ", names) + ".");
    }

    /** The body, at most the size limit, in memory. */
    private byte[] body(Request request) throws ApiException {
        long max = settings.maxRequestBytes();
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw ApiException.malformed("请求内容未能读完（连接中断或超时）。", "the body could not be read to its end (the connection broke or timed out).");
        }
        if (body.length > max) {
            throw ApiException.tooLarge(max);
        }
        return body;
    }

    private static Answer render(List<CheckResult> results, String format, Language language, RuleSet rules) {
        if (format.equals("all")) {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
                g.writeStartObject();
                g.writeFieldName("json");
                g.writeRawValue(write(OutputFormat.json.writer(language, rules), results));
                g.writeStringField("html", write(OutputFormat.html.writer(language, rules), results));
                g.writeStringField("junit", write(OutputFormat.junit.writer(language, rules), results));
                g.writeFieldName("sarif");
                g.writeRawValue(write(OutputFormat.sarif.writer(language, rules), results));
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Answer.of(200, JSON_TYPE, out.toString().getBytes(StandardCharsets.UTF_8));
        }
        OutputFormat chosen = switch (format) {
            case "html", "junit", "sarif", "text" -> OutputFormat.valueOf(format);
            default -> OutputFormat.json;
        };
        byte[] body = write(chosen.writer(language, rules), results).getBytes(StandardCharsets.UTF_8);
        return switch (format) {
            case "html" -> new Answer(200, "text/html; charset=utf-8", body, Map.of("Content-Security-Policy", REPORT_POLICY), 0);
            case "junit" -> Answer.of(200, "application/xml; charset=utf-8", body);
            case "sarif" -> Answer.of(200, "application/sarif+json; charset=utf-8", body);
            case "text" -> Answer.of(200, "text/plain; charset=utf-8", body);
            default -> Answer.of(200, JSON_TYPE, body);
        };
    }

    private static String write(ResultWriter writer, List<CheckResult> results) {
        StringWriter out = new StringWriter();
        try {
            writer.write(results, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Answer error(ApiException e) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (e.status() == 503) {
            headers.put("Retry-After", "5");
        }
        if (e.allow() != null) {
            headers.put("Allow", e.allow());
        }
        return new Answer(e.status(), JSON_TYPE, errorBody(e.status(), e.code(), e.zh(), e.en()), headers, 0);
    }

    /** {@code {"status", "error", "message": {"zh", "en"}}}: every refusal has this shape. */
    static byte[] errorBody(int status, String code, String zh, String en) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("status", status);
        o.put("error", code);
        ObjectNode message = o.putObject("message");
        message.put("zh", zh);
        message.put("en", en);
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A format's first or last year; null when open (0 in the rule file). */
    private static void putYear(ObjectNode o, String field, int year) {
        if (year == 0) {
            o.putNull(field);
        } else {
            o.put(field, year);
        }
    }

    /** {@code GET /api/rules}: each format with its rules, then the built-in findings. */
    private static byte[] rulesListing(RuleSet rules) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode formats = root.putArray("formats");
        for (FormatSpec f : rules.formats()) {
            ObjectNode format = formats.addObject();
            format.put("id", f.id());
            format.put("title", f.title());
            format.put("basis", f.basis());
            putYear(format, "firstYear", f.firstYear());
            putYear(format, "lastYear", f.lastYear());
            ArrayNode list = format.putArray("rules");
            for (RuleSpec r : f.rules()) {
                list.addObject().put("id", r.id()).put("title", r.title()).put("severity", r.severity().id()).put("table", r.table());
            }
        }
        ArrayNode builtIn = root.putArray("builtIn");
        for (BuiltInFindings.Finding f : BuiltInFindings.all()) {
            ObjectNode finding = builtIn.addObject().put("id", f.id()).put("severity", f.severity().id());
            finding.putObject("description").put("zh", f.zh()).put("en", f.en());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
