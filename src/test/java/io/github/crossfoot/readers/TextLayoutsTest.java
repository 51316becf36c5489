package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variations of the seed layouts: damaged rows, blanks, marks in cells, label drift, encodings. */
class TextLayoutsTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);

    private static String seedText(String name) throws IOException {
        if (name.startsWith("examples/")) {
            return java.nio.file.Files.readString(java.nio.file.Path.of(name));
        }
        try (InputStream in = TextLayoutsTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String seed000() throws IOException {
        return seedText("000_683628c7d948b694.txt");
    }

    private static CheckResult check(String text) {
        return RULES.check(READER.read("t.txt", text));
    }

    @Test
    void aRowWithAMissingValueIsRefusedWithALocatedError() throws IOException {
        String text = seed000().replace("一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t",
                "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t");
        CheckResult r = check(text);
        assertThat(r.passed()).isFalse();
        assertThat(r.violations("read.row-values")).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(44);
            assertThat(v.messageZh()).contains("应有 7 个数值").contains("6 个");
        });
        assertThat(r.violations("table.missing-cells")).singleElement()
                .satisfies(v -> assertThat(v.cells()).hasSize(7).allMatch(c -> c.row().equals("new")));
        // Every equation through the unread row says it could not be evaluated.
        assertThat(r.violations("applications.balance")).hasSize(7)
                .allMatch(v -> v.kind() == Violation.Kind.NOT_EVALUATED);
    }

    @Test
    void interiorEmptyFieldsAreBlankCellsCountedAsZeroWithOneWarning() throws IOException {
        String text = seed000().replace("一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t",
                "一、本年新收政府信息公开申请数量\t\t0\t\t0\t0\t0\t0\t0\t");
        CheckResult r = check(text);
        assertThat(r.passed()).isTrue();
        Table t = r.report().table("applications").orElseThrow();
        assertThat(t.cell("new", "commercial").orElseThrow().value()).isEqualTo(CellValue.blank());
        assertThat(r.violations("table.blank-cells")).singleElement()
                .satisfies(v -> assertThat(v.cells()).extracting(c -> c.row() + "/" + c.column())
                        .containsExactly("new/commercial"));
    }

    @Test
    void aDashIsABlankCellWithALocatedWarning() throws IOException {
        String text = seed000().replace("行政许可\t0", "行政许可\t-");
        CheckResult r = check(text);
        assertThat(r.passed()).isTrue();
        assertThat(r.violations("read.cell-value")).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(30);
            assertThat(v.messageZh()).contains("“-”按空白处理");
        });
        Cell cell = r.report().table("proactive").orElseThrow().cell("licensing", "decisions").orElseThrow();
        assertThat(cell.value().isBlank()).isTrue();
        assertThat(cell.value().text()).isEqualTo("-");
        assertThat(r.violations("table.blank-cells")).singleElement()
                .satisfies(v -> assertThat(v.cells()).extracting(CellRef::row).containsExactly("licensing"));
    }

    @Test
    void textThatIsNoNumberIsUnreadableNeverZero() throws IOException {
        String text = seed000().replace("行政许可\t0", "行政许可\t约10");
        CheckResult r = check(text);
        assertThat(r.passed()).isFalse();
        assertThat(r.violations("table.unreadable-cells")).singleElement().satisfies(v -> {
            assertThat(v.cells()).singleElement().satisfies(c -> {
                assertThat(c.row()).isEqualTo("licensing");
                assertThat(c.value().text()).isEqualTo("约10");
                assertThat(c.line()).isEqualTo(30);
            });
        });
    }

    @Test
    void 无IsZeroAndUnitsAndFootnoteMarksAreReadWithWarnings() throws IOException {
        String text = seed000().replace("行政许可\t0", "行政许可\t无").replace("行政处罚\t0", "行政处罚\t12件")
                .replace("行政强制\t0", "行政强制\t3*").replace("行政事业性收费\t0", "行政事业性收费\t251000元");
        CheckResult r = check(text);
        Table t = r.report().table("proactive").orElseThrow();
        assertThat(t.number("licensing", "decisions")).contains(BigDecimal.ZERO);
        assertThat(t.number("penalty", "decisions")).contains(BigDecimal.valueOf(12));
        assertThat(t.number("enforcement", "decisions")).contains(BigDecimal.valueOf(3));
        // 元 typed into the 万元 column cannot be read without guessing the scale.
        assertThat(t.cell("fees", "amount_10k_yuan").orElseThrow().value().isText()).isTrue();
        assertThat(r.violations("read.cell-value")).extracting(Violation::line).containsExactly(30, 33, 34, 37);
        assertThat(r.errors()).extracting(Violation::rule).containsExactly("table.unreadable-cells");
    }

    @Test
    void anUnknownRowLabelIsReportedNotDropped() throws IOException {
        String text = seed000().replace("行政强制\t0", "行政强制\t0\n其他公开事项\t3");
        CheckResult r = check(text);
        assertThat(r.violations("read.unrecognised-text")).singleElement()
                .satisfies(v -> assertThat(v.messageZh()).contains("其他公开事项"));
        assertThat(r.violations("read.stray-values")).singleElement()
                .satisfies(v -> assertThat(v.messageZh()).contains("3"));
        assertThat(r.passed()).isFalse();
    }

    @Test
    void theLocalRow其他主动公开文件IsReadAndChecked() throws IOException {
        String text = seed000().replace("行政规范性文件\t0\t0\t0", "行政规范性文件\t0\t0\t0\n其他主动公开文件\t2\t1\t-4");
        CheckResult r = check(text);
        Table t = r.report().table("proactive").orElseThrow();
        assertThat(t.number("other_documents", "issued")).contains(BigDecimal.valueOf(2));
        assertThat(t.cell("other_documents", "in_force").orElseThrow().line()).isEqualTo(27);
        assertThat(r.violations("proactive.non-negative")).singleElement()
                .satisfies(v -> assertThat(v.row()).contains("other_documents"));
        // Without the row, nothing is missed: it is a local addition. (Seed 000's 六 says only 无其他需要报告的事项.)
        assertThat(check(seed000()).violations()).extracting(Violation::rule)
                .containsExactly("read.nonstandard-label", "structure.section-empty", "statement.missing");
    }

    /**
     * Adds a 法人或其他组织 subtotal before 总计 in every row of 表三 (some reports do), off by
     * {@code error} in one row; with {@code header}, its header 小计 after 其他.
     */
    private static String withSubtotalColumn(String text, int error) {
        return withSubtotalColumn(text, error, true);
    }

    private static String withSubtotalColumn(String text, int error, boolean header) {
        if (header) {
            text = text.replace("\t其他\t\t", "\t其他\t小计\t");
        }
        StringBuilder out = new StringBuilder();
        boolean inTable = false;
        boolean planted = false;
        for (String line : text.split("\n", -1)) {
            inTable |= line.startsWith("三、收到和处理政府信息公开申请情况");
            inTable &= !line.startsWith("四、政府信息公开行政复议");
            String[] f = line.split("\t", -1);
            java.util.List<Integer> numbers = new java.util.ArrayList<>();
            for (int k = 0; k < f.length; k++) {
                if (f[k].matches("\\d+")) {
                    numbers.add(k);
                }
            }
            if (inTable && numbers.size() == 7) {
                long orgs = 0;
                for (int k = 1; k <= 5; k++) {
                    orgs += Long.parseLong(f[numbers.get(k)]);
                }
                if (!planted && orgs > 0) {
                    orgs += error;
                    planted = true;
                }
                int totalAt = numbers.get(6);
                f[totalAt] = orgs + "\t" + f[totalAt];
                line = String.join("\t", f);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    @Test
    void aSubtotalColumnOfTheOrganisationsIsReadAndChecked() throws IOException {
        String consistent = seedText("examples/example-2023-consistent.txt");
        CheckResult ok = check(withSubtotalColumn(consistent, 0));
        Table t = ok.report().table("applications").orElseThrow();
        assertThat(t.number("new", "legal_entity_subtotal")).contains(BigDecimal.valueOf(12));
        assertThat(t.number("new", "total")).contains(BigDecimal.valueOf(67));
        assertThat(ok.errors()).isEmpty();
        CheckResult bad = check(withSubtotalColumn(consistent, 1));
        assertThat(bad.violations("applications.legal-entity-subtotal")).singleElement()
                .satisfies(v -> assertThat(v.difference()).contains(BigDecimal.ONE));
        // Reports without the column are not missing anything.
        assertThat(check(consistent).violations()).isEmpty();
        // One value more than the columns, and no header for it: refused, never taken as the subtotal.
        CheckResult unlabelled = check(withSubtotalColumn(consistent, 0, false));
        assertThat(unlabelled.errors()).extracting(Violation::rule).contains("read.row-values");
        assertThat(unlabelled.report().table("applications").orElseThrow()
                .cell("new", "legal_entity_subtotal")).isEmpty();
    }

    @Test
    void labelDriftIsNormalised() throws IOException {
        String text = seed000()
                .replace("(一) 予以公开", "（一）予以公开")
                .replace("1. 属于国家秘密", "1、属于国家秘密")
                .replace("3. 危及“三安全一稳定”", "3．危及\"三安全一稳定\"")
                .replace("2. 重复申请", "2.重 复 申 请");
        CheckResult r = check(text);
        assertThat(r.violations()).filteredOn(v -> v.rule().startsWith("read.")).extracting(Violation::rule)
                .containsExactly("read.nonstandard-label"); // only the seed's own 本年度止件数
        assertThat(r.report().table("applications").orElseThrow().cells()).hasSize(175);
    }

    @Test
    void valuesAreReadByLabelsAndKeepTheirLines() throws IOException {
        String text = seed000()
                .replace("2. 重复申请\t0\t0\t0\t0\t0\t0\t0", "2. 重复申请\t5\t0\t0\t0\t0\t0\t5");
        Report report = READER.read("t.txt", text);
        Table t = report.table("applications").orElseThrow();
        assertThat(t.number("handled.not_processed.duplicate", "natural_person")).contains(BigDecimal.valueOf(5));
        assertThat(t.cell("handled.not_processed.duplicate", "total").orElseThrow().line()).isEqualTo(60);
        CheckResult r = RULES.check(report);
        // 5 more outcomes in the natural-person and total columns, nothing else changed.
        assertThat(r.violations("applications.outcome-total")).extracting(v -> v.column().orElseThrow())
                .containsExactly("natural_person", "total");
        assertThat(r.violations("applications.outcome-total")).allSatisfy(v ->
                assertThat(v.difference()).contains(BigDecimal.valueOf(-5)));
    }

    @Test
    void labelsInTraditionalCharactersAreRecognised() throws IOException {
        // As a traditional-script mirror shows them: 主動公開, 規範性檔案, 處理結果…
        String simplified = "主动公开收到处理规范总计结转办理属于国家对应开废条现数强罚许费额类机构组织补审复议诉讼结果纠正维持尚未请况";
        String traditional = "主動公開收到處理規範總計結轉辦理屬於國家對應開廢條現數強罰許費額類機構組織補審復議訴訟結果糾正維持尚未請況";
        StringBuilder text = new StringBuilder();
        for (char c : seed000().toCharArray()) {
            int k = simplified.indexOf(c);
            text.append(k >= 0 ? traditional.charAt(k) : c);
        }
        assertThat(text.toString()).contains("三、收到和處理政府信息公開申請情況").contains("(七) 總計");
        CheckResult r = check(text.toString());
        assertThat(r.report().table("applications").orElseThrow().cells()).hasSize(175);
        assertThat(r.report().table("reviews").orElseThrow().cells()).hasSize(15);
        assertThat(r.report().table("proactive").orElseThrow().cells()).hasSize(10);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void fullWidthDigitsAndThousandsSeparatorsAreNumbers() throws IOException {
        String text = seed000().replace("行政许可\t0", "行政许可\t１，２３４").replace("行政处罚\t0", "行政处罚\t1,024");
        Table t = READER.read("t.txt", text).table("proactive").orElseThrow();
        assertThat(t.number("licensing", "decisions")).contains(BigDecimal.valueOf(1234));
        assertThat(t.number("penalty", "decisions")).contains(BigDecimal.valueOf(1024));
    }

    @Test
    void gb18030AndUtf16AreDecoded() throws IOException {
        String text = seed000();
        Report gbk = READER.read("gbk.txt", text.getBytes(Charset.forName("GB18030")));
        assertThat(gbk.table("applications").orElseThrow().cells()).hasSize(175);
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        assertThat(READER.read("u16.txt", utf16).table("reviews").orElseThrow().cells()).hasSize(15);
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(READER.read("bom.txt", bom).agency()).contains("勃利县倭肯镇人民政府");
    }

    @Test
    void binaryContentIsAClearErrorNotACrash() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        CheckResult r = RULES.check(READER.read("picture.png", png));
        assertThat(r.passed()).isFalse();
        assertThat(r.errors()).extracting(Violation::rule).contains("read.not-text");
    }

    @Test
    void emptyTextFailsWithOneErrorForAllTables() {
        CheckResult r = check("");
        assertThat(r.errors()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("table.missing");
            assertThat(v.table()).isEmpty();
            assertThat(v.line()).isZero();
            assertThat(v.messageZh()).startsWith("报告中未找到任何一张表（表「二、主动公开政府信息情况」");
        });
    }

    @Test
    void aTruncatedReviewsTableIsRefused() throws IOException {
        String text = seed000().replace("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "0\t0\t0\t0\t0\t0\t0\t0\t0");
        CheckResult r = check(text);
        assertThat(r.violations("read.row-values")).singleElement()
                .satisfies(v -> assertThat(v.messageZh()).contains("应有 15 个数值"));
        assertThat(r.passed()).isFalse();
    }

    @Test
    void narrativeMentionsOfAHeadingDoNotHideTheRealTable() throws IOException {
        // Seed 004 has "(一)主动公开政府信息情况" in its narrative before the real section 二.
        String text = seedText("004_c480b6e418059ec0.txt");
        Report r = READER.read("004.txt", text);
        assertThat(r.table("proactive").orElseThrow().line()).isEqualTo(43);
        assertThat(RULES.check(r).violations()).isEmpty();
    }

    @Test
    void lineNumbersPointAtTheCellsInTheOneCellPerLineLayout() throws IOException {
        Report r = READER.read("002.txt", seedText("002_3bceb6a2129e3845.txt"));
        Table reviews = r.table("reviews").orElseThrow();
        List<Integer> lines = reviews.cells().stream().map(c -> c.line()).toList();
        assertThat(lines).containsExactly(383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397);
    }
}
