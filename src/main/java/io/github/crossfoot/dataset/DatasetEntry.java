package io.github.crossfoot.dataset;

import io.github.crossfoot.model.Box;
import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * What the {@linkplain DatasetCheck dataset checks} need of one report, and nothing more: its
 * source, body, year and format, and the few cells they compare across years (the rows that the
 * rule set's {@code carry} and {@code stock} statements name), each with its value and line.
 *
 * <p>A run over many reports keeps one entry per report instead of the report (a few hundred bytes
 * instead of the report's lines and tables), so that memory stays flat with the number of reports,
 * and a cluster can group entries by {@link #bodyKey() body} and check each group on its own.
 * Immutable and serializable. An entry is read with the rule set it was made with (or one with the
 * same formats): its cells are stored by their place in that rule set's list of compared cells.
 */
public final class DatasetEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Marks a cell that is absent or not a number in {@link #values}. */
    private static final long NO_NUMBER = Long.MIN_VALUE;

    private final String source;
    private final String agency;
    private final String bodyKey;
    private final int year;
    private final String format;
    /** Per compared table: its heading line, or -1 when the report has no such table. */
    private final int[] tableLines;
    /** Per compared cell: its number when it is a whole number, else {@link #NO_NUMBER}. */
    private final long[] values;
    /** Per compared cell: its line. */
    private final int[] lines;
    /** Per compared cell, only when some cell needs it: a number with decimals, else null. */
    private final BigDecimal[] decimals;
    /** Per compared cell, only when some cell needs it: the text written when it is not the plain number. */
    private final String[] written;
    /** Per compared cell, only for a report read from a PDF: the cell's page and rectangle. */
    private final Box[] boxes;

    private DatasetEntry(Report report, Layout layout) {
        this.source = report.source();
        this.agency = report.agency().orElse(null);
        this.bodyKey = report.agency().map(DatasetCheck::bodyKey).orElse("");
        this.year = report.year().orElse(0);
        this.format = report.format();
        this.tableLines = new int[layout.tables.size()];
        this.values = new long[layout.slots.size()];
        this.lines = new int[layout.slots.size()];
        BigDecimal[] decimals = null;
        String[] written = null;
        Box[] boxes = null;
        for (int t = 0; t < layout.tables.size(); t++) {
            Optional<Table> table = report.table(layout.tables.get(t));
            tableLines[t] = table.map(Table::line).orElse(-1);
        }
        for (int k = 0; k < layout.slots.size(); k++) {
            Slot s = layout.slots.get(k);
            Optional<Cell> cell = report.table(s.table()).flatMap(x -> x.cell(s.row(), s.column()))
                    .filter(c -> c.value().isNumber());
            if (cell.isEmpty()) {
                values[k] = NO_NUMBER;
                continue;
            }
            Cell c = cell.get();
            BigDecimal n = c.value().number().orElseThrow();
            lines[k] = c.line();
            Long whole = wholeNumber(n);
            if (whole != null) {
                values[k] = whole;
            } else {
                values[k] = NO_NUMBER;
                decimals = decimals == null ? new BigDecimal[values.length] : decimals;
                decimals[k] = n;
            }
            if (!c.value().text().equals(n.toPlainString())) {
                written = written == null ? new String[values.length] : written;
                written[k] = c.value().text();
            }
            if (c.box() != null) {
                boxes = boxes == null ? new Box[values.length] : boxes;
                boxes[k] = c.box();
            }
        }
        this.decimals = decimals;
        this.written = written;
        this.boxes = boxes;
    }

    /** The entry of a report checked with {@code rules}. */
    public static DatasetEntry of(Report report, RuleSet rules) {
        return new DatasetEntry(Objects.requireNonNull(report, "report"), Layout.of(rules));
    }

    /** Where the report came from (its file name). */
    public String source() {
        return source;
    }

    /** The body (机关) as the report names it. */
    public Optional<String> agency() {
        return Optional.ofNullable(agency);
    }

    /** The {@linkplain DatasetCheck#bodyKey(String) key} of the body, "" when the body is not known. */
    public String bodyKey() {
        return bodyKey;
    }

    /** The year the report covers. */
    public OptionalInt year() {
        return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** The report's format id, "" when no format was recognised. */
    public String format() {
        return format;
    }

    /** Whether body and year are known, so that the entry takes part in the checks across years. */
    public boolean identified() {
        return !bodyKey.isEmpty() && year != 0;
    }

    /** Whether the report has the table. */
    boolean hasTable(Layout layout, String table) {
        int t = layout.tables.indexOf(table);
        return t >= 0 && tableLines[t] >= 0;
    }

    /** The heading line of a table the report has (0 when not known). */
    int tableLine(Layout layout, String table) {
        return tableLines[layout.tables.indexOf(table)];
    }

    /** A compared cell holding a number, as it was read; empty when absent, blank or unreadable. */
    Optional<Cell> number(Layout layout, String table, String row, String column) {
        Integer k = layout.index.get(new Slot(table, row, column));
        if (k == null) {
            return Optional.empty();
        }
        BigDecimal n = values[k] != NO_NUMBER ? BigDecimal.valueOf(values[k]) : decimals == null ? null : decimals[k];
        if (n == null) {
            return Optional.empty();
        }
        String text = written == null || written[k] == null ? n.toPlainString() : written[k];
        return Optional.of(new Cell(row, column, CellValue.of(n, text), lines[k], boxes == null ? null : boxes[k]));
    }

    private static Long wholeNumber(BigDecimal n) {
        if (n.scale() != 0) {
            return null;
        }
        try {
            long v = n.longValueExact();
            return v == NO_NUMBER ? null : v;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "DatasetEntry[" + source + ", " + (bodyKey.isEmpty() ? "?" : bodyKey) + ", "
                + (year == 0 ? "?" : year) + "]";
    }

    /** One compared cell. */
    record Slot(String table, String row, String column) {
    }

    /**
     * The cells a rule set's dataset checks compare: for each table that some format declares
     * {@code carry} or {@code stock} statements for, the carried rows in every column and the stock
     * rows in their three columns, over all formats (a 2019 report is compared with a 2021 one).
     */
    static final class Layout {
        private static final Map<RuleSet, Layout> BY_RULES = Collections.synchronizedMap(new WeakHashMap<>());

        final List<String> tables;
        /** Per table, its columns in the order of the first format that declares the table. */
        final Map<String, List<String>> columns;
        final List<Slot> slots;
        final Map<Slot, Integer> index;

        private Layout(RuleSet rules) {
            Set<String> tableIds = new LinkedHashSet<>();
            Map<String, Set<String>> columnsByTable = new LinkedHashMap<>();
            Set<Slot> all = new LinkedHashSet<>();
            for (FormatSpec format : rules.formats()) {
                for (TableSpec spec : format.tables()) {
                    if (spec.carries().isEmpty() && spec.stocks().isEmpty()) {
                        continue;
                    }
                    tableIds.add(spec.id());
                    Set<String> cols = columnsByTable.computeIfAbsent(spec.id(), k -> new LinkedHashSet<>());
                    spec.columns().forEach(c -> cols.add(c.id()));
                    for (TableSpec.Carry carry : spec.carries()) {
                        for (var c : spec.columns()) {
                            all.add(new Slot(spec.id(), carry.to(), c.id()));
                            all.add(new Slot(spec.id(), carry.from(), c.id()));
                        }
                    }
                    for (TableSpec.Stock stock : spec.stocks()) {
                        for (String row : stock.rows()) {
                            for (String c : List.of(stock.column(), stock.adds(), stock.removes())) {
                                all.add(new Slot(spec.id(), row, c));
                            }
                        }
                    }
                }
            }
            this.tables = List.copyOf(tableIds);
            Map<String, List<String>> cols = new LinkedHashMap<>();
            columnsByTable.forEach((k, v) -> cols.put(k, List.copyOf(v)));
            this.columns = Collections.unmodifiableMap(cols);
            this.slots = List.copyOf(all);
            Map<Slot, Integer> idx = new java.util.HashMap<>();
            for (int k = 0; k < slots.size(); k++) {
                idx.put(slots.get(k), k);
            }
            this.index = Collections.unmodifiableMap(idx);
        }

        static Layout of(RuleSet rules) {
            return BY_RULES.computeIfAbsent(Objects.requireNonNull(rules, "rules"), Layout::new);
        }

        List<String> columns(String table) {
            return columns.getOrDefault(table, List.of());
        }
    }

    /** The entries of results, in their order (for callers that hold whole results). */
    static List<DatasetEntry> of(List<Report> reports, RuleSet rules) {
        List<DatasetEntry> out = new ArrayList<>(reports.size());
        Layout layout = Layout.of(rules);
        for (Report r : reports) {
            out.add(new DatasetEntry(r, layout));
        }
        return out;
    }
}
