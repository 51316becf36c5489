package io.github.crossfoot.dataset;

import static io.github.crossfoot.dataset.DatasetSeriesProperties.checkEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.testing.ReportGenerator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of the dataset checks: messages, locations, skips, body names, duplicates, order. */
class DatasetCheckTest {

    private static final String NP = "natural_person";

    /** A chained series of one body, one report per year, sources {@code b<year>.txt}. */
    private static List<Report> series(long seed, int first, int years, String agency) {
        return new ArrayList<>(new SeriesGenerator(seed).series(first, years, y -> "b" + y + ".txt", y -> agency));
    }

    private static Report setCell(Report r, String table, String row, String column, CellValue value, int line) {
        return r.toBuilder().table(table, t -> t.cell(row, column, value, line)).build();
    }

    private static Report renamed(Report r, String source) {
        return SeriesGenerator.rebuild(r, source, r.agency().orElse(null), r.year().getAsInt());
    }

    private static List<Violation> dataset(CheckResult r) {
        return r.violations().stream().filter(v -> v.rule().startsWith("dataset.")).toList();
    }

    private static final RuleSet RULES = RuleSet.standard();

    private static List<CheckResult> dataset(List<CheckResult> results) {
        return DatasetCheck.check(results, RULES);
    }

    private static long get(Report r, String row, String column) {
        return SeriesGenerator.get(r, "applications", row, column);
    }

    // ------------------------------------------------------------------ carry-over

