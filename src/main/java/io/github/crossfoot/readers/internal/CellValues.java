package io.github.crossfoot.readers.internal;

import io.github.crossfoot.model.CellValue;
import java.math.BigDecimal;
import java.text.Normalizer;
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
 *   <li>a number with a unit ({@code 251000元}) or a footnote mark ({@code 12*}, {@code 12①}):
 *       the number, noted with a warning; a unit that differs from the column's own (元 in a 万元
 *       column) is refused as unreadable;
 *   <li>anything else: unreadable text, which the engine reports as an error.
 * </ul>
 * Nothing is ever silently turned into zero.
 */
public final class CellValues {

    /** A parsed cell and, when the text needed interpreting, what was done (Chinese, English). */
    public record Parsed(CellValue value, String noteZh, String noteEn) {
        public boolean noted() {
            return noteZh != null;
        }
    }

    private static final String NUMBER_TEXT = "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final Pattern NUMBER = Pattern.compile(NUMBER_TEXT);
    private static final Pattern WITH_UNIT = Pattern.compile("(" + NUMBER_TEXT + ")(万元|元|件|条|个|项|次|人|家|宗)");
    private static final Pattern WITH_MARK = Pattern.compile("(" + NUMBER_TEXT
            + ")(?:\\*+|※|[①-⑩]|\\[\\d+]|\\(\\d+\\)|注\\d*|[¹²³⁴⁵⁶⁷⁸⁹])");
    private static final Set<String> DASHES = Set.of("-", "--", "—", "——", "–", "－", "―", "/", "／", "\\", "、");
    private static final Set<String> NONE = Set.of("无", "零");

    private CellValues() {
    }

    /** Parses cell text, for a cell whose column header is {@code columnLabel} (may be empty). */
    public static Parsed parse(String raw, String columnLabel) {
        String written = raw.strip();
        String s = clean(raw);
        if (s.isEmpty()) {
            return new Parsed(CellValue.blank(), null, null);
        }
        if (NUMBER.matcher(s).matches()) {
            return new Parsed(number(s, written), null, null);
        }
        if (DASHES.contains(s)) {
            return new Parsed(CellValue.blank(written), "“" + written + "”按空白处理（在等式中按 0 计）",
                    "'" + written + "' read as blank (counts as 0 in equations)");
        }
        if (NONE.contains(s)) {
            return new Parsed(CellValue.of(BigDecimal.ZERO, written), "“" + written + "”按 0 读取",
                    "'" + written + "' read as 0");
        }
        Matcher unit = WITH_UNIT.matcher(s);
        if (unit.matches()) {
            String u = unit.group(2);
            boolean columnInTenThousand = Labels.normalize(columnLabel).contains("万元");
            if (columnInTenThousand && u.equals("元")) {
                return new Parsed(CellValue.text(written), "单元格写有单位“元”，而本列单位为万元，无法确定数值",
                        "the cell says '元' but the column is in 万元; the value is ambiguous");
            }
            return new Parsed(number(unit.group(1), written), "单元格内写有单位“" + u + "”，按 " + unit.group(1) + " 读取",
                    "unit '" + u + "' typed into the cell; read as " + unit.group(1));
        }
        Matcher mark = WITH_MARK.matcher(s);
        if (mark.matches()) {
            return new Parsed(number(mark.group(1), written), "数字后有注释标记，按 " + mark.group(1) + " 读取",
                    "footnote mark after the number; read as " + mark.group(1));
        }
        return new Parsed(CellValue.text(written), null, null);
    }


    /** Whether the text stands where a cell value would: a number, a mark, or a number with a unit. */
    public static boolean looksLikeValue(String raw) {
        Boolean known = LOOKS_LIKE_VALUE.get(raw);
        if (known == null) {
            if (LOOKS_LIKE_VALUE.size() > 50_000) {
                LOOKS_LIKE_VALUE.clear();
            }
            known = looksLikeValueNow(raw);
            LOOKS_LIKE_VALUE.put(raw, known);
        }
        return known;
    }

    /** Tokens are asked this many times while a table is read: answers are kept (a bounded cache). */
    private static final java.util.Map<String, Boolean> LOOKS_LIKE_VALUE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean looksLikeValueNow(String raw) {
        String s = clean(raw);
        return !s.isEmpty() && (NUMBER.matcher(s).matches() || DASHES.contains(s) || NONE.contains(s)
                || WITH_UNIT.matcher(s).matches() || WITH_MARK.matcher(s).matches());
    }

    private static CellValue number(String s, String written) {
        return CellValue.of(new BigDecimal(s.replace(",", "").replace("+", "")), written);
    }

    private static String clean(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return s.replaceAll("[\\s\\u00a0\\u3000\\u200b\\ufeff]+", "");
    }
}
