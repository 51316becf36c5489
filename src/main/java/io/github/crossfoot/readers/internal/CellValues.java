package io.github.crossfoot.readers.internal;

import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.rules.internal.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a table cell. Every kind of cell text has one defined meaning:
 *
 * <ul>
 *   <li>a number ({@code 0}, {@code １２}, {@code 1,234}, {@code 96171.6}, {@code -8}): that number;
 *   <li>nothing: a blank cell;
 *   <li>a dash or slash ({@code -} {@code —} {@code /}): a blank cell, noted with a warning;
 *   <li>{@code 无} or {@code 零}: zero, noted with a warning;
 *   <li>a number followed by one footnote mark: the number, noted with a warning. Marks are circled
 *       or parenthesised numerals ({@code ①} {@code ⑴}), superscript numerals ({@code ¹²³}, and
 *       {@code <sup>} in HTML and Word), {@code *} {@code ※}, {@code [1]}, {@code (1)} and
 *       {@code 注1};
 *   <li>a number with a unit ({@code 251000元}): the number, noted with a warning; a unit that differs
 *       from the column's own (元 in a 万元 column) is refused as unreadable;
 *   <li>two numbers in one cell (on two lines, or digit groups parted by a space that is not a
 *       thousands separator, {@code 7 0}): unreadable, never joined into one number;
 *   <li>anything else: unreadable text, which the engine reports as an error.
 * </ul>
 *
 * <p>Marks are taken off the text as written, before any Unicode normalisation: NFKC turns
 * {@code ①} and {@code ¹} into the digit {@code 1}, which would make {@code 12①} read as 121. The
 * number part may use only digits (ASCII or full-width), a sign, a decimal point and thousands
 * commas; only then is it normalised. Nothing is ever silently turned into zero, and no digit is
 * ever made from anything but a digit.
 */
public final class CellValues {

    /**
     * A parsed cell and, when the text needed interpreting, what was done: a note
     * ({@code read.cell-value.note.*} in the message catalogue), or null.
     */
    public record Parsed(CellValue value, Messages.Text note) {
        public boolean noted() {
            return note != null;
        }
    }

