package io.github.crossfoot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: exit codes, text and JSON output, rule files, bad paths. */
class MainTest {

    /** A finished command line: its exit status and what it wrote. */
    record Run(int code, String out, String err) {
    }

    /** Runs the command line in this JVM with captured streams (shared by the cli tests). */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void passingReportsExitZero() {
        Run r = run("check", "src/test/resources/seeds/000_683628c7d948b694.txt",
                "src/test/resources/seeds/004_c480b6e418059ec0.txt");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("通过 PASSED").contains("合计：2 份报告，2 份通过").contains("Summary: 2 reports");
    }

    @Test
    void theLimitsAreOptions() {
        String pdf = "src/test/resources/producer-corpus/libreoffice-gov-2021-portrait-s3.pdf";
        assertThat(run("check", pdf).code()).isZero();
        Run r = run("check", "--max-pdf-pages", "1", pdf);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("read.limit").contains("超过 1 页的上限");
        Run cells = run("check", "--max-columns-per-row", "5", "--max-cells-per-table", "100000", "--max-cell-chars", "50",
                "--max-file-mb", "1", "src/test/resources/fixtures/g21-html-consistent.html");
        assertThat(cells.out()).contains("read.limit").contains("more than 5 cells");
        Run zero = run("check", "--max-cell-chars", "0", pdf);
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("--max-cell-chars must be a positive number");
    }

    @Test
    void aDirectoryIsCheckedRecursivelyAndTheMissingTablesFailIt() {
        Run r = run("check", "src/test/resources/seeds");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("5 份报告，4 份通过，1 份未通过")
                .contains("003_80eb4e39c25afce7.txt:30").contains("table.missing");
    }

    @Test
    void anHtmlFileOfALargeRunIsASummaryPageWithOnePagePerReport(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        int count = io.github.crossfoot.writers.HtmlWriter.ONE_PAGE_REPORTS + 1;
        byte[] good = Files.readAllBytes(Path.of("src/test/resources/seeds/004_c480b6e418059ec0.txt"));
        for (int i = 0; i < count; i++) {
            Files.write(reports.resolve(String.format("%03d.txt", i)), good);
        }
        Path page = dir.resolve("run.html");

        Run r = run("check", "--format", "json", "--output", "html=" + page, reports.toString());

        assertThat(r.code()).isZero();
        String summary = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(summary).contains("href=\"run-reports/1.html\"").contains("href=\"run-reports/" + count + ".html\"")
                .doesNotContain("class=\"cf-report");
        try (var pages = Files.list(dir.resolve("run-reports"))) {
            assertThat(pages.count()).isEqualTo(count);
        }
        assertThat(Files.readString(dir.resolve("run-reports/" + count + ".html"), StandardCharsets.UTF_8))
                .contains("200.txt").contains("href=\"../run.html#cf-index\"");
        // On standard output there is no folder to put pages in: the one page, with a hint on stderr.
        Run onStdout = run("check", "--format", "html", reports.toString());
        assertThat(onStdout.err()).contains("--output html=FILE");
        assertThat(onStdout.out()).contains("id=\"report-" + count + "\"");
    }

