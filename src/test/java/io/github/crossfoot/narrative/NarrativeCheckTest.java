package io.github.crossfoot.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Narrative vs table on the seeds and on fixtures with planted disagreements. */
class NarrativeCheckTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);

    /** The narrative check with the report's own format, as {@code RuleSet.check} runs it. */
    static List<Violation> narrative(Report report) {
        return NarrativeCheck.check(report, format(report));
    }

    static List<Claim> claimsOf(Report report) {
        return NarrativeCheck.claims(report, format(report));
    }

    private static FormatSpec format(Report report) {
        return RULES.format(report.format())
                .or(() -> RULES.formatForYear(report.year().isPresent() ? report.year().getAsInt() : null))
                .orElseThrow();
    }

    // Lines of seed 000 (tab layout, every cell 0, report year 2022).
    private static final int PROSE = 7;
    private static final int PROSE_2 = 9;
    private static final int NEW = 44;
    private static final int CARRIED_OVER = 45;
    private static final int DISCLOSED = 46;
    private static final int PARTIAL = 47;
    private static final int WITHHELD_THIRD_PARTY = 51;
    private static final int UNAVAILABLE_NOT_HELD = 56;
    private static final int HANDLED_TOTAL = 68;
    private static final int CARRIED_FORWARD = 69;
    private static final int REVIEWS = 76;

    static String seedText(String name) throws IOException {
        try (InputStream in = NarrativeCheckTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Report read(String text) {
        return READER.read("t.txt", text);
    }

    /** Seed 000 with line {@code line} replaced. */
    static String replaceLine(String text, int line, String content) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.set(line - 1, content);
        return String.join("\n", lines);
    }

    /** The numeric tab-separated fields of {@code line} set to {@code values}, in order. */
    static String withRow(String text, int line, long... values) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        String[] fields = lines.get(line - 1).split("\t", -1);
        int k = 0;
        for (int i = 0; i < fields.length && k < values.length; i++) {
            if (fields[i].strip().matches("[0-9]+")) {
                fields[i] = Long.toString(values[k++]);
            }
        }
        assertThat(k).as("numeric fields on line %d", line).isEqualTo(values.length);
        lines.set(line - 1, String.join("\t", fields));
        return String.join("\n", lines);
    }

    static String template() throws IOException {
        return seedText("000_683628c7d948b694.txt");
    }

    static List<Violation> check(String text) {
        return narrative(read(text));
    }

    // ------------------------------------------------------------------ seeds

    @Test
    void seed003WithoutTablesReportsWhatItsProseClaimsAsInfos() throws IOException {
        List<Violation> v = narrative(read(seedText("003_80eb4e39c25afce7.txt")));

        assertThat(v).extracting(Violation::rule).containsOnly(NarrativeCheck.CLAIM);
        assertThat(v).extracting(Violation::severity).containsOnly(Severity.INFO);
        assertThat(v).extracting(Violation::kind).containsOnly(Violation.Kind.READING);
        assertThat(v).extracting(x -> x.table().orElseThrow(), x -> x.row().orElse(null), x -> x.column().orElse(null),
                        Violation::line, x -> x.cells().get(0).expected())
                .containsExactly(
                        tuple("applications", "new", "total", 20, BigDecimal.valueOf(4)),
                        tuple("applications", "new", "natural_person", 20, BigDecimal.valueOf(4)),
                        tuple("applications", "handled.disclosed", "total", 20, BigDecimal.valueOf(2)),
                        tuple("applications", "handled.partial", "total", 20, BigDecimal.valueOf(2)),
                        tuple("reviews", "all", "reconsideration.total", 20, BigDecimal.ZERO),
                        tuple("reviews", "all", null, 20, BigDecimal.ZERO),
                        tuple("proactive", "normative_documents", "issued", 23, BigDecimal.ZERO));
        assertThat(v.get(0).messageZh())
                .isEqualTo("第20行正文称“共收到政府信息公开申请4件”，但报告中没有表三，无法核对；表三「本年新收 / 总计」应为 4。");
        assertThat(v.get(0).messageEn()).isEqualTo("Line 20 says '共收到政府信息公开申请4件' (applications received: 4), "
                + "but the report has no table 3 to check it against; table 3 [new, total] should be 4.");
        assertThat(v.get(1).messageZh()).isEqualTo("第20行正文称“申请人全为自然人”（即自然人申请 4 件），"
                + "但报告中没有表三，无法核对；表三「本年新收 / 自然人」应为 4。");
        assertThat(v.get(2).messageZh()).startsWith("第20行正文称“其中予以公开2件”");
        assertThat(v.get(3).messageZh()).startsWith("第20行正文称“部分公开2件”");
        assertThat(v.get(4).messageZh()).isEqualTo("第20行正文称“我镇未发生涉及政府信息公开的行政复议和行政诉讼案件”"
                + "（即行政复议 0 件），但报告中没有表四，无法核对；表四「行政复议 / 总计」应为 0。");
        Violation litigation = v.get(5);
        assertThat(litigation.cells()).extracting(CellRef::column)
                .containsExactly("litigation_direct.total", "litigation_after_reconsideration.total");
        assertThat(litigation.cells()).allSatisfy(c -> {
            assertThat(c.found()).isFalse();
            assertThat(c.expected()).isEqualByComparingTo("0");
        });
        assertThat(litigation.messageZh()).contains("即行政诉讼 0 件").contains("表四「行政诉讼（未经复议直接起诉 + 复议后起诉） / 总计」应为 0");
        assertThat(v.get(6).messageZh()).isEqualTo("第23行正文称“2022年度我镇未制发行政规范性文件”（即制发行政规范性文件 0 件），"
                + "但报告中没有表二，无法核对；表二「行政规范性文件 / 本年制发件数」应为 0。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_683628c7d948b694.txt", "001_cff84b0da7bd01e8.txt", "002_3bceb6a2129e3845.txt",
            "004_c480b6e418059ec0.txt"})
    void seedsWithTablesAgreeWithTheirProse(String name) throws IOException {
        assertThat(narrative(read(seedText(name)))).isEmpty();
    }

    @Test
    void theSeedsNegativeStatementsAreRead() throws IOException {
        assertThat(claimsOf(read(seedText("000_683628c7d948b694.txt")))).isEmpty();
        assertThat(claimsOf(read(seedText("001_cff84b0da7bd01e8.txt"))))
                .extracting(Claim::line, Claim::quantity, Claim::value)
                .containsExactly(tuple(17, Quantity.NEW_TOTAL, BigDecimal.ZERO));
        assertThat(claimsOf(read(seedText("002_3bceb6a2129e3845.txt"))))
                .extracting(Claim::line, Claim::quantity, Claim::value)
                .containsExactly(tuple(7, Quantity.NEW_TOTAL, BigDecimal.ZERO),
                        tuple(7, Quantity.RECONSIDERATION, BigDecimal.ZERO));
        assertThat(claimsOf(read(seedText("004_c480b6e418059ec0.txt"))))
                .extracting(Claim::line, Claim::quantity, Claim::value, Claim::quote)
                .containsExactly(tuple(23, Quantity.NEW_TOTAL, BigDecimal.ZERO, "本年度我镇未收到关于依申请公开政府信息的申请"));
    }

    @Test
    void seed004WithThreeNewApplicationsInTheTableContradictsItsProse() throws IOException {
        String text = seedText("004_c480b6e418059ec0.txt");
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        assertThat(lines.get(150)).startsWith("0");
        lines.set(150, "3 ");
        List<Violation> v = check(String.join("\n", lines));

        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(NarrativeCheck.MISMATCH);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.kind()).isEqualTo(Violation.Kind.READING);
            assertThat(x.line()).isEqualTo(23);
            assertThat(x.table()).contains("applications");
            assertThat(x.row()).contains("new");
            assertThat(x.column()).contains("total");
            assertThat(x.cells()).singleElement().satisfies(c -> {
                assertThat(c.value()).isEqualTo(CellValue.of(3));
                assertThat(c.line()).isEqualTo(151);
                assertThat(c.label()).isEqualTo("一、本年新收政府信息公开申请数量 / 总计");
            });
            assertThat(x.left()).contains(BigDecimal.ZERO);
            assertThat(x.right()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("3"));
            assertThat(x.messageZh()).isEqualTo("第23行正文称“本年度我镇未收到关于依申请公开政府信息的申请”（即收到申请 0 件），"
                    + "但表三「本年新收 / 总计」为 3（第151行）。");
            assertThat(x.messageEn()).isEqualTo("Line 23 says '本年度我镇未收到关于依申请公开政府信息的申请' "
                    + "(applications received: 0), but table 3 [new, total] is 3 (line 151).");
        });
    }

    // ------------------------------------------------------------------ planted disagreements

    @Test
    void chineseNumeralsAreReadAndADisagreementIsLocated() throws IOException {
        String text = replaceLine(template(), PROSE,
                "2022年，我镇共收到政府信息公开申请十二件，其中予以公开两件，部分公开一件。");
        text = withRow(text, NEW, 12, 0, 0, 0, 0, 0, 12);
        text = withRow(text, DISCLOSED, 3, 0, 0, 0, 0, 0, 3);
        text = withRow(text, PARTIAL, 1, 0, 0, 0, 0, 0, 1);

        List<Violation> v = check(text);

        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(NarrativeCheck.MISMATCH);
            assertThat(x.line()).isEqualTo(PROSE);
            assertThat(x.row()).contains("handled.disclosed");
            assertThat(x.cells()).singleElement().satisfies(c -> assertThat(c.line()).isEqualTo(DISCLOSED));
            assertThat(x.messageZh()).isEqualTo(
                    "第7行正文称“其中予以公开两件”（即予以公开 2 件），但表三「（一）予以公开 / 总计」为 3（第46行）。");
            assertThat(x.messageEn()).isEqualTo(
                    "Line 7 says '其中予以公开两件' (disclosed: 2), but table 3 [handled.disclosed, total] is 3 (line 46).");
        });
    }

    @Test
    void aLowerBoundIsComparedWithAtLeast() throws IOException {
        String prose = "2022年，我镇共收到政府信息公开申请140余件，均已按期答复。";
        String below = withRow(replaceLine(template(), PROSE, prose), NEW, 120, 0, 0, 0, 0, 0, 120);
        String above = withRow(replaceLine(template(), PROSE, prose), NEW, 150, 0, 0, 0, 0, 0, 150);

        assertThat(check(below)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(NarrativeCheck.MISMATCH);
            assertThat(x.messageZh()).isEqualTo(
                    "第7行正文称“我镇共收到政府信息公开申请140余件”（即收到申请不少于 140 件），但表三「本年新收 / 总计」为 120（第44行）。");
            assertThat(x.messageEn()).contains("(applications received: at least 140)");
        });
        assertThat(check(above)).isEmpty();
    }

    @Test
    void everyQuantityIsComparedWithItsCells() throws IOException {
        String text = replaceLine(template(), PROSE, "2022年，本机关新收政府信息公开申请数量为3,119件，上年结转申请34件，"
                + "共办结政府信息公开申请3050件，结转下年度继续办理103件。其中，予以公开2932件，部分公开53件，不予公开61件，"
                + "无法提供4件。");
        text = replaceLine(text, PROSE_2, "全年因政府信息公开被申请行政复议351件，被提起行政诉讼46件。");
        text = withRow(text, NEW, 0, 0, 0, 0, 0, 0, 3119);
        text = withRow(text, CARRIED_OVER, 0, 0, 0, 0, 0, 0, 34);
        text = withRow(text, DISCLOSED, 0, 0, 0, 0, 0, 0, 2932);
        text = withRow(text, PARTIAL, 0, 0, 0, 0, 0, 0, 53);
        text = withRow(text, WITHHELD_THIRD_PARTY, 0, 0, 0, 0, 0, 0, 61);
        text = withRow(text, UNAVAILABLE_NOT_HELD, 0, 0, 0, 0, 0, 0, 4);
        text = withRow(text, HANDLED_TOTAL, 0, 0, 0, 0, 0, 0, 3050);
        text = withRow(text, CARRIED_FORWARD, 0, 0, 0, 0, 0, 0, 103);
        text = withRow(text, REVIEWS, 72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20);

        Report report = read(text);
        assertThat(claimsOf(report)).extracting(Claim::quantity, Claim::value)
                .containsExactly(
                        tuple(Quantity.NEW_TOTAL, BigDecimal.valueOf(3119)),
                        tuple(Quantity.CARRIED_OVER, BigDecimal.valueOf(34)),
                        tuple(Quantity.HANDLED_TOTAL, BigDecimal.valueOf(3050)),
                        tuple(Quantity.CARRIED_FORWARD, BigDecimal.valueOf(103)),
                        tuple(Quantity.DISCLOSED, BigDecimal.valueOf(2932)),
                        tuple(Quantity.PARTIAL, BigDecimal.valueOf(53)),
                        tuple(Quantity.WITHHELD, BigDecimal.valueOf(61)),
                        tuple(Quantity.UNAVAILABLE, BigDecimal.valueOf(4)),
                        tuple(Quantity.RECONSIDERATION, BigDecimal.valueOf(351)),
                        tuple(Quantity.LITIGATION, BigDecimal.valueOf(46)));
        assertThat(narrative(report)).isEmpty();

        // The same prose against a table with the lawsuits and the carried-forward figure changed.
        String changed = withRow(text, REVIEWS, 72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 21);
        changed = withRow(changed, CARRIED_FORWARD, 0, 0, 0, 0, 0, 0, 104);
        List<Violation> v = check(changed);
        assertThat(v).extracting(Violation::rule).containsOnly(NarrativeCheck.MISMATCH);
        assertThat(v).extracting(Violation::line, x -> x.row().orElse(null), x -> x.column().orElse(null))
                .containsExactly(tuple(PROSE, "carried_forward", "total"), tuple(PROSE_2, "all", null));
        assertThat(v.get(1).cells()).extracting(CellRef::line).containsExactly(REVIEWS, REVIEWS);
        assertThat(v.get(1).messageZh()).isEqualTo("第9行正文称“被提起行政诉讼46件”，但表四「行政诉讼（未经复议直接起诉 + 复议后起诉） / 总计」"
                + "合计为 47（第76行）。");
        assertThat(v.get(1).messageEn()).isEqualTo("Line 9 says '被提起行政诉讼46件' (lawsuits: 46), but table 4 "
                + "[all, litigation_direct.total + litigation_after_reconsideration.total] sums to 47 (line 76).");
    }

    // Lines of table 二 in seed 000.
    private static final int REGULATIONS = 25;
    private static final int NORMATIVE = 26;
    private static final int LICENSING = 30;
    private static final int PENALTY = 33;
    private static final int ENFORCEMENT = 34;
    private static final int FEES = 37;

    /** Seed 000 with table 二 filled in as Huai'an's 2024 report has it, fees in 万元. */
    private static String withTableTwo(String text) {
        text = withRow(text, REGULATIONS, 1, 0, 11);
        text = withRow(text, NORMATIVE, 8, 26, 66);
        text = withRow(text, LICENSING, 447228);
        text = withRow(text, PENALTY, 3985758);
        text = withRow(text, ENFORCEMENT, 88283);
        return replaceLine(text, FEES, "行政事业性收费\t96171.6");
    }

    @Test
    void tableTwoQuantitiesAreComparedWithTheirCells() throws IOException {
        String text = replaceLine(template(), PROSE, "2022年，本机关制发规章1件，印发8件行政规范性文件，废止行政规范性文件26件，"
                + "现行有效规章11件、现行有效行政规范性文件66件。");
        text = replaceLine(text, PROSE_2, "全年办理行政许可447228件，作出行政处罚决定3985758件，采取行政强制措施88283件；"
                + "收取行政事业性收费96171.6万元。");
        text = withTableTwo(text);

        Report report = read(text);
        assertThat(claimsOf(report)).extracting(Claim::line, Claim::quantity, Claim::value)
                .containsExactly(
                        tuple(PROSE, Quantity.REGULATIONS_ISSUED, BigDecimal.ONE),
                        tuple(PROSE, Quantity.NORMATIVE_ISSUED, BigDecimal.valueOf(8)),
                        tuple(PROSE, Quantity.NORMATIVE_REPEALED, BigDecimal.valueOf(26)),
                        tuple(PROSE, Quantity.REGULATIONS_IN_FORCE, BigDecimal.valueOf(11)),
                        tuple(PROSE, Quantity.NORMATIVE_IN_FORCE, BigDecimal.valueOf(66)),
                        tuple(PROSE_2, Quantity.LICENSING, BigDecimal.valueOf(447228)),
                        tuple(PROSE_2, Quantity.PENALTY, BigDecimal.valueOf(3985758)),
                        tuple(PROSE_2, Quantity.ENFORCEMENT, BigDecimal.valueOf(88283)),
                        tuple(PROSE_2, Quantity.FEES, new BigDecimal("96171.6")));
        assertThat(narrative(report)).isEmpty();

        // The same prose against a table with two regulations made and fees of 96171.5 万元.
        String changed = withRow(text, REGULATIONS, 2, 0, 11);
        changed = replaceLine(changed, FEES, "行政事业性收费\t96171.5");
        List<Violation> v = check(changed);
        assertThat(v).extracting(Violation::rule, Violation::line, x -> x.row().orElse(null), x -> x.column().orElse(null))
                .containsExactly(tuple(NarrativeCheck.MISMATCH, PROSE, "regulations", "issued"),
                        tuple(NarrativeCheck.MISMATCH, PROSE_2, "fees", "amount_10k_yuan"));
        assertThat(v.get(0).messageZh()).isEqualTo("第7行正文称“本机关制发规章1件”，但表二「规章 / 本年制发件数」为 2（第25行）。");
        assertThat(v.get(1).messageZh()).isEqualTo("第9行正文称“收取行政事业性收费96171.6万元”，"
                + "但表二「行政事业性收费 / 本年收费金额（单位：万元）」为 96171.5（第37行）。");
        assertThat(v.get(1).messageEn()).isEqualTo("Line 9 says '收取行政事业性收费96171.6万元' (administrative fees "
                + "(10,000 yuan): 96171.6), but table 2 [fees, amount_10k_yuan] is 96171.5 (line 37).");
    }

    @Test
    void aFeeInYuanIsComparedInTenThousandsAndAStatementOfNoneIsRead() throws IOException {
        String text = replaceLine(template(), PROSE, "2022年，收取行政事业性收费961716000元，本机关未制发规章。");
        text = withTableTwo(text);
        Report report = read(text);
        assertThat(claimsOf(report)).extracting(Claim::quantity, Claim::value)
                .containsExactly(tuple(Quantity.FEES, new BigDecimal("96171.6")),
                        tuple(Quantity.REGULATIONS_ISSUED, BigDecimal.ZERO));
        List<Violation> v = narrative(report);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.row()).contains("regulations");
            assertThat(x.messageZh()).isEqualTo("第7行正文称“本机关未制发规章”（即制发规章 0 件），但表二「规章 / 本年制发件数」为 1（第25行）。");
        });
        assertThat(claimsOf(read(replaceLine(template(), PROSE, "收取行政事业性收费963500元。"))))
                .singleElement().satisfies(c -> assertThat(c.note().zh()).isEqualTo("即行政事业性收费 96.35 万元"));
        assertThat(claimsOf(read(replaceLine(template(), PROSE, "收取行政事业性收费超过90000万元。"))))
                .singleElement().satisfies(c -> {
                    assertThat(c.atLeast()).isTrue();
                    assertThat(c.note().zh()).isEqualTo("即行政事业性收费不少于 90000 万元");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2021年，本机关制发规章3件。",
            "制发规章较上年增加2件。",
            "2022年制发规范性文件约30件。",
            "全年新增公开市政府规章1件。",
            "2022年，全镇共受理行政许可申请404件。",
            "梳理行政许可事项125项。",
            "减免行政事业性收费12万元。",
            "全年收取政府信息公开信息处理费3940元。",
            "继续完善各种规章制度，制定规章制度3件。",
            "公开行政处罚信息1200条。",
            "不予行政许可2件。",
            "因不服行政处罚决定申请行政复议1件。"})
    void tableTwoSentencesAboutOtherThingsAreNotRead(String prose) throws IOException {
        assertThat(claimsOf(read(replaceLine(template(), PROSE, prose)))).isEmpty();
    }

    @Test
    void disclosedAndPartlyDisclosedTogetherAreComparedWithTheirSum() throws IOException {
        // The Shanghai 2019 fault: the text's 258 is one column, the table says 272 + 3.
        String text = replaceLine(template(), PROSE, "2022年，依申请公开工作中，予以公开及部分公开258件，占33.9%。");
        text = withRow(text, DISCLOSED, 258, 13, 1, 0, 0, 0, 272);
        text = withRow(text, PARTIAL, 3, 0, 0, 0, 0, 0, 3);

        assertThat(check(text)).singleElement().satisfies(x -> {
            assertThat(x.row()).isEmpty();
            assertThat(x.column()).contains("total");
            assertThat(x.cells()).extracting(CellRef::row).containsExactly("handled.disclosed", "handled.partial");
            assertThat(x.messageZh()).isEqualTo(
                    "第7行正文称“予以公开及部分公开258件”，但表三「（一）予以公开 + （二）部分公开 / 总计」合计为 275（第46、47行）。");
        });
    }

    @Test
    void applicantBreakdownsAreReadOnlyRightAfterTheNumberReceived() throws IOException {
        String text = replaceLine(template(), PROSE,
                "2022年共收到政府信息公开申请5件，其中自然人申请3件，法人或其他组织申请2件；予以公开4件，其中自然人4件。");
        text = withRow(text, NEW, 4, 1, 0, 0, 0, 0, 5);
        text = withRow(text, DISCLOSED, 4, 0, 0, 0, 0, 0, 4);

        assertThat(claimsOf(read(text))).extracting(Claim::quantity, Claim::value)
                .containsExactly(tuple(Quantity.NEW_TOTAL, BigDecimal.valueOf(5)),
                        tuple(Quantity.NEW_NATURAL, BigDecimal.valueOf(3)),
                        tuple(Quantity.NEW_LEGAL, BigDecimal.valueOf(2)),
                        tuple(Quantity.DISCLOSED, BigDecimal.valueOf(4)));
        assertThat(check(text)).extracting(x -> x.column().orElse(null), Violation::messageZh)
                .containsExactly(
                        tuple("natural_person", "第7行正文称“其中自然人申请3件”，但表三「本年新收 / 自然人」为 4（第44行）。"),
                        tuple(null, "第7行正文称“法人或其他组织申请2件”，但表三「本年新收 / 法人或其他组织（五列之和）」合计为 1（第44行）。"));
    }

    @Test
    void allApplicantsNaturalPersonsIsComparedWithTheTablesOwnTotal() throws IOException {
        String text = replaceLine(template(), PROSE, "2022年共收到政府信息公开申请5件，申请人均为自然人。");
        text = withRow(text, NEW, 4, 1, 0, 0, 0, 0, 5);

        assertThat(check(text)).singleElement().satisfies(x -> {
            assertThat(x.column()).contains("natural_person");
            assertThat(x.messageZh()).isEqualTo("第7行正文称“申请人均为自然人”（即自然人申请应等于本年新收总计 5 件），"
                    + "但表三「本年新收 / 自然人」为 4（第44行）。");
        });
    }

    @Test
    void reviewStatementsInTheirCommonForms() throws IOException {
        String each = replaceLine(template(), PROSE, "2022年，因政府信息公开申请行政复议和行政诉讼各1件。");
        assertThat(claimsOf(read(each))).extracting(Claim::quantity, Claim::value)
                .containsExactly(tuple(Quantity.RECONSIDERATION, BigDecimal.ONE),
                        tuple(Quantity.LITIGATION, BigDecimal.ONE));
        assertThat(check(each)).hasSize(2).extracting(Violation::rule).containsOnly(NarrativeCheck.MISMATCH);

        String none = replaceLine(template(), PROSE, "本年度没有因政府信息公开被申请行政复议或提起行政诉讼的情况。");
        assertThat(claimsOf(read(none))).extracting(Claim::quantity, Claim::value)
                .containsExactly(tuple(Quantity.RECONSIDERATION, BigDecimal.ZERO),
                        tuple(Quantity.LITIGATION, BigDecimal.ZERO));
        assertThat(check(withRow(none, REVIEWS, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
                .singleElement().satisfies(x -> assertThat(x.column()).contains("reconsideration.total"));

        String together = replaceLine(template(), PROSE, "2022年，政府信息公开行政复议和行政诉讼案件均为0。");
        assertThat(claimsOf(read(together))).extracting(Claim::quantity)
                .containsExactly(Quantity.RECONSIDERATION, Quantity.LITIGATION);

        String direct = replaceLine(template(), PROSE, "涉及政府信息公开的行政诉讼中，未经复议直接起诉2件，复议后起诉1件。");
        assertThat(claimsOf(read(direct))).extracting(Claim::quantity, Claim::value)
                .containsExactly(tuple(Quantity.LITIGATION_DIRECT, BigDecimal.valueOf(2)),
                        tuple(Quantity.LITIGATION_AFTER, BigDecimal.ONE));
    }

    @Test
    void phrasingsSeenInPublishedReports() {
        Report report = Report.builder("r.txt").year(2022).lines(List.of(
                "2022年，区政府办公室共收到8份政府信息公开申请，均为自然人申请。其中，予以公开2件，部分公开2件，"
                        + "本办不掌握相关政府信息2件，其他1件（申请人自主撤销）。无下年度结转。",
                "2022年，共收到10件依申请公开请求，2021年结转政府信息公开申请2件，共办结10件，结转2023年度继续办理2件；"
                        + "全市发生政府信息公开行政复议案件1起。",
                "全区各行政机关共受理政府信息公开申请267件，答复263件。其中同意公开或部分公开共81件，公开率为30.80%。",
                "全区共发生涉及政府信息公开的行政诉讼案件2件，被纠错0件。",
                "2022年，未收到依申请公开事项。",
                "2021年结转的申请3件已于年初办结，2020年结转政府信息公开申请1件。")).build();

        assertThat(claimsOf(report)).extracting(Claim::line, Claim::quantity, Claim::value)
                .containsExactly(
                        tuple(1, Quantity.NEW_TOTAL, BigDecimal.valueOf(8)),
                        tuple(1, Quantity.NEW_NATURAL, BigDecimal.valueOf(8)),
                        tuple(1, Quantity.DISCLOSED, BigDecimal.valueOf(2)),
                        tuple(1, Quantity.PARTIAL, BigDecimal.valueOf(2)),
                        tuple(1, Quantity.CARRIED_FORWARD, BigDecimal.ZERO),
                        tuple(2, Quantity.NEW_TOTAL, BigDecimal.valueOf(10)),
                        tuple(2, Quantity.CARRIED_OVER, BigDecimal.valueOf(2)),
                        tuple(2, Quantity.HANDLED_TOTAL, BigDecimal.valueOf(10)),
                        tuple(2, Quantity.CARRIED_FORWARD, BigDecimal.valueOf(2)),
                        tuple(2, Quantity.RECONSIDERATION, BigDecimal.ONE),
                        tuple(3, Quantity.NEW_TOTAL, BigDecimal.valueOf(267)),
                        tuple(3, Quantity.DISCLOSED_AND_PARTIAL, BigDecimal.valueOf(81)),
                        tuple(4, Quantity.LITIGATION, BigDecimal.valueOf(2)),
                        tuple(5, Quantity.NEW_TOTAL, BigDecimal.ZERO),
                        tuple(6, Quantity.CARRIED_OVER, BigDecimal.valueOf(3)));
    }

    @Test
    void aBlankCellCountsAsZeroAndAMissingCellIsReportedAsAClaim() throws IOException {
        String prose = replaceLine(template(), PROSE, "2022年共收到政府信息公开申请2件。");
        Report report = read(prose);
        Report blank = report.toBuilder().table("applications", t -> t.blank("new", "total")).build();
        assertThat(narrative(blank)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(NarrativeCheck.MISMATCH);
            assertThat(x.messageZh()).endsWith("但表三「本年新收 / 总计」为空白（按 0 计）。");
        });
        Report missing = report.toBuilder().table("applications", t -> t.remove("new", "total")).build();
        assertThat(narrative(missing)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(NarrativeCheck.CLAIM);
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.messageZh()).isEqualTo("第7行正文称“2022年共收到政府信息公开申请2件”，"
                    + "但表三中没有「一、本年新收政府信息公开申请数量 / 总计」，无法核对；表三「本年新收 / 总计」应为 2。");
            assertThat(x.cells()).singleElement().satisfies(c -> assertThat(c.expected()).isEqualByComparingTo("2"));
        });
        Report text = report.toBuilder()
                .table("applications", t -> t.cell("new", "total", CellValue.text("无"), NEW)).build();
        assertThat(narrative(text)).singleElement()
                .satisfies(x -> assertThat(x.rule()).isEqualTo(NarrativeCheck.CLAIM));
    }

    // ------------------------------------------------------------------ what must not be read

    @ParameterizedTest
    @ValueSource(strings = {
            "报告统计数据时限为 2022 年 1 月 1 日至 2022 年 12 月 31 日。",
            "2022年，我镇共通过政府网站主动公开政府信息93条，其中机构职能3条、业务动态66条。",
            "2022年全镇累计主动公开政府信息 140 余条，予以公开的政策文件12条。",
            "2022年收取信息处理费0元，全年共收取信息处理费3940元。",
            "2022年，转办县长热线47件，按期办结47件，办结率100%。",
            "相较去年（2021年我镇收到政府信息公开申请3件）有较大幅度提高。",
            "2021年我镇共收到政府信息公开申请3件。",
            "收到政府信息公开申请数量较上年增加2件。",
            "其中，3件通过当面申请的方式提交，1件通过网络申请的方式提交。",
            "全年办理人大代表建议12件、政协委员提案8件，予以公开20件。",
            "2022年共收到政府信息公开申请约30件。",
            "共办理行政复议案件35件，其中维持12件。",
            "2022年，全镇共受理行政许可申请404件。",
            "行政复议结果维持1件，结果纠正0件。",
            "2022年共收到信访举报投诉类申请3件。",
            "2022年，政务服务中心共受理各类申请1200件。",
            "2022年，本机关共办理政府信息公开类行政复议案件12件。",
            "2022年，本局共办理行政复议案件35件，依法公开行政复议决定书20件。",
            "2022年，未发生因政府信息公开被申请行政复议被纠错的情况。",
            "2022年，对未公开信息申请行政复议的2件均已答复。"})
    void sentencesAboutOtherThingsAreNotRead(String prose) throws IOException {
        assertThat(claimsOf(read(replaceLine(template(), PROSE, prose)))).isEmpty();
    }

    @Test
    void tableLinesAreNotRead() throws IOException {
        String text = replaceLine(template(), PROSE, "收到政府信息公开申请\t4件\t予以公开\t2件");
        assertThat(claimsOf(read(text))).isEmpty();
        text = replaceLine(template(), PROSE, "| 收到政府信息公开申请4件 | 2 |");
        assertThat(claimsOf(read(text))).isEmpty();
    }

    @Test
    void htmlTagsAreStrippedBeforeMatching() {
        Report report = Report.builder("r.html").year(2022).lines(List.of(
                "<p style=\"text-indent:2em\">2022年，共收到政府信息公开申请<span>3</span>件，予以公开&nbsp;2件。</p>",
                "<tr><td>一、本年新收政府信息公开申请数量</td><td>3件</td></tr>")).build();
        assertThat(claimsOf(report))
                .extracting(Claim::line, Claim::quantity, Claim::value, Claim::quote)
                .containsExactly(tuple(1, Quantity.NEW_TOTAL, BigDecimal.valueOf(3), "共收到政府信息公开申请3件"),
                        tuple(1, Quantity.DISCLOSED, BigDecimal.valueOf(2), "予以公开 2件"));
    }

    @Test
    void numeralsAreParsed() {
        assertThat(Numerals.parse("4")).isEqualByComparingTo("4");
        assertThat(Numerals.parse("3,119")).isEqualByComparingTo("3119");
        assertThat(Numerals.parse("１２")).isEqualByComparingTo("12");
        assertThat(Numerals.parse("两")).isEqualByComparingTo("2");
        assertThat(Numerals.parse("十")).isEqualByComparingTo("10");
        assertThat(Numerals.parse("十二")).isEqualByComparingTo("12");
        assertThat(Numerals.parse("二十")).isEqualByComparingTo("20");
        assertThat(Numerals.parse("一百零五")).isEqualByComparingTo("105");
        assertThat(Numerals.parse("三千一百一十九")).isEqualByComparingTo("3119");
        assertThat(Numerals.parse("一千零五十")).isEqualByComparingTo("1050");
        assertThat(Numerals.parse("一万二千")).isEqualByComparingTo("12000");
        assertThat(Numerals.parse("零")).isEqualByComparingTo("0");
        assertThat(Numerals.parse("百")).isNull();
        assertThat(Numerals.parse("一二十")).isNull();
    }
}
