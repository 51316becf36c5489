package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published PDF of R24-HA (淮安市人民政府 2024), copied unchanged into test
 * resources. Its text layer breaks header labels by letter spacing and over lines, wraps row
 * labels around their values, writes the group 三、本年度办理结果 top to bottom among the rows and
 * breaks （四）无法提供 over a page. Its tables are ruled (Word-style borders), so they are read from
 * the rulings: each cell is the glyphs inside its box. The figures expected here are the report's
 * own.
 */
class RealPdfTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static Report report;
    private static CheckResult result;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = RealPdfTest.class.getResourceAsStream("/real/huaian-2024-municipal-government.pdf")) {
            report = new ReportReader(RULES).read("huaian-2024-municipal-government.pdf", in.readAllBytes());
        }
        result = RULES.check(report);
    }

    private static Table table(String id) {
        return report.table(id).orElseThrow();
    }

    private static List<BigDecimal> row(String table, String row) {
        Table t = table(table);
        List<BigDecimal> out = new ArrayList<>();
        for (Cell c : t.cells()) {
            if (c.row().equals(row)) {
                out.add(c.value().number().orElseThrow());
            }
        }
        return out;
    }

    private static List<BigDecimal> numbers(long... values) {
        List<BigDecimal> out = new ArrayList<>();
        for (long v : values) {
            out.add(BigDecimal.valueOf(v));
        }
        return out;
    }

    @Test
    void titleGivesAgencyYearAndFormat() {
        assertThat(report.agency()).contains("淮安市人民政府");
        assertThat(report.year()).hasValue(2024);
        assertThat(report.format()).isEqualTo("gov-2021");
    }

    @Test
    void everyCellIsReadAndTheReportPassesWithoutFindings() {
        assertThat(table("applications").cells()).hasSize(175);
        assertThat(table("reviews").cells()).hasSize(15);
        assertThat(table("proactive").cells()).hasSize(10);
        assertThat(report.readingProblems()).isEmpty();
        assertThat(result.errors()).isEmpty();
        // 1、 instead of 1. in the （六） items is only numbering, so not even a warning.
        assertThat(result.violations()).isEmpty();
        assertThat(result.passed()).isTrue();
    }

    @Test
    void everyCellKeepsTheLineItsValueIsOn() {
        for (Table t : report.tables().values()) {
            for (Cell c : t.cells()) {
                assertThat(c.value().isNumber()).as("%s %s", t.id(), c.key()).isTrue();
                assertThat(report.lines().get(c.line() - 1)).as("line %d of %s %s", c.line(), t.id(), c.key())
                        .contains(c.value().number().orElseThrow().toPlainString());
            }
        }
    }

    @Test
    void applicationsHasTheReportsFigures() {
        Table t = table("applications");
        assertThat(t.number("new", "total")).contains(BigDecimal.valueOf(3119));
        assertThat(t.number("carried_over", "total")).contains(BigDecimal.valueOf(34));
        assertThat(t.number("handled.total", "total")).contains(BigDecimal.valueOf(3050));
        assertThat(t.number("carried_forward", "total")).contains(BigDecimal.valueOf(103));
        assertThat(row("applications", "handled.total")).containsExactlyElementsOf(numbers(2932, 53, 0, 0, 61, 4, 3050));
        // Rows whose labels the PDF wraps around their values, or breaks around a group label.
        assertThat(row("applications", "handled.partial")).containsExactlyElementsOf(numbers(447, 7, 0, 0, 0, 0, 454));
        assertThat(row("applications", "handled.unavailable.not_held"))
                .containsExactlyElementsOf(numbers(746, 12, 0, 0, 10, 1, 769));
        assertThat(row("applications", "handled.not_processed.confirmation"))
                .containsExactlyElementsOf(numbers(1, 0, 0, 0, 0, 0, 1));
        assertThat(row("applications", "handled.other.no_correction"))
                .containsExactlyElementsOf(numbers(67, 3, 0, 0, 1, 0, 71));
        assertThat(row("applications", "handled.other.no_fee")).containsExactlyElementsOf(numbers(6, 0, 0, 0, 0, 0, 6));
        assertThat(row("applications", "handled.other.other")).containsExactlyElementsOf(numbers(108, 2, 0, 0, 0, 0, 110));
    }

    @Test
    void reviewsAndProactiveHaveTheReportsFigures() {
        assertThat(row("reviews", "all")).containsExactlyElementsOf(
                numbers(72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20));
        assertThat(table("proactive").number("fees", "amount_10k_yuan")).contains(new BigDecimal("96171.6"));
        assertThat(row("proactive", "normative_documents")).containsExactlyElementsOf(numbers(8, 26, 66));
    }

    @Test
    void cellsPointAtThePdfTextLinesOfTheirValues() {
        // The tables are ruled: each table row, rebuilt from the rulings, is one line of the
        // extracted text, its cells parted by tabs, whatever line breaks the producer put in a cell.
        Table apps = table("applications");
        assertLine(apps.cell("handled.partial", "natural_person").orElseThrow(),
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t447\t7\t0\t0\t0\t0\t454");
        assertLine(apps.cell("handled.unavailable.not_held", "total").orElseThrow(), "（四）无\t1.本机关不掌握相关政府信息\t746");
        // The merged cell （四）无法提供 is cut by the page break: its second piece heads page 5's first row.
        assertLine(apps.cell("handled.unavailable.needs_creation", "natural_person").orElseThrow(),
                "法提供\t2.没有现成信息需要另行制作\t11");
        assertLine(apps.cell("handled.other.no_correction", "natural_person").orElseThrow(), "67\t3\t0\t0\t1\t0\t71");
        assertLine(apps.cell("handled.total", "total").orElseThrow(), "（七）总计\t2932");
        assertLine(table("reviews").cell("all", "litigation_after_reconsideration.total").orElseThrow(),
                "72\t64\t178\t37\t351\t13\t4\t8\t1\t26\t12\t1\t1\t6\t20");
        assertLine(table("proactive").cell("fees", "amount_10k_yuan").orElseThrow(), "行政事业性收费\t96171.6");
    }

    private static void assertLine(Cell cell, String text) {
        assertThat(report.lines().get(cell.line() - 1)).as("line %d of %s", cell.line(), cell.key()).contains(text)
                .contains(cell.value().number().orElseThrow().toPlainString());
    }

    @Test
    void noReadingWarningsAreLeft() {
        assertThat(result.violations()).extracting(Violation::rule).noneMatch(r -> r.startsWith("read."));
    }
}
