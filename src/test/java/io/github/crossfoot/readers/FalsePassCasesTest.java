package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.writers.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three ways a report with wrong numbers used to pass (issue 8), each from a small edit of the
 * bundled examples ({@code src/test/resources/false-pass/make.sh} made the files): every one now
 * reads right or fails with a located error.
 */
class FalsePassCasesTest {

    private static final Crossfoot CROSSFOOT = Crossfoot.standardRules();
    private static final ReportReader READER = new ReportReader(CROSSFOOT.rules());

    private static Report read(String name) throws IOException {
        try (InputStream in = FalsePassCasesTest.class.getResourceAsStream("/false-pass/" + name)) {
            assertThat(in).as(name).isNotNull();
            return READER.read(name, in.readAllBytes());
        }
    }

    private static BigDecimal number(Report r, String table, String row, String column) {
        return r.table(table).flatMap(t -> t.number(row, column)).orElseThrow();
    }

    private static List<Violation> duplicates(CheckResult result) {
        return result.violations("read.duplicate-table");
    }

    @Nested
    class ATableThatAppearsTwice {

        @Test
        void theFaultyExampleWithAnAppendixQuotingLastYearStillFails() throws IOException {
            CheckResult result = CROSSFOOT.check(read("appendix-quoting-last-year.txt"));
            assertThat(result.passed()).isFalse();
            // The report's own three errors are found, in the report's own tables.
            assertThat(result.errors()).extracting(Violation::rule).contains("applications.row-total",
                    "applications.outcome-total", "reviews.group-total");
            assertThat(result.violations("applications.row-total")).extracting(Violation::line).containsExactly(31);
            // Each quoted table is reported where it stands; 二 is identical, 三 and 四 differ.
            assertThat(duplicates(result)).extracting(Violation::table, Violation::severity, Violation::line)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("proactive"), Severity.WARNING, 71),
                            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("applications"), Severity.ERROR, 88),
                            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("reviews"), Severity.ERROR, 119));
            assertThat(duplicates(result).get(1).messageZh()).contains("附件：2022年度政府信息公开情况统计表")
                    .contains("「（一）予以公开 / 自然人」本表为 12，此处为 21（第95行）");
        }

        @Test
        void aFaultyReportFollowedByACorrectOneInOneFileFails() throws IOException {
            CheckResult result = CROSSFOOT.check(read("faulty-then-correct.txt"));
            assertThat(result.passed()).isFalse();
            assertThat(result.errors()).extracting(Violation::rule).contains("applications.row-total");
            assertThat(duplicates(result)).filteredOn(v -> v.severity() == Severity.ERROR).hasSize(2)
                    .allSatisfy(v -> assertThat(v.messageZh()).contains("另一份报告「示例县示例局2023年政府信息公开工作年度报告」"));
        }

        @Test
        void aQuotedOlderTableAfterTheRealOneIsNotWhatIsReadAndIsAnError() throws IOException {
            Report report = read("correct-then-quoted-older.txt");
            CheckResult result = CROSSFOOT.check(report);
            // The real table is read (予以公开 / 自然人 = 21 on line 31), not the quoted one (12 on line 78).
            Cell disclosed = report.table("applications").flatMap(t -> t.cell("handled.disclosed", "natural_person"))
                    .orElseThrow();
            assertThat(disclosed.value().number()).contains(new BigDecimal(21));
            assertThat(disclosed.line()).isEqualTo(31);
            StringWriter json = new StringWriter();
            new JsonWriter().write(List.of(result), json);
            assertThat(json.toString()).doesNotContain("\"line\" : 78").doesNotContain("\"line\":78");
            assertThat(result.passed()).isFalse();
            assertThat(duplicates(result)).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.ERROR);
                assertThat(v.line()).isEqualTo(71);
                assertThat(v.messageZh()).contains("附：2022年度申请办理情况");
            });
        }
    }

    @Nested
    class ATableContinuedAfterAPageBreak {

        /** The example with table 三's heading printed again over its last rows, after a page number. */
        private String continued() throws IOException {
            List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(
                    java.nio.file.Path.of("examples/example-2023-consistent.txt")));
            int at = lines.indexOf("\t\t5. 属于三类内部事务信息\t1\t0\t0\t0\t0\t0\t1");
            assertThat(at).isPositive();
            lines.addAll(at, List.of("- 2 -", "三、收到和处理政府信息公开申请情况（续）"));
            return String.join("\n", lines);
        }

        @Test
        void isReadAsOneTableWithoutADuplicateFinding() throws IOException {
            Report report = READER.read("continued.txt", continued());
            CheckResult result = CROSSFOOT.check(report);
            assertThat(result.violations()).extracting(Violation::rule).doesNotContain("read.duplicate-table");
            assertThat(result.errors()).isEmpty();
            Cell internal = report.table("applications")
                    .flatMap(t -> t.cell("handled.withheld.internal_affairs", "total")).orElseThrow();
            assertThat(internal.line()).isEqualTo(39);
            assertThat(report.table("applications").orElseThrow().cells()).hasSize(175);
        }
    }

    @Nested
    class MarksAndStrayText {

        @ParameterizedTest
        @ValueSource(strings = {"marks-circled.txt", "marks-superscript.txt"})
        void aMarkIsNeverReadAsADigit(String name) throws IOException {
            Report report = read(name);
            CheckResult result = CROSSFOOT.check(report);
            assertThat(number(report, "proactive", "licensing", "decisions")).isEqualByComparingTo("1268");
            assertThat(number(report, "applications", "carried_over", "natural_person")).isEqualByComparingTo("2");
            assertThat(result.violations("read.cell-value")).extracting(Violation::line).containsExactly(15, 30);
            assertThat(result.errors()).isEmpty();
        }

        @Test
        void aSuperscriptFootnoteInHtmlIsAMark() throws IOException {
            Report report = read("licensing-sup.html");
            assertThat(number(report, "proactive", "licensing", "decisions")).isEqualByComparingTo("404");
            assertThat(report.readingProblems()).extracting(Violation::rule).contains("read.cell-value");
        }

        @ParameterizedTest
        @ValueSource(strings = {"licensing-paragraphs.html", "licensing-br.html", "licensing-space.html"})
        void twoNumbersInOneCellAreUnreadableNeverJoined(String name) throws IOException {
            Report report = read(name);
            CheckResult result = CROSSFOOT.check(report);
            Cell cell = report.table("proactive").flatMap(t -> t.cell("licensing", "decisions")).orElseThrow();
            assertThat(cell.value().isText()).as("unreadable, not a number: %s", cell.value()).isTrue();
            assertThat(cell.line()).isEqualTo(46);
            assertThat(result.passed()).isFalse();
            assertThat(result.violations("table.unreadable-cells")).singleElement()
                    .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
        }
    }

    @Nested
    class ColumnsByTheirLabels {

        @Test
        void exchangedApplicantColumnsAreReadUnderTheirLabels() throws IOException {
            Report report = read("swapped-applicant-columns.txt");
            // The header prints 科研机构 where 商业企业 officially stands: the 8 under it is research.
            assertThat(number(report, "applications", "new", "research")).isEqualByComparingTo("8");
            assertThat(number(report, "applications", "new", "commercial")).isEqualByComparingTo("0");
            assertThat(report.readingProblems()).extracting(Violation::rule).contains("read.column-order");
        }

        @Test
        void exchangedReviewColumnsAreReadUnderTheirLabels() throws IOException {
            Report report = read("swapped-review-columns.txt");
            assertThat(number(report, "reviews", "all", "reconsideration.corrected")).isEqualByComparingTo("2");
            assertThat(number(report, "reviews", "all", "reconsideration.upheld")).isEqualByComparingTo("1");
            assertThat(report.readingProblems()).filteredOn(v -> v.rule().equals("read.column-order"))
                    .singleElement().satisfies(v -> assertThat(v.messageZh()).contains("第1列为「行政复议 结果纠正」"));
        }

        @Test
        void theCarryOverIsComparedByLabel() throws IOException {
            List<CheckResult> control = CROSSFOOT.checkAll(List.of(read("carry-2022.txt"), read("carry-2023.txt")));
            assertThat(control).allSatisfy(r -> assertThat(r.violations("dataset.carry-over")).isEmpty());

            List<CheckResult> swapped = CROSSFOOT.checkAll(
                    List.of(read("carry-2022.txt"), read("carry-2023-swapped-header.txt")));
            assertThat(swapped.get(1).violations("dataset.carry-over")).extracting(v -> v.column().orElseThrow())
                    .containsExactlyInAnyOrder("commercial", "research");
            assertThat(swapped.get(1).passed()).isFalse();
        }
    }
}
