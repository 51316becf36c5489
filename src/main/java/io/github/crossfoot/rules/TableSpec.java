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
 * it, its row and column groups, its rows and columns in the official order, how the official
 * layout prints it (group spans, the corner text, captions over rows), what carries across years,
 * and the figures a report's prose may state about it.
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
    private final Map<String, List<String>> spans;
    private final String corner;
    private final List<Caption> captions;
    private final List<Carry> carries;
    private final List<Stock> stocks;
    private final Map<String, Quantity> quantities;
    private final int mostlyBlankPercent;

    /** A cell of the table by its row and column ids. */
    public record Position(String row, String column) {
        public Position {
            java.util.Objects.requireNonNull(row, "row");
            java.util.Objects.requireNonNull(column, "column");
        }
    }

    /** Text printed above a run of rows in the official layout (表二's 第二十条第（一）项). */
    public record Caption(String text, List<String> rows) {
        public Caption {
            java.util.Objects.requireNonNull(text, "text");
            rows = List.copyOf(rows);
        }
    }

    /** Across years: this year's row {@code to} equals last year's row {@code from}, column by column. */
    public record Carry(String from, String to) {
        public Carry {
            java.util.Objects.requireNonNull(from, "from");
            java.util.Objects.requireNonNull(to, "to");
        }
    }

    /**
     * Across years: on each of {@code rows}, {@code column(t) = column(t−1) + adds(t) − removes(t)}
     * (表二's 现行有效件数 from 本年制发件数 and 本年废止件数).
     */
    public record Stock(String column, String adds, String removes, List<String> rows) {
        public Stock {
            java.util.Objects.requireNonNull(column, "column");
            java.util.Objects.requireNonNull(adds, "adds");
            java.util.Objects.requireNonNull(removes, "removes");
            rows = List.copyOf(rows);
        }
    }

    /**
     * A figure a report's prose may state about this table: the sum of {@code cells}, named by
     * {@code id} (the narrative check knows the phrasings of each id) and printed as {@code label}.
     */
    public record Quantity(String id, String label, List<Position> cells) {
        public Quantity {
            java.util.Objects.requireNonNull(id, "id");
            java.util.Objects.requireNonNull(label, "label");
            cells = List.copyOf(cells);
        }
    }

    /** A table with rows, columns and groups only (no layout, cross-year or narrative declarations). */
    public TableSpec(String id, String label, List<String> headings, List<String> notes,
                     Map<String, String> groups, List<LabelSpec> rows, List<LabelSpec> columns) {
        this(id, label, headings, notes, groups, Map.of(), null, List.of(), List.of(), List.of(), List.of(), rows, columns);
    }

    /**
     * Everything a rule file declares about a table.
     *
     * @param spans      per group id, the column or group ids printed under it (in the header)
     * @param corner     the text of the top-left header cell, or null
     * @param quantities in declared order
     */
    public TableSpec(String id, String label, List<String> headings, List<String> notes,
                     Map<String, String> groups, Map<String, List<String>> spans, String corner,
                     List<Caption> captions, List<Carry> carries, List<Stock> stocks, List<Quantity> quantities,
                     List<LabelSpec> rows, List<LabelSpec> columns) {
        this(id, label, headings, notes, groups, spans, corner, captions, carries, stocks, quantities, rows, columns, 0);
    }

    /**
     * Everything a rule file declares about a table, with {@code mostly-blank}.
     *
     * @param mostlyBlankPercent report the table once ({@code table.mostly-blank}) when at least this
     *                           share of its cells is blank; 0 when the table does not declare it
     */
    public TableSpec(String id, String label, List<String> headings, List<String> notes,
                     Map<String, String> groups, Map<String, List<String>> spans, String corner,
                     List<Caption> captions, List<Carry> carries, List<Stock> stocks, List<Quantity> quantities,
                     List<LabelSpec> rows, List<LabelSpec> columns, int mostlyBlankPercent) {
        if (mostlyBlankPercent < 0 || mostlyBlankPercent > 100) {
            throw new IllegalArgumentException("mostly-blank is a percentage from 1 to 100 (0: none), not "
                    + mostlyBlankPercent);
        }
        this.mostlyBlankPercent = mostlyBlankPercent;
        this.id = id;
        Map<String, List<String>> spanCopy = new LinkedHashMap<>();
        spans.forEach((g, members) -> spanCopy.put(g, List.copyOf(members)));
        this.spans = java.util.Collections.unmodifiableMap(spanCopy);
        this.corner = corner;
        this.captions = List.copyOf(captions);
        this.carries = List.copyOf(carries);
        this.stocks = List.copyOf(stocks);
        Map<String, Quantity> q = new LinkedHashMap<>();
        quantities.forEach(x -> q.put(x.id(), x));
        this.quantities = java.util.Collections.unmodifiableMap(q);
        this.label = label;
        this.headings = List.copyOf(headings);
        // The corner and the captions are fixed texts too: readers skip them like notes.
        List<String> fixed = new ArrayList<>(notes);
        if (corner != null) {
            fixed.add(corner);
        }
        this.captions.forEach(c -> fixed.add(c.text()));
        this.notes = List.copyOf(fixed);
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

    /**
     * The table's short name for messages: {@code 表三} when its title starts with a numeral as the
     * official titles do ({@code 三、…}), else {@code 表「title」}.
     */
    public String shortName() {
        String numeral = numeral();
        return numeral.isEmpty() ? "表「" + label + "」" : "表" + numeral;
    }

    /** {@code table 3}, or {@code table 'id'}, for English messages. */
    public String shortNameEn() {
        String numeral = numeral();
        return numeral.length() == 1 ? "table " + (CHINESE_NUMERALS.indexOf(numeral.charAt(0)) + 1) : "table '" + id + "'";
    }

    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";

    /** The numeral the title starts with before {@code 、} (at most three characters), or "". */
    private String numeral() {
        int mark = label.indexOf('、');
        return mark > 0 && mark <= 3 && CHINESE_NUMERALS.indexOf(label.charAt(0)) >= 0 ? label.substring(0, mark) : "";
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

    /**
     * The column and group ids a group is printed over, in declared order, for groups that
     * declare {@code spans}; empty otherwise (a group that is an id prefix spans its members).
     */
    public List<String> spanOf(String groupId) {
        return spans.getOrDefault(groupId, List.of());
    }

    /** Groups declared with {@code spans}, in declared order. */
    public List<String> spanningGroups() {
        return List.copyOf(spans.keySet());
    }

    /** The text of the top-left header cell in the official layout, if the format prints one. */
    public Optional<String> corner() {
        return Optional.ofNullable(corner);
    }

    /** The caption printed above a row in the official layout, if any. */
    public Optional<String> captionOf(String rowId) {
        return captions.stream().filter(c -> c.rows().contains(rowId)).map(Caption::text).findFirst();
    }

    /** The rows carried from one year's report to the next, column by column. */
    public List<Carry> carries() {
        return carries;
    }

    /** The stocks in force that follow from last year's and this year's flows. */
    public List<Stock> stocks() {
        return stocks;
    }

    /**
     * The share of blank cells (percent) from which the table is reported once as mostly blank
     * ({@code table.mostly-blank}) instead of listing its blank cells; empty when not declared.
     */
    public java.util.OptionalInt mostlyBlankPercent() {
        return mostlyBlankPercent == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(mostlyBlankPercent);
    }

    /** The figures the prose may state about this table, by id in declared order. */
    public Map<String, Quantity> quantities() {
        return quantities;
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
