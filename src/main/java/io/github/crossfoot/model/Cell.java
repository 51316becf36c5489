package io.github.crossfoot.model;

import java.util.Objects;

/**
 * One cell of a table: its row and column ids, its value and where it was read.
 *
 * @param row    the row id, e.g. {@code handled.disclosed}
 * @param column the column id, e.g. {@code natural_person}
 * @param value  what the cell holds
 * @param line   the 1-based line of the source document it came from; 0 when built in code
 * @param box    for a cell read from a PDF, its page and rectangle; null otherwise
 */
public record Cell(String row, String column, CellValue value, int line, Box box) {

    /** A cell read from a text, HTML or Word document, or built in code: it has a line, no box. */
    public Cell(String row, String column, CellValue value, int line) {
        this(row, column, value, line, null);
    }

    /** The cell's page and rectangle, when it was read from a PDF. */
    public java.util.Optional<Box> where() {
        return java.util.Optional.ofNullable(box);
    }

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
