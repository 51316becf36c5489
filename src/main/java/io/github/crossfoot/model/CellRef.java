package io.github.crossfoot.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A cell named by a violation: where it is in the format, its printed label, what it held (null
 * when the cell was not found at all), the source line it came from (0 when unknown) and, for a
 * suspect cell, the value that would make the table consistent (null otherwise).
 */
public record CellRef(String table, String row, String column, String label, CellValue value, int line,
                      BigDecimal expected) {
    public CellRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(label, "label");
    }

    /** A cell without a suggested value. */
    public CellRef(String table, String row, String column, String label, CellValue value, int line) {
        this(table, row, column, label, value, line, null);
    }

    /** This cell with the value it should have. */
    public CellRef withExpected(BigDecimal value) {
        return new CellRef(table, row, column, label, this.value, line, value);
    }

    /** Whether the cell was found in the report. */
    public boolean found() {
        return value != null;
    }
}
