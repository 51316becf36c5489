package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Cell texts at the edges of what {@link CellValues#parse} reads: numbers whose only digit is 0 or
 * 9 (ASCII or full-width), each zero-width character, the longest number text, and a large amount
 * with decimals.
 */
class CellValuesEdgesTest {

    private static CellValues.Parsed parse(String text) {
        return CellValues.parse(text, "");
    }

    private static void assertNumber(CellValues.Parsed p, String number) {
        assertThat(p.value().number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(number));
    }

    @Test
    void numbersWrittenWithOnlyTheDigitsZeroOrNine() {
        // A sign, a unit or full-width digits send the text past the plain-digits shortcut.
        assertNumber(parse("-9"), "-9");
        assertThat(parse("-9").note()).isNull();
        assertNumber(parse("+0"), "0");
        CellValues.Parsed zero = parse("0件");
        assertNumber(zero, "0");
        assertThat(zero.note().zh()).isEqualTo("单元格内写有单位“件”，按 0 读取");
        CellValues.Parsed nine = parse("９件");
        assertNumber(nine, "9");
        assertThat(nine.note().zh()).isEqualTo("单元格内写有单位“件”，按 9 读取");
        CellValues.Parsed fullWidthZero = parse("０项");
        assertNumber(fullWidthZero, "0");
        assertThat(fullWidthZero.note().zh()).isEqualTo("单元格内写有单位“项”，按 0 读取");
    }

    @Test
    void everyZeroWidthCharacterIsDropped() {
        for (String text : new String[] {"12\u200b", "12\u200c", "12\u200d", "\ufeff12", "1\u200d2"}) {
            CellValues.Parsed p = parse(text);
            assertNumber(p, "12");
            assertThat(p.note()).as(text).isNull();
        }
        // A word joiner is not among them: the text is unreadable.
        assertThat(parse("12\u2060").value().isText()).isTrue();
    }

    @Test
    void theLongestNumberTextReadsTheSameFullWidth() {
        // Forty characters is the longest number, as for ASCII digits ("000…01" reads 1).
        String fortyFullWidth = "０".repeat(39) + "１";
        CellValues.Parsed p = parse(fortyFullWidth);
        assertNumber(p, "1");
        assertThat(p.note()).isNull();
        CellValues.Parsed signed = parse("+" + "0".repeat(38) + "7");
        assertNumber(signed, "7");
        assertThat(parse("０".repeat(40) + "１").value().isText()).isTrue();
    }

    @Test
    void digitsAfterThePointDoNotCountTowardsTheMagnitude() {
        // 15 digits in all, 13 before the point: below 10^15 with two decimals.
        CellValues.Parsed p = parse("1234567890123.45");
        assertNumber(p, "1234567890123.45");
        assertThat(p.note()).isNull();
        assertNumber(parse("123456789.123456"), "123456789.123456");
    }
}
