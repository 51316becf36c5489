package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code mostly-blank N%}: a table with at least that share of its cells blank is reported once with
 * the share, not cell by cell; the share counts the cells the table has (missing ones are reported
 * apart), and a table just under the share gets the list of blank cells instead.
 */
class MostlyBlankTest {

    /** A 2×3 table (6 cells) reported once when half of them or more are blank. */
    private static final RuleSet RULES = RuleSet.builder().add("half.rules", """
            format half-2032 "半数空白格式（虚构）" {
              basis  "虚构 测试用"
              years  2032 ..
              marker "登记"
            }
            table count "登记" {
              mostly-blank 50%
              column x "甲"
              column y "乙"
              column z "丙"
              row a "收到"
              row b "办结"
            }
            """).build();

    private static CheckResult check(Consumer<Table.Builder> cells) {
        Report report = RULES.newReport("half.txt", "half-2032").year(2032).table("count", t -> {
            for (String row : List.of("a", "b")) {
                for (String column : List.of("x", "y", "z")) {
                    t.value(row, column, 1);
                }
            }
            cells.accept(t);
        }).build();
        return RULES.check(report);
    }

    private static List<String> rules(CheckResult r) {
        return r.violations().stream().map(Violation::rule).toList();
    }

    @Test
    void halfTheCellsBlankIsReportedOnceWithTheShare() {
        CheckResult r = check(t -> t.blank("a", "x").blank("a", "y").blank("b", "z"));
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("table.mostly-blank");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.cells()).hasSize(3);
            assertThat(v.messageEn()).contains("3 of its 6 cells are blank (50%)");
        });
    }

    @Test
    void justUnderTheShareTheBlankCellsAreListed() {
        CheckResult r = check(t -> t.blank("a", "x").blank("a", "y"));
        assertThat(rules(r)).containsExactly("table.blank-cells");
        assertThat(r.violations().get(0).cells()).hasSize(2);
    }

    @Test
    void theShareCountsOnlyTheCellsTheTableHas() {
        // One cell missing: 3 blank of the 5 present is 60%; the missing cell is its own error.
        Report report = RULES.newReport("half.txt", "half-2032").year(2032).table("count", t -> {
            t.value("a", "x", 1).blank("a", "y").blank("a", "z").blank("b", "x").value("b", "y", 1);
        }).build();
        CheckResult r = RULES.check(report);
        assertThat(rules(r)).containsExactlyInAnyOrder("table.missing-cells", "table.mostly-blank");
        assertThat(r.violations("table.mostly-blank").get(0).messageEn()).contains("3 of its 5 cells are blank (60%)");
    }

    @Test
    void noBlankCellNoFinding() {
        assertThat(check(t -> { }).violations()).isEmpty();
    }
}