    @Test
    void jsonOutputKeepsTheContractNames() throws IOException {
        Run r = run("check", "--format", "json", "examples/example-2023-with-errors.txt",
                "src/test/resources/seeds/004_c480b6e418059ec0.txt");
        assertThat(r.code()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode bad = root.path("reports").get(0);
        assertThat(bad.path("source").asText()).endsWith("example-2023-with-errors.txt");
        assertThat(bad.path("format").asText()).isEqualTo("gov-2021");
        assertThat(bad.path("tables").path("applications").path("handled.disclosed").path("natural_person").asInt())
                .isEqualTo(12);
        assertThat(bad.path("tables").path("proactive").path("fees").path("amount_10k_yuan").decimalValue())
                .isEqualByComparingTo("96.35");
        JsonNode v = bad.path("violations").get(0);
        assertThat(v.path("rule").asText()).isEqualTo("applications.row-total");
        assertThat(v.path("severity").asText()).isEqualTo("error");
        assertThat(v.path("table").asText()).isEqualTo("applications");
        assertThat(v.path("row").asText()).isEqualTo("handled.disclosed");
        assertThat(v.path("column").isNull()).isTrue();
        assertThat(v.path("left").asInt()).isEqualTo(27);
        assertThat(v.path("right").asInt()).isEqualTo(18);
        assertThat(v.path("difference").asInt()).isEqualTo(9);
        assertThat(v.path("cells")).hasSize(7);
        assertThat(v.path("cells").get(1).path("label").asText()).isEqualTo("（一）予以公开 / 自然人");
        assertThat(v.path("cells").get(1).path("value").asInt()).isEqualTo(12);
        assertThat(v.path("cells").get(1).path("line").asInt()).isEqualTo(31);
        assertThat(v.path("message").path("zh").asText()).startsWith("表三「（一）予以公开」行");
        assertThat(v.path("message").path("en").asText()).startsWith("Table 3, row handled.disclosed");
        JsonNode good = root.path("reports").get(1);
        assertThat(good.path("tables").path("proactive").path("licensing").path("decisions").asInt()).isEqualTo(404);
        assertThat(good.path("violations")).isEmpty();
        assertThat(root.path("summary").path("reports").asInt()).isEqualTo(2);
        assertThat(root.path("summary").path("failed").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("byRule").path("reviews.group-total").asInt()).isEqualTo(1);
    }

    @Test
    void blankCellsAreNullInJson(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/seeds/000_683628c7d948b694.txt"));
        Path f = dir.resolve("blank.txt");
        Files.writeString(f, text.replace("一、本年新收政府信息公开申请数量\t\t0\t0", "一、本年新收政府信息公开申请数量\t\t0\t"));
        Run r = run("check", "--format", "json", f.toString());
        JsonNode row = new ObjectMapper().readTree(r.out()).path("reports").get(0).path("tables")
                .path("applications").path("new");
        assertThat(row.has("commercial")).isTrue();
        assertThat(row.path("commercial").isNull()).isTrue();
        assertThat(row.path("natural_person").asInt()).isZero();
    }

    @Test
    void userRuleFilesAreApplied(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("local.rules");
        Files.writeString(rules, """
                format gov-2021
                rule local.licensing-reported {
                  title "行政许可数量应大于 0"
                  severity warning
                  table proactive
                  check [licensing, decisions] > 0
                  message zh "本年未报告行政许可处理决定（{left}）。"
                  message en "No licensing decisions reported ({left})."
                }
                """, StandardCharsets.UTF_8);
        Run r = run("check", "--rules", rules.toString(), "src/test/resources/seeds/000_683628c7d948b694.txt",
                "src/test/resources/seeds/004_c480b6e418059ec0.txt");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsOnlyOnce("[警告 warning] local.licensing-reported")
                .contains("本年未报告行政许可处理决定（0）");
    }

    @Test
    void aBrokenRuleFileIsAUsageErrorWithItsLocation(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("bad.rules");
        Files.writeString(rules, "format gov-2021\nrule x {\n  table applications\n  check [new, totl] = 0\n}\n");
        Run r = run("check", "--rules", rules.toString(), "examples");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(rules + ":4:15: unknown column 'totl'").contains("did you mean 'total'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingPathIsAUsageError() {
        Run r = run("check", "no/such/report.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no/such/report.txt");
    }

    @Test
    void severalOutputsInOneRun(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("r.json");
        Path text = dir.resolve("r.txt");
        Run r = run("check", "--format", "json", "--output", "json=" + json, "--output", "text=" + text, "examples");
        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readString(json)).isEqualTo(r.out().strip() + System.lineSeparator().repeat(0));
        assertThat(Files.readString(text)).contains("合计：8 份报告，6 份通过，2 份未通过");
        assertThat(r.err()).contains("Summary: 8 reports, 6 passed, 2 failed").contains("按规则 by rule: applications.outcome-total 1");
    }

    @Test
    void failOnChoosesWhatFailsTheRun() {
        String seedWithWarning = "src/test/resources/seeds/000_683628c7d948b694.txt";
        assertThat(run("check", seedWithWarning).code()).isZero();
        assertThat(run("check", "--fail-on", "warning", seedWithWarning).code()).isEqualTo(1);
        assertThat(run("check", "--fail-on", "never", "examples").code()).isZero();
        assertThat(run("check", "--fail-on", "error", "examples").code()).isEqualTo(1);
    }

    @Test
    void englishOnlyOutput() {
        Run r = run("check", "--lang", "en", "examples/example-2023-with-errors.txt");
        assertThat(r.out()).contains("Table 3, row handled.disclosed: total is 27").doesNotContain("表三「（一）予以公开」行")
                .contains("By rule: applications.outcome-total 1, applications.row-total 1");
    }

    @Test
    void anyLanguageWithACatalogueFileIsAccepted() {
        // fr: a partial catalogue in the test resources (ThirdLanguageTest); de has none.
        Run french = run("check", "--lang", "fr", "examples");
        assertThat(french.code()).isEqualTo(1);
        assertThat(french.out()).contains("Bilan : 8 rapports, 6 conformes, 2 non conformes").doesNotContain("合计");
        Run german = run("check", "--lang", "de", "examples");
        assertThat(german.code()).isEqualTo(2);
        assertThat(german.out()).isEmpty();
        assertThat(german.err()).isEqualTo("用法错误 usage error: --lang de: no message catalogue for language 'de' "
                + "(io/github/crossfoot/messages/de.properties); available: en, fr, zh" + System.lineSeparator());
    }

    @Test
    void resultsKeepPathOrder() {
        Run r = run("check", "--format", "json", "examples");
        List<String> sources = new java.util.ArrayList<>();
        try {
            new ObjectMapper().readTree(r.out()).path("reports").forEach(n -> sources.add(n.path("source").asText()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(sources).hasSize(8).isSorted();
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("check", "--output", "xml=out.xml", "examples").code()).isEqualTo(2);
        assertThat(run("check", "--output", "json", "examples").code()).isEqualTo(2);
        assertThat(run("check", "--format", "xml", "examples").code()).isEqualTo(2);
        assertThat(run("check").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
    }
}
