package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Variations of real reports that used to be refused although every number was there (issue 9). */
class ReadableVariationsTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);

    private static String example() throws IOException {
        return Files.readString(Path.of("examples/example-2023-consistent.txt"));
    }

    @Test
    void aTabRowEndingInBlankCellsKeepsThemInTheirColumns() throws IOException {
        // A web page copied as text: the row's last cells are blank, each a tab and a space.
        String text = example().replace("二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2\t",
                "二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t \t ");
        Report report = READER.read("trailing.txt", text);
        CheckResult result = RULES.check(report);
        assertThat(result.violations()).extracting(Violation::rule).doesNotContain("read.row-values");
        Cell other = report.table("applications").flatMap(t -> t.cell("carried_over", "other_org")).orElseThrow();
        Cell total = report.table("applications").flatMap(t -> t.cell("carried_over", "total")).orElseThrow();
        assertThat(other.value().isBlank()).isTrue();
        assertThat(total.value().isBlank()).isTrue();
        assertThat(report.table("applications").flatMap(t -> t.number("carried_over", "natural_person")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
        // The blank total makes the total column's balance fail: 67 + 0 against 65 + 4.
        assertThat(result.errors()).extracting(Violation::rule).containsExactly("applications.balance");
    }

    @Test
    void theWordingOf2019InA2021ReportIsReadWithAWarning() throws IOException {
        Report report = READER.read("wording.txt", example().replace("\n行政规范性文件\t", "\n规范性文件\t"));
        CheckResult result = RULES.check(report);
        assertThat(result.errors()).isEmpty();
        assertThat(report.table("proactive").flatMap(t -> t.number("normative_documents", "in_force")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("37"));
        assertThat(result.violations("read.nonstandard-label")).singleElement()
                .satisfies(v -> assertThat(v.messageZh()).contains("规范性文件").contains("行政规范性文件"));
    }
}
