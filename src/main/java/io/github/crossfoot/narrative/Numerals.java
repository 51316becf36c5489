package io.github.crossfoot.narrative;

import java.math.BigDecimal;

/** Reads the numbers prose uses for counts: 4, 3,119, ４, 两, 十二, 一百零五, 三千一百一十九. */
final class Numerals {

    private static final String DIGITS = "零〇一二三四五六七八九";

    private Numerals() {
    }

    /** The value of {@code text}, or null when it is not a whole number as counts are written. */
    static BigDecimal parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        StringBuilder ascii = new StringBuilder();
        boolean arabic = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                ascii.append(ch);
            } else if (ch >= '０' && ch <= '９') {
                ascii.append((char) ('0' + (ch - '０')));
            } else if (ch == ',' && i > 0) {
                continue;
            } else {
                arabic = false;
                break;
            }
        }
        if (arabic) {
            return ascii.length() == 0 ? null : new BigDecimal(ascii.toString());
        }
        Long chinese = chinese(text);
        return chinese == null ? null : BigDecimal.valueOf(chinese);
    }

    /** Chinese numerals; positional digits (一二) only when no unit character is used. */
    static Long chinese(String text) {
        boolean hasUnit = text.chars().anyMatch(c -> c == '十' || c == '百' || c == '千' || c == '万');
        if (!hasUnit) {
            long v = 0;
            for (char ch : text.toCharArray()) {
                int d = digit(ch);
                if (d < 0) {
                    return null;
                }
                v = v * 10 + d;
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            int d = digit(ch);
            if (d >= 0) {
                if (digit > 0) {
                    return null; // two digits in a row, e.g. 一二十
                }
                digit = d;
                any = true;
                continue;
            }
            int unit = switch (ch) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            if (unit == 10000) {
                long head = section + Math.max(digit, 0);
                if (head == 0) {
                    return null;
                }
                total += head * 10000;
                section = 0;
                digit = -1;
                continue;
            }
            if (digit < 0) {
                if (unit == 10 && section == 0 && total == 0 && i == 0) {
                    digit = 1; // 十二 = 12
                } else {
                    return null; // 百余 with no digit before it
                }
            }
            if (digit == 0) {
                return null;
            }
            section += digit * unit;
            digit = -1;
            any = true;
        }
        if (!any) {
            return null;
        }
        return total + section + Math.max(digit, 0);
    }

    private static int digit(char ch) {
        if (ch == '两') {
            return 2;
        }
        int i = DIGITS.indexOf(ch);
        return i < 0 ? -1 : (i <= 1 ? 0 : i - 1);
    }
}
