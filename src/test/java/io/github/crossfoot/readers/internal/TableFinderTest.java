package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which of the places a table stands is the report's own, and how every other place is reported:
 * documents put together in code from the sections of the bundled consistent example (a 2023 report).
 */
class TableFinderTest {

    private static final ReportReader READER = new ReportReader(RuleSet.standard());
    private static final String REVIEWS_ROW = "2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t0\t0\t1\t1";

    private static List<String> example;
    private static String title;
    private static String proactive;
    private static String applications;
    private static String reviews;
    /** The overview and the closing sections, around the three tables. */
    private static String head;
    private static String tail;

    @BeforeAll
    static void sections() throws IOException {
        example = Files.readAllLines(Path.of("examples/example-2023-consistent.txt"));
        title = example.get(0);
        proactive = lines("二、主动公开政府信息情况", "行政事业性收费\t96.35");
        applications = lines("三、收到和处理政府信息公开申请情况", "四、结转下年度继续办理\t\t3\t1\t0\t0\t0\t0\t4\t");
        reviews = lines("四、政府信息公开行政复议、行政诉讼情况", REVIEWS_ROW);
        head = title + "\n\n一、总体情况\n\n本年度共收到申请67件。\n\n";
        tail = "\n\n五、存在的主要问题及改进情况\n\n无。\n\n六、其他需要报告的事项\n\n本年度未收取信息处理费。";
    }

    private static String lines(String first, String last) {
        int from = example.indexOf(first);
        int to = example.indexOf(last);
        assertThat(from).as(first).isNotNegative();
        assertThat(to).as(last).isGreaterThan(from);
        return String.join("\n", example.subList(from, to + 1));
    }

    /** Table 四 with another row of figures. */
    private static String reviews(String row) {
        return reviews.replace(REVIEWS_ROW, row);
    }

    /** Table 三 with other figures for the new natural-person and commercial applicants (same total). */
    private static String otherApplications() {
        return applications.replace("一、本年新收政府信息公开申请数量\t\t55\t8", "一、本年新收政府信息公开申请数量\t\t56\t7");
    }

    private static Report read(String text) {
        return READER.read("t.txt", text);
    }

    private static List<Violation> duplicates(Report r) {
        return r.readingProblems().stream().filter(v -> v.rule().equals("read.duplicate-table")).toList();
    }

