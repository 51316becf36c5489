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

    /** A number; its scale is kept so that "96171.6" prints as written. */
    public static CellValue of(BigDecimal number) {
        Objects.requireNonNull(number, "number");
        return new CellValue(Kind.NUMBER, number, number.toPlainString());
    }

    /** A number together with the text it was read from (for example {@code "１２"}). */
    public static CellValue of(BigDecimal number, String writtenAs) {
        Objects.requireNonNull(number, "number");
        return new CellValue(Kind.NUMBER, number, Objects.requireNonNull(writtenAs, "writtenAs"));
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
