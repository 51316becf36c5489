package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.CellValue;
import java.math.BigDecimal;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shortcuts of {@link CellValues#parse} (a cell of plain digits; a text without a digit) read
 * a cell as the full reading does: plain digits are compared with the full reading of the same
 * digits written full-width, and texts without a digit with what the reading defines for them.
 */
class CellValueScansTest {

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(45);
    }

    /**
     * Plain ASCII digits (read without any pattern) against the same digits written full-width,
     * which only the full reading reads: the same number, or text both, and never a note.
     */
    @Property(tries = 2000)
    void plainDigitsReadAsTheFullReadingReadsThem(@ForAll("digits") String s) {
        StringBuilder fullWidth = new StringBuilder();
        s.chars().forEach(c -> fullWidth.append((char) (c - '0' + '０')));
        CellValues.Parsed fast = CellValues.parse(s, "");
        CellValues.Parsed full = CellValues.parse(fullWidth.toString(), "");
        assertThat(fast.value().isNumber()).isEqualTo(full.value().isNumber());
        assertThat(fast.value().number()).isEqualTo(full.value().number());
        assertThat(fast.noted()).isFalse();
        assertThat(full.noted()).isFalse();
        assertThat(CellValues.parse(" " + s + "\u3000", "").value()).isEqualTo(fast.value());
        if (s.length() <= 15) { // below 10^15: a number a report may hold
            assertThat(fast.value().number()).contains(new BigDecimal(s));
        }
    }

    /** Dashes, the words for zero, units, marks, brackets, spaces and words: anything but a digit. */
    @Provide
    Arbitrary<String> withoutDigits() {
        return Arbitraries.of("-", "—", "－", "﹣", "/", "、", "无", "零", "元", "万元", "件", "*", "※", "①", "¹", "(", "）",
                "注", " ", "\u3000", "\u00a0", "\u200b", ",", ".", "+", "规章", "x").list().ofMaxSize(3)
                .map(parts -> String.join("", parts));
    }

    private static final Set<String> DASHES = Set.of("-", "--", "—", "——", "–", "－", "―", "/", "／", "\\", "、");

    @Property(tries = 3000)
    void aTextWithoutDigitsIsBlankADashZeroOrText(@ForAll("withoutDigits") String s) {
        CellValues.Parsed p = CellValues.parse(s, "");
        String written = s.replace("\u200b", "").strip();
        String squeezed = written.replaceAll("[\\s\\u00a0\\u3000]+", "");
        CellValue expected;
        if (written.isEmpty()) {
            expected = CellValue.blank();
        } else if (DASHES.contains(squeezed)
                || DASHES.contains(java.text.Normalizer.normalize(squeezed, java.text.Normalizer.Form.NFKC))) {
            expected = CellValue.blank(written);
        } else if (squeezed.equals("无") || squeezed.equals("零")) {
            expected = CellValue.of(BigDecimal.ZERO, written);
        } else {
            expected = CellValue.text(written);
        }
        assertThat(p.value()).isEqualTo(expected);
        assertThat(p.noted()).isEqualTo(!written.isEmpty() && !expected.isText());
        assertThat(CellValues.looksLikeValue(s)).isEqualTo(expected.isNumber() || expected.isBlank() && !written.isEmpty());
    }
}
