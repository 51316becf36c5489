package io.github.crossfoot.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of a report (二 主动公开, 三 申请, 四 复议诉讼): ordered rows and columns with their labels
 * and the cells that were read or set. A cell that is absent was not found in the source; a cell
 * that is present may still be blank or unreadable (see {@link CellValue}). Immutable.
 */
public final class Table {

    private final String id;
    private final String label;
    private final int line;
    private final List<Label> rows;
    private final List<Label> columns;
    private final Map<Key, Cell> cells;
    // By row, then column: the engine looks cells up far more often than it builds tables.
    private final Map<String, Map<String, Cell>> byRow = new java.util.HashMap<>();

    private Table(Builder b) {
        this.id = b.id;
        this.label = b.label;
        this.line = b.line;
        this.rows = List.copyOf(b.rows.values());
        this.columns = List.copyOf(b.columns.values());
        this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(b.cells));
        for (Cell c : cells.values()) {
            byRow.computeIfAbsent(c.row(), r -> new java.util.HashMap<>()).put(c.column(), c);
        }
    }

    /** Starts a table with the given id, e.g. {@code applications}. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    public String id() {
        return id;
    }

    /** The table's heading, e.g. {@code 三、收到和处理政府信息公开申请情况}; may be empty. */
    public String label() {
        return label;
    }

    /** The 1-based source line of the table's heading; 0 when unknown. */
    public int line() {
        return line;
    }

    public List<Label> rows() {
        return rows;
    }

    public List<Label> columns() {
        return columns;
    }

    /** All cells present, in the order they were added. */
    public List<Cell> cells() {
        return List.copyOf(cells.values());
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** The cell at {@code [row, column]}, if the table has it. */
    public Optional<Cell> cell(String row, String column) {
        Map<String, Cell> r = byRow.get(row);
        return Optional.ofNullable(r == null ? null : r.get(column));
    }

    /** The number at {@code [row, column]}, if that cell is present and holds a number. */
    public Optional<BigDecimal> number(String row, String column) {
        return cell(row, column).flatMap(c -> c.value().number());
    }

    /** A copy of this table with one cell replaced (or added). */
    public Table withCell(Cell cell) {
        Builder b = toBuilder();
        b.cell(cell);
        return b.build();
    }

    /** A builder holding this table's content. */
    public Builder toBuilder() {
        Builder b = new Builder(id).label(label).line(line);
        rows.forEach(r -> b.row(r.id(), r.label()));
        columns.forEach(c -> b.column(c.id(), c.label()));
        cells.values().forEach(b::cell);
        return b;
    }

    /** A cell's place in the map of cells. */
    private record Key(String row, String column) {
    }

    private static Key key(String row, String column) {
        return new Key(row, column);
    }

    @Override
    public String toString() {
        return "Table[" + id + ", " + cells.size() + " cells]";
    }

    /** Builds a {@link Table}. Rows and columns named by a cell are added on the fly. */
    public static final class Builder {
        private final String id;
        private String label = "";
        private int line;
        private final Map<String, Label> rows = new LinkedHashMap<>();
        private final Map<String, Label> columns = new LinkedHashMap<>();
        private final Map<Key, Cell> cells = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Builder label(String label) {
            this.label = Objects.requireNonNull(label, "label");
            return this;
        }

        public Builder line(int line) {
            this.line = line;
            return this;
        }

        /** Declares a row (keeps the first position if declared again, updates its label). */
        public Builder row(String rowId, String rowLabel) {
            rows.put(rowId, new Label(rowId, rowLabel));
            return this;
        }

        /** Declares a column (keeps the first position if declared again, updates its label). */
        public Builder column(String columnId, String columnLabel) {
            columns.put(columnId, new Label(columnId, columnLabel));
            return this;
        }

        public Builder cell(Cell cell) {
            rows.putIfAbsent(cell.row(), new Label(cell.row(), ""));
            columns.putIfAbsent(cell.column(), new Label(cell.column(), ""));
            cells.put(key(cell.row(), cell.column()), cell);
            return this;
        }

        public Builder cell(String row, String column, CellValue value, int sourceLine) {
            return cell(new Cell(row, column, value, sourceLine));
        }

        /** Sets a cell read from a PDF: its line of the extracted text, and its page and rectangle (or null). */
        public Builder cell(String row, String column, CellValue value, int sourceLine, Box box) {
            return cell(new Cell(row, column, value, sourceLine, box));
        }

        /** Sets a number held in code (no source line). */
        public Builder value(String row, String column, long value) {
            return cell(row, column, CellValue.of(value), 0);
        }

        /** Sets a number held in code (no source line). */
        public Builder value(String row, String column, BigDecimal value) {
            return cell(row, column, CellValue.of(value), 0);
        }

        /** Marks a cell as present but empty. */
        public Builder blank(String row, String column) {
            return cell(row, column, CellValue.blank(), 0);
        }

        /** Removes a cell (it will count as not found). */
        public Builder remove(String row, String column) {
            cells.remove(key(row, column));
            return this;
        }

        public Table build() {
            return new Table(this);
        }
    }
}
