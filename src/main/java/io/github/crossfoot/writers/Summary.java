package io.github.crossfoot.writers;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts over a run: reports read, passed and failed, violations by severity and by rule.
 *
 * @param byRule violation counts per rule id, sorted by id
 */
public record Summary(int reports, int passed, int failed, int errors, int warnings, int infos,
                      Map<String, Integer> byRule) {

    public static Summary of(List<CheckResult> results) {
        Tally tally = new Tally();
        results.forEach(tally::add);
        return tally.summary();
    }

    /**
     * Counts a run as it goes, keeping counts only (and the names of failed reports, so that a
     * dataset error in a report that passed on its own makes it fail once). Not thread-safe.
     */
    public static final class Tally {
        private int reports;
        private int failed;
        private int errors;
        private int warnings;
        private int infos;
        private final Map<String, Integer> byRule = new TreeMap<>();
        private final Set<String> failedSources = new HashSet<>();

        /** An empty tally. */
        public Tally() {
        }

        /** Counts one report's result. */
        public void add(CheckResult r) {
            reports++;
            if (!r.passed()) {
                failed++;
                failedSources.add(r.report().source());
            }
            count(r.violations());
        }

        /** Counts findings across reports that concern the report {@code source}, counted before. */
        public void addDataset(String source, List<Violation> violations) {
            count(violations);
            if (violations.stream().anyMatch(v -> v.severity() == Severity.ERROR) && failedSources.add(source)) {
                failed++;
            }
        }

        private void count(List<Violation> violations) {
            for (Violation v : violations) {
                if (v.severity() == Severity.ERROR) {
                    errors++;
                } else if (v.severity() == Severity.WARNING) {
                    warnings++;
                } else {
                    infos++;
                }
                byRule.merge(v.rule(), 1, Integer::sum);
            }
        }

        /** The counts so far. */
        public Summary summary() {
            return new Summary(reports, reports - failed, failed, errors, warnings, infos,
                    java.util.Collections.unmodifiableMap(new TreeMap<>(byRule)));
        }
    }

    /**
     * The summary for people in {@code language}: the totals (for {@link Language#ZH} a Chinese line,
     * then an English one), then the counts by rule.
     */
    public List<String> lines(Language language) {
        List<String> out = new java.util.ArrayList<>(List.of(language.text("summary.totals", "reports", reports,
                "passed", passed, "failed", failed, "errors", errors, "warnings", warnings, "infos", infos).split("\n")));
        if (!byRule.isEmpty()) {
            out.add(language.text("summary.by-rule", "counts", byRule.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "))));
        }
        return out;
    }
}
