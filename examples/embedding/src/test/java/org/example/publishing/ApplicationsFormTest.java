package org.example.publishing;

import static io.github.crossfoot.assertj.CrossfootAssertions.assertThat;

import io.github.crossfoot.model.CheckResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationsFormTest {

    @Test
    void aBalancedFormHasNoErrorsInTable3() {
        CheckResult result = ApplicationsForm.check("示例局", 2023, Map.of(
                "new", new long[] {10, 1, 0, 0, 0, 0},
                "handled.disclosed", new long[] {9, 1, 0, 0, 0, 0},
                "handled.total", new long[] {9, 1, 0, 0, 0, 0},
                "carried_forward", new long[] {1, 0, 0, 0, 0, 0}));
        assertThat(result).doesNotHaveViolation("applications.balance")
                .doesNotHaveViolation("applications.outcome-total")
                .doesNotHaveViolation("applications.row-total");
        // Tables 二 and 四 were not filled in: the report must not pass.
        assertThat(result).hasViolation("table.missing").inTable("reviews");
    }

    @Test
    void aMissingOutcomeIsCaughtAndLocated() {
        CheckResult result = ApplicationsForm.check("示例局", 2023, Map.of(
                "new", new long[] {10, 1, 0, 0, 0, 0},
                "handled.disclosed", new long[] {8, 1, 0, 0, 0, 0},
                "handled.total", new long[] {9, 1, 0, 0, 0, 0},
                "carried_forward", new long[] {1, 0, 0, 0, 0, 0}));
        assertThat(result).hasViolation("applications.outcome-total").inColumn("natural_person").withDifference(1);
        assertThat(result).hasSuspect("handled.disclosed", "natural_person").withExpected(9);
    }
}
