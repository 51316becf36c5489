package io.github.crossfoot.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each comparison a rule may use, on each side of equality: {@code cmp} is left compared with right. */
class EngineComparisonsTest {

    @ParameterizedTest(name = "{0}: less {1}, equal {2}, greater {3}")
    @CsvSource({
        "=,  false, true,  false",
        "!=, true,  false, true",
        "<,  true,  false, false",
        "<=, true,  true,  false",
        ">,  false, false, true",
        ">=, false, true,  true",
    })
    void eachComparisonHoldsExactlyWhereItShould(String op, boolean less, boolean equal, boolean greater) {
        assertThat(Engine.holds(-1, op)).isEqualTo(less);
        assertThat(Engine.holds(0, op)).isEqualTo(equal);
        assertThat(Engine.holds(1, op)).isEqualTo(greater);
    }

    @ParameterizedTest
    @CsvSource({"==", "=<", "''"})
    void anUnknownComparisonIsAnErrorNotAnAnswer(String op) {
        assertThatThrownBy(() -> Engine.holds(0, op)).isInstanceOf(IllegalStateException.class).hasMessageContaining(op);
    }
}
