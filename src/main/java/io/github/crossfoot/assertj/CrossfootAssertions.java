package io.github.crossfoot.assertj;

import io.github.crossfoot.model.CheckResult;

/**
 * AssertJ assertions for check results, to put a dataset of reports under your own JUnit tests.
 * Needs {@code org.assertj:assertj-core} on your test class path.
 *
 * <pre>{@code
 * import static io.github.crossfoot.assertj.CrossfootAssertions.assertThat;
 *
 * assertThat(crossfoot.check(Path.of("reports/2023.docx"))).hasNoErrors();
 * assertThat(result).hasViolation("applications.balance").inColumn("total").withDifference(1);
 * assertThat(result).hasSuspect("handled.disclosed", "natural_person").withExpected(21);
 * }</pre>
 */
public final class CrossfootAssertions {

    private CrossfootAssertions() {
    }

    public static CheckResultAssert assertThat(CheckResult actual) {
        return new CheckResultAssert(actual);
    }
}
