package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.ReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sections and statements the standard rule files declare, found in real text: seed 001 (a 2023
 * report with all six sections and a statement on the 信息处理费) with its headings written the ways
 * real reports write them, and with sections removed, swapped and emptied.
 */
class SectionsTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);
    private static final String FIVE = "五、存在的主要问题及改进情况";
    private static final String SIX = "六、其他需要报告的事项";
    /** Lines of seed 001: the heading of 一, 二, 三, 四, 五, 六. */
    private static final int[] HEADINGS = {5, 33, 50, 81, 88, 98};

    private static String seed001() throws IOException {
        try (InputStream in = SectionsTest.class.getResourceAsStream("/seeds/001_cff84b0da7bd01e8.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CheckResult check(String text) {
        return RULES.check(READER.read("report.txt", text));
    }

    /** The section and statement findings: rule, severity, line. */
    private static List<Violation> sectionFindings(CheckResult r) {
        return r.violations().stream()
                .filter(v -> v.rule().startsWith("structure.") || v.rule().startsWith("statement.")).toList();
    }

    private static String replaceLine(String text, String line, String by) {
        assertThat(text).contains("\n" + line + "\n");
        return text.replace("\n" + line + "\n", "\n" + by + "\n");
    }

    @Test
    void seed001HasAllSixSectionsInOrderAndStatesItsFees() throws IOException {
        String text = seed001();
        List<String> lines = List.of(text.split("\n", -1));
        for (int k = 0; k < HEADINGS.length; k++) {
            assertThat(lines.get(HEADINGS[k] - 1)).startsWith("一二三四五六".charAt(k) + "、");
        }
        assertThat(sectionFindings(check(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "五．存在的主要问题及改进情况",
        "五.存在的主要问题及改进情况",
        "五 存在的主要问题及改进情况",
        "五存在的主要问题及改进情况",
        "五、\u3000存在的主要问题及改进情况",
        "\u3000\u3000五、存在的主要问题及改进情况",
        "（五）存在的主要问题及改进情况",
        "第五部分 存在的主要问题及改进情况",
        "五、存在的主要问题和改进情况",
        "五、存在问题及改进情况",
        "五、存在问题和改进措施",
        "五、存在问题及整改措施",
        "五、主要问题及改进情况",
        "五、政府信息公开工作存在的主要问题及改进情况",
        "五、存在的主要问题及改进情况：",
        "**五、存在的主要问题及改进情况**",
        "## 五、存在的主要问题及改进情况",
        "|五、存在的主要问题及改进情况",
        "五、存在的主要\n问题及改进情况",
        "五、存在的主要问题及改进\n- 5 -\n[第6页 page 6]\n情况",
        "五、存在的主要问题及改进情况：对照上级要求，仍有不足。"
    })
    void aHeadingWrittenAsRealReportsWriteItIsFound(String heading) throws IOException {
        CheckResult r = check(replaceLine(seed001(), FIVE, heading));
        assertThat(sectionFindings(r)).isEmpty();
    }

    @Test
    void aHeadingWithAConverterTagBeforeItIsFound() throws IOException {
        assertThat(sectionFindings(check(replaceLine(seed001(), "一、总体情况", "[bookmark: _GoBack]一、总体情况"))))
                .isEmpty();
    }

    @Test
    void headingsInsideHtmlBlocksAreFound() throws IOException {
        String text = replaceLine(seed001(), FIVE, "<p style=\"text-indent:2em\"><strong>" + FIVE + "</strong></p>"
                + "<p>一是信息公开内容不够全面。</p>");
        text = replaceLine(text, SIX, "<h2>" + SIX + "</h2>");
        assertThat(sectionFindings(check(text))).isEmpty();
    }

    @Test
    void aMissingSectionIsAnErrorAtTheLineWhereItBelongs() throws IOException {
        String text = seed001();
        int from = text.indexOf(FIVE);
        int to = text.indexOf(SIX);
        CheckResult r = check(text.substring(0, from) + text.substring(to));
        assertThat(sectionFindings(r)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("structure.section-missing");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.line()).isEqualTo(88); // where 六 now stands
            assertThat(v.messageZh()).isEqualTo("缺少「五、存在的主要问题及改进情况」：未找到该部分的标题，"
                    + "按格式它应在第88行「六、其他需要报告的事项」之前。");
        });
        assertThat(r.passed()).isFalse();
    }

    @Test
    void theLastSectionMissingBelongsAfterThePreviousOne() throws IOException {
        String text = seed001();
        CheckResult r = check(text.substring(0, text.indexOf(SIX)));
        assertThat(sectionFindings(r)).extracting(Violation::rule, Violation::line)
                .containsExactly(tuple("structure.section-missing", 96));
        assertThat(sectionFindings(r).get(0).messageEn()).contains("after '五、存在的主要问题及改进情况' (problems), which"
                + " starts at line 88");
    }

    @Test
    void swappedSectionsAreOneWarningOnTheOneThatMoved() throws IOException {
        String text = seed001();
        int five = text.indexOf(FIVE);
        int six = text.indexOf(SIX);
        String swapped = text.substring(0, five) + text.substring(six) + "\n" + text.substring(five, six);
        CheckResult r = check(swapped);
        assertThat(sectionFindings(r)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("structure.section-order");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.line()).isEqualTo(88);
            assertThat(v.messageZh()).isEqualTo("「六、其他需要报告的事项」（第88行）排在「五、存在的主要问题及改进情况」（第91行）"
                    + "之前，按格式应在其后。");
        });
    }

    @Test
    void aSectionMovedFarIsTheOneNamed() throws IOException {
        // 一 moved after 六: the other five keep their order, so 一 is the one out of place.
        String text = seed001();
        int one = text.indexOf("一、总体情况");
        int two = text.indexOf("二、主动公开政府信息情况");
        String moved = text.substring(0, one) + text.substring(two) + "\n" + text.substring(one, two);
        assertThat(sectionFindings(check(moved))).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("structure.section-order");
            assertThat(v.messageZh()).startsWith("「一、总体情况」").contains("之后，按格式应在其前");
        });
    }

    @Test
    void anEmptySectionIsAWarningAndOneSayingNoneAnInfo() throws IOException {
        String text = seed001();
        String emptied = text.substring(0, text.indexOf(FIVE) + FIVE.length()) + "\n\n" + text.substring(text.indexOf(SIX));
        assertThat(sectionFindings(check(emptied))).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("structure.section-empty");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.line()).isEqualTo(88);
        });
        String none = text.substring(0, text.indexOf(FIVE) + FIVE.length()) + "\n\n暂无。\n\n"
                + text.substring(text.indexOf(SIX));
        assertThat(sectionFindings(check(none))).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("structure.section-empty");
            assertThat(v.severity()).isEqualTo(Severity.INFO);
            assertThat(v.messageZh()).contains("只写了“暂无。”");
        });
    }

    @Test
    void aHeadingOnAPageOfItsOwnIsNotEmptyWhenTextFollowsThePageMarkers() throws IOException {
        String text = replaceLine(seed001(), FIVE, FIVE + "\n- 5 -\n[第6页 page 6]");
        assertThat(sectionFindings(check(text))).isEmpty();
    }

    @Test
    void withoutTheFeeStatementSectionSixGetsAWarningQuotingWhatWasLookedFor() throws IOException {
        String text = seed001();
        String withoutFees = text.substring(0, text.indexOf(SIX) + SIX.length()) + "\n\n本年度无其他需要报告的事项。\n";
        CheckResult r = check(withoutFees);
        assertThat(sectionFindings(r)).extracting(Violation::rule, Violation::severity, Violation::line)
                .containsExactly(tuple("structure.section-empty", Severity.INFO, 98),
                        tuple("statement.missing", Severity.WARNING, 98));
        assertThat(sectionFindings(r).get(1).messageZh()).isEqualTo("「六、其他需要报告的事项」（第98行起）没有说明信息处理费的"
                + "收取情况：未找到“处理费”、“收费”、“费用”中的任何一个。没有收取的，也请写明（如“本年度未收取信息处理费”）。"
                + "依据：国办公开办函〔2021〕30号（六、其他需要报告的事项：收取信息处理费的情况）。");
        assertThat(r.passed()).isTrue();
    }

    @Test
    void theFeeStatementMayRunOverLinesAndPages() throws IOException {
        String text = seed001();
        String split = text.substring(0, text.indexOf(SIX) + SIX.length())
                + "\n2023年，严格落实《政府信息公开信息处\n- 6 -\n[第7页 page 7]\n理费管理办法》，未收取费\n用。\n";
        assertThat(sectionFindings(check(split))).isEmpty();
    }

    @Test
    void theStatementIsLookedForInItsOwnSectionOnly() throws IOException {
        // 收费 in section 五 does not make section 六's statement.
        String text = seed001();
        String moved = replaceLine(text.substring(0, text.indexOf(SIX) + SIX.length()) + "\n无\n", FIVE,
                FIVE + "\n本年度未收取信息处理费。");
        assertThat(sectionFindings(check(moved))).extracting(Violation::rule)
                .containsExactly("structure.section-empty", "statement.missing");
    }

    @Test
    void aDocumentWithOnlyTablesIsOneFindingNotOnePerSection() throws IOException {
        String text = seed001();
        String tables = text.substring(text.indexOf("二、主动公开政府信息情况"), text.indexOf(FIVE));
        tables = tables.replace(text.substring(text.indexOf("一、总体情况"), text.indexOf("二、主动公开")), "");
        CheckResult r = check(tables);
        assertThat(sectionFindings(r)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("structure.section-missing");
            assertThat(v.line()).isZero();
            assertThat(v.messageZh()).isEqualTo("报告中未找到「一、总体情况」、「五、存在的主要问题及改进情况」、「六、其他需要报告的事项」"
                    + "的标题：只有表格，或这不是一份年度报告。");
        });
    }

    @Test
    void aDocumentWithATableHeadingButNoCellAndNoTextSectionIsOneTableMissingError() {
        CheckResult r = check("某某县人民政府2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n见附件。\n");
        assertThat(r.errors()).extracting(Violation::rule).containsExactly("table.missing");
        assertThat(sectionFindings(r)).isEmpty();
    }

    @Test
    void aReportBuiltInCodeHasNoTextAndNoSectionFindings() {
        Report built = RULES.newReport("system", "gov-2021").year(2023).build();
        assertThat(sectionFindings(RULES.check(built))).isEmpty();
    }

    @Test
    void sectionsOfTheFormatWithoutAStatementFor2019() {
        FormatSpec f2019 = RULES.format("gov-2019").orElseThrow();
        FormatSpec f2021 = RULES.format("gov-2021").orElseThrow();
        assertThat(f2019.sections()).extracting(SectionSpec::id)
                .containsExactly("overview", "proactive", "applications", "reviews", "problems", "other");
        assertThat(f2021.sections()).extracting(SectionSpec::id)
                .containsExactly("overview", "proactive", "applications", "reviews", "problems", "other");
        assertThat(f2019.statements()).isEmpty();
        assertThat(f2021.statements()).singleElement().satisfies(s -> {
            assertThat(s.section()).isEqualTo("other");
            assertThat(s.basis()).startsWith("国办公开办函〔2021〕30号");
            assertThat(s.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(f2021.section("reviews").orElseThrow().headings())
                .contains("四、政府信息公开行政复议、行政诉讼情况", "行政复议、行政诉讼情况");
    }
}
