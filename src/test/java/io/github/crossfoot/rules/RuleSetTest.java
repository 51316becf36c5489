package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule set's own entry points: formats by id and year, rule instances, new reports, and the built-in finding ids. */
class RuleSetTest {

    private static final RuleSet RULES = RuleSet.standard();

    @Test
    void theStandardSetIsBuiltOnce() {
        assertThat(RuleSet.standard()).isSameAs(RULES);
        assertThat(RULES.formats()).extracting(FormatSpec::id).containsExactly("gov-2019", "gov-2021");
    }

    @Test
    void formatsByIdAndByYear() {
        assertThat(RULES.format("gov-2021")).isPresent();
        assertThat(RULES.format("nope")).isEmpty();
        assertThat(RULES.formatForYear(2019).map(FormatSpec::id)).contains("gov-2019");
        assertThat(RULES.formatForYear(2031).map(FormatSpec::id)).contains("gov-2021");
        assertThat(RULES.formatForYear(2001).map(FormatSpec::id)).contains("gov-2021"); // covered by none: the newest
        assertThat(RULES.formatForYear(null).map(FormatSpec::id)).contains("gov-2021");
    }

    @Test
    void instancesAreWhatATestReportCounts() {
        List<RuleInstance> instances = RULES.instances("gov-2021");
        // the balance once per column (seven, and the optional 法人或其他组织小计), the row total once per row
        assertThat(instances).filteredOn(i -> i.rule().equals("applications.balance")).hasSize(8)
                .allMatch(i -> i.table().equals("applications") && i.row() == null && i.column() != null);
        assertThat(instances).filteredOn(i -> i.rule().equals("applications.row-total")).hasSize(25);
        assertThat(RULES.instances("nope")).isEmpty();
    }

    @Test
    void newReportsHaveEveryTableWithItsLabels() {
        Report r = RULES.newReport("x", "gov-2019").build();
        assertThat(r.format()).isEqualTo("gov-2019");
        assertThat(r.tables().keySet()).containsExactly("proactive", "applications", "reviews");
        assertThat(r.table("applications").orElseThrow().rows()).extracting(l -> l.label())
                .startsWith("一、本年新收政府信息公开申请数量");
        assertThat(r.table("applications").orElseThrow().columns()).extracting(l -> l.id()).contains("natural_person");
        assertThatThrownBy(() -> RULES.newReport("x", "gov-2030")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown format 'gov-2030'");
    }

    @Test
    void aReportWithoutFormatIsCheckedInItsYearsFormatAndAnUnknownFormatIsAnError() {
        Report noFormat = Report.builder("x").year(2020).build();
        CheckResult byYear = RULES.check(noFormat);
        assertThat(byYear.report().format()).isEqualTo("gov-2019");
        CheckResult unknown = RULES.check(Report.builder("x").format("gov-1999").build());
        assertThat(unknown.violations()).extracting(Violation::rule).containsExactly("format.unknown");
        assertThat(unknown.violations().get(0).messageZh()).isEqualTo(
                "未知的报告格式「gov-1999」，无法核对。已知格式：[gov-2019, gov-2021]");
        assertThat(unknown.passed()).isFalse();
    }

    @Test
    void ruleFilesAreAddedFromDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("extra.rules");
        Files.writeString(file, "format gov-2021\nrule proactive.fees-small {\n  severity warning\n  table proactive\n"
                + "  check [fees, amount_10k_yuan] < 1000\n}\n");
        RuleSet rules = RuleSet.builder().standard().add(file).build();
        assertThat(rules.format("gov-2021").orElseThrow().rules()).extracting(RuleSpec::id).contains("proactive.fees-small");
    }

    @Test
    void builtInFindingIdsAreListedOnce() {
        assertThat(BuiltInFindings.all()).extracting(BuiltInFindings.Finding::id).doesNotHaveDuplicates()
                .contains("table.missing", "read.limit", "suspect.cell", "dataset.carry-over", "narrative.mismatch");
        assertThat(BuiltInFindings.find("table.missing")).hasValueSatisfying(f -> {
            assertThat(f.severity().id()).isEqualTo("error");
            assertThat(f.zh()).contains("读不出数据");
        });
        assertThat(BuiltInFindings.find("applications.balance")).isEmpty();
        assertThat(BuiltInFindings.isBuiltIn("read.row-values")).isTrue();
        assertThat(BuiltInFindings.isBuiltIn("applications.balance")).isFalse();
    }
}
