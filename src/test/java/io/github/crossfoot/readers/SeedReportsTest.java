package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five real seed reports (copied unchanged into test resources) read and check as expected. */
class SeedReportsTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);

    static Report seed(String name) throws IOException {
        try (InputStream in = SeedReportsTest.class.getResourceAsStream("/seeds/" + name)) {
            return READER.read(name, in.readAllBytes());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_683628c7d948b694.txt", "001_cff84b0da7bd01e8.txt", "002_3bceb6a2129e3845.txt",
            "004_c480b6e418059ec0.txt"})
    void seedsWithTablesAreReadCompletelyAndPass(String name) throws IOException {
        Report report = seed(name);
        CheckResult result = RULES.check(report);

        assertThat(report.format()).isEqualTo("gov-2021");
        assertThat(report.table("applications")).get().satisfies(t -> assertThat(t.cells()).hasSize(25 * 7));
        assertThat(report.table("reviews")).get().satisfies(t -> assertThat(t.cells()).hasSize(15));
        assertThat(report.table("proactive")).get().satisfies(t -> assertThat(t.cells()).hasSize(10));
        assertThat(result.errors()).isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(result.violations()).extracting(Violation::kind).doesNotContain(Violation.Kind.FAILED);
        for (Table t : report.tables().values()) {
            for (Cell c : t.cells()) {
                assertThat(c.value().isNumber()).as("%s %s", t.id(), c.key()).isTrue();
                assertThat(c.line()).as("%s %s", t.id(), c.key()).isPositive();
                assertThat(report.lines().get(c.line() - 1)).as("source line of %s %s", t.id(), c.key())
                        .contains(c.value().number().orElseThrow().toPlainString());
            }
        }
    }

    @Test
    void seed004HasItsNonZeroProactiveFigures() throws IOException {
        Report report = seed("004_c480b6e418059ec0.txt");
        Table proactive = report.table("proactive").orElseThrow();
        assertThat(proactive.number("licensing", "decisions")).contains(BigDecimal.valueOf(404));
        assertThat(proactive.number("penalty", "decisions")).contains(BigDecimal.ONE);
        assertThat(proactive.cell("licensing", "decisions").orElseThrow().line()).isEqualTo(81);
        assertThat(proactive.number("enforcement", "decisions")).contains(BigDecimal.ZERO);
        assertThat(report.agency()).contains("宁晋县大曹庄镇");
        assertThat(report.year()).hasValue(2022);
    }

    @Test
    void seedMetadataIsReadFromTitles() throws IOException {
        assertThat(seed("000_683628c7d948b694.txt").agency()).contains("勃利县倭肯镇人民政府");
        assertThat(seed("001_cff84b0da7bd01e8.txt").agency()).contains("新密市岳村镇");
        Report split = seed("002_3bceb6a2129e3845.txt");
        assertThat(split.agency()).contains("尉氏县洧川镇人民政府");
        assertThat(split.year()).hasValue(2021);
        assertThat(seed("003_80eb4e39c25afce7.txt").year()).hasValue(2022);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_683628c7d948b694.txt:24", "001_cff84b0da7bd01e8.txt:36"})
    void theTypo本年度止件数IsAcceptedWithALocatedWarning(String nameAndLine) throws IOException {
        String[] p = nameAndLine.split(":");
        CheckResult result = RULES.check(seed(p[0]));
        assertThat(result.warnings()).filteredOn(v -> v.rule().startsWith("read.")).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("read.nonstandard-label");
            assertThat(v.line()).isEqualTo(Integer.parseInt(p[1]));
            assertThat(v.messageZh()).contains("本年度止件数").contains("本年废止件数");
        });
        assertThat(result.report().table("proactive").orElseThrow().cell("regulations", "repealed")).isPresent();
    }

    @Test
    void seed003WithoutTablesFailsWithOneErrorNamingTheHeadings() throws IOException {
        CheckResult result = RULES.check(seed("003_80eb4e39c25afce7.txt"));
        assertThat(result.passed()).isFalse();
        List<Violation> errors = result.errors();
        assertThat(errors).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("table.missing");
            assertThat(v.table()).isEmpty();
            assertThat(v.line()).isEqualTo(30);
            assertThat(v.messageZh()).contains("第30、31、32行有表的标题").contains("收到和处理政府信息公开申请情况")
                    .contains("全部 11 条规则未核对");
            assertThat(v.messageEn()).contains("lines 30, 31, 32").contains("none of the 11 rules was checked");
        });
        // Besides the errors, only what the prose says the missing tables should hold: its sections are all there
        // (二 to 四 as headings without their tables, 三 and 六 without their numbers) and 六 states the fees.
        assertThat(result.violations()).filteredOn(v -> v.severity() != Severity.ERROR)
                .extracting(Violation::rule).containsOnly("narrative.claim").hasSize(7);
    }

    /**
     * What the checks of sections and statements say on each seed: 000 and 002 end with a section 六 that says
     * only there is nothing to report, so it states no 信息处理费; 001, 003 and 004 have all six sections in order
     * and state the fees.
     */
    @Test
    void theSeedsSectionsAndStatements() throws IOException {
        for (String name : List.of("001_cff84b0da7bd01e8.txt", "003_80eb4e39c25afce7.txt", "004_c480b6e418059ec0.txt")) {
            assertThat(RULES.check(seed(name)).violations()).as(name)
                    .noneMatch(v -> v.rule().startsWith("structure.") || v.rule().startsWith("statement."));
        }
        assertThat(sectionFindings("000_683628c7d948b694.txt")).containsExactly(
                "info structure.section-empty 84 「六、其他需要报告的事项」（第84行）只写了“本年度无其他需要报告的事项。”，"
                        + "视为已有该部分，但没有具体内容。",
                "warning statement.missing 84 「六、其他需要报告的事项」（第84行起）没有说明信息处理费的收取情况："
                        + "未找到“处理费”、“收费”、“费用”中的任何一个。没有收取的，也请写明（如“本年度未收取信息处理费”）。"
                        + "依据：国办公开办函〔2021〕30号（六、其他需要报告的事项：收取信息处理费的情况）。");
        assertThat(sectionFindings("002_3bceb6a2129e3845.txt")).extracting(s -> s.substring(0, s.indexOf('「')))
                .containsExactly("info structure.section-empty 403 ", "warning statement.missing 403 ");
    }

    private static List<String> sectionFindings(String name) throws IOException {
        return RULES.check(seed(name)).violations().stream()
                .filter(v -> v.rule().startsWith("structure.") || v.rule().startsWith("statement."))
                .map(v -> v.severity().id() + " " + v.rule() + " " + v.line() + " " + v.messageZh()).toList();
    }
}
