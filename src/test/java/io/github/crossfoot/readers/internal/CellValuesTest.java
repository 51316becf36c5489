package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one cell's text is read as: a number, a blank, or unreadable text, and the note the clerk is given. */
class CellValuesTest {

    private static final String WAN_YUAN = "本年收费金额（单位：万元）";

    private static CellValues.Parsed parse(String text) {
        return CellValues.parse(text, "");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "12|12", "0|0", "1,234|1234", "1，234|1234", "１２|12", "+5|5", "-3|-3", "96.35|96.35", " 7 |7",
        "\u200b8\ufeff|8", "1,234,567|1234567", "999999999999999|999999999999999", "0.123456|0.123456",
        "0000000000000000000000000000000000000001|1"})
    void plainNumbersHaveNoNote(String text, String number) {
        CellValues.Parsed p = parse(text);
        assertThat(p.value().number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(number));
        assertThat(p.note()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is unreadable")
    @CsvSource(delimiter = '|', value = {"1,23", "12a", "约5", "1.2.3", "1000000000000000", "0.1234567",
        "12345678901234567890123456789012345678901", "*", "--5", "五"})
    void notOneSaneNumberIsUnreadable(String text) {
        CellValues.Parsed p = parse(text);
        assertThat(p.value().isText()).isTrue();
        assertThat(p.value().text()).isEqualTo(text);
    }

    @Test
    void emptyAndInvisibleTextIsBlankWithoutNote() {
        assertThat(parse("").value()).isEqualTo(CellValue.blank());
        assertThat(parse(" \u3000\u200b ").value()).isEqualTo(CellValue.blank());
        assertThat(parse("").note()).isNull();
    }

    @Test
    void dashesAreBlanksThatKeepTheirMark() {
        for (String dash : new String[] {"-", "—", "——", "－", "/", "／", "\\", "、", "―", "–"}) {
            CellValues.Parsed p = parse(dash);
            assertThat(p.value().isBlank()).as(dash).isTrue();
            assertThat(p.value().text()).as(dash).isEqualTo(dash);
            assertThat(p.note().zh()).isEqualTo("“" + dash + "”按空白处理（在等式中按 0 计）");
        }
    }

    @Test
    void wordsForNoneAreZero() {
        CellValues.Parsed p = parse("无");
        assertThat(p.value().number()).hasValueSatisfying(n -> assertThat(n).isZero());
        assertThat(p.note().zh()).isEqualTo("“无”按 0 读取");
        assertThat(parse("零").value().number()).isPresent();
    }

    @Test
    void spacedThousandsAreOneNumberButOtherSpacedDigitsAreNot() {
        CellValues.Parsed thousands = parse("1 234");
        assertThat(thousands.value().number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1234"));
        assertThat(thousands.note().zh()).isEqualTo("数字中的空格按千位分隔符处理，按 1234 读取");
        assertThat(parse("12\u00a0345\u00a0678").value().number())
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("12345678"));
        CellValues.Parsed two = parse("12 3");
        assertThat(two.value().isText()).isTrue();
        assertThat(two.note().en()).isEqualTo("the cell holds digit groups parted by a space (12 3); not one number, "
                + "so it is unreadable");
    }

    @Test
    void severalLinesAreUnreadable() {
        CellValues.Parsed p = parse("12\n\n3\r\n");
        assertThat(p.value().isText()).isTrue();
        assertThat(p.value().text()).isEqualTo("12 / 3");
        assertThat(p.note().zh()).isEqualTo("单元格内有多行文字（12 / 3），不能确定是哪一个数，按无法识别处理");
    }

    @Test
    void unitsAreReadExceptYuanInATenThousandYuanColumn() {
        CellValues.Parsed items = parse("5件");
        assertThat(items.value().number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("5"));
        assertThat(items.note().zh()).isEqualTo("单元格内写有单位“件”，按 5 读取");
        assertThat(CellValues.parse("3万元", WAN_YUAN).value().number())
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("3"));
        CellValues.Parsed yuan = CellValues.parse("3元", WAN_YUAN);
        assertThat(yuan.value().isText()).isTrue();
        assertThat(yuan.note().zh()).isEqualTo("单元格写有单位“元”，而本列单位为万元，无法确定数值");
        assertThat(CellValues.parse("3元", "").value().number()).isPresent();
        assertThat(parse("几件").value().isText()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is {1} with mark {2}")
    @CsvSource(delimiter = '|', value = {"12*|12|*", "12**|12|**", "7※|7|※", "3①|3|①", "3⑴|3|⑴", "5¹|5|¹",
        "8[1]|8|[1]", "8［2］|8|［2］", "9(1)|9|(1)", "9（3）|9|（3）", "4注|4|注", "4注2|4|注2"})
    void footnoteMarksAreDroppedWithANote(String text, String number, String mark) {
        CellValues.Parsed p = parse(text);
        assertThat(p.value().number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(number));
        assertThat(p.value().text()).isEqualTo(text);
        assertThat(p.note().zh()).isEqualTo("数字后有注释标记“" + mark + "”，按 " + number + " 读取");
    }

    @Test
    void whatLooksLikeAValue() {
        assertThat(CellValues.looksLikeValue("12")).isTrue();
        assertThat(CellValues.looksLikeValue("—")).isTrue();
        assertThat(CellValues.looksLikeValue("5件")).isTrue();
        assertThat(CellValues.looksLikeValue("")).isFalse();
        assertThat(CellValues.looksLikeValue("规章")).isFalse();
        assertThat(CellValues.looksLikeValue("1".repeat(301))).isFalse();
        String longButShort = "1" + " ".repeat(Labels.MEMO_KEY_MAX + 5);
        assertThat(CellValues.looksLikeValue(longButShort)).isTrue();
        // Longer than the answers kept, so decided afresh each time; 300 characters is the longest value.
        assertThat(CellValues.looksLikeValue("1" + " ".repeat(299))).isTrue();
        assertThat(CellValues.looksLikeValue("—" + " ".repeat(Labels.MEMO_KEY_MAX + 5))).isTrue();
        assertThat(CellValues.looksLikeValue(" ".repeat(Labels.MEMO_KEY_MAX + 5))).isFalse();
        assertThat(CellValues.looksLikeValue(" ".repeat(Labels.MEMO_KEY_MAX + 5) + "规章")).isFalse();
    }
}
