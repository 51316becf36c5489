package io.github.crossfoot.writers;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a run: reports read, passed and failed, violations by severity and by rule.
 *
 * @param byRule violation counts per rule id, sorted by id
 */
public record Summary(int reports, int passed, int failed, int errors, int warnings, int infos,
                      Map<String, Integer> byRule) {

    public static Summary of(List<CheckResult> results) {
        int passed = 0;
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        for (CheckResult r : results) {
            if (r.passed()) {
                passed++;
            }
            for (Violation v : r.violations()) {
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
        return new Summary(results.size(), passed, results.size() - passed, errors, warnings, infos,
                java.util.Collections.unmodifiableMap(byRule));
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
