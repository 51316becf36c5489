package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.writers.HtmlWriter;
import io.github.crossfoot.writers.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A format that exists only in a rule file of the test resources ({@code rules/made-up-2030.rules}),
 * with ids unlike the national formats': the checks across years, the prose check and the official
 * layout of the HTML report all follow from its declarations, with no Java that knows it.
 */
class MadeUpFormatTest {

    private static final RuleSet RULES = RuleSet.builder().add("made-up-2030.rules", resource()).build();
    private static final Crossfoot CROSSFOOT = Crossfoot.withRules(RULES);

    private static String resource() {
        try (InputStream in = MadeUpFormatTest.class.getResourceAsStream("/rules/made-up-2030.rules")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Report report(String source, int year, long inherited, long pending, long valid, long made,
                                 long dropped, List<String> prose) {
        return CROSSFOOT.newReport(source, "madeup-2030").agency("某县民政局").year(year).lines(prose)
                .table("intake", t -> t
                        .value("fresh", "citizens", 3).value("fresh", "firms", 1).value("fresh", "total", 4)
                        .value("inherited", "citizens", inherited).value("inherited", "firms", 0)
                        .value("inherited", "total", inherited)
                        .value("closed", "citizens", 3 + inherited - pending).value("closed", "firms", 1)
                        .value("closed", "total", 4 + inherited - pending)
                        .value("pending", "citizens", pending).value("pending", "firms", 0)
                        .value("pending", "total", pending))
                .table("rules_issued", t -> t
                        .value("orders", "made", made).value("orders", "dropped", dropped).value("orders", "valid", valid)
                        .value("guides", "made", 0).value("guides", "valid", 0))
                .build();
    }

    @Test
    void itsOwnRulesPassAConsistentReport() {
        CheckResult r = CROSSFOOT.check(report("a.txt", 2030, 1, 2, 5, 1, 0, List.of()));
        assertThat(r.violations()).isEmpty();
        assertThat(r.passed()).isTrue();
    }

    @Test
    void theCarryItDeclaresIsCheckedAcrossYears() {
        Report last = report("2030.txt", 2030, 1, 2, 5, 1, 0, List.of());
        Report now = report("2031.txt", 2031, 3, 0, 6, 1, 0, List.of()); // 遗留 3, but last year left 2
        List<CheckResult> out = CROSSFOOT.checkAll(List.of(last, now));
        assertThat(out.get(0).violations()).isEmpty();
        assertThat(out.get(1).violations("dataset.carry-over")).hasSize(2).allSatisfy(v -> {
            assertThat(v.table()).contains("intake");
            assertThat(v.row()).contains("inherited");
            assertThat(v.cells()).extracting(CellRef::row).containsExactly("inherited", "pending");
        });
        Violation citizens = out.get(1).violations("dataset.carry-over").get(0);
        assertThat(citizens.column()).contains("citizens");
        assertThat(citizens.messageZh()).startsWith("本年表一「往年遗留 / 公民」为 3")
                .contains("上年报告的「转入下年 / 公民」为 2");
    }

    @Test
    void theStockItDeclaresIsCheckedAcrossYears() {
        Report last = report("2030.txt", 2030, 1, 2, 5, 1, 0, List.of());
        Report now = report("2031.txt", 2031, 2, 0, 9, 2, 1, List.of()); // 5 + 2 − 1 = 6, not 9
        Violation v = CROSSFOOT.checkAll(List.of(last, now)).get(1).violations("dataset.in-force").get(0);
        assertThat(v.table()).contains("rules_issued");
        assertThat(v.row()).contains("orders");
        assertThat(v.column()).contains("valid");
        assertThat(v.messageZh()).startsWith("表二「令」：本年有效为 9").contains("+ 新定 2 − 废除 1 = 6，相差 3");
    }

    @Test
    void theProseIsCheckedAgainstTheQuantitiesItDeclares() {
        Report r = report("a.txt", 2030, 1, 2, 5, 1, 0, List.of("本年共收到政府信息公开申请5件，办结3件。"));
        List<Violation> found = CROSSFOOT.check(r).violations("narrative.mismatch");
        assertThat(found).extracting(v -> v.cells().get(0).row() + "/" + v.cells().get(0).column())
                .containsExactly("fresh/total");
        assertThat(found.get(0).messageZh()).contains("表一「本年受理登记 / 合计」为 4");
        // 办结3件 matches [closed, total] = 4 + 1 − 2 = 3; a quantity the format does not declare is never read
        assertThat(CROSSFOOT.check(r).violations()).extracting(Violation::rule).containsOnly("narrative.mismatch");
    }

    @Test
    void theHtmlReportDrawsItsGroupsCornerAndCaptions() throws IOException {
        StringWriter w = new StringWriter();
        new HtmlWriter(Language.ZH, RULES).write(List.of(CROSSFOOT.check(report("a.txt", 2030, 1, 2, 5, 1, 0,
                List.of()))), w);
        Document doc = Jsoup.parse(w.toString());
        Element intake = doc.selectFirst("table.cf-grid[data-table=intake]");
        assertThat(intake).isNotNull();
        Element people = intake.selectFirst("th.cf-colgroup[data-group=people]");
        assertThat(people.text()).isEqualTo("申请人");
        assertThat(people.attr("colspan")).isEqualTo("2");
        assertThat(intake.selectFirst("th.cf-corner").text()).isEqualTo("（第一行加第二行等于第三行加第四行）");
        Element issued = doc.selectFirst("table.cf-stacked[data-table=rules_issued]");
        assertThat(issued.select("th.cf-caption").eachText()).containsExactly("第九条");
    }
}
