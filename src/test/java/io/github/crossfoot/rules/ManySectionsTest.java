package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.ReportReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * A format declared in a rule file with twenty sections: numbering past 十 (十一 … 二十) decides which
 * of two headings is the section's own, and the sections out of order are those left out of the
 * longest run in order (of equally long runs, the one keeping earlier sections), however many
 * sections there are. Also: a statement's own message with {@code {section.id}}.
 */
class ManySectionsTest {

    private static final int SECTIONS = 20;
    private static final String NUMERALS = "一二三四五六七八九十";

    /** 1 → 一 … 10 → 十, 11 → 十一, 20 → 二十. */
    private static String numeral(int n) {
        if (n <= 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        return (n >= 20 ? String.valueOf(NUMERALS.charAt(n / 10 - 1)) : "") + "十"
                + (n % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(n % 10 - 1)));
    }

    /** Words of each section's heading: none inside another, none within a few characters of another. */
    private static final List<String> WORDS = List.of("人员编制", "经费预算", "培训教育", "监督检查", "平台建设", "制度完善",
            "会议公开", "政策解读", "舆情回应", "依申请办理", "档案管理", "保密审查", "考核评议", "社会评价", "责任追究",
            "信息化建设", "网站运维", "新闻发布", "基层公开", "决策公开");

    private static String words(int n) {
        return WORDS.get(n - 1);
    }

    private static RuleSet rules(int sections) {
        StringBuilder b = new StringBuilder("""
                format many-2031 "多部分格式（虚构）" {
                  basis  "虚构 测试用"
                  years  2031 ..
                  marker "登记统计"
                }
                table count "登记统计" {
                  column n "件数"
                  row a "收到"
                  row b "办结"
                }
                rule count.same {
                  title "收到 = 办结"
                  severity error
                  table count
                  check [a, n] = [b, n]
                }
                """);
        for (int n = 1; n <= sections; n++) {
            b.append("section s").append(n).append(" \"").append(numeral(n)).append("、").append(words(n))
                    .append("\" {\n}\n");
        }
        b.append("""
                statement closing {
                  title    "结尾说明"
                  basis    "虚构"
                  severity warning
                  section  s%d
                  any      "特此说明"
                  message zh "第{section.id}部分（{section}）缺少说明。"
                  message en "Section {section.id} ({section}) lacks the closing words."
                }
                """.formatted(sections));
        return RuleSet.builder().add("many.rules", b.toString()).build();
    }

    /** A report of the format with its sections in the order given, each with a line of text. */
    private static String report(List<Integer> order, IntFunction<String> heading) {
        StringBuilder b = new StringBuilder("某单位2031年年度报告\n\n登记统计\n件数\n收到\t3\n办结\t3\n\n");
        for (int n : order) {
            b.append(heading.apply(n)).append("\n本部分内容第").append(n).append("项。特此说明。\n\n");
        }
        return b.toString();
    }

    private static List<Integer> inOrder() {
        List<Integer> order = new ArrayList<>();
        for (int n = 1; n <= SECTIONS; n++) {
            order.add(n);
        }
        return order;
    }

    private static List<Violation> sectionFindings(RuleSet rules, String text) {
        CheckResult r = rules.check(new ReportReader(rules).read("many.txt", text));
        return r.violations().stream()
                .filter(v -> v.rule().startsWith("structure.") || v.rule().startsWith("statement.")).toList();
    }

    private static String ownHeading(int n) {
        return numeral(n) + "、" + words(n);
    }

    @Test
    void twentySectionsInOrderGiveNoFinding() {
        RuleSet rules = rules(SECTIONS);
        assertThat(sectionFindings(rules, report(inOrder(), ManySectionsTest::ownHeading))).isEmpty();
    }

