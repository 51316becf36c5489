package io.github.crossfoot.model;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one report: the report as read and every violation found, in a stable
 * order (reading problems, then table structure, then rules in rule-file order). Immutable.
 */
public final class CheckResult {

    private final Report report;
    private final List<Violation> violations;

    public CheckResult(Report report, List<Violation> violations) {
        this.report = Objects.requireNonNull(report, "report");
        this.violations = List.copyOf(violations);
    }

    public Report report() {
        return report;
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<Violation> violations(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }

    /** The violations of one rule id. */
    public List<Violation> violations(String rule) {
        return violations.stream().filter(v -> v.rule().equals(rule)).toList();
    }

    public List<Violation> errors() {
        return violations(Severity.ERROR);
    }

    public List<Violation> warnings() {
        return violations(Severity.WARNING);
    }

    /** The suspect findings: cells that are probably wrong, each with the value it should have. */
    public List<Violation> suspects() {
        return violations.stream().filter(v -> v.kind() == Violation.Kind.SUSPECT).toList();
    }

    /** A copy with more violations appended (used by checks that look across reports). */
    public CheckResult with(List<Violation> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Violation> all = new java.util.ArrayList<>(violations);
        all.addAll(more);
        return new CheckResult(report, all);
    }

    public boolean hasErrors() {
        return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
    }

    /** True when no violation has error severity. */
    public boolean passed() {
        return !hasErrors();
    }

    @Override
    public String toString() {
        return "CheckResult[" + report.source() + ", " + violations.size() + " violations]";
    }
}
