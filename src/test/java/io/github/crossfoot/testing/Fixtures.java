package io.github.crossfoot.testing;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.LabelSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import io.github.crossfoot.testing.DocumentRenderer.Layout;
import io.github.crossfoot.testing.DocumentRenderer.Rendered;
import io.github.crossfoot.testing.ReportDocument.Grid;
import io.github.crossfoot.testing.ReportDocument.GridCell;
import io.github.crossfoot.testing.ReportDocument.GridRow;
import io.github.crossfoot.testing.ReportDocument.Paragraph;
import io.github.crossfoot.testing.ReportGenerator.CellPos;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Builds fixture documents from generated reports, applies a damage, and states what reading and
 * checking the file must give, without asking the reader: the expected cells are the value cells
 * the document prints (parsed by the documented cell semantics of the README), at the line the
 * renderer wrote them on; the expected findings are the rule engine's findings on that expected
 * report plus the reading problems the damage must cause, at the lines of the cells that cause them.
 *
 * <p>The expectation is written in a small text format ({@link Expectation#write()}), one
 * {@code NAME.expected} file beside each fixture, and compared with what the reader produces by
 * {@link Expectation#of(String, Report, CheckResult)}.
 */
public final class Fixtures {

    private static final RuleSet RULES = RuleSet.standard();

    private Fixtures() {
    }

    // ------------------------------------------------------------------ damages

    /** A reading problem the damage must cause, located at a paragraph or grid cell of the document. */
    public record Problem(String rule, Severity severity, String table, Object at) {
    }

    /** What a damage leaves to expect besides the printed cells. */
    public static final class Effects {
        final List<Problem> problems = new ArrayList<>();
        /** Rows (table/row) the reader must refuse: their cells are not read. */
        final Set<String> refusedRows = new java.util.LinkedHashSet<>();
        /** Expected values for cells whose text is not a plain number (marks, units). */
        final Map<CellPos, CellValue> values = new LinkedHashMap<>();
        boolean atxHeadings;
        boolean formatMismatch;
    }

    /** A way to damage (or vary) a report and its document; {@code layout} decides what a reader can do. */
    public enum Damage {
        NONE("consistent", "nothing; a consistent report"),
        MISSING_TABLE("missing-table3", "table 三 (applications) and its heading removed"),
        REVIEWS_TRUNCATED("reviews-truncated", "the 15-value row of table 四 cut to its first 12 values"),
        ROW_MISSING("row-missing", "row 8.属于行政查询事项 of table 三 removed"),
        SHIFTED("shifted", "row 一、本年新收 of table 三 shifted one column right (first cell empty, last value lost)"),
        WRONG_TOTAL("wrong-total", "（七）总计 / 自然人 of table 三 one too high"),
        TYPO_LABEL("typo-label", "label drift: 本年度止件数 (2021) or 本年增减, 1、 numbering and straight quotes (2019)"),
        FILLING_NOTES("filling-notes", "filling notes inside labels: 规章（设区的市、自治州人民政府应提供相关数据）, column notes"),
        EXTRA_ROW("extra-row", "a local row 其他主动公开文件 with values added to table 二 (read as the optional row other_documents)"),
        MARKS("marks", "cells written as -, 无, 12件, 251000元 and — instead of plain numbers"),
        CUT_TABLE("cut-table", "table 三 ends after （四）3.补正后申请内容仍不明确 (its last 9 or 7 rows lost)"),
        WRONG_YEAR("wrong-year", "a 2022 report written in the 2019 format"),
        ASCII_COMMAS("ascii-commas", "labels typed with half-width commas (CSV fields quoted)"),
        ATX_HEADINGS("atx-headings", "Markdown with # and ## headings");

        private final String id;
        private final String description;

        Damage(String id, String description) {
            this.id = id;
            this.description = description;
        }

        public String id() {
            return id;
        }

        public String description() {
            return description;
        }

        /** Whether a generated report suits this damage (the damaged cells are not all zeros). */
        public Predicate<Report> suits() {
            return switch (this) {
                case SHIFTED -> r -> distinctNonZero(r, "applications", "new") >= 3;
                case WRONG_TOTAL, ROW_MISSING -> r -> distinctNonZero(r, "applications", "handled.total") >= 2;
                case REVIEWS_TRUNCATED -> r -> distinctNonZero(r, "reviews", "all") >= 3;
                case MARKS -> r -> r.table("applications").orElseThrow().cells().stream()
                        .anyMatch(c -> c.row().startsWith("handled.withheld") && c.value().number()
                                .map(n -> n.signum() == 0).orElse(false))
                        && distinctNonZero(r, "applications", "new") >= 2;
                default -> r -> distinctNonZero(r, "applications", "new") >= 2;
            };
        }

        /** Changes the model before it is laid out (values, year). */
        Report prepare(Report model) {
            return switch (this) {
                case WRONG_TOTAL -> ReportGenerator.addDelta(model,
                        new CellPos("applications", "handled.total", "natural_person"), 1);
                case WRONG_YEAR -> model.toBuilder().year(2022).build();
                default -> model;
            };
        }

        /** Damages the document; records what must follow. */
        void apply(ReportDocument doc, Layout layout, Effects fx) {
            boolean v2019 = doc.format().equals(ReportGenerator.FORMAT_2019);
            switch (this) {
                case NONE, WRONG_TOTAL -> {
                }
                case MISSING_TABLE -> doc.removeTable("applications");
                case REVIEWS_TRUNCATED -> {
                    GridRow row = doc.grid("reviews").row("all");
                    List<GridCell> values = row.valueCells();
                    row.cells().removeAll(values.subList(12, values.size()));
                    if (!layout.positional()) {
                        // Twelve values for fifteen columns in text: which are missing cannot be known.
                        // Where cells are cells, the twelve stand in their columns and three are missing.
                        fx.refusedRows.add("reviews/all");
                        fx.problems.add(new Problem("read.row-values", Severity.ERROR, "reviews", values.get(0)));
                    }
                }
                case ROW_MISSING -> {
                    Grid g = doc.grid("applications");
                    g.removeRow(g.row("handled.withheld.inquiry"));
                }
                case SHIFTED -> {
                    List<GridCell> values = doc.grid("applications").row("new").valueCells();
                    for (int k = values.size() - 1; k > 0; k--) {
                        values.get(k).text(values.get(k - 1).text());
                    }
                    values.get(0).text("");
                    if (!layout.positional()) {
                        // Six values for seven columns: which one is missing cannot be known.
                        fx.refusedRows.add("applications/new");
                        fx.problems.add(new Problem("read.row-values", Severity.ERROR, "applications", values.get(1)));
                    }
                }
                case TYPO_LABEL -> {
                    if (v2019) {
                        doc.labelCells("本年增/减").forEach(c -> c.text("本年增减"));
                        for (String label : List.of("1.属于国家秘密", "1.本机关不掌握相关政府信息", "1.信访举报投诉类申请",
                                "2.重复申请")) {
                            doc.labelCells(label).forEach(c -> c.text(label.replace('.', '、')));
                        }
                        doc.labelCells("3.危及“三安全一稳定”").forEach(c -> c.text("3.危及\"三安全一稳定\""));
                    } else {
                        for (GridCell c : doc.labelCells("本年废止件数")) {
                            c.text("本年度止件数");
                            fx.problems.add(new Problem("read.nonstandard-label", Severity.WARNING, "proactive", c));
                        }
                    }
                }
                case FILLING_NOTES -> {
                    Map<String, String> notes = new LinkedHashMap<>();
                    notes.put("规章", "规章（设区的市、自治州人民政府应提供相关数据）");
                    if (v2019) {
                        notes.put("上一年项目数量", "上一年项目数量（指2019年事项数）");
                        notes.put("处理决定数量", "处理决定数量（指2020年办件量）");
                    } else {
                        notes.put("本年处理决定数量", "本年处理决定数量（指本年办件量）");
                    }
                    for (GridRow row : doc.grid("proactive").rows()) {
                        for (GridCell c : row.cells()) {
                            if (c.isLabel() && notes.containsKey(c.text())) {
                                c.text(notes.get(c.text()));
                                fx.problems.add(new Problem("read.nonstandard-label", Severity.WARNING, "proactive", c));
                            }
                        }
                    }
                }
                case EXTRA_ROW -> {
                    Grid g = doc.grid("proactive");
                    GridRow after = g.row("normative_documents");
                    // Both formats declare it as an optional local row (湖北 2020): it is read like the others.
                    List<String> columns = RULES.format(v2019 ? ReportGenerator.FORMAT_2019 : ReportGenerator.FORMAT)
                            .flatMap(f -> f.table("proactive")).orElseThrow().allColumnsOf("other_documents");
                    GridCell label = new GridCell("其他主动公开文件", 0, 1, 1, null, false);
                    List<GridCell> cells = new ArrayList<>(List.of(label));
                    String[] values = {"3", "1", "12"};
                    for (int k = 0; k < values.length; k++) {
                        cells.add(new GridCell(values[k], k + 1, 1, 1,
                                new CellPos("proactive", "other_documents", columns.get(k)), false));
                    }
                    g.insertRowAfter(after, new GridRow(cells, "other_documents"));
                }
                case MARKS -> marks(doc, v2019, fx);
                case CUT_TABLE -> {
                    Grid g = doc.grid("applications");
                    List<GridRow> rows = g.rows();
                    int from = rows.indexOf(g.row("handled.unavailable.unclear")) + 1;
                    for (GridRow r : new ArrayList<>(rows.subList(from, rows.size()))) {
                        g.removeRow(r);
                    }
                }
                case WRONG_YEAR -> fx.formatMismatch = true;
                case ASCII_COMMAS -> {
                    for (GridRow row : allRows(doc)) {
                        for (GridCell c : row.cells()) {
                            if (c.isLabel()) {
                                c.text(c.text().replace('、', ',').replace('，', ','));
                            }
                        }
                    }
                }
                case ATX_HEADINGS -> fx.atxHeadings = true;
                default -> throw new IllegalStateException(name());
            }
        }

        private static void marks(ReportDocument doc, boolean v2019, Effects fx) {
            // A zero of table 三 written as a dash: blank, counted as 0, so every equation still holds.
            GridCell zero = null;
            for (GridRow row : doc.grid("applications").rows()) {
                if (row.rowId() != null && row.rowId().startsWith("handled.withheld")) {
                    for (GridCell c : row.valueCells()) {
                        if (zero == null && c.text().equals("0")) {
                            zero = c;
                        }
                    }
                }
            }
            mark(doc, zero, "—", CellValue.blank("—"), fx);
            if (v2019) {
                GridCell amount = doc.valueCell(new CellPos("proactive", "procurement", "procurement_amount"));
                mark(doc, amount, "251000元", CellValue.of(new BigDecimal("251000"), "251000元"), fx);
                mark(doc, doc.valueCell(new CellPos("proactive", "fees", "change")), "-", CellValue.blank("-"), fx);
                mark(doc, doc.valueCell(new CellPos("proactive", "other_services", "decisions")), "无",
                        CellValue.of(BigDecimal.ZERO, "无"), fx);
            } else {
                mark(doc, doc.valueCell(new CellPos("proactive", "licensing", "decisions")), "-", CellValue.blank("-"), fx);
                mark(doc, doc.valueCell(new CellPos("proactive", "penalty", "decisions")), "无",
                        CellValue.of(BigDecimal.ZERO, "无"), fx);
                GridCell enforcement = doc.valueCell(new CellPos("proactive", "enforcement", "decisions"));
                String n = enforcement.text();
                mark(doc, enforcement, n + "件", CellValue.of(new BigDecimal(n), n + "件"), fx);
            }
        }

        private static void mark(ReportDocument doc, GridCell cell, String text, CellValue expected, Effects fx) {
            cell.text(text);
            fx.values.put(cell.pos(), expected);
            fx.problems.add(new Problem("read.cell-value", Severity.WARNING, cell.pos().table(), cell));
        }
    }

    private static List<GridRow> allRows(ReportDocument doc) {
        List<GridRow> out = new ArrayList<>();
        for (ReportDocument.Block b : doc.blocks()) {
            if (b instanceof Grid g) {
                out.addAll(g.rows());
            }
        }
        return out;
    }

    private static long distinctNonZero(Report r, String table, String row) {
        return r.table(table).orElseThrow().cells().stream().filter(c -> c.row().equals(row))
                .map(c -> c.value().number().orElse(BigDecimal.ZERO)).filter(n -> n.signum() != 0).distinct().count();
    }

    // ------------------------------------------------------------------ building

    /** A fixture: the file's bytes and what reading and checking it must give. */
    public record Built(String name, Layout layout, Damage damage, long seed, byte[] bytes, Expectation expected,
                        Report model) {
    }

    /** The first report from {@code seed} on (seed, seed+1, ...) that suits {@code damage}, and its seed. */
    public static Map.Entry<Long, Report> suitableModel(long seed, String format, Damage damage) {
        for (long s = seed; ; s++) {
            Report r = ReportGenerator.generate(s, format);
            if (damage.suits().test(r)) {
                return Map.entry(s, r);
            }
        }
    }

    /** Builds a fixture from a generated report. */
    public static Built build(String name, String format, Layout layout, Damage damage, long seed) {
        Map.Entry<Long, Report> found = suitableModel(seed, format, damage);
        Report model = damage.prepare(found.getValue());
        ReportDocument doc = ReportDocument.of(model);
        Effects fx = new Effects();
        damage.apply(doc, layout, fx);
        Rendered rendered = fx.atxHeadings ? DocumentRenderer.markdown(doc, true) : DocumentRenderer.render(doc, layout);
        Expectation e = expect(model, doc, rendered, fx);
        return new Built(name, layout, damage, found.getKey(), rendered.bytes(), e, model);
    }

    /** What reading {@code rendered} must give: the document's cells at their lines, and the findings. */
    public static Expectation expect(Report model, ReportDocument doc, Rendered rendered, Effects fx) {
        FormatSpec format = RULES.format(doc.format()).orElseThrow();
        Report.Builder expected = Report.builder("expected").format(format.id());
        model.agency().ifPresent(expected::agency);
        model.year().ifPresent(expected::year);
        for (ReportDocument.Block b : doc.blocks()) {
            if (b instanceof Paragraph p && p.tableId() != null) {
                TableSpec spec = format.table(p.tableId()).orElseThrow();
                Table.Builder t = spec.newTable().line(rendered.line(p));
                Grid grid = doc.grid(p.tableId());
                for (GridRow row : grid.rows()) {
                    if (row.rowId() == null || fx.refusedRows.contains(p.tableId() + "/" + row.rowId())) {
                        continue;
                    }
                    for (GridCell c : row.valueCells()) {
                        CellValue v = fx.values.containsKey(c.pos()) ? fx.values.get(c.pos()) : plain(c.text());
                        // An empty cell has no text to point at: its line is its row's (the label's,
                        // or for the unlabelled row of 四 the first value's).
                        GridCell at = !c.text().isEmpty() ? c
                                : row.labelCell() != null ? row.labelCell() : row.valueCells().get(0);
                        t.cell(c.pos().row(), c.pos().column(), v, rendered.line(at));
                    }
                }
                expected.table(t.build());
            }
        }
        Report report = expected.build();
        CheckResult result = RULES.check(report);
        List<String> violations = new ArrayList<>();
        for (Violation v : result.violations()) {
            if (!isSuspect(v)) {
                violations.add(signature(v));
            }
        }
        for (Problem p : fx.problems) {
            violations.add(signature(p.severity(), p.rule(), p.table(), null, null, rendered.line(p.at())));
        }
        if (fx.formatMismatch) {
            violations.add(signature(Severity.WARNING, "format.mismatch", null, null, null, 0));
        }
        boolean passed = result.violations().stream().noneMatch(v -> v.severity() == Severity.ERROR)
                && fx.problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
        return new Expectation(format.id(), model.agency().orElse(null),
                model.year().isPresent() ? model.year().getAsInt() : null, passed, sorted(violations),
                cellLines(format, report));
    }

    /** A plain printed value: a number, or blank when empty. */
    private static CellValue plain(String text) {
        return text.isEmpty() ? CellValue.blank() : CellValue.of(new BigDecimal(text));
    }

    /** Findings of kind SUSPECT (an advisory guess at the wrong cell) are not part of the contract compared here. */
    public static boolean isSuspect(Violation v) {
        return v.kind().name().equals("SUSPECT");
    }

    // ------------------------------------------------------------------ expectation

    /**
     * What reading and checking a fixture gives, in a stable text form: the format, body and year,
     * whether it passes, the sorted findings ({@code severity rule table row column @line}, {@code -}
     * where a part is absent) and every table's cells row by row ({@code value@line}; {@code _} blank,
     * {@code _X} blank written as mark X, {@code ~X} unreadable text X, {@code x} not read).
     */
    public record Expectation(String format, String agency, Integer year, boolean passed, List<String> violations,
                              Map<String, String> cells) {

        /** The expectation as the reader and engine produced it for {@code report}. */
        public static Expectation of(String format, Report report, CheckResult result) {
            List<String> violations = new ArrayList<>();
            for (Violation v : result.violations()) {
                if (!isSuspect(v)) {
                    violations.add(signature(v));
                }
            }
            FormatSpec f = RULES.format(report.format()).orElse(null);
            return new Expectation(report.format(), report.agency().orElse(null),
                    report.year().isPresent() ? report.year().getAsInt() : null, result.passed(), sorted(violations),
                    f == null ? Map.of() : cellLines(f, report));
        }

        /** The text form, one item per line. */
        public String write() {
            StringBuilder b = new StringBuilder();
            b.append("format: ").append(format).append('\n');
            b.append("agency: ").append(agency == null ? "-" : agency).append('\n');
            b.append("year: ").append(year == null ? "-" : year).append('\n');
            b.append("passed: ").append(passed).append('\n');
            b.append("violations:\n");
            violations.forEach(v -> b.append("  ").append(v).append('\n'));
            b.append("cells:\n");
            cells.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
            return b.toString();
        }

        /** Parses {@link #write()}'s form; lines starting with {@code #} are comments. */
        public static Expectation parse(String text) {
            String format = null;
            String agency = null;
            Integer year = null;
            boolean passed = false;
            List<String> violations = new ArrayList<>();
            Map<String, String> cells = new LinkedHashMap<>();
            String section = "";
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("  ")) {
                    String item = line.strip();
                    if (section.equals("violations")) {
                        violations.add(item);
                    } else if (section.equals("cells")) {
                        int colon = item.indexOf(": ");
                        cells.put(item.substring(0, colon), item.substring(colon + 2));
                    } else {
                        throw new IllegalArgumentException("item outside a section: " + line);
                    }
                    continue;
                }
                int colon = line.indexOf(':');
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                switch (key) {
                    case "format" -> format = value;
                    case "agency" -> agency = value.equals("-") ? null : value;
                    case "year" -> year = value.equals("-") ? null : Integer.valueOf(value);
                    case "passed" -> passed = Boolean.parseBoolean(value);
                    case "violations", "cells" -> section = key;
                    default -> throw new IllegalArgumentException("unknown key: " + line);
                }
            }
            return new Expectation(format, agency, year, passed, sorted(violations), cells);
        }

        /** The differences from {@code actual}, one line each; empty when equal. */
        public List<String> differences(Expectation actual) {
            List<String> out = new ArrayList<>();
            diff(out, "format", format, actual.format);
            diff(out, "agency", agency, actual.agency);
            diff(out, "year", year, actual.year);
            diff(out, "passed", passed, actual.passed);
            List<String> missing = new ArrayList<>(violations);
            actual.violations.forEach(missing::remove);
            List<String> extra = new ArrayList<>(actual.violations);
            violations.forEach(extra::remove);
            missing.forEach(v -> out.add("violation expected but not found: " + v));
            extra.forEach(v -> out.add("violation found but not expected: " + v));
            Set<String> keys = new java.util.LinkedHashSet<>(cells.keySet());
            keys.addAll(actual.cells.keySet());
            for (String k : keys) {
                diff(out, "cells " + k, cells.get(k), actual.cells.get(k));
            }
            return out;
        }

        private static void diff(List<String> out, String what, Object expected, Object actual) {
            if (!java.util.Objects.equals(expected, actual)) {
                out.add(what + ": expected <" + expected + "> but was <" + actual + ">");
            }
        }
    }

    private static List<String> sorted(List<String> items) {
        List<String> out = new ArrayList<>(items);
        out.sort(null);
        return List.copyOf(out);
    }

    static String signature(Violation v) {
        return signature(v.severity(), v.rule(), v.table().orElse(null), v.row().orElse(null),
                v.column().orElse(null), v.line());
    }

    static String signature(Severity severity, String rule, String table, String row, String column, int line) {
        return severity.id() + " " + rule + " " + dash(table) + " " + dash(row) + " " + dash(column) + " @" + line;
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    /** Every table of {@code format}: {@code table[row]} → its cells in column order as {@code value@line}. */
    static Map<String, String> cellLines(FormatSpec format, Report report) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TableSpec spec : format.tables()) {
            Optional<Table> table = report.table(spec.id());
            if (table.isEmpty()) {
                out.put(spec.id(), "absent");
                continue;
            }
            Map<String, Cell> unknown = new TreeMap<>();
            table.get().cells().stream().filter(c -> !spec.hasCell(c.row(), c.column()))
                    .forEach(c -> unknown.put(c.key(), c));
            for (LabelSpec row : spec.rows()) {
                if (row.optional() && table.get().cells().stream().noneMatch(c -> c.row().equals(row.id()))) {
                    continue; // a local row the report does not have
                }
                List<String> parts = new ArrayList<>();
                for (String col : spec.columnsOf(row.id())) {
                    parts.add(table.get().cell(row.id(), col).map(Fixtures::cellText).orElse("x"));
                }
                out.put(spec.id() + "[" + row.id() + "]", String.join(" ", parts));
            }
            unknown.forEach((k, c) -> out.put(spec.id() + k, cellText(c)));
        }
        return out;
    }

    private static String cellText(Cell c) {
        CellValue v = c.value();
        String value = switch (v.kind()) {
            case NUMBER -> v.number().orElseThrow().toPlainString();
            case BLANK -> "_" + v.text();
            case TEXT -> "~" + v.text();
        };
        return value + "@" + c.line();
    }
}
