package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quirks of text taken from a PDF's text layer, on a small made-up report laid out as PDFBox
 * extracts R24-HA: header labels broken by letter spacing and wrapped in their cells, several
 * labels on one line, row labels wrapped around their values, a group label written top to
 * bottom among the rows, labels broken over a page with a {@code - 4 -} page number line, and a
 * header repeated on a new page. What cannot be put together is refused with located errors.
 */
class PdfTextLayoutsTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);

    /** A consistent report as the text layer of a PDF; line numbers in the tests refer to it. */
    private static final String PDF_TEXT = String.join("\n",
            "[第1页 page 1]",                                                        // 1
            "某某县人民政府",
            "2023 年政府信息公开工作年度报告",
            "一、总体情况",
            "2023年，本县认真贯彻落实《中华人民共和国政府信息公开条例》。",              // 5
            "二、主动公开政府信息情况",
            "第二十条 第（一）项",
            "信息内容 本年制发件数 本年废止件数 现行有效件数",
            "规章 0 0 0",
            "行政规范性文件 2 1 9",                                                   // 10
            "第二十条 第（五）项",
            "信息内容 本年处理决定数量",
            "行政许可 120",
            "第二十条 第（六）项",
            "- 3 -",                                                                 // 15
            "[第2页 page 2]",
            "信息内容 本年处理决定数量",
            "行政处罚 35",
            "行政强制 4",
            "第二十条 第（八）项",                                                     // 20
            "信息内容 本年收费金额（单位：万元）",
            "行政事业性收费 12.5",
            "三、收到和处理政府信息公开申请情况",
            "申请人情况",
            "（本列数据的勾稽关系为：第一项加第二项之和， 法人或其他组织",                   // 25
            "等于第三项加第四项之和）",
            "自然人 总计",
            "商 业 企 科研机 社会公益 法 律 服 务",
            "其他",
            "业 构 组织 机构",                                                         // 30
            "一、本年新收政府信息公开申请数量 20 2 0 0 1 0 23",
            "二、上年结转政府信息公开申请数量 3 0 0 0 0 0 3",
            "（一）予以公开 10 1 0 0 1 0 12",
            "（二）部分公开（区分处理的，只计这一情",
            "4 0 0 0 0 0 4",                                                          // 35
            "形，不计其他情形）",
            "1.属于国家秘密 1 0 0 0 0 0 1",
            "三、",
            "本 2.其他法律行政法规禁止公开 0 0 0 0 0 0 0",
            "年",                                                                    // 40
            "3.危及“三安全一稳定” 0 0 0 0 0 0 0",
            "度",
            "办 4.保护第三方合法权益",
            "（三）不 0 0 0 0 0 0 0",
            "理",                                                                    // 45
            "予公开",
            "5.属于三类内部事务信息",
            "结 0 0 0 0 0 0 0",
            "果 6.属于四类过程性信息 0 0 0 0 0 0 0",
            "7.属于行政执法案卷 0 0 0 0 0 0 0",                                         // 50
            "8.属于行政查询事项 0 0 0 0 0 0 0",
            "1.本机关不掌握相关政府信息",
            "（四）无 3 1 0 0 0 0 4",
            "- 4 -",
            "[第3页 page 3]",                                                         // 55
            "法提供 2.没有现成信息需要另行制作 0 0 0 0 0 0 0",
            "3.补正后申请内容仍不明确 0 0 0 0 0 0 0",
            "1.信访举报投诉类申请 1 0 0 0 0 0 1",
            "2.重复申请 0 0 0 0 0 0 0",
            "（五）不 3.要求提供公开出版物 0 0 0 0 0 0 0",                                 // 60
            "予处理",
            "4.无正当理由大量反复申请 0 0 0 0 0 0 0",
            "5.要求行政机关确认或重新出",
            "0 0 0 0 0 0 0",
            "具已获取信息",                                                            // 65
            "1、申请人无正当理由逾期不补",
            "正、行政机关不再处理其政府信 1 0 0 0 0 0 1",
            "息公开申请",
            "（六）其",
            "2、申请人逾期未按收费通知要",                                               // 70
            "他处理",
            "求缴纳费用、行政机关不再处理 0 0 0 0 0 0 0",
            "其政府信息公开申请",
            "3、其他 0 0 0 0 0 0 0",
            "（七）总计 20 2 0 0 1 0 23",                                               // 75
            "四、结转下年度继续办理 3 0 0 0 0 0 3",
            "四、政府信息公开行政复议、行政诉讼情况",
            "行政复议 行政诉讼",
            "未经复议直接起诉 复议后起诉",
            "结果 结 果 其他结 尚 未",                                                   // 80
            "总计",
            "结 果 结 果 其 他 尚 未 结 果 结 果 其 他 尚未审",
            "维持 纠正 果 审结",
            "总计 总计",
            "维持 纠正 结果 审结 维持 纠正 结果 结",                                       // 85
            "1 0 0 0 1 0 0 0 0 0 2 0 0 1 3",
            "五、存在的主要问题及改进情况",
            "宣传力度不够。",
            "六、其他需要报告的事项",
            "全年收取政府信息公开信息处理费 3940元。",                                    // 90
            "- 5 -",
            "");

    /** The page-3 header of 三 as the PDF repeats it: spaced, wrapped, several labels a line. */
    private static final String REPEATED_HEADER = String.join("\n",
            "申请人情况",
            "（本列数据的勾稽关系为：第一项加第二项之和， 法人或其他组织",
            "等于第三项加第四项之和）",
            "自然人 总计",
            "商 业 企 科研机 社会公益 法 律 服 务",
            "其他",
            "业 构 组织 机构");

    private static Report read(String text) {
        return READER.read("x.txt", text);
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    private static int lineOf(Report report, String row, String column, String table) {
        return report.table(table).orElseThrow().cell(row, column).orElseThrow().line();
    }

    private static List<BigDecimal> values(Report report, String table, String row) {
        return report.table(table).orElseThrow().cells().stream().filter(c -> c.row().equals(row))
                .map(c -> c.value().number().orElseThrow()).toList();
    }

    private static List<BigDecimal> numbers(long... n) {
        return java.util.Arrays.stream(n).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void theWholePdfLayoutReadsCompletelyAndPassesWithoutFindings() {
        Report r = read(PDF_TEXT);
        CheckResult result = RULES.check(r);
        assertThat(r.table("applications").orElseThrow().cells()).hasSize(175);
        assertThat(r.table("reviews").orElseThrow().cells()).hasSize(15);
        assertThat(r.table("proactive").orElseThrow().cells()).hasSize(10);
        assertThat(result.violations()).isEmpty();
        for (Table t : r.tables().values()) {
            for (Cell c : t.cells()) {
                assertThat(lines(PDF_TEXT).get(c.line() - 1)).as("%s %s", t.id(), c.key())
                        .contains(c.value().number().orElseThrow().toPlainString());
            }
        }
    }

    @Test
    void spaceBrokenAndWrappedHeaderLabelsAreFound() {
        Report r = read(PDF_TEXT);
        assertThat(r.readingProblems()).isEmpty();
        // The header's words, spaces removed, are wholly the table's labels: no column is missing.
        assertThat(r.table("reviews").orElseThrow().cell("all", "litigation_direct.total").orElseThrow().line())
                .isEqualTo(86);
        assertThat(values(r, "reviews", "all")).containsExactlyElementsOf(numbers(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 1, 3));
    }

    @Test
    void labelsSpacedOutOnOneLineAreFound() {
        String text = PDF_TEXT.replace("商 业 企 科研机 社会公益 法 律 服 务\n其他\n业 构 组织 机构",
                "商 业 企 业 科 研 机 构 社会公益组织 法律服务机构 其 他");
        CheckResult result = RULES.check(read(text));
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void aRowLabelWrappedAroundItsValuesGetsThem() {
        Report r = read(PDF_TEXT);
        // （二）部分公开（区分处理的，只计这一情 / 4 0 0 0 0 0 4 / 形，不计其他情形）
        assertThat(values(r, "applications", "handled.partial")).containsExactlyElementsOf(numbers(4, 0, 0, 0, 0, 0, 4));
        assertThat(lineOf(r, "handled.partial", "total", "applications")).isEqualTo(35);
        // Three pieces with the values after the second; 1、 read as 1.
        assertThat(values(r, "applications", "handled.other.no_correction"))
                .containsExactlyElementsOf(numbers(1, 0, 0, 0, 0, 0, 1));
        assertThat(lineOf(r, "handled.other.no_correction", "natural_person", "applications")).isEqualTo(67);
        // The group label （六）其他处理 broken among the pieces of the next row.
        assertThat(lineOf(r, "handled.other.no_fee", "total", "applications")).isEqualTo(72);
    }

    @Test
    void aGroupLabelWrittenTopToBottomAmongTheRowsDoesNotEndOrDisturbTheTable() {
        Report r = read(PDF_TEXT);
        // 三、 / 本 / 年 / 度 / 办 / 理 / 结 / 果 stand before, between and after the rows' labels and values.
        assertThat(lineOf(r, "handled.withheld.law_prohibited", "natural_person", "applications")).isEqualTo(39);
        assertThat(lineOf(r, "handled.withheld.third_party", "natural_person", "applications")).isEqualTo(44);
        assertThat(lineOf(r, "handled.withheld.internal_affairs", "natural_person", "applications")).isEqualTo(48);
        assertThat(lineOf(r, "handled.withheld.process_info", "natural_person", "applications")).isEqualTo(49);
    }

    @Test
    void aLabelBrokenOverAPageWithAPageNumberLineIsJoined() {
        Report r = read(PDF_TEXT);
        // 1.本机关不掌握相关政府信息 / （四）无 3 1 0 0 0 0 4 / - 4 - / [page] / 法提供 2.没有现成信息需要另行制作 0 …
        assertThat(values(r, "applications", "handled.unavailable.not_held"))
                .containsExactlyElementsOf(numbers(3, 1, 0, 0, 0, 0, 4));
        assertThat(lineOf(r, "handled.unavailable.not_held", "total", "applications")).isEqualTo(53);
        assertThat(lineOf(r, "handled.unavailable.needs_creation", "total", "applications")).isEqualTo(56);

        // A row label broken over a page, its values before the break.
        String text = PDF_TEXT.replace("5.要求行政机关确认或重新出\n0 0 0 0 0 0 0\n具已获取信息",
                "5.要求行政机关确认或重新出 0 0 0 0 0 0 0\n- 4 -\n[第3页 page 3]\n具已获取信息");
        Report broken = read(text);
        assertThat(RULES.check(broken).violations()).isEmpty();
        assertThat(lineOf(broken, "handled.not_processed.confirmation", "total", "applications")).isEqualTo(63);
    }

    @Test
    void aHeaderRepeatedOnANewPageIsReadAsHeader() {
        String text = PDF_TEXT.replace("- 4 -\n[第3页 page 3]\n", "- 4 -\n[第3页 page 3]\n" + REPEATED_HEADER + "\n");
        Report r = read(text);
        CheckResult result = RULES.check(r);
        assertThat(result.violations()).isEmpty();
        assertThat(r.table("applications").orElseThrow().cells()).hasSize(175);
        // The group label （四）无 … 法提供 is joined across the page break and the repeated header.
        assertThat(values(r, "applications", "handled.unavailable.not_held"))
                .containsExactlyElementsOf(numbers(3, 1, 0, 0, 0, 0, 4));
        assertThat(lineOf(r, "handled.unavailable.needs_creation", "natural_person", "applications")).isEqualTo(63);

        // Also when the repeat falls inside a wrapped row label.
        String inside = PDF_TEXT.replace("5.要求行政机关确认或重新出\n0 0 0 0 0 0 0\n具已获取信息",
                "5.要求行政机关确认或重新出 0 0 0 0 0 0 0\n- 4 -\n[第3页 page 3]\n" + REPEATED_HEADER + "\n具已获取信息");
        assertThat(RULES.check(read(inside)).violations()).isEmpty();
    }

    @Test
    void headerTextThatIsNotMadeOfTheLabelsIsStillReported() {
        // 科研院 + 构 is no label: the header is read as before, with its column missing.
        String text = PDF_TEXT.replace("商 业 企 科研机 社会公益", "商 业 企 科研院 社会公益");
        CheckResult result = RULES.check(read(text));
        assertThat(result.violations("read.missing-column")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.line()).isEqualTo(23));
        assertThat(result.violations("read.unrecognised-text")).extracting(Violation::line).contains(28);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void aWrappedRowLabelThatIsNeverCompletedIsRefusedNotGuessed() {
        String text = PDF_TEXT.replace("形，不计其他情形）\n", "");
        Report r = read(text);
        CheckResult result = RULES.check(r);
        assertThat(r.table("applications").orElseThrow().cell("handled.partial", "total")).isEmpty();
        assertThat(result.violations("read.stray-values")).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(35);
            assertThat(v.messageZh()).contains("4 0 0 0 0 0 4");
        });
        assertThat(result.violations("read.unrecognised-text")).extracting(Violation::line).containsExactly(34);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void aRowLeftWithoutValuesByAWrappedNeighbourIsRefused() {
        // 4.保护第三方合法权益 has no values of its own any more; the next row's pieces stand around values.
        String text = PDF_TEXT.replace("（三）不 0 0 0 0 0 0 0\n理\n予公开\n5.属于三类内部事务信息\n结 0 0 0 0 0 0 0",
                "（三）不\n理\n予公开\n5.属于三类内部事务\n结 0 0 0 0 0 0 0\n信息");
        CheckResult result = RULES.check(read(text));
        assertThat(result.violations("read.row-values")).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(43);
            assertThat(v.messageZh()).contains("4.保护第三方合法权益").contains("实际读到 0 个");
        });
        assertThat(result.passed()).isFalse();
    }
}
