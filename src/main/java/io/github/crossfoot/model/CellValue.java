package io.github.crossfoot.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a table cell holds: a number, nothing (blank), or text that is not a number.
 *
 * <p>The three are kept apart on purpose: real reports leave cells empty where they mean zero,
 * and write "-" or "无" where they mean something else. Only the rule engine decides what a blank
 * means in an equation; an unreadable cell is never silently turned into a number.
 */
public final class CellValue {

    /** The kinds of cell content. */
    public enum Kind {
        /** A number, integer or decimal. */
        NUMBER,
        /** Nothing written in the cell. */
        BLANK,
        /** Text that could not be read as a number, kept verbatim. */
        TEXT
    }

    private static final CellValue BLANK = new CellValue(Kind.BLANK, null, "");

    private final Kind kind;
    private final BigDecimal number;
    private final String text;

    private CellValue(Kind kind, BigDecimal number, String text) {
        this.kind = kind;
        this.number = number;
        this.text = text;
    }

    /** A number. */
    public static CellValue of(long number) {
        return of(BigDecimal.valueOf(number));
    }

    /** Largest magnitude a cell may hold: no count or amount of a report comes near it. */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1E15");
    /** Most decimals a cell may hold (amounts in 万元 have a few). */
    public static final int MAX_DECIMALS = 6;

    /**
     * A number; its scale is kept so that "96171.6" prints as written.
     *
     * @throws IllegalArgumentException when the number is not within {@link #isSane(BigDecimal)}
     */
    public static CellValue of(BigDecimal number) {
        return new CellValue(Kind.NUMBER, sane(number), number.toPlainString());
    }

    /** A number together with the text it was read from (for example {@code "１２"}). */
    public static CellValue of(BigDecimal number, String writtenAs) {
        return new CellValue(Kind.NUMBER, sane(number), Objects.requireNonNull(writtenAs, "writtenAs"));
    }

    /**
     * Whether a number can be a cell of a report: less than 10^15 in magnitude with at most six
     * decimals. Larger ones are refused (a reader reports them as unreadable cells), so that no
     * arithmetic or printing is ever asked of a number such as {@code 1E+999999999}.
     */
    public static boolean isSane(BigDecimal number) {
        return number.abs().compareTo(MAX_MAGNITUDE) < 0 && number.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }

    private static BigDecimal sane(BigDecimal number) {
        Objects.requireNonNull(number, "number");
        // Cheap bounds first: precision and scale say how large the number is without expanding it.
        if (number.precision() - number.scale() > 16 || number.scale() > 1_000 || !isSane(number)) {
            throw new IllegalArgumentException("a cell value must be below 10^15 with at most " + MAX_DECIMALS
                    + " decimals: " + number.toString());
        }
        return number;
    }

    /** An empty cell. */
    public static CellValue blank() {
        return BLANK;
    }

    /**
     * A cell that holds only a mark meaning "nothing to report", such as {@code "-"} or {@code "/"}:
     * treated as blank, with the mark kept so that it can be shown.
     */
    public static CellValue blank(String mark) {
        return mark.isEmpty() ? BLANK : new CellValue(Kind.BLANK, null, mark);
    }

    /** Text that is not a number, such as {@code "-"} or {@code "无"}. */
    public static CellValue text(String text) {
        return new CellValue(Kind.TEXT, null, Objects.requireNonNull(text, "text"));
    }

    public Kind kind() {
        return kind;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    /** The number, when this is a number. */
    public Optional<BigDecimal> number() {
        return Optional.ofNullable(number);
    }

    /** The text as written in the source ("" for a blank cell). */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CellValue)) {
            return false;
        }
        CellValue other = (CellValue) o;
        if (kind != other.kind) {
            return false;
        }
        return kind == Kind.NUMBER ? number.compareTo(other.number) == 0 : text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return kind == Kind.NUMBER ? number.stripTrailingZeros().hashCode() : Objects.hash(kind, text);
    }

    /** The number as plain text, "" for a blank and the raw text otherwise. */
    @Override
    public String toString() {
        return kind == Kind.NUMBER ? number.toPlainString() : text;
    }
}
