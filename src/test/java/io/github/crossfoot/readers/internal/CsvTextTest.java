package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which text is read as CSV, and the line each record's cells keep. */
class CsvTextTest {

    /** {@code n} lines of three numbers written with commas. */
    private static String rows(int n) {
        return "一、本年新收,1,2,3\n".repeat(n);
    }

    @Test
    void aFileNamedCsvIsCsvWhateverItHolds() {
        assertThat(CsvText.accepts("REPORT.CSV", "没有逗号")).isTrue();
        assertThat(CsvText.accepts("report.csv", "")).isTrue();
        assertThat(CsvText.accepts("report.csv.txt", "没有逗号")).isFalse();
    }

    @Test
    void textIsCsvFromTenLinesOfThreeNumbersWrittenWithCommas() {
        assertThat(CsvText.accepts("report.txt", rows(10))).isTrue();
        assertThat(CsvText.accepts("report.txt", rows(9))).isFalse();
        assertThat(CsvText.accepts("report.txt", "正文一行\n" + rows(9) + "正文，没有英文逗号\n")).isFalse();
        // Two numbers on a line is no table row; three are.
        assertThat(CsvText.accepts("report.txt", "甲,1,2\n".repeat(12))).isFalse();
        assertThat(CsvText.accepts("report.txt", "甲, 1 ,2, 3\n".repeat(10))).isTrue();
    }

    @Test
    void aTabOrPipeAnywhereMeansAnotherLayout() {
        assertThat(CsvText.accepts("report.txt", rows(12) + "甲\t1\n")).isFalse();
        assertThat(CsvText.accepts("report.txt", "甲|1|2|3\n" + rows(12))).isFalse();
    }

    @Test
    void eachRecordsCellsKeepTheLineTheRecordStartsOn() {
        SourceText t = CsvText.read("标题\n\n甲,1,2\r\n\"乙\n续\",3,4\n\n丙,5,6");
        List<Token> tokens = t.tokens();
        assertThat(tokens).extracting(Token::text).containsExactly("标题", "甲", "1", "2", "乙\n续", "3", "4", "丙", "5", "6");
        assertThat(tokens).extracting(Token::line).containsExactly(1, 3, 3, 3, 4, 4, 4, 7, 7, 7);
        assertThat(tokens).extracting(Token::column).containsExactly(0, 0, 1, 2, 0, 1, 2, 0, 1, 2);
        assertThat(t.lines()).hasSize(7);
    }
}
