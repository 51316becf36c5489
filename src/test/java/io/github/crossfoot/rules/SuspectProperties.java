package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.testing.ReportGenerator;
import io.github.crossfoot.testing.ReportGenerator.CellPos;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Suspect cells on generated reports with one planted mistake: the corrupted cell must be among
 * the suspects with its original value as the fix, and the usual slips must be named.
 */
class SuspectProperties {

    private static final RuleSet RULES = RuleSet.standard();
    private static final int SEEDS = 12;

    private static List<Violation> suspects(CheckResult r) {
        return r.violations().stream().filter(v -> v.kind() == Violation.Kind.SUSPECT).toList();
    }

    private static boolean suggests(List<Violation> suspects, CellPos pos, BigDecimal original) {
        return suspects.stream().flatMap(v -> v.cells().stream()).anyMatch(c -> c.row().equals(pos.row())
                && c.column().equals(pos.column()) && c.table().equals(pos.table()) && c.expected() != null
                && c.expected().compareTo(original) == 0);
    }

    @Test
    void everySingleCellCorruptionIsAmongTheSuspectsWithItsOriginalValue() {
        Random random = new Random(20261128);
        int corruptions = 0;
        int onlySuspect = 0;
        int applicationsOnly = 0;
        int applications = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Report report = ReportGenerator.generate(seed);
            for (CellPos pos : ReportGenerator.equationCells()) {
                BigDecimal original = ReportGenerator.number(report, pos);
                long delta = 1 + random.nextInt(9);
                Report bad = ReportGenerator.addDelta(report, pos, delta);
                List<Violation> suspects = suspects(RULES.check(bad));
                assertThat(suggests(suspects, pos, original))
                        .as("seed %d, %s %s+%d: %s", seed, pos, original, delta, suspects).isTrue();
                corruptions++;
                long cells = suspects.stream().mapToLong(v -> v.cells().size()).sum();
                if (cells == 1) {
                    onlySuspect++;
                    if (pos.table().equals("applications")) {
                        applicationsOnly++;
                    }
                }
                if (pos.table().equals("applications")) {
                    applications++;
                }
            }
        }
        System.out.printf("suspects: %d single-cell corruptions, corrupted cell the only suspect in %d (%.1f%%); "
                        + "applications %d/%d, reviews %d/%d%n", corruptions, onlySuspect,
                100.0 * onlySuspect / corruptions, applicationsOnly, applications, onlySuspect - applicationsOnly,
                corruptions - applications);
        // Table 三 cells sit in two or three equations, which pin them down; a 四 cell is in one only.
        assertThat(applicationsOnly).isEqualTo(applications);
    }

    @Test
    void swappedDigitsAreNamed() {
        int named = 0;
        for (int seed = 0; seed < 40; seed++) {
            Report report = ReportGenerator.generate(seed);
            CellPos pos = new CellPos("applications", "handled.disclosed", "natural_person");
            // Make the cell 12 and keep the table consistent, then write 21 for 12.
            Report consistent = rebalance(report, pos, 12);
            Report bad = ReportGenerator.withValue(consistent, pos, 21);
            List<Violation> suspects = suspects(RULES.check(bad));
            assertThat(suggests(suspects, pos, BigDecimal.valueOf(12))).as("seed %d", seed).isTrue();
            assertThat(suspects).anySatisfy(v -> assertThat(v.messageZh()).contains("数字顺序颠倒"));
            named++;
        }
        assertThat(named).isEqualTo(40);
    }

    @Test
    void aValueEnteredOneCellOverIsNamed() {
        Report report = ReportGenerator.generate(3);
        CellPos np = new CellPos("applications", "handled.partial", "natural_person");
        CellPos com = new CellPos("applications", "handled.partial", "commercial");
        Report base = rebalance(rebalance(report, np, 7), com, 0);
        Report bad = ReportGenerator.withValue(ReportGenerator.withValue(base, np, 0), com, 7);
        List<Violation> suspects = suspects(RULES.check(bad));
        // Moving 7 between the two columns of any outcome row mends the table; the slip comes first.
        assertThat(suspects).first().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("suspect.cells");
            assertThat(v.messageZh()).containsAnyOf("数值填到了相邻的一格", "两个相邻单元格的数值填反了");
            assertThat(v.cells()).extracting(CellRef::column).containsExactly("natural_person", "commercial");
            assertThat(v.cells()).extracting(c -> c.expected().intValue()).containsExactly(7, 0);
        });
    }

    @Test
    void aRowLeftBlankIsNamed() {
        int exercised = 0;
        for (int seed = 0; seed < 30; seed++) {
            Report report = ReportGenerator.generate(seed);
            Report blanked = report;
            List<String> filled = new java.util.ArrayList<>();
            for (String column : ReportGenerator.tableSpec("applications").columnsOf("handled.partial")) {
                CellPos pos = new CellPos("applications", "handled.partial", column);
                if (ReportGenerator.number(report, pos).signum() != 0) {
                    filled.add(column);
                }
                blanked = ReportGenerator.withValue(blanked, pos, io.github.crossfoot.model.CellValue.blank());
            }
            List<Violation> suspects = suspects(RULES.check(blanked));
            if (filled.size() < 2) {
                continue;
            }
            Report original = report;
            exercised++;
            assertThat(suspects).filteredOn(v -> v.rule().equals("suspect.blank-line")).as("seed %d", seed)
                    .singleElement().satisfies(v -> {
                        assertThat(v.row()).contains("handled.partial");
                        assertThat(v.messageZh()).startsWith("整行「（二）部分公开");
                        assertThat(v.cells()).allSatisfy(c -> assertThat(c.expected()).isEqualByComparingTo(
                                ReportGenerator.number(original, new CellPos("applications", c.row(), c.column()))));
                        assertThat(v.cells()).extracting(CellRef::column).containsExactlyElementsOf(filled);
                    });
        }
        assertThat(exercised).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aConsistentReportHasNoSuspects() {
        for (int seed = 0; seed < 50; seed++) {
            assertThat(suspects(RULES.check(ReportGenerator.generate(seed)))).isEmpty();
        }
    }

    /**
     * Sets an outcome cell and keeps the table consistent by moving the difference into the totals
     * of its row and column and into {@code new}.
     */
    private static Report rebalance(Report report, CellPos pos, long value) {
        long delta = value - ReportGenerator.number(report, pos).longValue();
        Report r = ReportGenerator.addDelta(report, pos, delta);
        r = ReportGenerator.addDelta(r, new CellPos("applications", pos.row(), "total"), delta);
        r = ReportGenerator.addDelta(r, new CellPos("applications", "handled.total", pos.column()), delta);
        r = ReportGenerator.addDelta(r, new CellPos("applications", "handled.total", "total"), delta);
        r = ReportGenerator.addDelta(r, new CellPos("applications", "new", pos.column()), delta);
        return ReportGenerator.addDelta(r, new CellPos("applications", "new", "total"), delta);
    }
}
