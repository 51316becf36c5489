package io.github.crossfoot.readers.internal;

import io.github.crossfoot.model.CellValue;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the text of a table cell. A number (half- or full-width digits, thousands separators,
 * decimals, a sign) becomes a number; an empty cell is blank; anything else is kept as text, which
 * the engine reports as unreadable. Nothing is ever turned into zero by guessing.
 */
public final class CellValues {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    /** Marks that stand in a cell position but are not numbers; they are read as text cells. */
    private static final Set<String> MARKS = Set.of("-", "--", "—", "——", "–", "－", "/", "\\", "无", "×", "x", "X");

    private CellValues() {
    }

    /** Parses cell text; surrounding spaces (including NBSP and ideographic spaces) are ignored. */
    public static CellValue parse(String raw) {
        String s = clean(raw);
        if (s.isEmpty()) {
            return CellValue.blank();
        }
        if (NUMBER.matcher(s).matches()) {
            return CellValue.of(new BigDecimal(s.replace(",", "").replace("+", "")), raw.strip());
        }
        return CellValue.text(raw.strip());
    }

    /** Whether the text stands where a cell value would: a number or a known non-number mark. */
    public static boolean looksLikeValue(String raw) {
        String s = clean(raw);
        return !s.isEmpty() && (NUMBER.matcher(s).matches() || MARKS.contains(s));
    }

    private static String clean(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return s.replaceAll("[\\s\\u00a0\\u3000\\u200b\\ufeff]+", "");
    }
}
