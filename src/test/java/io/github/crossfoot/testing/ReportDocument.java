package io.github.crossfoot.testing;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.rules.LabelSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import io.github.crossfoot.testing.ReportGenerator.CellPos;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report laid out as a document, independent of the file kind it will be written as: paragraphs
 * (title, section headings, narrative) and the three tables as grids of cells with row and column
 * spans in the official layout. Every renderer ({@link DocumentRenderer}) writes this same
 * structure, so a damage applied here (a row removed, a label misspelt, a value shifted) reaches
 * every layout alike.
 *
 * <p>The document is mutable on purpose: fixtures are built by editing it. Label texts come from
 * the rule set's {@link TableSpec}, values from the report (as printed by
 * {@code CellValue.toString()}).
 */
public final class ReportDocument {

    /** What a paragraph is; renderers may style them differently (Markdown headings, bold titles). */
    public enum ParagraphKind { TITLE, HEADING, BODY }

    /** A part of the document: a paragraph or a table. */
    public sealed interface Block permits Paragraph, Grid {
    }

    /** A line of text outside the tables. */
    public static final class Paragraph implements Block {
        private String text;
        private final ParagraphKind kind;
        /** For a section heading that introduces a table, that table's id; else null. */
        private final String tableId;

        public Paragraph(String text, ParagraphKind kind, String tableId) {
            this.text = Objects.requireNonNull(text);
            this.kind = Objects.requireNonNull(kind);
            this.tableId = tableId;
        }

        public String text() {
            return text;
        }

        public void text(String newText) {
            this.text = newText;
        }

        public ParagraphKind kind() {
            return kind;
        }

        public String tableId() {
            return tableId;
        }
    }

    /** One cell of a grid: its text, where it starts, how far it spans, and which report cell it shows. */
    public static final class GridCell {
        private String text;
        private final int col;
        private final int colspan;
        private int rowspan;
        /** The report cell this grid cell prints, or null for a label or header cell. */
        private final CellPos pos;
        private final boolean header;

        public GridCell(String text, int col, int colspan, int rowspan, CellPos pos, boolean header) {
            this.text = Objects.requireNonNull(text);
            this.col = col;
            this.colspan = colspan;
            this.rowspan = rowspan;
            this.pos = pos;
            this.header = header;
        }

        public String text() {
            return text;
        }

        public void text(String newText) {
            this.text = newText;
        }

        public int col() {
            return col;
        }

        public int colspan() {
            return colspan;
        }

        public int rowspan() {
            return rowspan;
        }

        public CellPos pos() {
            return pos;
        }

        /** Whether this is a label or header cell (no value). */
        public boolean isLabel() {
            return pos == null;
        }

        public boolean isHeader() {
            return header;
        }

        @Override
        public String toString() {
            return text + (pos == null ? "" : "=" + pos);
        }
    }

    /** A row of a grid: its cells (covered positions of spanning cells are absent) and the data row it holds. */
    public static final class GridRow {
        private final List<GridCell> cells;
        /** The id of the data row whose values this row carries, or null for a header or caption row. */
        private final String rowId;

        public GridRow(List<GridCell> cells, String rowId) {
            this.cells = new ArrayList<>(cells);
            this.rowId = rowId;
        }

        public List<GridCell> cells() {
            return cells;
        }

        public String rowId() {
            return rowId;
        }

        /** The value cells of this row, in column order. */
        public List<GridCell> valueCells() {
            return cells.stream().filter(c -> !c.isLabel()).toList();
        }

        /** The last label cell: the row's own label. */
        public GridCell labelCell() {
            GridCell last = null;
            for (GridCell c : cells) {
                if (c.isLabel()) {
                    last = c;
                }
            }
            return last;
        }
    }

    /** A table: a rectangular grid of {@code width} columns. */
    public static final class Grid implements Block {
        private final String tableId;
        private final int width;
        private final List<GridRow> rows = new ArrayList<>();

        Grid(String tableId, int width) {
            this.tableId = tableId;
            this.width = width;
        }

        public String tableId() {
            return tableId;
        }

        public int width() {
            return width;
        }

        public List<GridRow> rows() {
            return rows;
        }

