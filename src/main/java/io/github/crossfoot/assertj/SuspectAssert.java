package io.github.crossfoot.assertj;

import io.github.crossfoot.model.CellRef;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a suspect cell. */
public final class SuspectAssert extends AbstractAssert<SuspectAssert, List<CellRef>> {

    private final String cell;

    SuspectAssert(List<CellRef> actual, String row, String column) {
        super(actual, SuspectAssert.class);
        this.cell = "[" + row + ", " + column + "]";
    }

    /** The suspect's suggested value is {@code expected}. */
    public SuspectAssert withExpected(long expected) {
        return withExpected(BigDecimal.valueOf(expected));
    }

    public SuspectAssert withExpected(BigDecimal expected) {
        boolean found = actual.stream().anyMatch(c -> c.expected() != null && c.expected().compareTo(expected) == 0);
        if (!found) {
            failWithMessage("Expected suspect %s to have expected value %s but it suggests %s", cell,
                    expected.toPlainString(), actual.stream().map(c -> String.valueOf(c.expected())).toList());
        }
        return this;
    }
}
