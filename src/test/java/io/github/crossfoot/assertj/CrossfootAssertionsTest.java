package io.github.crossfoot.assertj;

import static io.github.crossfoot.assertj.CrossfootAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CrossfootAssertionsTest {

    private static final Crossfoot CROSSFOOT = Crossfoot.standardRules();

    @Test
    void passingAndFailingReports() throws Exception {
        CheckResult good = CROSSFOOT.check(Path.of("examples/example-2023-consistent.txt"));
        CheckResult bad = CROSSFOOT.check(Path.of("examples/example-2023-with-errors.txt"));
        assertThat(good).hasNoErrors().hasNoWarnings().passed().doesNotHaveViolation("applications.balance");
        assertThat(bad).failed();
        assertThat(bad).hasViolation("applications.outcome-total").inColumn("natural_person").withDifference(9)
                .withSeverity(Severity.ERROR).atLine(31).hasCount(1);
        assertThat(bad).hasViolation("applications.row-total").inRow("handled.disclosed").inTable("applications");
        assertThat(bad).hasSuspect("handled.disclosed", "natural_person").withExpected(21);
    }

    @Test
    void failuresSayWhatWasFound() throws Exception {
        CheckResult bad = CROSSFOOT.check(Path.of("examples/example-2023-with-errors.txt"));
        assertThatThrownBy(() -> assertThat(bad).hasNoErrors())
                .hasMessageContaining("example-2023-with-errors.txt")
                .hasMessageContaining("applications.row-total row=handled.disclosed line 31");
        assertThatThrownBy(() -> assertThat(bad).hasViolation("applications.balance"))
                .hasMessageContaining("Expected examples/example-2023-with-errors.txt to have a violation of "
                        + "applications.balance");
        assertThatThrownBy(() -> assertThat(bad).hasViolation("applications.outcome-total").inColumn("total"))
                .hasMessageContaining("in column total");
        assertThatThrownBy(() -> assertThat(bad).hasSuspect("handled.disclosed", "natural_person").withExpected(12))
                .hasMessageContaining("[21]");
    }
}
