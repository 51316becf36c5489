package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.testing.DocumentRenderer.Layout;
import io.github.crossfoot.testing.Fixtures.Damage;
import io.github.crossfoot.testing.Fixtures.Expectation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixture set of {@code src/test/resources/fixtures} (see its README): every layout and
 * document kind in both formats, consistent and damaged, each read with {@link ReportReader} and
 * checked with the standard rules, and compared in full with its {@code NAME.expected}: format,
 * body, year, pass/fail, the exact multiset of findings with their severities and lines, and every
 * cell with its line. Besides, every number read must stand on the line it is said to come from.
 */
class FixturesTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);

    static Path dir() {
        try {
            return Path.of(Objects.requireNonNull(FixturesTest.class.getResource("/fixtures"), "fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".expected") && !n.equals("README.md"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsAndChecksAsExpected(String name) throws IOException {
        Path file = dir().resolve(name);
        Expectation expected = Expectation.parse(
                Files.readString(dir().resolve(name + ".expected"), StandardCharsets.UTF_8));
        Report report = READER.read(file);
        CheckResult result = RULES.check(report);
        Expectation actual = Expectation.of(report.format(), report, result);

        List<String> problems = new ArrayList<>(expected.differences(actual));
        problems.addAll(numbersNotOnTheirLines(report));
        assertThat(problems).as("%s: differences from %s.expected", name, name).isEmpty();
        assertThat(result.passed()).isEqualTo(expected.passed());
    }

    /** Every number cell's line (in the file, or in the extracted text of Word and PDF) shows its value. */
    static List<String> numbersNotOnTheirLines(Report report) {
        List<String> out = new ArrayList<>();
        for (Table t : report.tables().values()) {
            for (Cell c : t.cells()) {
                if (!c.value().isNumber()) {
                    continue;
                }
                String written = c.value().text().isEmpty() ? c.value().toString() : c.value().text();
                if (c.line() < 1 || c.line() > report.lines().size()
                        || !report.lines().get(c.line() - 1).contains(written)) {
                    out.add(t.id() + c.key() + " = " + written + " is not on its line " + c.line());
                }
            }
        }
        return out;
    }

    @Test
    void theSetCoversEveryLayoutBothFormatsAndEveryDamage() throws IOException {
        List<String> names = fixtures().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(40);
        for (Layout layout : Layout.values()) {
            for (String format : List.of("g21", "g19")) {
                String prefix = format + "-" + layout.id() + "-";
                assertThat(names).as("fixtures for %s", prefix)
                        .anyMatch(n -> n.startsWith(prefix + "consistent."))
                        .filteredOn(n -> n.startsWith(prefix) && !n.startsWith(prefix + "consistent."))
                        .isNotEmpty();
            }
        }
        for (Damage d : Damage.values()) {
            assertThat(names).as("fixtures with damage %s", d.id()).anyMatch(n -> n.contains("-" + d.id() + "."));
        }
        assertThat(names).filteredOn(n -> n.startsWith("seed")).hasSizeGreaterThanOrEqualTo(5);
        for (String n : names) {
            assertThat(dir().resolve(n + ".expected")).as("expectation of %s", n).exists();
        }
    }

    // ------------------------------------------------------------------ PDF text layouts

    /** A PDF's text layer puts the header cells of a table row on one line separated by single spaces. */
    @Test
    void aPdfHeaderLineOfSpaceSeparatedLabelsIsRead() {
        String text = String.join("\n",
                "某某县人民政府2023年政府信息公开工作年度报告",
                "四、政府信息公开行政复议、行政诉讼情况",
                "行政复议 行政诉讼",
                "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
                "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
                "1 0 0 0 1 0 0 0 0 0 0 0 0 0 0",
                "五、存在的主要问题及改进情况");
        Report report = READER.read("pdf-text.txt", text);
        assertThat(report.readingProblems()).extracting(Violation::rule).isEmpty();
    }

    /** Markdown heading marks ({@code ## 三、…}, {@code # title}) are not part of the text. */
    @Test
    void markdownHeadingMarksAreNotText() {
        String text = String.join("\n",
                "# 某某县人民政府2023年政府信息公开工作年度报告",
                "",
                "## 四、政府信息公开行政复议、行政诉讼情况",
                "",
                "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
                "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |",
                "| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
                "| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                "",
                "## 五、存在的主要问题及改进情况");
        Report report = READER.read("report.md", text);
        assertThat(report.agency()).contains("某某县人民政府");
        assertThat(report.readingProblems()).extracting(Violation::rule).isEmpty();
    }
}
