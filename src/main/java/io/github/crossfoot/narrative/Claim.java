package io.github.crossfoot.narrative;

import io.github.crossfoot.rules.internal.Messages;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure the prose states about the report's own tables.
 *
 * @param quantity what the figure is about
 * @param value    the figure (0 for a statement such as 未收到…申请)
 * @param atLeast  true when the prose gives a lower bound (140余件, 逾100件, 100件以上)
 * @param line     the 1-based source line of the sentence
 * @param position where in that line (after tags are stripped) the statement starts, for ordering
 * @param quote    the clause as written, trimmed
 * @param note     what the clause means when that is not the number as written, for messages
 *                 ({@code 即收到申请 0 件} / {@code applications received: 0}), or null; never null for a
 *                 lower bound
 */
record Claim(Quantity quantity, BigDecimal value, boolean atLeast, int line, int position, String quote,
             Messages.Text note) {
    Claim {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(quote, "quote");
        if (atLeast && note == null) {
            throw new IllegalArgumentException("a lower bound is not the number as written: it needs a note");
        }
    }

    @Override
    public String toString() {
        return "line " + line + " " + quantity + (atLeast ? " >= " : " = ") + value.toPlainString()
                + " «" + quote + "»";
    }
}
