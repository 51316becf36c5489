package io.github.crossfoot.model;

import java.util.Objects;

/**
 * A cell named by a violation: where it is in the format, its printed label, what it held (null
 * when the cell was not found at all) and the source line it came from (0 when unknown).
 */
public record CellRef(String table, String row, String column, String label, CellValue value, int line) {
    public CellRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(label, "label");
    }

    /** Whether the cell was found in the report. */
    public boolean found() {
        return value != null;
    }
}