    private static final String NUMBER_TEXT = "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final Pattern NUMBER = Pattern.compile(NUMBER_TEXT);
    /** The characters a number may be written with, before normalisation (full-width forms included). */
    private static final Pattern NUMBER_CHARS = Pattern.compile("[0-9０-９,，.．+\\-－]+");
    /** Digit groups parted by spaces in the thousands-separator pattern (1 234 567). */
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("[0-9０-９]{1,3}(?:[ \\u00a0\\u2009\\u202f\\u3000][0-9０-９]{3})+");
    private static final Pattern DIGIT_SPACE_DIGIT = Pattern.compile("[0-9０-９][\\s\\u00a0\\u2009\\u202f\\u3000]+[0-9０-９]");
    private static final Pattern UNIT = Pattern.compile("(万元|元|件|条|个|项|次|人|家|宗)$");
    /** A footnote mark at the end of the cell text, as written (no normalisation). */
    private static final Pattern MARK = Pattern.compile(
            "(?:\\*+|※|[\\u2460-\\u2473]|[\\u2474-\\u2487]|[\\u00b9\\u00b2\\u00b3\\u2070\\u2074-\\u2079]+"
                    + "|[\\[［][0-9０-９]+[\\]］]|[(（][0-9０-９]+[)）]|注[0-9０-９]*)$");
    private static final int MARK_MAX = 12;
    private static final Set<String> DASHES = Set.of("-", "--", "—", "——", "–", "－", "―", "/", "／", "\\", "、");
    private static final Set<String> NONE = Set.of("无", "零");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u200d\\ufeff]");
    /** The spaces a number's digit groups may be parted by (1 234 567). */
    private static final Pattern THOUSANDS_SPACE = Pattern.compile("[ \\u00a0\\u2009\\u202f\\u3000]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    /** Longest number a cell holds, in characters; a longer text is text (and is never parsed digit by digit). */
    private static final int MAX_NUMBER_TEXT = 40;

    private CellValues() {
    }

    /** Parses cell text, for a cell whose column header is {@code columnLabel} (may be empty). */
    public static Parsed parse(String raw, String columnLabel) {
        String written = withoutInvisible(raw).strip();
        if (written.isEmpty()) {
            return new Parsed(CellValue.blank(), null);
        }
        if (isPlainDigits(written)) {
            return new Parsed(number(written, written), null); // most cells: nothing to interpret
        }
        if (written.indexOf('\n') >= 0 || written.indexOf('\r') >= 0) {
            List<String> parts = new java.util.ArrayList<>();
            for (String part : written.split("\\R")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            String shown = String.join(" / ", parts);
            return new Parsed(CellValue.text(shown), Messages.of("read.cell-value.note.several-lines", "text", shown));
        }
        // Without a digit there is no number, and so no number with a unit or a mark either.
        boolean anyDigit = hasDigit(written);
        if (anyDigit && SPACED_THOUSANDS.matcher(written).matches()) {
            String digits = THOUSANDS_SPACE.matcher(written).replaceAll("");
            return new Parsed(number(Labels.nfkc(digits), written),
                    Messages.of("read.cell-value.note.spaced-thousands", "number", digits));
        }
        if (anyDigit && DIGIT_SPACE_DIGIT.matcher(written).find()) {
            return new Parsed(CellValue.text(written), Messages.of("read.cell-value.note.spaced-digits", "text", written));
        }
        String s = withoutSpaces(written);
        if (anyDigit && NUMBER_CHARS.matcher(s).matches()) {
            String n = normalizeNumber(s);
            if (n != null) {
                return new Parsed(number(n, written), null);
            }
        }
        String folded = Labels.nfkc(s);
        if (DASHES.contains(s) || DASHES.contains(folded)) {
            return new Parsed(CellValue.blank(written), Messages.of("read.cell-value.note.dash", "text", written));
        }
        if (NONE.contains(s)) {
            return new Parsed(CellValue.of(BigDecimal.ZERO, written),
                    Messages.of("read.cell-value.note.zero-word", "text", written));
        }
        if (!anyDigit) {
            return new Parsed(CellValue.text(written), null);
        }
        Matcher unit = UNIT.matcher(s);
        if (unit.find()) {
            String n = normalizeNumber(s.substring(0, unit.start()));
            if (n != null) {
                String u = unit.group(1);
                boolean columnInTenThousand = Labels.normalize(columnLabel).contains("万元");
                if (columnInTenThousand && u.equals("元")) {
                    return new Parsed(CellValue.text(written), Messages.of("read.cell-value.note.yuan-in-wan-column"));
                }
                return new Parsed(number(n, written), Messages.of("read.cell-value.note.unit", "unit", u, "number", n));
            }
        }
        // A mark is a few characters at the end: only the end is searched (no scan of long text).
        int tail = Math.max(0, s.length() - MARK_MAX);
        Matcher mark = MARK.matcher(s).region(tail, s.length());
        if (mark.find() && mark.start() > 0) {
            String n = normalizeNumber(s.substring(0, mark.start()));
            if (n != null) {
                String m = mark.group();
                return new Parsed(number(n, written),
                        Messages.of("read.cell-value.note.footnote-mark", "mark", m, "number", n));
            }
        }
        return new Parsed(CellValue.text(written), null);
    }

    /**
     * Whether {@code written} is ASCII digits only, no longer than a number: what {@link #parse} reads as
     * that number without a note, decided without a regular expression.
     */
    private static boolean isPlainDigits(String written) {
        if (written.isEmpty() || written.length() > MAX_NUMBER_TEXT) {
            return false;
        }
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} holds a digit, ASCII or full-width: every number does. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }

    /** {@code s} without the spaces {@link #SPACES} removes; most texts have none, and need no matcher. */
    private static String withoutSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '\u00a0' || c == '\u3000') {
                return SPACES.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    /** {@code raw} without zero-width characters; most texts have none, and need no matcher. */
    private static String withoutInvisible(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\u200b' && c <= '\u200d' || c == '\ufeff') {
                return INVISIBLE.matcher(raw).replaceAll("");
            }
        }
        return raw;
    }

    /** The number written in {@code s} in canonical ASCII form, or null when {@code s} is not exactly one number. */
    private static String normalizeNumber(String s) {
        if (s.isEmpty() || s.length() > MAX_NUMBER_TEXT || !NUMBER_CHARS.matcher(s).matches()) {
            return null;
        }
        String n = Labels.nfkc(s).replace('，', ',');
        return NUMBER.matcher(n).matches() ? n : null;
    }

    /** Whether the text stands where a cell value would: a number, a mark, or a number with a unit. */
    public static boolean looksLikeValue(String raw) {
        if (raw.length() > MAX_VALUE_TEXT) {
            return false; // far longer than a number with its unit and note: text, decided without parsing
        }
        Parsed p = parse(raw, "");
        return p.value().isNumber() || p.value().isBlank() && !p.value().text().isEmpty();
    }

    /** Longest text that may still be a value (a number with a unit and a note in brackets). */
    private static final int MAX_VALUE_TEXT = 300;

    private static CellValue number(String s, String written) {
        BigDecimal n = new BigDecimal(s.replace(",", "").replace("+", ""));
        // A number no report holds (10^15 or more, more than six decimals) is unreadable, not checked.
        return n.precision() - n.scale() <= 16 && CellValue.isSane(n) ? CellValue.of(n, written) : CellValue.text(written);
    }
}
