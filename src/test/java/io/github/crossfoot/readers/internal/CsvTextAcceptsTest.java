package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rows written with commas count whatever their first field holds. */
class CsvTextAcceptsTest {

    @Test
    void rowsWithAnEmptyFirstFieldAreRowsToo() {
        // A spreadsheet whose label column was left empty: each line starts with its comma.
        assertThat(CsvText.accepts("report.txt", ",1,2,3\n".repeat(10))).isTrue();
        assertThat(CsvText.accepts("report.txt", ",1,2\n".repeat(10))).isFalse();
    }
}
