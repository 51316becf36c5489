package io.github.crossfoot.assertj;

import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the violations of one rule; each method keeps those that match and fails when
 * none is left.
 */
public final class ViolationsAssert extends AbstractAssert<ViolationsAssert, List<Violation>> {

    private final String what;

    ViolationsAssert(List<Violation> actual, String what) {
        super(actual, ViolationsAssert.class);
        this.what = what;
    }

    public ViolationsAssert inColumn(String column) {
        return keep(v -> v.column().filter(column::equals).isPresent(), "in column " + column);
    }

    public ViolationsAssert inRow(String row) {
        return keep(v -> v.row().filter(row::equals).isPresent(), "in row " + row);
    }

    public ViolationsAssert inTable(String table) {
        return keep(v -> v.table().filter(table::equals).isPresent(), "in table " + table);
    }

    public ViolationsAssert withSeverity(Severity severity) {
        return keep(v -> v.severity() == severity, "with severity " + severity.id());
    }

    /** Left side minus right side equals {@code difference}. */
    public ViolationsAssert withDifference(long difference) {
        return keep(v -> v.difference().filter(d -> d.compareTo(BigDecimal.valueOf(difference)) == 0).isPresent(),
                "with difference " + difference);
    }

    public ViolationsAssert atLine(int line) {
        return keep(v -> v.line() == line, "at line " + line);
    }

    /** Exactly {@code count} violations are left. */
    public ViolationsAssert hasCount(int count) {
        if (actual.size() != count) {
            failWithMessage("Expected %d %s but found %d:%n%s", count, what, actual.size(),
                    CheckResultAssert.describe(actual));
        }
        return this;
    }

    private ViolationsAssert keep(Predicate<Violation> p, String condition) {
        List<Violation> kept = actual.stream().filter(p).toList();
        if (kept.isEmpty()) {
            failWithMessage("Expected %s %s but found:%n%s", what, condition, CheckResultAssert.describe(actual));
        }
        return new ViolationsAssert(kept, what + " " + condition);
    }
}
