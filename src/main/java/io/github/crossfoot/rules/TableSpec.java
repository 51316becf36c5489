package io.github.crossfoot.rules;

import io.github.crossfoot.model.Label;
import io.github.crossfoot.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of a report format as declared in a rule file: its headings, the fixed texts printed in
 * it, its row and column groups, and its rows and columns in the official order.
 */
public final class TableSpec {

    private final String id;
    private final String label;
    private final List<String> headings;
    private final List<String> notes;
    private final Map<String, String> groups;
    private final List<LabelSpec> rows;
    private final List<LabelSpec> columns;
    // Derived once: the engine asks for labels and cell lists for every relation it evaluates.
    private final Map<String, String> rowDisplays = new java.util.HashMap<>();
    private final Map<String, String> columnDisplays = new java.util.HashMap<>();
    private final Map<String, List<String>> columnsOfRow = new java.util.HashMap<>();
    private final Map<String, List<String>> allColumnsOfRow = new java.util.HashMap<>();
    private final List<Position> cells;
    private final List<Position> requiredCells;

    /** A cell of the table by its row and column ids. */
    public record Position(String row, String column) {
        public Position {
            java.util.Objects.requireNonNull(row, "row");
            java.util.Objects.requireNonNull(column, "column");
        }
    }

    public TableSpec(String id, String label, List<String> headings, List<String> notes,
                     Map<String, String> groups, List<LabelSpec> rows, List<LabelSpec> columns) {
        this.id = id;
        this.label = label;
        this.headings = List.copyOf(headings);
        this.notes = List.copyOf(notes);
        this.groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        List<String> allColumns = this.columns.stream().map(LabelSpec::id).toList();
        List<Position> all = new ArrayList<>();
        for (LabelSpec r : this.rows) {
            rowDisplays.put(r.id(), display(r.id(), this.rows));
            List<String> own = r.columns().isEmpty() ? allColumns : r.columns();
            allColumnsOfRow.put(r.id(), own);
            columnsOfRow.put(r.id(), own.stream()
                    .filter(c -> this.columns.stream().noneMatch(x -> x.id().equals(c) && x.optional())).toList());
            own.forEach(c -> all.add(new Position(r.id(), c)));
        }
        this.columns.forEach(c -> columnDisplays.put(c.id(), display(c.id(), this.columns)));
        this.cells = List.copyOf(all);
        this.requiredCells = all.stream().filter(rc -> !isOptional(rc.row(), rc.column())).toList();
    }

    public String id() {
        return id;
    }

    /** The table's printed title, e.g. {@code 三、收到和处理政府信息公开申请情况}. */
    public String label() {
        return label;
    }

    /** Heading texts that announce the table in a report (matched loosely). */
    public List<String> headings() {
        return headings;
    }

    /** Fixed texts printed inside the table that carry no data (captions, notes). */
    public List<String> notes() {
        return notes;
    }

    /** Row and column groups by id (an id prefix), with their printed labels. */
    public Map<String, String> groups() {
        return groups;
    }

    public List<LabelSpec> rows() {
        return rows;
    }

    public List<LabelSpec> columns() {
        return columns;
    }

    public Optional<LabelSpec> row(String rowId) {
        return rows.stream().filter(r -> r.id().equals(rowId)).findFirst();
    }

    public Optional<LabelSpec> column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
    }

    /** The columns a row has in the official format: those it lists, or every column, without optional ones. */
    public List<String> columnsOf(String rowId) {
        return columnsOfRow.getOrDefault(rowId, List.of());
    }

    /** The columns a row may have: {@link #columnsOf} plus optional (local) columns, in declared order. */
    public List<String> allColumnsOf(String rowId) {
        return allColumnsOfRow.getOrDefault(rowId, List.of());
    }

    /** Whether a report may leave out {@code [row, column]}: its row or its column is optional. */
    public boolean isOptional(String rowId, String columnId) {
        return row(rowId).map(LabelSpec::optional).orElse(false) || column(columnId).map(LabelSpec::optional).orElse(false);
    }

    /** Whether {@code [row, column]} is a cell of this table. */
    public boolean hasCell(String rowId, String columnId) {
        return allColumnsOf(rowId).contains(columnId);
    }

    /** Every cell a report must have, row by row in official order. */
    public List<Position> cells() {
        return requiredCells;
    }

    /** Every cell including those of optional (local) rows and columns, row by row in official order. */
    public List<Position> allCells() {
        return cells;
    }

    /** An empty table with this table's rows, columns and labels, ready for values. */
    public Table.Builder newTable() {
        Table.Builder b = Table.builder(id).label(label);
        rows.forEach(r -> b.row(r.id(), r.label()));
        columns.forEach(c -> b.column(c.id(), c.label()));
        return b;
    }

    /** The label of a row, prefixed with its group where the label alone is ambiguous. */
    public String rowDisplay(String rowId) {
        return rowDisplays.getOrDefault(rowId, rowId);
    }

    /** The label of a column, prefixed with its group where the label alone is ambiguous. */
    public String columnDisplay(String columnId) {
        return columnDisplays.getOrDefault(columnId, columnId);
    }

    /** The label of a group (e.g. {@code 行政复议}), or its id when it has none. */
    public String groupDisplay(String groupId) {
        return groups.getOrDefault(groupId, groupId);
    }

    /** A cell's label for messages, e.g. {@code （一）予以公开 / 自然人}. */
    public String cellDisplay(String rowId, String columnId) {
        String r = rowDisplay(rowId);
        String c = columnDisplay(columnId);
        return r.isEmpty() ? c : r + " / " + c;
    }

    private String display(String id, List<LabelSpec> axis) {
        LabelSpec spec = axis.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        if (spec == null) {
            return id;
        }
        String leaf = spec.label();
        long sameLabel = axis.stream().filter(s -> s.label().equals(leaf)).count();
        boolean ambiguous = sameLabel > 1 || (!leaf.isEmpty() && Character.isDigit(leaf.charAt(0)));
        int dot = id.lastIndexOf('.');
        if (ambiguous && dot > 0 && groups.containsKey(id.substring(0, dot))) {
            return groups.get(id.substring(0, dot)) + " " + leaf;
        }
        return leaf;
    }
}
