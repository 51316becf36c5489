package io.github.crossfoot.narrative;

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
 * @param noteZh   what the clause means when that is not the number as written (e.g. {@code 即收到申请 0 件}),
 *                 or null
 */
record Claim(Quantity quantity, BigDecimal value, boolean atLeast, int line, int position, String quote,
             String noteZh) {
    Claim {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(quote, "quote");
    }

    /** The figure for messages: {@code 4} or {@code at least 140}. */
    String valueEn() {
        return (atLeast ? "at least " : "") + value.toPlainString();
    }

    @Override
    public String toString() {
        return "line " + line + " " + quantity + (atLeast ? " >= " : " = ") + value.toPlainString()
                + " «" + quote + "»";
    }
}
