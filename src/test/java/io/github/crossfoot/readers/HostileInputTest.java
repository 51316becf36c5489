package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.rules.RuleSet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small hostile files (issue 10) that used to crash or hang a run: each is read to an ordinary
 * report that does not pass. The timeout only guards against a hang (a run that would take
 * minutes); it measures nothing.
 */
class HostileInputTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);
    private static final Duration HANG = Duration.ofSeconds(30);

    private static Report readInTime(Supplier<Report> read) {
        return assertTimeoutPreemptively(HANG, read::get);
    }

    @Test
    void aPageNestedAHundredThousandLevelsDeepIsReadWithoutOverflowingTheStack() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "二、主动公开政府信息情况" + "</div>".repeat(100_000)
                + "<table><tr><td><div>".repeat(2_000) + "1" + "</div></td></tr></table>".repeat(2_000) + "</body></html>";
        Report report = readInTime(() -> READER.read("deep.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(RULES.check(report).passed()).isFalse();
    }

    /** Prose lines the section, statement and narrative checks look at, read and checked within the guard. */
    @ParameterizedTest(name = "prose line of {0}")
    @ValueSource(strings = {"commas", "heading and commas", "colons", "numerals", "headings", "documents", "amounts"})
    void aProseLineOfAMillionCharactersIsCheckedInLinearTime(String kind) {
        int n = 1_000_000;
        String line = switch (kind) {
            case "commas" -> "，".repeat(n) + "x";
            case "heading and commas" -> "五、存在的主要问题及改进情况" + "：".repeat(n) + "x";
            case "colons" -> "六、" + ":".repeat(n);
            case "numerals" -> "一".repeat(n) + "、总体情况";
            case "headings" -> "其他需要报告的事项".repeat(n / 9);
            case "documents" -> "制定" + "规章".repeat(n / 2) + "1件";
            default -> "行政事业性收费" + "1".repeat(n) + ".5万元";
        };
        String text = "某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n" + line + "\n六、其他需要报告的事项\n无\n";
        CheckResult result = assertTimeoutPreemptively(HANG, () -> RULES.check(READER.read("prose.txt", text)));
        assertThat(result.passed()).isFalse();
    }

    @ParameterizedTest(name = "line of {0}")
    @ValueSource(strings = {"spaces", "tabs", "heading mark", "markdown rule", "enumeration", "marks", "digits"})
    void aLineOfAMillionCharactersIsReadInLinearTime(String kind) {
        int n = 1_000_000;
        String line = switch (kind) {
            case "spaces" -> "规章" + " ".repeat(n) + "x";
            case "tabs" -> "\t".repeat(n) + "1";
            case "heading mark" -> "#" + " ".repeat(n) + "x";
            case "markdown rule" -> "|" + " ".repeat(n) + "---";
            case "enumeration" -> "x" + " ".repeat(n) + "(";
            case "marks" -> "12" + "*".repeat(n);
            default -> "1".repeat(n);
        };
        String text = "某某县人民政府2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n" + line + "\n";
        Report report = readInTime(() -> READER.read("long.txt", text));
        assertThat(RULES.check(report).passed()).isFalse();
    }

    @Test
    void numbersNoReportHoldsAreRefusedInDocumentsAndThroughTheApi() {
        assertThatThrownBy(() -> CellValue.of(new BigDecimal("1E+999999999")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10^15");
        assertThatThrownBy(() -> CellValue.of(new BigDecimal("0.0000001"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(CellValue.of(new BigDecimal("96171.6")).toString()).isEqualTo("96171.6");
        Crossfoot crossfoot = Crossfoot.standardRules();
        assertThatThrownBy(() -> crossfoot.newReport("api", "gov-2021")
                .table("reviews", t -> t.value("all", "reconsideration.total", new BigDecimal("1E+999999999"))))
                .isInstanceOf(IllegalArgumentException.class);
        // In a document: unreadable, so the report fails.
        String text = "某某县人民政府2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n信息内容\t本年处理决定数量\n"
                + "行政许可\t1000000000000000\n";
        Report report = READER.read("huge.txt", text);
        assertThat(report.table("proactive").flatMap(t -> t.cell("licensing", "decisions")).orElseThrow().value().isText())
                .isTrue();
        CheckResult result = RULES.check(report);
        assertThat(result.violations("table.unreadable-cells")).isNotEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadIntoMemory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path big = dir.resolve("big.txt");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), Limits.defaults().maxFileBytes() + 10L); // sparse
        }
        Report report = READER.read(big);
        CheckResult result = RULES.check(report);
        assertThat(result.violations()).extracting(v -> v.rule()).containsExactly("read.limit");
    }

    @Test
    void aPdfClaimingTwoBillionPagesIsRefused() {
        String pdf = "%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 2147483647>>\n"
                + "endobj\n3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]>>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n";
        Report report = readInTime(() -> READER.read("pages.pdf", pdf.getBytes(StandardCharsets.ISO_8859_1)));
        CheckResult result = RULES.check(report);
        // PDFBox counts the pages the tree holds, not the count it claims: one empty page, read at once.
        assertThat(result.passed()).isFalse();
        assertThat(result.errors()).extracting(v -> v.rule()).containsOnly("table.missing");
    }
}
