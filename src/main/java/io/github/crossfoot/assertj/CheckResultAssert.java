package io.github.crossfoot.assertj;

import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link CheckResult}; failure messages list the violations found, with their lines. */
public final class CheckResultAssert extends AbstractAssert<CheckResultAssert, CheckResult> {

    CheckResultAssert(CheckResult actual) {
        super(actual, CheckResultAssert.class);
    }

    /** No violation of error severity. */
    public CheckResultAssert hasNoErrors() {
        isNotNull();
        if (actual.hasErrors()) {
            failWithMessage("Expected %s to have no errors but found:%n%s", actual.report().source(),
                    describe(actual.errors()));
        }
        return this;
    }

    /** No violation of error or warning severity. */
    public CheckResultAssert hasNoWarnings() {
        isNotNull();
        List<Violation> found = actual.violations().stream()
                .filter(v -> v.severity() != Severity.INFO).toList();
        if (!found.isEmpty()) {
            failWithMessage("Expected %s to have no errors or warnings but found:%n%s", actual.report().source(),
                    describe(found));
        }
        return this;
    }

    /** The report passed (same as {@link #hasNoErrors()}). */
    public CheckResultAssert passed() {
        return hasNoErrors();
    }

    /** The report has at least one error. */
    public CheckResultAssert failed() {
        isNotNull();
        if (!actual.hasErrors()) {
            failWithMessage("Expected %s to fail but it has no errors", actual.report().source());
        }
        return this;
    }

    /** The report has at least one violation of {@code rule}; narrow it down with the returned assertion. */
    public ViolationsAssert hasViolation(String rule) {
        isNotNull();
        List<Violation> found = actual.violations(rule);
        if (found.isEmpty()) {
            failWithMessage("Expected %s to have a violation of %s but found:%n%s", actual.report().source(), rule,
                    describe(actual.violations()));
        }
        return new ViolationsAssert(found, "violations of " + rule + " in " + actual.report().source());
    }

    /** The report has no violation of {@code rule}. */
    public CheckResultAssert doesNotHaveViolation(String rule) {
        isNotNull();
        List<Violation> found = actual.violations(rule);
        if (!found.isEmpty()) {
            failWithMessage("Expected %s to have no violation of %s but found:%n%s", actual.report().source(), rule,
                    describe(found));
        }
        return this;
    }

    /** A suspect finding names the cell {@code [row, column]}; check its expected value with the result. */
    public SuspectAssert hasSuspect(String row, String column) {
        isNotNull();
        List<CellRef> cells = actual.suspects().stream().flatMap(v -> v.cells().stream())
                .filter(c -> c.row().equals(row) && c.column().equals(column)).toList();
        if (cells.isEmpty()) {
            failWithMessage("Expected %s to suspect cell [%s, %s] but the suspects are:%n%s",
                    actual.report().source(), row, column, describe(actual.suspects()));
        }
        return new SuspectAssert(cells, row, column);
    }

    static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            return "  (none)";
        }
        return violations.stream().map(v -> "  " + v.severity().id() + " " + v.rule()
                        + v.row().map(r -> " row=" + r).orElse("") + v.column().map(c -> " column=" + c).orElse("")
                        + (v.line() > 0 ? " line " + v.line() : "") + ": " + v.messageEn())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