    @Test
    void aTablePrintedTwiceInARowIsADuplicateNotItsOwnContinuation() {
        // The second place directly follows the first but holds the same rows: not the rest of the table.
        Report r = read(head + proactive + "\n\n" + applications + "\n\n" + reviews + "\n" + reviews + tail);
        assertThat(r.table("reviews").orElseThrow().line()).isEqualTo(55);
        assertThat(duplicates(r)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.line()).isEqualTo(61);
            assertThat(v.messageZh()).isEqualTo("表「四、政府信息公开行政复议、行政诉讼情况」在第61行再次出现，数字与第55行的表相同；按第55行的表核对。");
        });
    }

    @Test
    void aQuotedTableBeforeTheReportsOwnIsNotTheOneRead() {
        // The overview quotes last year's table 二 under a caption of exactly 60 characters naming
        // 2022 (the longest still read as a caption) standing 8 texts before its heading (the
        // furthest looked at). The report's own 二 follows with no caption: it is what is read,
        // though it comes second.
        String caption = "2022年度的情况如下表所示（上一年度的数字，仅供与本年度的数字对照，不作为本年度报告的内容，特此一并说明，请读者留意）";
        assertThat(Labels.normalize(caption)).hasSize(60);
        String quoted = proactive.replace("行政处罚\t57", "行政处罚\t75");
        String text = title + "\n\n一、总体情况\n\n" + caption + "\n"
                + String.join("\n", Collections.nCopies(7, "上年度数字供对照。")) + "\n" + quoted + "\n\n" + proactive
                + "\n\n" + applications + "\n\n" + reviews + tail;
        Report r = read(text);
        assertThat(r.table("proactive").orElseThrow().line()).isEqualTo(30);
        assertThat(r.table("proactive").flatMap(t -> t.number("penalty", "decisions")).orElseThrow())
                .isEqualByComparingTo("57");
        assertThat(duplicates(r)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.line()).isEqualTo(13);
            assertThat(v.messageZh()).isEqualTo("表「二、主动公开政府信息情况」在第13行再次出现（前有「" + caption
                    + "」字样，似为引用其他年度的表），与第30行的表有 1 处数字不同：「行政处罚 / 本年处理决定数量」本表为 57，此处为 75（第24行）。"
                    + "已按第30行的表核对；请删去多余的表，或将两份报告分开。");
        });
    }

    @Test
    void aSectionLineNamingAnotherYearRightAfterTheLastTableIsACaption() {
        String caption = "五、附：2022年度政府信息公开情况统计表";
        Report r = read(head + proactive + "\n\n" + applications + "\n\n" + reviews + "\n\n" + caption + "\n\n"
                + proactive);
        assertThat(r.table("proactive").orElseThrow().line()).isEqualTo(7);
        assertThat(duplicates(r)).singleElement().satisfies(v -> assertThat(v.messageZh()).isEqualTo(
                "表「二、主动公开政府信息情况」在第64行再次出现（前有「" + caption
                        + "」字样，似为引用其他年度的表），数字与第7行的表相同；按第7行的表核对。"));
    }

    @Test
    void sixDifferingCellsShowFiveThen等() {
        String other = reviews("3\t1\t0\t1\t5\t2\t0\t0\t0\t2\t0\t1\t0\t1\t2");
        Report r = read(head + proactive + "\n\n" + applications + "\n\n" + reviews + "\n" + other + tail);
        assertThat(duplicates(r)).singleElement().satisfies(v -> assertThat(v.messageZh()).isEqualTo(
                "表「四、政府信息公开行政复议、行政诉讼情况」在第61行再次出现，与第55行的表有 6 处数字不同："
                        + "「行政复议 结果维持」本表为 2，此处为 3（第66行）；「行政复议 总计」本表为 4，此处为 5（第66行）；"
                        + "「未经复议直接起诉 结果维持」本表为 1，此处为 2（第66行）；「未经复议直接起诉 总计」本表为 1，此处为 2（第66行）；"
                        + "「复议后起诉 结果纠正」本表为 0，此处为 1（第66行）等。已按第55行的表核对；请删去多余的表，或将两份报告分开。"));
    }

    @Test
    void everyDifferingCellIsListedWhenNoMoreThanFiveDiffer() {
        String other = reviews("2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t0\t0\t2\t2");
        Report r = read(head + proactive + "\n\n" + applications + "\n\n" + reviews + "\n" + other + tail);
        assertThat(duplicates(r)).singleElement().satisfies(v -> assertThat(v.messageZh()).isEqualTo(
                "表「四、政府信息公开行政复议、行政诉讼情况」在第61行再次出现，与第55行的表有 2 处数字不同："
                        + "「复议后起诉 尚未审结」本表为 1，此处为 2（第66行）；「复议后起诉 总计」本表为 1，此处为 2（第66行）。"
                        + "已按第55行的表核对；请删去多余的表，或将两份报告分开。"));
    }

    @Test
    void aDuplicateNamesCellsOnlyOneOfTheTwoPlacesHoldsAndBlankCells() {
        // The report's own table 二 lacks its 行政强制 row; the second place lacks 行政事业性收费 and
        // leaves 规章's repealed count empty.
        String own = proactive.replace("\n行政强制\t3", "");
        String other = proactive.replace("规章\t1\t0\t12", "规章\t1\t\t12").replace("\n行政事业性收费\t96.35", "");
        Report r = read(head + own + "\n" + other + "\n\n" + applications + "\n\n" + reviews + tail);
        assertThat(r.table("proactive").orElseThrow().line()).isEqualTo(7);
        assertThat(duplicates(r)).singleElement().satisfies(v -> assertThat(v.messageZh()).isEqualTo(
                "表「二、主动公开政府信息情况」在第22行再次出现，与第7行的表有 3 处数字不同："
                        + "「规章 / 本年废止件数」本表为 0，此处为 （空白）（第26行）；"
                        + "「行政事业性收费 / 本年收费金额（单位：万元）」本表为 96.35，此处为 （无）；"
                        + "「行政强制 / 本年处理决定数量」本表为 （无），此处为 3（第34行）。"
                        + "已按第7行的表核对；请删去多余的表，或将两份报告分开。"));
    }

    @Test
    void tablesAreTakenInSectionOrderAfterTheFirstTableFound() {
        // Two reports in one file; the first lost its table 二. Table 二 is thus the second report's,
        // and so are its 三 and 四, which follow it: the first report's are the duplicates.
        String second = "乙县乙局2023年政府信息公开工作年度报告";
        String otherReviews = reviews("2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t0\t0\t2\t2");
        Report r = read(title + "\n\n" + applications + "\n\n" + reviews + "\n\n" + second + "\n\n" + proactive + "\n\n"
                + otherApplications() + "\n\n" + otherReviews + tail);
        assertThat(r.table("proactive").orElseThrow().line()).isEqualTo(43);
        assertThat(r.table("applications").orElseThrow().line()).isEqualTo(60);
        assertThat(r.table("applications").flatMap(t -> t.number("new", "natural_person")).orElseThrow())
                .isEqualByComparingTo("56");
        assertThat(r.table("reviews").orElseThrow().line()).isEqualTo(91);
        assertThat(duplicates(r)).extracting(Violation::line).containsExactly(3, 34);
    }

    @Test
    void anotherYearNamedFarBeforeAHeadingIsNoCaption() {
        // The overview compares with 2022 ten lines before table 二: the report's tables are its own,
        // and a second 2023 report in the same file holds the duplicates.
        String overview = title + "\n\n一、总体情况\n\n与2022年相比，申请数量有所增加。\n"
                + String.join("\n", Collections.nCopies(9, "各项工作有序开展。")) + "\n\n";
        String second = "乙县乙局2023年政府信息公开工作年度报告";
        Report r = read(overview + proactive + "\n\n" + applications + "\n\n" + reviews + "\n\n" + second + "\n\n"
                + proactive + "\n\n" + otherApplications() + "\n\n"
                + reviews("2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t0\t0\t2\t2") + tail);
        assertThat(List.of(r.table("proactive").orElseThrow().line(), r.table("applications").orElseThrow().line(),
                r.table("reviews").orElseThrow().line())).containsExactly(16, 33, 64);
        assertThat(r.table("applications").flatMap(t -> t.number("new", "natural_person")).orElseThrow())
                .isEqualByComparingTo("55");
        assertThat(duplicates(r)).extracting(Violation::line).containsExactly(73, 90, 121);
    }

    @Test
    void aLineOfTwoValuesOutsideEveryTableIsReported() {
        Report r = read(head + proactive + "\n\n" + applications + "\n\n" + reviews + tail + "\n收取费用\t0\t0");
        assertThat(r.readingProblems()).filteredOn(v -> v.rule().equals("read.stray-values")).singleElement()
                .satisfies(v -> {
                    assertThat(v.severity()).isEqualTo(Severity.ERROR);
                    assertThat(v.line()).isEqualTo(69);
                    assertThat(v.messageZh()).isEqualTo("第69行有一行数值（0 0），但不在任何可识别的表格内，未读取；请检查其前面的表头或行标签。");
                });
    }
}