    @Test
    void carryOverNamesBothFilesAndLinesAndBothCells() {
        List<Report> s = series(1, 2022, 2, "宁晋县大曹庄镇人民政府");
        long forward = get(s.get(0), "carried_forward", NP);
        Report last = setCell(renamed(s.get(0), "b.txt"), "applications", "carried_forward", NP,
                CellValue.of(forward), 69);
        // Only the natural-person cell is off; 总计 still matches, so one finding.
        Report current = setCell(renamed(s.get(1), "a.txt"), "applications", "carried_over", NP,
                CellValue.of(forward + 1), 45);

        List<CheckResult> out = dataset(List.of(new CheckResult(current, List.of()),
                new CheckResult(last, List.of())));

        assertThat(out.get(1).violations()).isEmpty();
        assertThat(out.get(0).violations()).hasSize(1);
        Violation v = out.get(0).violations().get(0);
        assertThat(v.rule()).isEqualTo(DatasetCheck.CARRY_OVER);
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.kind()).isEqualTo(Violation.Kind.FAILED);
        assertThat(v.table()).contains("applications");
        assertThat(v.row()).contains("carried_over");
        assertThat(v.column()).contains(NP);
        assertThat(v.left()).contains(BigDecimal.valueOf(forward + 1));
        assertThat(v.right()).contains(BigDecimal.valueOf(forward));
        assertThat(v.line()).isEqualTo(45);
        assertThat(v.messageZh()).isEqualTo("本年表三「二、上年结转政府信息公开申请数量 / 自然人」为 " + (forward + 1) + "（a.txt 第45行），"
                + "但上年报告的「四、结转下年度继续办理 / 自然人」为 " + forward + "（b.txt 第69行）。");
        assertThat(v.messageEn()).isEqualTo("This year's table 3 [carried_over, natural_person] is "
                + (forward + 1) + " (a.txt line 45), but the previous year's report (2022) has "
                + "[carried_forward, natural_person] = " + forward + " (b.txt line 69).");
        assertThat(v.cells()).extracting(CellRef::row, CellRef::column, CellRef::line)
                .containsExactly(tuple("carried_over", NP, 45),
                        tuple("carried_forward", NP, 69));
        assertThat(v.cells().get(0).label()).isEqualTo("二、上年结转政府信息公开申请数量 / 自然人");
        assertThat(v.cells().get(1).label()).isEqualTo("上年报告（2022年，b.txt）四、结转下年度继续办理 / 自然人");
        assertThat(v.cells().get(0).value()).isEqualTo(CellValue.of(forward + 1));
        assertThat(v.cells().get(1).value()).isEqualTo(CellValue.of(forward));
    }

    @Test
    void withoutAnyLineInThisReportTheOtherFilesLineIsNotUsedAsTheLocation() {
        List<Report> s = series(2, 2022, 2, "某某市生态环境局");
        Report last = setCell(s.get(0), "applications", "carried_forward", NP,
                CellValue.of(get(s.get(0), "carried_forward", NP)), 69);
        Report current = SeriesGenerator.set(s.get(1), "applications", "carried_over", NP,
                get(s.get(1), "carried_over", NP) + 2);

        Violation v = dataset(List.of(new CheckResult(last, List.of()),
                new CheckResult(current, List.of()))).get(1).violations().get(0);

        assertThat(v.line()).isZero();
        assertThat(v.cells().get(1).line()).isZero();
        assertThat(v.messageZh()).contains("（b2022.txt 第69行）");
    }

    @Test
    void carryOverWorksAcrossTheFormatChangeOf2021() {
        List<Report> s = series(3, 2019, 4, "某某县人民政府");
        assertThat(s).extracting(Report::format).containsExactly("gov-2019", "gov-2019", "gov-2021", "gov-2021");
        SeriesGenerator.Broken b = SeriesGenerator.breakCarryOver(s.get(1), s.get(2), "research", 4,
                SeriesGenerator.Side.LAST_CARRIED_FORWARD);
        s.set(1, b.last());

        List<CheckResult> out = dataset(checkEach(s));

        assertThat(dataset(out.get(0))).isEmpty();
        assertThat(dataset(out.get(1))).isEmpty();
        assertThat(dataset(out.get(3))).isEmpty();
        assertThat(dataset(out.get(2))).extracting(v -> v.rule() + " " + v.column().orElseThrow()
                        + " " + v.left().orElseThrow().subtract(v.right().orElseThrow()))
                .containsExactly("dataset.carry-over research -4", "dataset.carry-over total -4");
    }

    @Test
    void aMissingYearMeansNoCheckAcrossTheGap() {
        List<Report> s = series(4, 2020, 4, "勃利县倭肯镇人民政府");
        Report removed = s.remove(1);
        // Had 2020 been compared with 2022, something would differ.
        boolean differs = SeriesGenerator.COLUMNS.stream().anyMatch(c ->
                get(s.get(1), "carried_over", c) != get(s.get(0), "carried_forward", c));
        assertThat(differs).isTrue();
        assertThat(removed.year()).hasValue(2021);

        assertThat(dataset(checkEach(s))).allSatisfy(r -> assertThat(r.violations()).isEmpty());
    }

    @Test
    void missingBlankAndUnreadableCellsSkipTheirColumnSilently() {
        List<Report> s = series(5, 2022, 2, "某某市人民政府");
        Report last = s.get(0).toBuilder().table("applications", t -> t.remove("carried_forward", "research")).build();
        Report current = s.get(1).toBuilder().table("applications", t -> {
            t.cell("carried_over", NP, CellValue.blank(), 3);
            t.cell("carried_over", "commercial", CellValue.text("-"), 3);
            t.cell("carried_over", "research", CellValue.of(999_999), 3);
            t.cell("carried_over", "total", CellValue.blank("/"), 3);
        }).build();

        List<CheckResult> out = dataset(List.of(new CheckResult(last, List.of()),
                new CheckResult(current, List.of())));

        assertThat(out).allSatisfy(r -> assertThat(r.violations()).isEmpty());
    }

    @Test
    void aReportWithoutApplicationsTableIsSkipped() {
        List<Report> s = series(6, 2022, 2, "某某市人民政府");
        Report current = s.get(1).toBuilder().removeTable("applications").build();
        Report last = SeriesGenerator.set(s.get(0), "applications", "carried_forward", NP, 12345);

        assertThat(dataset(List.of(new CheckResult(last, List.of()), new CheckResult(current, List.of()))))
                .allSatisfy(r -> assertThat(r.violations()).isEmpty());
    }

    // ------------------------------------------------------------------ bodies

    @Test
    void bodyKeys() {
        assertThat(DatasetCheck.bodyKey("宁晋县大曹庄镇人民政府")).isEqualTo("宁晋县大曹庄镇")
                .isEqualTo(DatasetCheck.bodyKey("宁晋县大曹庄镇"))
                .isEqualTo(DatasetCheck.bodyKey("宁晋县 大曹庄镇政府"))
                .isEqualTo(DatasetCheck.bodyKey("《宁晋县\u3000大曹庄镇人民政府》"));
        assertThat(DatasetCheck.bodyKey("某某市人民政府办公室")).isEqualTo(DatasetCheck.bodyKey("某某市政府办公室"))
                .isNotEqualTo(DatasetCheck.bodyKey("某某市人民政府"))
                .isNotEqualTo(DatasetCheck.bodyKey("某某市"));
        assertThat(DatasetCheck.bodyKey("ＡＢＣ新区人民政府")).isEqualTo(DatasetCheck.bodyKey("abc新区"));
        assertThat(DatasetCheck.bodyKey("东湖街道办事处")).isEqualTo(DatasetCheck.bodyKey("东湖街道"))
                .isEqualTo(DatasetCheck.bodyKey("东湖街道办"));
        assertThat(DatasetCheck.bodyKey("某某市生态环境局")).isEqualTo("某某市生态环境局")
                .isNotEqualTo(DatasetCheck.bodyKey("某某市"));
        assertThat(DatasetCheck.bodyKey("某某市某某区人民政府")).isNotEqualTo(DatasetCheck.bodyKey("某某市人民政府"));
        // Too little left to be a place: keep the generic word.
        assertThat(DatasetCheck.bodyKey("人民政府")).isEqualTo("政府");
        assertThat(DatasetCheck.bodyKey("县人民政府")).isEqualTo("县政府");
        assertThat(DatasetCheck.bodyKey("《 》")).isEmpty();
    }

    @Test
    void aBodyWrittenWithAndWithoutItsGenericSuffixIsOneBody() {
        List<Report> s = series(7, 2022, 2, "宁晋县大曹庄镇人民政府");
        Report current = SeriesGenerator.rebuild(s.get(1), "a.txt", "宁晋县大曹庄镇", 2023);
        current = SeriesGenerator.breakCarryOver(s.get(0), current, "other_org", 2,
                SeriesGenerator.Side.THIS_CARRIED_OVER).current();

        List<CheckResult> out = dataset(checkEach(List.of(s.get(0), current)));

        assertThat(dataset(out.get(1))).extracting(v -> v.column().orElseThrow()).containsExactly("other_org", "total");
    }

    @Test
    void differentBodiesOfOnePlaceAreNotMerged() {
        Report government = series(8, 2022, 1, "某某市人民政府").get(0);
        Report office = series(9, 2022, 2, "某某市人民政府办公室").get(1);
        Report officeSameYear = SeriesGenerator.rebuild(series(10, 2022, 1, "x").get(0), "office-2022.txt",
                "某某市人民政府办公室", 2022);
        // Government 2022 → office 2023 would break, as would government 2022 vs office 2022 as duplicates.
        boolean differs = SeriesGenerator.COLUMNS.stream().anyMatch(c ->
                get(office, "carried_over", c) != get(government, "carried_forward", c));
        assertThat(differs).isTrue();

        List<CheckResult> out = dataset(checkEach(List.of(
                renamed(government, "gov-2022.txt"), renamed(office, "office-2023.txt"), officeSameYear)));

        assertThat(dataset(out.get(0))).isEmpty();
        // The office's 2023 report is compared with the office's 2022 one only.
        assertThat(dataset(out.get(1))).isNotEmpty().allMatch(v -> v.messageZh().contains("office-2022.txt"))
                .anyMatch(v -> v.rule().equals(DatasetCheck.CARRY_OVER));
        assertThat(dataset(out.get(2))).isEmpty();
    }

    // ------------------------------------------------------------------ duplicates

    @Test
    void duplicatesAreReportedOnEachAndTheNextYearIsComparedWithEach() {
        List<Report> s = series(11, 2022, 2, "某某县教育和体育局");
        Report first = renamed(s.get(0), "x/2022.txt");
        Report copy = SeriesGenerator.rebuild(s.get(0), "x/2022.pdf", "某某县 教育和体育局", 2022);
        Report next = SeriesGenerator.breakCarryOver(first, s.get(1), "legal_service", 1,
                SeriesGenerator.Side.THIS_CARRIED_OVER).current();

        List<CheckResult> out = dataset(checkEach(List.of(copy, next, first)));

        for (int i : new int[] {0, 2}) {
            assertThat(dataset(out.get(i))).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo(DatasetCheck.DUPLICATE);
                assertThat(v.severity()).isEqualTo(Severity.WARNING);
                assertThat(v.messageZh()).contains("x/2022.pdf、x/2022.txt").contains("2022年度有 2 份报告");
                assertThat(v.messageEn()).contains("x/2022.pdf, x/2022.txt");
            });
        }
        // Compared with each of the two (in order of source name), two columns each.
        assertThat(dataset(out.get(1))).extracting(v -> v.column().orElseThrow() + " " + v.cells().get(1).label()
                        .substring(0, v.cells().get(1).label().indexOf('）') + 1))
                .containsExactly("legal_service 上年报告（2022年，x/2022.pdf）", "total 上年报告（2022年，x/2022.pdf）",
                        "legal_service 上年报告（2022年，x/2022.txt）", "total 上年报告（2022年，x/2022.txt）");
    }

    @Test
    void manyCopiesOfOneReportNameTheFirstTenAndCountTheRest() {
        Report r = series(13, 2022, 1, "某某县教育和体育局").get(0);
        List<Report> copies = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            copies.add(renamed(r, String.format("copies/%02d.txt", i)));
        }

        List<CheckResult> out = dataset(checkEach(copies));

        assertThat(out).allSatisfy(result -> assertThat(dataset(result)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(DatasetCheck.DUPLICATE);
            assertThat(v.messageZh()).contains("2022年度有 25 份报告").contains("copies/00.txt、copies/01.txt")
                    .contains("copies/09.txt、… +15").doesNotContain("copies/10.txt");
            assertThat(v.messageEn()).contains("copies/09.txt, … +15").doesNotContain("copies/24.txt");
        }));
    }

    // ------------------------------------------------------------------ unidentified

    @Test
    void reportsWithoutBodyOrYearGetOneInfoWhenTheRunHasSeveralReports() {
        Report r = ReportGenerator.generate(12);
        Report noBody = SeriesGenerator.rebuild(r, "no-body.txt", null, 2022);
        Report noYear = SeriesGenerator.rebuild(r, "no-year.txt", "某某市人民政府", null);
        Report neither = SeriesGenerator.rebuild(r, "neither.txt", "（）", null);
        Report known = SeriesGenerator.rebuild(r, "known.txt", "某某市人民政府", 2022);

        List<CheckResult> out = dataset(checkEach(List.of(noBody, noYear, neither, known)));

        assertThat(out.get(0).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(DatasetCheck.UNIDENTIFIED);
            assertThat(v.severity()).isEqualTo(Severity.INFO);
            assertThat(v.kind()).isEqualTo(Violation.Kind.NOT_CHECKED);
            assertThat(v.messageZh()).contains("未能识别报告的机关名称，");
        });
        assertThat(out.get(1).violations()).singleElement().satisfies(v ->
                assertThat(v.messageZh()).contains("未能识别报告的年度，"));
        assertThat(out.get(2).violations()).singleElement().satisfies(v ->
                assertThat(v.messageZh()).contains("未能识别报告的机关名称和年度，"));
        assertThat(out.get(3).violations()).isEmpty();
    }

    @Test
    void aSingleReportIsLeftAlone() {
        CheckResult only = new CheckResult(SeriesGenerator.rebuild(ReportGenerator.generate(13), "a.txt", null, null),
                List.of());
        assertThat(dataset(List.of(only))).containsExactly(only);
        assertThat(dataset(List.of())).isEmpty();
    }

    // ------------------------------------------------------------------ in force

    @Test
    void inForceFollowsFromLastYearAndIsOnlyAWarning() {
        List<Report> s = series(14, 2021, 3, "某某区住房和城乡建设局");
        long inForce = SeriesGenerator.get(s.get(1), "proactive", "regulations", "in_force");
        s.set(1, SeriesGenerator.set(s.get(1), "proactive", "regulations", "in_force", inForce + 2));

        List<CheckResult> out = dataset(checkEach(s));

        assertThat(out.get(0).violations()).isEmpty();
        // The changed figure no longer follows from 2021, and 2023 no longer follows from it.
        assertThat(out.get(1).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(DatasetCheck.IN_FORCE);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.table()).contains("proactive");
            assertThat(v.row()).contains("regulations");
            assertThat(v.column()).contains("in_force");
            assertThat(v.difference()).contains(BigDecimal.valueOf(2));
            assertThat(v.cells()).extracting(CellRef::column).containsExactly("in_force", "issued", "repealed", "in_force");
            assertThat(v.cells().get(3).label()).startsWith("上年报告（2021年，b2021.txt）规章");
            assertThat(v.messageZh()).startsWith("表二「规章」：本年现行有效件数为 " + (inForce + 2)).contains("修订");
            assertThat(v.messageEn()).contains("legitimately");
        });
        assertThat(out.get(2).violations()).singleElement().satisfies(v ->
                assertThat(v.difference()).contains(BigDecimal.valueOf(-2)));
    }

    @Test
    void inForceIsNotCheckedAgainstA2019FormatYear() {
        List<Report> s = series(15, 2020, 2, "某某区住房和城乡建设局");
        // Even if a 2019-format report somehow carried the 2021 columns, it is not compared.
        Report last = s.get(0).toBuilder().table("proactive", t -> {
            t.value("regulations", "in_force", 1000);
            t.value("normative_documents", "in_force", 1000);
        }).build();

        List<CheckResult> out = dataset(List.of(new CheckResult(last, List.of()),
                new CheckResult(s.get(1), List.of())));

        assertThat(out).allSatisfy(r -> assertThat(r.violations()).isEmpty());
    }

    // ------------------------------------------------------------------ results

    @Test
    void resultsKeepTheirOrderTheirOwnViolationsFirstAndUnchangedOnesAreReused() {
        List<Report> s = series(16, 2022, 3, "某某街道办事处");
        s.set(2, SeriesGenerator.breakCarryOver(s.get(1), s.get(2), NP, 3,
                SeriesGenerator.Side.THIS_CARRIED_OVER).current());
        Violation own = Violation.builder("applications.balance", Severity.ERROR, Violation.Kind.FAILED)
                .message("zh", "en").build();
        CheckResult a = new CheckResult(s.get(2), List.of(own));
        CheckResult b = new CheckResult(s.get(0), List.of());
        CheckResult c = new CheckResult(s.get(1), List.of());

        List<CheckResult> out = dataset(List.of(a, b, c));

        assertThat(out).hasSize(3);
        assertThat(out.get(1)).isSameAs(b);
        assertThat(out.get(2)).isSameAs(c);
        assertThat(out.get(0).report()).isSameAs(a.report());
        assertThat(out.get(0).violations()).extracting(Violation::rule)
                .containsExactly("applications.balance", DatasetCheck.CARRY_OVER, DatasetCheck.CARRY_OVER);
    }

    @Test
    void readFromTextTheMessagesPointAtTheSourceLines() {
        List<Report> s = series(17, 2022, 2, "勃利县倭肯镇人民政府");
        SeriesGenerator.Broken b = SeriesGenerator.breakCarryOver(s.get(0), s.get(1), "nonprofit", 7,
                SeriesGenerator.Side.LAST_CARRIED_FORWARD);
        ReportReader reader = new ReportReader(SeriesGenerator.RULES);
        Report last = reader.read("reports/2022.txt", ReportGenerator.renderTabText(b.last()));
        Report current = reader.read("reports/2023.txt", ReportGenerator.renderTabText(b.current()));
        assertThat(last.agency()).hasValue("勃利县倭肯镇人民政府");
        assertThat(current.year()).hasValue(2023);

        List<CheckResult> out = dataset(List.of(SeriesGenerator.RULES.check(last),
                SeriesGenerator.RULES.check(current)));

        assertThat(out.get(0).violations()).isEmpty();
        List<Violation> found = out.get(1).violations();
        assertThat(found).extracting(v -> v.column().orElseThrow()).containsExactly("nonprofit", "total");
        Violation v = found.get(0);
        int lineNow = v.cells().get(0).line();
        int lineBefore = v.cells().get(1).line();
        assertThat(v.line()).isEqualTo(lineNow).isPositive();
        assertThat(current.lines().get(lineNow - 1)).contains("二、上年结转");
        assertThat(last.lines().get(lineBefore - 1)).contains("四、结转下年度继续办理");
        assertThat(v.messageZh()).contains("（reports/2023.txt 第" + lineNow + "行）")
                .contains("（reports/2022.txt 第" + lineBefore + "行）");
    }
}
