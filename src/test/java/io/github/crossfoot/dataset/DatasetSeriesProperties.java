package io.github.crossfoot.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.dataset.SyntheticDataset.Finding;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The dataset checks over generated multi-year series: every planted break is found on exactly
 * the right report, column and sides, and nothing else is reported (no false positives), while
 * every generated report is internally consistent.
 */
class DatasetSeriesProperties {

    private static final int DATASETS = 60;
    private static final int BODIES = 5;
    private static final int YEARS = 4;

    /** 60 datasets × 5 bodies × 4 years: at least 300 series. Prints the measured figures. */
    @Test
    void everyPlantedBreakIsFoundAndNothingElse() {
        SyntheticDataset.Stats total = new SyntheticDataset.Stats();
        int expected = 0;
        int found = 0;
        int falsePositives = 0;
        int missed = 0;
        Map<String, Integer> foundByRule = new HashMap<>();
        for (int d = 0; d < DATASETS; d++) {
            long seed = 0x5eed0000L + d;
            SyntheticDataset ds = SyntheticDataset.generate(seed, BODIES, YEARS);
            List<CheckResult> in = checkEach(ds.reports);
            List<CheckResult> out = DatasetCheck.check(in, SeriesGenerator.RULES);

            List<Finding> actual = findings(out);
            List<Finding> extra = minus(actual, ds.expected);
            List<Finding> lost = minus(ds.expected, actual);
            assertThat(extra).as("false positives, seed %x", seed).isEmpty();
            assertThat(lost).as("missed findings, seed %x", seed).isEmpty();
            expected += ds.expected.size();
            found += ds.expected.size() - lost.size();
            falsePositives += extra.size();
            missed += lost.size();
            actual.forEach(f -> foundByRule.merge(f.rule(), 1, Integer::sum));
            total.add(ds.stats);
        }
        System.out.printf("dataset checks: %d datasets, %d series, %d reports (%d cross-format pairs, %d name "
                        + "variants, %d gaps of which %d would fail if checked across, %d duplicates, %d "
                        + "unidentified); planted %d carry-over breaks and %d in-force breaks; expected %d "
                        + "findings, found %d, missed %d, false positives %d; by rule %s%n",
                DATASETS, total.series, total.reports, total.crossFormatPairs, total.nameVariants, total.gaps,
                total.gapsThatWouldFail, total.duplicates, total.unidentified, total.carryOverBreaks,
                total.inForceBreaks, expected, found, missed, falsePositives, foundByRule);
        assertThat(total.series).isGreaterThanOrEqualTo(200);
        assertThat(total.carryOverBreaks).isGreaterThan(100);
        assertThat(total.inForceBreaks).isGreaterThan(20);
        assertThat(total.crossFormatPairs).isGreaterThan(20);
        assertThat(total.gapsThatWouldFail).isGreaterThan(10);
        assertThat(total.duplicates).isGreaterThan(5);
        assertThat(total.unidentified).isGreaterThan(5);
        assertThat(total.nameVariants).isGreaterThan(100);
    }

    @Property(tries = 25)
    void plantedBreaksAreFoundExactlyForAnySeed(@ForAll long seed) {
        Random sizes = new Random(seed);
        SyntheticDataset ds = SyntheticDataset.generate(seed, 1 + sizes.nextInt(6), 2 + sizes.nextInt(4));
        List<CheckResult> out = DatasetCheck.check(checkEach(ds.reports), SeriesGenerator.RULES);
        List<Finding> actual = findings(out);
        assertThat(minus(actual, ds.expected)).as("false positives").isEmpty();
        assertThat(minus(ds.expected, actual)).as("missed").isEmpty();
    }

    @Property(tries = 10)
    void outputDoesNotDependOnInputOrder(@ForAll long seed) {
        SyntheticDataset ds = SyntheticDataset.generate(seed, BODIES, YEARS);
        List<CheckResult> in = checkEach(ds.reports);
        List<CheckResult> out = DatasetCheck.check(in, SeriesGenerator.RULES);

        assertThat(out).extracting(r -> r.report().source())
                .containsExactlyElementsOf(in.stream().map(r -> r.report().source()).toList());
        List<CheckResult> shuffled = new ArrayList<>(in);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, List<String>> a = bySource(out);
        Map<String, List<String>> b = bySource(DatasetCheck.check(shuffled, SeriesGenerator.RULES));
        assertThat(b).isEqualTo(a);
        assertThat(bySource(DatasetCheck.check(in, SeriesGenerator.RULES))).isEqualTo(a);
    }

    // ------------------------------------------------------------------ helpers

    /** Checks each report on its own; generated reports must have no findings at all. */
    static List<CheckResult> checkEach(List<Report> reports) {
        List<CheckResult> out = new ArrayList<>();
        for (Report r : reports) {
            CheckResult c = SeriesGenerator.RULES.check(r);
            assertThat(c.violations()).as("per-report findings of %s (%s)", r.source(), r.format()).isEmpty();
            out.add(c);
        }
        return out;
    }

    static List<Finding> findings(List<CheckResult> results) {
        List<Finding> out = new ArrayList<>();
        for (CheckResult r : results) {
            for (Violation v : r.violations()) {
                assertThat(v.rule()).startsWith("dataset.");
                out.add(new Finding(r.report().source(), v.rule(), v.row().orElse(null), v.column().orElse(null),
                        v.left().orElse(null), v.right().orElse(null)));
            }
        }
        return out;
    }

    /** {@code a} minus {@code b} as multisets. */
    static List<Finding> minus(List<Finding> a, List<Finding> b) {
        List<Finding> rest = new ArrayList<>(a);
        for (Finding f : b) {
            rest.remove(f);
        }
        return rest;
    }

    private static Map<String, List<String>> bySource(List<CheckResult> results) {
        return results.stream().collect(Collectors.toMap(r -> r.report().source(),
                r -> r.violations().stream().map(v -> v.rule() + "|" + v.row() + "|" + v.column() + "|" + v.left()
                        + "|" + v.right() + "|" + v.cells() + "|" + v.messageZh() + "|" + v.messageEn()).toList()));
    }
}
