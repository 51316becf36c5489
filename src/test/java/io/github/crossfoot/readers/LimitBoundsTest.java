package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each limit exactly at its bound: a value of 1 (and the file size's largest) is accepted and 0 is
 * refused with the limit's name; a document with exactly as many cells, cells per row or characters
 * per cell as allowed is read, and one more is refused. Small documents, so that it runs in a blink.
 */
class LimitBoundsTest {

    private static final Limits ONE = new Limits(1, 1, 1, 1, 1, Duration.ofNanos(1));

    @Test
    void everyLimitAcceptsOneAndRefusesZeroNamingItself() {
        assertThat(ONE.maxFileBytes()).isEqualTo(1);
        assertThatThrownBy(() -> ONE.withMaxFileBytes(0)).hasMessage("maxFileBytes must be between 1 and about 2 GB, was 0");
        assertThatThrownBy(() -> ONE.withMaxPdfPages(0)).hasMessage("maxPdfPages must be positive, was 0");
        assertThatThrownBy(() -> ONE.withMaxCellsPerTable(0)).hasMessage("maxCellsPerTable must be positive, was 0");
        assertThatThrownBy(() -> ONE.withMaxColumnsPerRow(0)).hasMessage("maxColumnsPerRow must be positive, was 0");
        assertThatThrownBy(() -> ONE.withMaxCellChars(-1)).hasMessage("maxCellChars must be positive, was -1");
        assertThatThrownBy(() -> ONE.withTimeLimit(Duration.ZERO)).hasMessage("timeLimit must be positive, was PT0S");
        assertThatThrownBy(() -> ONE.withTimeLimit(Duration.ofSeconds(-1))).hasMessage("timeLimit must be positive, was PT-1S");
        assertThatThrownBy(() -> ONE.withTimeLimit(null)).isInstanceOf(NullPointerException.class);
        assertThat(ONE.withMaxFileBytes(Integer.MAX_VALUE - 8).maxFileBytes()).isEqualTo(Integer.MAX_VALUE - 8);
        assertThatThrownBy(() -> ONE.withMaxFileBytes(Integer.MAX_VALUE - 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachWithMethodChangesItsOwnLimitOnly() {
        assertThat(ONE.withMaxFileBytes(7)).isEqualTo(new Limits(7, 1, 1, 1, 1, Duration.ofNanos(1)));
        assertThat(ONE.withMaxPdfPages(7)).isEqualTo(new Limits(1, 7, 1, 1, 1, Duration.ofNanos(1)));
        assertThat(ONE.withMaxCellsPerTable(7)).isEqualTo(new Limits(1, 1, 7, 1, 1, Duration.ofNanos(1)));
        assertThat(ONE.withMaxColumnsPerRow(7)).isEqualTo(new Limits(1, 1, 1, 7, 1, Duration.ofNanos(1)));
        assertThat(ONE.withMaxCellChars(7)).isEqualTo(new Limits(1, 1, 1, 1, 7, Duration.ofNanos(1)));
        assertThat(ONE.withTimeLimit(Duration.ofSeconds(7))).isEqualTo(new Limits(1, 1, 1, 1, 1, Duration.ofSeconds(7)));
        assertThat(Limits.defaults()).isSameAs(Limits.defaults())
                .isEqualTo(new Limits(50L * 1024 * 1024, 200, 20_000, 200, 10_000, Duration.ofSeconds(30)));
    }

    /** An HTML page with one table of {@code rows} rows of {@code columns} cells, each cell {@code cell}. */
    private static byte[] page(int rows, int columns, String cell) {
        StringBuilder b = new StringBuilder("<html><body><p>某单位2023年政府信息公开工作年度报告</p><table>");
        for (int r = 0; r < rows; r++) {
            b.append("<tr>").append(("<td>" + cell + "</td>").repeat(columns)).append("</tr>");
        }
        return b.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> limitFindings(Limits limits, byte[] page) {
        Crossfoot crossfoot = Crossfoot.standardRules().withLimits(limits);
        return crossfoot.check(crossfoot.read("page.html", page)).errors().stream()
                .filter(v -> v.rule().equals("read.limit")).map(Violation::messageEn).toList();
    }

    @Test
    void aTableWithExactlyTheCellsAllowedIsReadAndOneMoreIsNot() {
        Limits six = Limits.defaults().withMaxCellsPerTable(6);
        assertThat(limitFindings(six, page(2, 3, "1"))).isEmpty();
        assertThat(limitFindings(six, page(1, 7, "1"))).singleElement().asString()
                .contains("more than 6 cells");
    }

    @Test
    void aRowWithExactlyTheCellsAllowedIsReadAndOneMoreIsNot() {
        Limits three = Limits.defaults().withMaxColumnsPerRow(3);
        assertThat(limitFindings(three, page(4, 3, "1"))).isEmpty();
        assertThat(limitFindings(three, page(1, 4, "1"))).singleElement().asString()
                .contains("a table row has more than 3 cells");
    }

    @Test
    void aCellWithExactlyTheCharactersAllowedIsReadAndOneMoreIsNot() {
        Limits five = Limits.defaults().withMaxCellChars(5);
        assertThat(limitFindings(five, page(2, 2, "12345"))).isEmpty();
        assertThat(limitFindings(five, page(2, 2, "123456"))).singleElement().asString()
                .contains("6 characters, more than the limit of 5");
    }
}
