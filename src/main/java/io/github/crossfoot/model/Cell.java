package io.github.crossfoot.model;

import java.util.Objects;

/**
 * One cell of a table: its row and column ids, its value and where it was read.
 *
 * @param row    the row id, e.g. {@code handled.disclosed}
 * @param column the column id, e.g. {@code natural_person}
 * @param value  what the cell holds
 * @param line   the 1-based line of the source document it came from; 0 when built in code
 */
public record Cell(String row, String column, CellValue value, int line) {

    public Cell {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    /** The cell's position as {@code [row, column]}. */
    public String key() {
        return "[" + row + ", " + column + "]";
    }
}
