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
    // A reader per test, not per class: its table parsers are built in the constructor, and each test should
    // be one that runs that code (mutation testing attributes code run in a class initialiser to no test).
    private final ReportReader reader = new ReportReader(RULES);

    private static String example() throws IOException {
        return Files.readString(Path.of("examples/example-2023-consistent.txt"));
    }

    @Test
    void aTabRowEndingInBlankCellsKeepsThemInTheirColumns() throws IOException {
        // A web page copied as text: the row's last cells are blank, each a tab and a space.
        String text = example().replace("二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2\t",
                "二、上年结转政府信息公开申请数量\t2\t0\t0\t0\t0\t \t ");
        Report report = reader.read("trailing.txt", text);
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
        Report report = reader.read("wording.txt", example().replace("\n行政规范性文件\t", "\n规范性文件\t"));
        CheckResult result = RULES.check(report);
        assertThat(result.errors()).isEmpty();
        assertThat(report.table("proactive").flatMap(t -> t.number("normative_documents", "in_force")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("37"));
        assertThat(result.violations("read.nonstandard-label")).singleElement()
                .satisfies(v -> assertThat(v.messageZh()).contains("规范性文件").contains("行政规范性文件"));
    }

    @Test
    void aLocalRowUnderAnAliasIsReadAsItsRow() throws IOException {
        // 湖北 2020 added 其他主动公开档案 under table 二: the optional row other_documents, by its alias.
        Report report = reader.read("local.txt", example().replace("\n行政规范性文件\t4\t2\t37\n",
                "\n行政规范性文件\t4\t2\t37\n其他主动公开档案\t5\t1\t9\n"));
        assertThat(report.table("proactive").flatMap(t -> t.number("other_documents", "issued")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
        assertThat(report.table("proactive").flatMap(t -> t.number("other_documents", "in_force")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9"));
        assertThat(RULES.check(report).errors()).isEmpty();
    }

    @Test
    void labelsAndHeadingsAFewCharactersOffAreReadAndReported() throws IOException {
        String text = example()
                .replace("三、收到和处理政府信息公开申请情况", "三、收到和处理政府信息公开申请的情况")
                .replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议和行政诉讼情况")
                .replace("一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数")
                .replace("\t法律服务机构\t", "\t法律服务组织\t");
        Report report = reader.read("wording.txt", text);
        CheckResult result = RULES.check(report);
        assertThat(result.errors()).isEmpty();
        assertThat(report.table("applications").orElseThrow().cells()).hasSize(175);
        assertThat(report.table("reviews").orElseThrow().cells()).hasSize(15);
        assertThat(report.table("applications").flatMap(t -> t.number("new", "total")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("67"));
        assertThat(result.violations("read.nonstandard-label")).extracting(Violation::messageZh)
                .anySatisfy(m -> assertThat(m).contains("本年新收政府信息公开申请数」").contains("一、本年新收政府信息公开申请数量"))
                .anySatisfy(m -> assertThat(m).contains("法律服务组织").contains("法律服务机构"));
    }

    @Test
    void aNearLabelIsNeverGivenARowTwice() throws IOException {
        // 上年新收… is nearest to 本年新收… (one character), whose row is already read: refused, not merged.
        String text = example().replace("二、上年结转政府信息公开申请数量", "二、上年新收政府信息公开申请数量");
        Report report = reader.read("near.txt", text);
        CheckResult result = RULES.check(report);
        assertThat(result.passed()).isFalse();
        assertThat(result.errors()).extracting(Violation::rule).contains("read.duplicate-row", "table.missing-cells");
        assertThat(report.table("applications").flatMap(t -> t.number("new", "total")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("67"));
    }

    @Test
    void aLabelEquallyNearTwoColumnsIsNotGivenToEither() throws IOException {
        // 结果维正 is one character from 结果维持 and one from 结果纠正.
        String text = example().replaceFirst("结果维持", "结果维正");
        Report report = reader.read("ambiguous.txt", text);
        assertThat(report.readingProblems()).filteredOn(v -> v.rule().equals("read.unrecognised-text"))
                .singleElement().satisfies(v -> assertThat(v.messageZh()).contains("结果维正"));
    }

    @Test
    void aYearInChineseNumeralsAndTheHtmlTitleNameTheReport() throws IOException {
        Report wrapped = reader.read("wrapped.txt", example().replace("示例县示例局2023年政府信息公开工作年度报告",
                "示例县示例局2023年政府信息公开工作年度报\n告"));
        assertThat(wrapped.agency()).contains("示例县示例局");
        assertThat(wrapped.year()).hasValue(2023);

        Report zh = reader.read("zh-year.txt", example().replace("示例县示例局2023年政府信息公开工作年度报告",
                "示例县示例局二〇二三年度政府信息公开工作年度报告"));
        assertThat(zh.year()).hasValue(2023);
        assertThat(zh.agency()).contains("示例县示例局");

        String html = "<html><head><title>某某区人民政府2023年政府信息公开工作年度报告 - 某某区人民政府网</title></head>"
                + "<body><p>（正文）</p></body></html>";
        Report fromTitle = reader.read("title.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fromTitle.year()).hasValue(2023);
        assertThat(fromTitle.agency()).contains("某某区人民政府");
    }

    @Test
    void valuesAfterATextThatLooksLikeASectionHeadingAreReported() throws IOException {
        // 五、 numbers a section: the table ends there, and the row's values stand in no table.
        String text = example().replace("四、结转下年度继续办理\t", "五、结转下年度的申请\t");
        Report report = reader.read("section.txt", text);
        CheckResult result = RULES.check(report);
        assertThat(result.passed()).isFalse();
        assertThat(result.violations("read.stray-values")).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(53);
            assertThat(v.messageZh()).contains("3 1 0 0 0 0 4");
        });
    }

    @Test
    void documentCellsAreReadByTheColumnTheyStandIn() throws IOException {
        // Two value cells merged into one (colspan): the value stands under 自然人; 商业企业 has no cell.
        String html = Files.readString(Path.of("src/test/resources/fixtures/g21-html-consistent.html"))
                .replace("<td style=\"text-align:center\">1785</td>\n  <td style=\"text-align:center\">26</td>",
                        "<td colspan=\"2\" style=\"text-align:center\">1785</td>");
        assertThat(html).contains("colspan=\"2\" style=\"text-align:center\">1785");
        Report report = reader.read("merged.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CheckResult result = RULES.check(report);
        var apps = report.table("applications").orElseThrow();
        assertThat(apps.number("new", "natural_person")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1785"));
        assertThat(apps.number("new", "research")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3847"));
        assertThat(apps.number("new", "total")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15236"));
        assertThat(apps.cell("new", "commercial")).isEmpty();
        assertThat(result.violations("table.missing-cells")).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("[new, commercial]").doesNotContain("[new, total]"));
        assertThat(result.violations("read.row-values")).isEmpty();
    }
}
