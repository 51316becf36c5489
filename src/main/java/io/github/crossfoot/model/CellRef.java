package io.github.crossfoot.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A cell named by a violation: where it is in the format, its printed label, what it held (null
 * when the cell was not found at all), the source line it came from (0 when unknown), for a
 * suspect cell the value that would make the table consistent (null otherwise), and for a cell read
 * from a PDF its page and rectangle (null otherwise).
 */
public record CellRef(String table, String row, String column, String label, CellValue value, int line,
                      BigDecimal expected, Box box) {
    public CellRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(label, "label");
    }

    /** A cell without a suggested value, not from a PDF. */
    public CellRef(String table, String row, String column, String label, CellValue value, int line) {
        this(table, row, column, label, value, line, null, null);
    }

    /** A cell without a suggested value, found in the report (or null), where it was read. */
    public static CellRef of(String table, String row, String column, String label, Cell cell) {
        return cell == null ? new CellRef(table, row, column, label, null, 0)
                : new CellRef(table, row, column, label, cell.value(), cell.line(), null, cell.box());
    }

    /** This cell with the value it should have. */
    public CellRef withExpected(BigDecimal value) {
        return new CellRef(table, row, column, label, this.value, line, value, box);
    }

    /** The cell's page and rectangle, when it was read from a PDF. */
    public java.util.Optional<Box> where() {
        return java.util.Optional.ofNullable(box);
    }

    /** Whether the cell was found in the report. */
    public boolean found() {
        return value != null;
    }
}
