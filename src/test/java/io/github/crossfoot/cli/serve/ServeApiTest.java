package io.github.crossfoot.cli.serve;

import static io.github.crossfoot.cli.serve.ServeTesting.JSON;
import static io.github.crossfoot.cli.serve.ServeTesting.LIBRARY;
import static io.github.crossfoot.cli.serve.ServeTesting.libraryJson;
import static io.github.crossfoot.cli.serve.ServeTesting.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crossfoot.cli.serve.ServeTesting.Part;
import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.Label;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTTP API of {@code crossfoot serve} on a free loopback port, called with Java's HttpClient:
 * every kind of document the readers take answers exactly what the library answers for it, numbers
 * sent as JSON are checked as a report built in code, several documents are also checked across
 * reports, and each bad request gets its status and a message in Chinese and English.
 */
class ServeApiTest {

    private static ServeTesting serve;

    @BeforeAll
    static void start() throws IOException {
        serve = ServeTesting.start();
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    /** One document of every kind the readers take, consistent and damaged, from the test resources. */
    static Stream<Path> documents() {
        return Stream.of(
                "examples/example-2023-with-errors.txt", "examples/000_683628c7d948b694.txt",
                "src/test/resources/fixtures/seed001-tab-crlf-bom.txt", "src/test/resources/fixtures/seed004-cellperline-gb18030.txt",
                "src/test/resources/fixtures/g21-markdown-consistent.md", "src/test/resources/fixtures/g21-csv-consistent.csv",
                "src/test/resources/fixtures/g19-csv-typo-label.csv", "src/test/resources/fixtures/g21-html-consistent.html",
                "src/test/resources/fixtures/g19-html-gbk-consistent.html", "src/test/resources/fixtures/g21-docx-consistent.docx",
                "src/test/resources/fixtures/g19-docx-row-missing.docx", "src/test/resources/producer-corpus/libreoffice-gov-2021-doc-s3.doc",
                "src/test/resources/producer-corpus/libreoffice-gov-2021-sheet-s3.xlsx",
                "src/test/resources/producer-corpus/libreoffice-gov-2019-sheet-s3.xls",
                "src/test/resources/fixtures/g21-pdf-consistent.pdf", "src/test/resources/fixtures/g19-pdf-wrong-total.pdf",
                "src/test/resources/producer-corpus/chromium-gov-2021-wide-s3.pdf").map(Path::of);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void aDocumentUploadedInAFormAnswersWhatTheLibraryAnswers(Path document) throws Exception {
        byte[] bytes = Files.readAllBytes(document);
        String name = document.getFileName().toString();
        HttpResponse<String> response = serve.postParts("api/check", List.of(Part.file(document)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode answer = tree(response.body());
        assertThat(answer).isEqualTo(libraryJson(name, bytes));
        JsonNode report = answer.at("/reports/0");
        assertThat(report.get("source").asText()).isEqualTo(name);
        assertThat(report.get("tables").size()).as("tables read from " + name).isPositive();
        Path expected = Path.of(document + ".expected");
        if (Files.exists(expected)) { // the fixture's recorded outcome, independent of the server
            assertThat(report.get("passed").asBoolean()).isEqualTo(Files.readString(expected).contains("\npassed: true"));
        }
    }

    @Test
    void aDocumentSentAsTheRawBodyIsNamedByItsParameterOrHeader() throws Exception {
        Path pdf = Path.of("src/test/resources/fixtures/g19-pdf-wrong-total.pdf");
        byte[] pdfBytes = Files.readAllBytes(pdf);
        HttpResponse<String> named = serve.send(serve.post("api/check?name=" + java.net.URLEncoder.encode("某局/2019年报.pdf",
                StandardCharsets.UTF_8), "application/pdf", pdfBytes).build());
        assertThat(named.statusCode()).isEqualTo(200);
        // the name labels the report; its directory part is dropped and never used as a path
        assertThat(tree(named.body())).isEqualTo(libraryJson("2019年报.pdf", pdfBytes));
        assertThat(tree(named.body()).at("/reports/0/passed").asBoolean()).isFalse();

        Path docx = Path.of("src/test/resources/fixtures/g21-docx-consistent.docx");
        byte[] docxBytes = Files.readAllBytes(docx);
        HttpResponse<String> disposed = serve.send(serve.post("api/check", "application/octet-stream", docxBytes)
                .header("Content-Disposition", "attachment; filename=\"../../etc/report.docx\"").build());
        assertThat(tree(disposed.body())).isEqualTo(libraryJson("report.docx", docxBytes));

        Path csv = Path.of("src/test/resources/fixtures/g21-csv-consistent.csv");
        byte[] csvBytes = Files.readAllBytes(csv);
        HttpResponse<String> typed = serve.send(serve.post("api/check", "text/csv", csvBytes).build());
        assertThat(tree(typed.body())).isEqualTo(libraryJson("document.csv", csvBytes));
        assertThat(tree(typed.body()).at("/reports/0/passed").asBoolean()).isTrue();
    }

    @Test
    void everyOutputFormatOfTheCliIsServed() throws Exception {
        Path errors = Path.of("examples/example-2023-with-errors.txt");
        HttpResponse<String> html = serve.postParts("api/check?format=html", List.of(Part.file(errors)));
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(html.body()).contains("cf-suspect").contains("12 → 21");
        HttpResponse<String> junit = serve.postParts("api/check?format=junit", List.of(Part.file(errors)));
        assertThat(junit.body()).contains("<testsuite").contains("failures=\"3\"");
        HttpResponse<String> sarif = serve.postParts("api/check?format=sarif&lang=en", List.of(Part.file(errors)));
        assertThat(tree(sarif.body()).at("/version").asText()).isEqualTo("2.1.0");
        HttpResponse<String> text = serve.postParts("api/check?format=text&lang=en", List.of(Part.file(errors)));
        assertThat(text.body()).contains("Table 3, row handled.disclosed: total is 27").doesNotContain("表三「");
        HttpResponse<String> all = serve.postParts("api/check?format=all", List.of(Part.file(errors)));
        JsonNode bundle = tree(all.body());
        assertThat(bundle.get("json")).isEqualTo(libraryJson("example-2023-with-errors.txt", Files.readAllBytes(errors)));
        assertThat(bundle.get("html").asText()).contains("12 → 21");
        assertThat(bundle.get("junit").asText()).startsWith("<?xml");
        assertThat(bundle.at("/sarif/runs/0/results").size()).isPositive();
    }

    @Test
    void pastedTextIsADocument() throws Exception {
        byte[] text = Files.readAllBytes(Path.of("examples/example-2023-with-errors.txt"));
        HttpResponse<String> response = serve.postParts("api/check", List.of(new Part("text", null, text)));
        assertThat(tree(response.body())).isEqualTo(libraryJson("pasted.txt", text));
    }

    @Test
    void severalDocumentsAreCheckedAcrossReports() throws Exception {
        Path previous = Path.of("examples/example-2022-previous-year.txt");
        Path current = Path.of("examples/example-2023-with-errors.txt");
        Path docx = Path.of("src/test/resources/fixtures/g21-docx-consistent.docx");
        HttpResponse<String> response = serve.postParts("api/check-all",
                List.of(Part.file(previous), Part.file(current), Part.file(docx)));
        JsonNode answer = tree(response.body());
        assertThat(answer).isEqualTo(libraryJson(List.of(
                LIBRARY.read(previous.getFileName().toString(), Files.readAllBytes(previous)),
                LIBRARY.read(current.getFileName().toString(), Files.readAllBytes(current)),
                LIBRARY.read(docx.getFileName().toString(), Files.readAllBytes(docx)))));
        assertThat(answer.at("/summary/reports").asInt()).isEqualTo(3);
        assertThat(answer.at("/summary/byRule/dataset.carry-over").asInt()).isEqualTo(3);
    }

    /** The numbers of the example with planted errors, as the JSON output prints its tables. */
    private static ObjectNode numbersOf(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("examples", file));
        JsonNode printed = libraryJson(file, bytes).at("/reports/0");
        ObjectNode body = JSON.createObjectNode();
        body.put("source", "numbers-" + file);
        body.set("format", printed.get("format"));
        body.set("agency", printed.get("agency"));
        body.set("year", printed.get("year"));
        body.set("tables", printed.get("tables"));
        return body;
    }

    /** The same numbers built in code, as a publishing system embedding the library would. */
    private static Report builtInCode(String source, String file) {
        Report read = LIBRARY.read(file, readExample(file));
        Report.Builder b = LIBRARY.newReport(source, read.format()).agency(read.agency().orElseThrow())
                .year(read.year().getAsInt());
        for (Table t : read.tables().values()) {
            b.table(t.id(), table -> {
                for (Label row : t.rows()) {
                    for (Label column : t.columns()) {
                        Cell c = t.cell(row.id(), column.id()).orElse(null);
                        if (c == null) {
                            continue;
                        }
                        if (c.value().number().isPresent()) {
                            table.value(row.id(), column.id(), c.value().number().get());
                        } else {
                            table.blank(row.id(), column.id());
                        }
                    }
                }
            });
        }
        return b.build();
    }

    private static byte[] readExample(String file) {
        try {
            return Files.readAllBytes(Path.of("examples", file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void numbersSentAsJsonAreCheckedAsAReportBuiltInCode() throws Exception {
        ObjectNode body = numbersOf("example-2023-with-errors.txt");
        HttpResponse<String> response = serve.send(serve.post("api/check", "application/json",
                JSON.writeValueAsBytes(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = tree(response.body());
        assertThat(answer).isEqualTo(libraryJson(List.of(builtInCode("numbers-example-2023-with-errors.txt",
                "example-2023-with-errors.txt"))));
        assertThat(answer.at("/reports/0/passed").asBoolean()).isFalse();
        JsonNode suspect = null;
        for (JsonNode v : answer.at("/reports/0/violations")) {
            if (v.get("rule").asText().equals("suspect.cell") && v.at("/cells/0/column").asText().equals("natural_person")
                    && v.at("/cells/0/row").asText().equals("handled.disclosed")) {
                suspect = v;
            }
        }
        assertThat(suspect).as("the planted 12 for 21 is found in the numbers").isNotNull();
        assertThat(suspect.at("/cells/0/expected").asInt()).isEqualTo(21);

        ObjectNode two = JSON.createObjectNode();
        two.putArray("reports").add(numbersOf("example-2022-previous-year.txt")).add(body);
        JsonNode dataset = tree(serve.send(serve.post("api/check-all", "application/json", JSON.writeValueAsBytes(two)).build()).body());
        assertThat(dataset).isEqualTo(libraryJson(List.of(builtInCode("numbers-example-2022-previous-year.txt",
                "example-2022-previous-year.txt"), builtInCode("numbers-example-2023-with-errors.txt", "example-2023-with-errors.txt"))));
        assertThat(dataset.at("/summary/byRule/dataset.carry-over").asInt()).isEqualTo(3);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code, String zh, String en) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode error = tree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("error").asText()).isEqualTo(code);
        assertThat(error.at("/message/zh").asText()).contains(zh);
        assertThat(error.at("/message/en").asText()).contains(en);
    }

    @Test
    void badRequestsAreRefusedWithTheirStatusAndAMessageInBothLanguages() throws Exception {
        byte[] text = readExample("example-2023-consistent.txt");
        assertRefused(serve.send(serve.post("api/check", "image/png", text).build()),
                415, "request.media-type", "不支持的内容类型「image/png」", "Unsupported content type 'image/png'");
        assertRefused(serve.send(serve.post("api/check", "text/plain", new byte[0]).build()),
                400, "request.empty", "没有内容", "empty");
        assertRefused(serve.postParts("api/check", List.of(new Part("file", "", new byte[0]))),
                400, "request.empty", "没有报告文件", "no report file");
        assertRefused(serve.send(serve.post("api/check", "application/json", "{\"tables\": {\"applications\": }"
                .getBytes(StandardCharsets.UTF_8)).build()), 400, "request.malformed", "JSON 无法解析，第 1 行第", "line 1, column");
        assertRefused(serve.send(serve.post("api/check", "multipart/form-data; boundary=other", ServeTesting.multipart(
                List.of(Part.file(Path.of("examples/example-2023-consistent.txt"))))).build()),
                400, "request.malformed", "multipart/form-data", "multipart/form-data");
        assertRefused(serve.send(serve.post("api/check", "multipart/form-data", text).build()),
                400, "request.malformed", "boundary", "boundary");
        assertRefused(serve.postParts("api/check", List.of(new Part("path", null, "/etc/passwd".getBytes(StandardCharsets.UTF_8)))),
                400, "request.invalid", "表单字段「path」无法识别", "Unknown form field 'path'");
        assertRefused(serve.postParts("api/check", List.of(Part.file(Path.of("examples/example-2023-consistent.txt")),
                Part.file(Path.of("examples/example-2022-previous-year.txt")))), 400, "request.invalid", "/api/check-all", "/api/check-all");
        assertRefused(serve.send(serve.post("api/check?format=xml", "text/plain", text).build()),
                400, "request.invalid", "参数 format", "format parameter");
        assertRefused(serve.send(serve.post("api/check?lang=xx", "text/plain", text).build()),
                400, "request.invalid", "参数 lang", "lang parameter");

        ObjectNode numbers = numbersOf("example-2023-with-errors.txt");
        ((ObjectNode) numbers.at("/tables/applications/new")).put("natural_person", "五十五");
        ((ObjectNode) numbers.at("/tables/applications/new")).put("commercial", 1e16);
        assertRefused(serve.send(serve.post("api/check", "application/json", JSON.writeValueAsBytes(numbers)).build()),
                400, "request.invalid", "/tables/applications/new/natural_person 应为数值或 null，而不是 \"五十五\"",
                "/tables/applications/new/commercial: ");
        numbers = numbersOf("example-2023-with-errors.txt");
        numbers.put("format", "gov-1999");
        assertRefused(serve.send(serve.post("api/check", "application/json", JSON.writeValueAsBytes(numbers)).build()),
                400, "request.invalid", "/format「gov-1999」未知；可用的格式：gov-2019, gov-2021", "formats: gov-2019, gov-2021");
        numbers.put("format", "gov-2021");
        numbers.remove("tables");
        assertRefused(serve.send(serve.post("api/check", "application/json", JSON.writeValueAsBytes(numbers)).build()),
                400, "request.invalid", "/tables 缺失", "/tables is missing");

        assertRefused(serve.get("api/check"), 405, "request.method", "GET", "use POST");
        assertThat(serve.get("api/check").headers().firstValue("Allow")).hasValue("POST");
        assertRefused(serve.send(serve.post("api/rules", "text/plain", text).build()), 405, "request.method", "POST", "use GET");
        assertRefused(serve.get("etc/passwd"), 404, "request.not-found", "/etc/passwd", "No such address");
        assertRefused(serve.postParts("api/check", List.of(Part.file(Path.of("examples/example-2023-consistent.txt")),
                new Part("rules", "my.rules", "format gov-2021\n".getBytes(StandardCharsets.UTF_8)))),
                403, "rules.not-allowed", "--allow-rules", "--allow-rules");
    }

    @Test
    void garbageUploadedAsADocumentIsAReportThatFails() throws Exception {
        byte[] garbage = new byte[50_000];
        new Random(14).nextBytes(garbage);
        HttpResponse<String> response = serve.send(serve.post("api/check?name=garbage.pdf", "application/octet-stream", garbage).build());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = tree(response.body());
        assertThat(answer).isEqualTo(libraryJson("garbage.pdf", garbage));
        assertThat(answer.at("/reports/0/passed").asBoolean()).isFalse();
        assertThat(answer.at("/reports/0/violations/0/rule").asText()).isIn("read.not-text", "read.failed");
    }

    /** Sends {@code head} and {@code body} over a plain socket and returns all the server answers. */
    private static String exchange(ServeTesting server, String head, byte[] body) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRequestOverTheSizeLimitIsNotRead() throws Exception {
        try (ServeTesting small = new ServeTesting(ServeSettings.defaults().withMaxRequestBytes(64 * 1024))) {
            // A declared length over the limit is refused before any byte of the body is sent.
            String declared = exchange(small, "POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 209715200\r\n\r\n", new byte[0]);
            assertThat(declared).startsWith("HTTP/1.1 413 ");
            JsonNode error = tree(declared.substring(declared.indexOf("\r\n\r\n") + 4));
            assertThat(error.get("error").asText()).isEqualTo("request.too-large");
            assertThat(error.at("/message/zh").asText()).contains("64 KB 的大小上限");
            assertThat(error.at("/message/en").asText()).contains("64 KB limit");
            // A body without a declared length is read up to the limit only.
            byte[] over = new byte[64 * 1024 + 100];
            java.util.Arrays.fill(over, (byte) 'x');
            java.io.ByteArrayOutputStream chunked = new java.io.ByteArrayOutputStream();
            chunked.writeBytes((Integer.toHexString(over.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.writeBytes(over);
            chunked.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String streamed = exchange(small, "POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", chunked.toByteArray());
            assertThat(streamed).startsWith("HTTP/1.1 413 ").contains("\"request.too-large\"");
            byte[] fits = readExample("example-2023-consistent.txt");
            assertThat(small.send(small.post("api/check", "text/plain", fits).build()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void whatJettyRefusesBeforeTheApiIsAnsweredInTheSameShape() throws Exception {
        String garbage = exchange(serve, "THIS IS NOT HTTP\r\n\r\n", new byte[0]);
        assertThat(garbage).startsWith("HTTP/1.1 400 ").contains("\"error\" : \"request.malformed\"")
                .contains("请求格式有误").contains("The request is malformed");
        String hugeHeader = exchange(serve, "GET /api/rules HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "a".repeat(20_000)
                + "\r\n\r\n", new byte[0]);
        assertThat(hugeHeader).startsWith("HTTP/1.1 431 ").contains("\"error\" : \"request.too-large\"");
    }

    @Test
    void ruleFilesAreTakenOnlyWhenAllowed() throws Exception {
        String rules = """
                format gov-2021

                rule local.few-applications {
                  title    "本单位：本年新收申请不超过 10 件"
                  severity warning
                  table    applications
                  check [new, total] <= 10
                  message zh "本年新收申请 {left} 件，超过 10 件。"
                  message en "{left} new applications, more than 10."
                }
                """;
        try (ServeTesting allowing = new ServeTesting(ServeSettings.defaults().withAllowRules(true))) {
            Part report = Part.file(Path.of("examples/example-2023-consistent.txt"));
            JsonNode answer = tree(allowing.postParts("api/check",
                    List.of(report, new Part("rules", "local.rules", rules.getBytes(StandardCharsets.UTF_8)))).body());
            List<String> found = new ArrayList<>();
            answer.at("/reports/0/violations").forEach(v -> found.add(v.get("rule").asText() + " " + v.at("/message/en").asText()));
            assertThat(found).contains("local.few-applications 67 new applications, more than 10.");
            assertRefused(allowing.postParts("api/check", List.of(report,
                            new Part("rules", "broken.rules", "format gov-2021\nrule x {\n  check [new, total] = \n}\n"
                                    .getBytes(StandardCharsets.UTF_8)))),
                    400, "rules.invalid", "broken.rules:", "broken.rules:");
            // the rules of one request are not kept for the next
            JsonNode plain = tree(allowing.postParts("api/check", List.of(report)).body());
            assertThat(plain.at("/summary/byRule").has("local.few-applications")).isFalse();
        }
    }

    @Test
    void rulesAreListed() throws Exception {
        HttpResponse<String> response = serve.get("api/rules");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rules = tree(response.body());
        List<String> formats = new ArrayList<>();
        rules.get("formats").forEach(f -> formats.add(f.get("id").asText()));
        assertThat(formats).containsExactly("gov-2019", "gov-2021");
        List<String> ids = new ArrayList<>();
        rules.at("/formats/1/rules").forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsAll(LIBRARY.rules().format("gov-2021").orElseThrow().rules().stream()
                .map(io.github.crossfoot.rules.RuleSpec::id).toList());
        List<String> builtIn = new ArrayList<>();
        rules.get("builtIn").forEach(b -> builtIn.add(b.get("id").asText()));
        assertThat(builtIn).contains("table.missing", "read.not-text", "suspect.cell", "dataset.carry-over");
    }

    @Test
    void thePageIsSelfContainedAndEachRequestIsLoggedInOneLineWithoutItsContent() throws Exception {
        try (ServeTesting fresh = ServeTesting.start()) {
            HttpResponse<String> page = fresh.get("");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
            assertThat(page.body()).contains("id=\"cf-files\"").doesNotContain("src=\"http").doesNotContain("href=\"http");
            fresh.postParts("api/check", List.of(Part.file(Path.of("examples/example-2023-with-errors.txt"))));
            fresh.send(fresh.post("api/check?name=secret-name.txt", "text/plain", readExample("example-2023-consistent.txt")).build());
            fresh.send(fresh.post("api/check", "image/png", new byte[] {1}).build());
            List<String> lines = List.copyOf(fresh.log);
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).matches(".*Z 127\\.0\\.0\\.1 GET / 200 in=0B out=\\d+B documents=0 \\d+ms");
            assertThat(lines.get(1)).matches(".* POST /api/check 200 in=\\d+B out=\\d+B documents=1 \\d+ms");
            assertThat(lines.get(3)).contains("POST /api/check 415");
            assertThat(String.join("\n", lines)).doesNotContain("示例").doesNotContain("example").doesNotContain("secret")
                    .doesNotContain("本年").doesNotContain("1268");
        }
    }
}