    @Test
    void theHeadingNumberedAsItsOwnPlacePastTenIsTaken() {
        // Each section from 十一 on is also mentioned earlier under a wrong number (一、… before 一's own
        // heading): the one numbered as its place in the format is the section, so the order holds.
        RuleSet rules = rules(SECTIONS);
        StringBuilder text = new StringBuilder(report(inOrder(), ManySectionsTest::ownHeading));
        int at = text.indexOf("一、" + words(1));
        for (int n = 11; n <= SECTIONS; n++) {
            text.insert(at, "三、" + words(n) + "\n（另见下文。）\n\n");
        }
        assertThat(sectionFindings(rules, text.toString())).isEmpty();
    }

    @Test
    void ofTwentySectionsTheOneMovedIsNamed() {
        RuleSet rules = rules(SECTIONS);
        List<Integer> order = inOrder();
        order.remove(Integer.valueOf(12));
        order.add(4, 12); // 十二 now stands between 四 and 五
        String text = report(order, ManySectionsTest::ownHeading);
        int line = List.of(text.split("\n", -1)).indexOf(ownHeading(12)) + 1;
        List<Violation> found = sectionFindings(rules, text);
        assertThat(found).extracting(Violation::rule, Violation::line)
                .containsExactly(tuple("structure.section-order", line));
        assertThat(found.get(0).messageZh()).startsWith("「十二、" + words(12) + "」（第" + line + "行）");
    }

    @Test
    void ofTwentySectionsOneMovedToTheEndIsTheOneNamed() {
        // 二 moved to the end: the longest run in order is the other nineteen, not 一 and 二 (a pass
        // keeping each section that stands after the last kept one would name the eighteen others).
        RuleSet rules = rules(SECTIONS);
        List<Integer> order = inOrder();
        order.remove(Integer.valueOf(2));
        order.add(2);
        String text = report(order, ManySectionsTest::ownHeading);
        int line = List.of(text.split("\n", -1)).indexOf(ownHeading(2)) + 1;
        assertThat(sectionFindings(rules, text)).extracting(Violation::rule, Violation::line)
                .containsExactly(tuple("structure.section-order", line));
    }

    @Test
    void ofTwoEquallyLongRunsTheOneKeepingEarlierSectionsWins() {
        // 三 and 四 swapped: {一 二 三 五 六} and {一 二 四 五 六} are equally long; the run keeping 三 wins,
        // so 四 is the one named, standing before 三.
        RuleSet rules = rules(6);
        List<Integer> order = new ArrayList<>(List.of(1, 2, 4, 3, 5, 6));
        String text = report(order, ManySectionsTest::ownHeading);
        int four = List.of(text.split("\n", -1)).indexOf(ownHeading(4)) + 1;
        List<Violation> found = sectionFindings(rules, text);
        assertThat(found).extracting(Violation::rule, Violation::line)
                .containsExactly(tuple("structure.section-order", four));
        assertThat(found.get(0).messageZh()).startsWith("「四、" + words(4) + "」");
    }

    @Test
    void twoSectionsMovedAreEachNamed() {
        RuleSet rules = rules(6);
        List<Integer> order = new ArrayList<>(List.of(6, 1, 2, 3, 4, 5));
        order.remove(Integer.valueOf(2));
        order.add(0, 2); // 二 六 一 三 四 五: the longest run is 一 三 四 五
        String text = report(order, ManySectionsTest::ownHeading);
        List<String> lines = List.of(text.split("\n", -1));
        assertThat(sectionFindings(rules, text)).extracting(Violation::rule, Violation::line).containsExactlyInAnyOrder(
                tuple("structure.section-order", lines.indexOf(ownHeading(2)) + 1),
                tuple("structure.section-order", lines.indexOf(ownHeading(6)) + 1));
    }

    @Test
    void aStatementMessageNamesItsSectionById() {
        RuleSet rules = rules(SECTIONS);
        String text = report(inOrder(), ManySectionsTest::ownHeading).replace("第20项。特此说明。", "第20项。");
        assertThat(sectionFindings(rules, text)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("statement.missing");
            assertThat(v.messageZh()).isEqualTo("第s20部分（「二十、" + words(20) + "」）缺少说明。");
            assertThat(v.messageEn()).isEqualTo("Section s20 ('二十、" + words(20) + "' (s20)) lacks the closing words.");
        });
    }
}