        /** The grid row carrying data row {@code rowId}. */
        public GridRow row(String rowId) {
            return rows.stream().filter(r -> rowId.equals(r.rowId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no row " + rowId + " in " + tableId));
        }

        /**
         * The grid as a full matrix: {@code [row][col]} holds the cell starting there, or null where
         * a spanning cell covers the position or nothing stands.
         */
        public GridCell[][] matrix() {
            GridCell[][] m = new GridCell[rows.size()][width];
            for (int r = 0; r < rows.size(); r++) {
                for (GridCell c : rows.get(r).cells()) {
                    if (c.col() < width) {
                        m[r][c.col()] = c;
                    }
                }
            }
            return m;
        }

        /**
         * How many positions of row {@code r} are taken (by a cell starting there or by a span from
         * the left or above): the row's width without trailing positions nothing stands in.
         */
        public int usedWidth(int r) {
            int used = 0;
            for (int k = 0; k <= r; k++) {
                for (GridCell c : rows.get(k).cells()) {
                    if (k == r || k + c.rowspan() > r) {
                        used = Math.max(used, c.col() + c.colspan());
                    }
                }
            }
            return Math.min(used, width);
        }

        /**
         * Removes a grid row; cells spanning down over it from rows above lose one row of span, and
         * a cell starting in it that spans further is not expected (the official layout never needs it).
         */
        public void removeRow(GridRow row) {
            int index = rows.indexOf(row);
            if (index < 0) {
                throw new IllegalArgumentException("row not in grid");
            }
            for (int r = 0; r < index; r++) {
                for (GridCell c : rows.get(r).cells()) {
                    if (r + c.rowspan() > index) {
                        c.rowspan--;
                    }
                }
            }
            rows.remove(index);
        }

        /** Inserts a row after {@code after}; cells spanning down over {@code after} and beyond grow by one. */
        public void insertRowAfter(GridRow after, GridRow row) {
            int index = rows.indexOf(after) + 1;
            for (int r = 0; r < index; r++) {
                for (GridCell c : rows.get(r).cells()) {
                    if (r + c.rowspan() > index) {
                        c.rowspan++;
                    }
                }
            }
            rows.add(index, row);
        }
    }

    private final String format;
    private final List<Block> blocks = new ArrayList<>();

    private ReportDocument(String format) {
        this.format = format;
    }

    public String format() {
        return format;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The grid of table {@code tableId}. */
    public Grid grid(String tableId) {
        return blocks.stream().filter(b -> b instanceof Grid g && g.tableId().equals(tableId)).map(b -> (Grid) b)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no table " + tableId));
    }

    /** Every label or header cell whose text is {@code text}, in document order. */
    public List<GridCell> labelCells(String text) {
        List<GridCell> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Grid g) {
                for (GridRow r : g.rows()) {
                    for (GridCell c : r.cells()) {
                        if (c.isLabel() && c.text().equals(text)) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The grid cell printing report cell {@code pos}. */
    public GridCell valueCell(CellPos pos) {
        GridRow row = grid(pos.table()).row(pos.row());
        return row.valueCells().stream().filter(c -> c.pos().equals(pos)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cell " + pos));
    }

    /** Removes table {@code tableId} together with its section heading. */
    public void removeTable(String tableId) {
        blocks.removeIf(b -> b instanceof Grid g && g.tableId().equals(tableId)
                || b instanceof Paragraph p && tableId.equals(p.tableId()));
    }

    // ------------------------------------------------------------------ building

    /** The report laid out as the official format prints it. */
    public static ReportDocument of(Report report) {
        String format = report.format();
        ReportDocument doc = new ReportDocument(format);
        boolean v2019 = format.equals(ReportGenerator.FORMAT_2019);
        String agency = report.agency().orElse("某某县人民政府");
        int year = report.year().orElse(v2019 ? 2019 : 2021);
        doc.paragraph(agency + year + "年政府信息公开工作年度报告", ParagraphKind.TITLE, null);
        doc.paragraph("一、总体情况", ParagraphKind.HEADING, null);
        doc.paragraph(year + "年，" + agency + "认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好政务公开各项工作，"
                + "按要求主动公开政府信息，依法办理政府信息公开申请。", ParagraphKind.BODY, null);
        TableSpec proactive = spec(format, "proactive");
        doc.paragraph(proactive.label(), ParagraphKind.HEADING, "proactive");
        doc.blocks.add(proactiveGrid(report, proactive, v2019));
        TableSpec apps = spec(format, "applications");
        doc.paragraph(apps.label(), ParagraphKind.HEADING, "applications");
        doc.blocks.add(applicationsGrid(report, apps));
        TableSpec reviews = spec(format, "reviews");
        doc.paragraph(reviews.label(), ParagraphKind.HEADING, "reviews");
        doc.blocks.add(reviewsGrid(report, reviews));
        doc.paragraph(v2019 ? "五、政府信息公开工作存在的主要问题及改进情况" : "五、存在的主要问题及改进情况",
                ParagraphKind.HEADING, null);
        doc.paragraph("信息公开的内容有待进一步完善，宣传力度不够。下一步将加强培训，提高信息发布质量。", ParagraphKind.BODY, null);
        doc.paragraph("六、其他需要报告的事项", ParagraphKind.HEADING, null);
        doc.paragraph("本年度未收取信息处理费，无其他需要报告的事项。", ParagraphKind.BODY, null);
        return doc;
    }

    private void paragraph(String text, ParagraphKind kind, String tableId) {
        blocks.add(new Paragraph(text, kind, tableId));
    }

    private static TableSpec spec(String format, String tableId) {
        return RuleSet.standard().format(format).flatMap(f -> f.table(tableId))
                .orElseThrow(() -> new IllegalArgumentException("no table " + tableId + " in " + format));
    }

    /** The cell as it would be printed: the value as written, "" for a blank or absent cell. */
    static String value(Report report, String table, String row, String column) {
        return report.table(table).flatMap(t -> t.cell(row, column)).map(c -> c.value().toString()).orElse("");
    }

    /**
     * The sub-tables of 二 as the format prints them: which rows share one is not in the rule file
     * (行政许可 and 行政处罚 have the same columns but different articles), so it is fixed here; the
     * article captions come from the table's notes in order, the last note being 信息内容.
     */
    static List<List<String>> proactiveBlocks(boolean v2019) {
        return v2019
                ? List.of(List.of("regulations", "normative_documents"), List.of("licensing", "other_services"),
                        List.of("penalty", "enforcement"), List.of("fees"), List.of("procurement"))
                : List.of(List.of("regulations", "normative_documents"), List.of("licensing"),
                        List.of("penalty", "enforcement"), List.of("fees"));
    }

    /** One 4-column table: caption rows spanning all, values spanning so that each row fills 3 columns. */
    private static Grid proactiveGrid(Report report, TableSpec spec, boolean v2019) {
        Grid g = new Grid("proactive", 4);
        String content = spec.corner().orElseThrow();
        List<List<String>> blocks = proactiveBlocks(v2019);
        for (int b = 0; b < blocks.size(); b++) {
            List<String> rows = blocks.get(b);
            List<String> cols = spec.columnsOf(rows.get(0));
            g.rows().add(new GridRow(List.of(new GridCell(spec.captionOf(rows.get(0)).orElseThrow(), 0, 4, 1, null,
                    true)), null));
            List<GridCell> header = new ArrayList<>();
            header.add(new GridCell(content, 0, 1, 1, null, true));
            int[] spans = spans(cols.size());
            int col = 1;
            for (int k = 0; k < cols.size(); k++) {
                header.add(new GridCell(spec.column(cols.get(k)).orElseThrow().label(), col, spans[k], 1, null, true));
                col += spans[k];
            }
            g.rows().add(new GridRow(header, null));
            for (String row : rows) {
                List<GridCell> cells = new ArrayList<>();
                cells.add(new GridCell(spec.row(row).orElseThrow().label(), 0, 1, 1, null, false));
                col = 1;
                for (int k = 0; k < cols.size(); k++) {
                    CellPos pos = new CellPos("proactive", row, cols.get(k));
                    cells.add(new GridCell(value(report, "proactive", row, cols.get(k)), col, spans[k], 1, pos, false));
                    col += spans[k];
                }
                g.rows().add(new GridRow(cells, row));
            }
        }
        return g;
    }

    /** Spans of n value cells over 3 columns: 3 → 1,1,1; 2 → 1,2; 1 → 3. */
    private static int[] spans(int n) {
        return switch (n) {
            case 1 -> new int[] {3};
            case 2 -> new int[] {1, 2};
            default -> new int[] {1, 1, 1};
        };
    }

    /**
     * Three label columns and seven value columns. The top-left note spans 3 × 3; group labels
     * (三、本年度办理结果, （三）不予公开 ...) span their rows; a row label spans the label columns
     * its groups leave free.
     */
    private static Grid applicationsGrid(Report report, TableSpec spec) {
        Grid g = new Grid("applications", 10);
        List<String> applicants = ReportGenerator.APPLICANT_COLUMNS;
        g.rows().add(new GridRow(List.of(
                new GridCell(spec.corner().orElseThrow(), 0, 3, 3, null, true),
                new GridCell(spec.groupDisplay("applicant"), 3, 7, 1, null, true)), null));
        List<GridCell> h2 = new ArrayList<>();
        h2.add(new GridCell(label(spec, "natural_person"), 3, 1, 2, null, true));
        h2.add(new GridCell(spec.groupDisplay("legal_entity"), 4, 5, 1, null, true));
        h2.add(new GridCell(label(spec, "total"), 9, 1, 2, null, true));
        g.rows().add(new GridRow(h2, null));
        List<GridCell> h3 = new ArrayList<>();
        for (int k = 1; k < applicants.size(); k++) {
            h3.add(new GridCell(label(spec, applicants.get(k)), 3 + k, 1, 1, null, true));
        }
        g.rows().add(new GridRow(h3, null));
        List<String> shown = new ArrayList<>();
        for (LabelSpec row : spec.rows()) {
            List<String> groups = groupsOf(spec, row.id());
            List<GridCell> cells = new ArrayList<>();
            for (int d = 0; d < groups.size(); d++) {
                String group = groups.get(d);
                if (!shown.contains(group)) {
                    shown.add(group);
                    long span = spec.rows().stream().filter(r -> r.id().startsWith(group + ".")).count();
                    cells.add(new GridCell(spec.groupDisplay(group), d, 1, (int) span, null, false));
                }
            }
            cells.add(new GridCell(row.label(), groups.size(), 3 - groups.size(), 1, null, false));
            List<String> cols = spec.columnsOf(row.id());
            for (int k = 0; k < cols.size(); k++) {
                CellPos pos = new CellPos("applications", row.id(), cols.get(k));
                cells.add(new GridCell(value(report, "applications", row.id(), cols.get(k)), 3 + k, 1, 1, pos, false));
            }
            g.rows().add(new GridRow(cells, row.id()));
        }
        return g;
    }

    /** Fifteen columns: 行政复议 over five, 行政诉讼 over ten split in two groups of five; one row of values. */
    private static Grid reviewsGrid(Report report, TableSpec spec) {
        Grid g = new Grid("reviews", 15);
        List<String> groups = ReportGenerator.REVIEW_GROUPS;
        g.rows().add(new GridRow(List.of(
                new GridCell(spec.groupDisplay(groups.get(0)), 0, 5, 1, null, true),
                new GridCell(spec.groupDisplay("litigation"), 5, 10, 1, null, true)), null));
        List<GridCell> r2 = new ArrayList<>();
        List<String> first = groupColumns(groups.get(0));
        for (int k = 0; k < first.size(); k++) {
            r2.add(new GridCell(label(spec, first.get(k)), k, 1, 2, null, true));
        }
        r2.add(new GridCell(spec.groupDisplay(groups.get(1)), 5, 5, 1, null, true));
        r2.add(new GridCell(spec.groupDisplay(groups.get(2)), 10, 5, 1, null, true));
        g.rows().add(new GridRow(r2, null));
        List<GridCell> r3 = new ArrayList<>();
        int col = 5;
        for (String group : groups.subList(1, groups.size())) {
            for (String c : groupColumns(group)) {
                r3.add(new GridCell(label(spec, c), col++, 1, 1, null, true));
            }
        }
        g.rows().add(new GridRow(r3, null));
        List<GridCell> values = new ArrayList<>();
        col = 0;
        for (String c : spec.columnsOf("all")) {
            values.add(new GridCell(value(report, "reviews", "all", c), col++, 1, 1, new CellPos("reviews", "all", c),
                    false));
        }
        g.rows().add(new GridRow(values, "all"));
        return g;
    }

    static List<String> groupColumns(String group) {
        List<String> out = new ArrayList<>();
        ReportGenerator.REVIEW_PARTS.forEach(p -> out.add(group + "." + p));
        out.add(group + ".total");
        return out;
    }

    /** The row groups a row belongs to, outermost first ({@code handled}, {@code handled.withheld}). */
    static List<String> groupsOf(TableSpec spec, String rowId) {
        List<String> out = new ArrayList<>();
        int dot = rowId.indexOf('.');
        while (dot > 0) {
            String g = rowId.substring(0, dot);
            if (spec.groups().containsKey(g)) {
                out.add(g);
            }
            dot = rowId.indexOf('.', dot + 1);
        }
        return out;
    }

    private static String label(TableSpec spec, String columnId) {
        return spec.column(columnId).orElseThrow().label();
    }
}
