package io.github.crossfoot.readers.internal;

import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.LabelSpec;
import io.github.crossfoot.rules.TableSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds one table of a format in a token stream and reads it by its labels.
 *
 * <p>The table starts at its heading and ends at the next section heading. Inside, a token that
 * matches a row label starts that row; the values that follow it, up to the next label, are the
 * row's cells in the official column order. Column headers are recognised by their labels and
 * must all be present. A row with a different number of values than it has columns is refused
 * with a located error rather than guessed at.
 */
public final class TableParser {

    /** The table as read (possibly without cells) and the problems met. */
    public record Result(Table table, List<Violation> problems) {
    }

    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+,");
    private static final int MAX_JOIN = 3;

    private final FormatSpec format;
    private final TableSpec spec;

    public TableParser(FormatSpec format, TableSpec spec) {
        this.format = format;
        this.spec = spec;
    }

    /** Reads the table from {@code tokens}; the table has no cells when it was not found. */
    public Result read(List<Token> tokens) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (isHeading(tokens.get(i), spec)) {
                starts.add(i);
            }
        }
        Result best = null;
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : tokens.size();
            Result r = new Region(tokens, start, end).parse();
            if (best == null || r.table().cells().size() >= best.table().cells().size()) {
                best = r;
            }
        }
        if (best == null) {
            return new Result(spec.newTable().build(), List.of());
        }
        return best;
    }

    private static boolean isHeading(Token t, TableSpec table) {
        if (!t.isText()) {
            return false;
        }
        String s = Labels.withoutPrefix(t.normalized());
        for (String h : table.headings()) {
            String n = Labels.withoutPrefix(Labels.normalize(h));
            if (s.contains(n) && s.length() <= n.length() + 12) {
                return true;
            }
        }
        return false;
    }

    /** What a label-like token was recognised as. */
    private record Recognised(String rowId, Set<String> columnIds, boolean header, Labels.Match match,
                              String standard, boolean typo, int width) {
        boolean isRow() {
            return rowId != null;
        }
    }

    /** One candidate table region, from its heading to the next section. */
    private final class Region {
        private final List<Token> tokens;
        private final int headingIndex;
        private final int limit;
        private final Table.Builder table;
        private final List<Violation> problems = new ArrayList<>();
        private final Set<String> rowsSeen = new HashSet<>();
        private final Set<String> columnsSeen = new HashSet<>();

        private String currentRow;
        private int currentRowLine;
        private int currentTableRow = -1;
        private final List<Token> pending = new ArrayList<>();
        private final List<Token> stray = new ArrayList<>();

        Region(List<Token> tokens, int headingIndex, int limit) {
            this.tokens = tokens;
            this.headingIndex = headingIndex;
            this.limit = limit;
            this.table = spec.newTable().line(tokens.get(headingIndex).line());
        }

        Result parse() {
            int i = headingIndex + 1;
            while (i < limit) {
                Token t = tokens.get(i);
                if (t.isEmpty() || t.isValue()) {
                    if (currentRow == null && t.isValue()) {
                        startUnlabelledRow(t);
                    }
                    if (currentRow != null) {
                        pending.add(t);
                    } else if (t.isValue()) {
                        stray.add(t);
                    }
                    i++;
                    continue;
                }
                if (endsTable(i)) {
                    break;
                }
                Recognised r = recognise(i);
                if (r == null && rowWantsValues()) {
                    // Unrecognised text where the current row still lacks values is that cell's content.
                    pending.add(t);
                    i++;
                    continue;
                }
                if (r == null) {
                    finishRow();
                    flushStray();
                    problem("read.unrecognised-text", Severity.WARNING, t.line(),
                            "表「" + spec.label() + "」第" + t.line() + "行的文字「" + t.text() + "」不是该表的行或列标签，已忽略。",
                            "Line " + t.line() + ": '" + t.text() + "' is not a label of table '" + spec.id()
                                    + "'; ignored.");
                    i++;
                    continue;
                }
                Token last = tokens.get(i + r.width() - 1);
                String written = joined(i, r.width());
                if (r.typo() || r.match() == Labels.Match.CORE) {
                    problem("read.nonstandard-label", Severity.WARNING, t.line(),
                            "第" + t.line() + "行的标签「" + written + "」不是标准写法，已按「" + r.standard() + "」识别。",
                            "Line " + t.line() + ": label '" + written + "' is not the standard wording; read as '"
                                    + r.standard() + "'.");
                }
                if (r.isRow()) {
                    finishRow();
                    flushStray();
                    if (!rowsSeen.add(r.rowId())) {
                        problem("read.duplicate-row", Severity.ERROR, t.line(),
                                "第" + t.line() + "行再次出现行「" + r.standard() + "」，以第一次出现的数据为准。",
                                "Line " + t.line() + ": row '" + r.rowId() + "' appears again; the first one is used.");
                        currentRow = "\u0000duplicate";
                    } else {
                        currentRow = r.rowId();
                    }
                    currentRowLine = last.line();
                    currentTableRow = last.tableRow();
                } else {
                    finishRow();
                    flushStray();
                    columnsSeen.addAll(r.columnIds());
                }
                i += r.width();
            }
            finishRow();
            flushStray();
            if (!rowsSeen.isEmpty()) {
                for (LabelSpec c : spec.columns()) {
                    if (!columnsSeen.contains(c.id())) {
                        problem("read.missing-column", Severity.ERROR, tokens.get(headingIndex).line(),
                                "表「" + spec.label() + "」的表头中找不到列「" + spec.columnDisplay(c.id())
                                        + "」，各列按标准顺序读取，请核对表头。",
                                "Table '" + spec.id() + "': column header '" + c.label() + "' (" + c.id()
                                        + ") was not found; values were read in the standard column order.");
                    }
                }
            }
            return new Result(table.build(), List.copyOf(problems));
        }

        private boolean rowWantsValues() {
            if (currentRow == null || currentRow.startsWith("\u0000")) {
                return false;
            }
            long filled = pending.stream().filter(t -> !t.isEmpty()).count();
            return filled < spec.columnsOf(currentRow).size();
        }

        private void startUnlabelledRow(Token t) {
            for (LabelSpec r : spec.rows()) {
                if (r.label().isEmpty() && !rowsSeen.contains(r.id())) {
                    rowsSeen.add(r.id());
                    currentRow = r.id();
                    currentRowLine = t.line();
                    currentTableRow = t.tableRow();
                    return;
                }
            }
        }

        private boolean endsTable(int i) {
            Token t = tokens.get(i);
            for (TableSpec other : format.tables()) {
                if (other != spec && isHeading(t, other)) {
                    return true;
                }
            }
            return SECTION.matcher(t.normalized()).find() && recognise(i) == null;
        }

        /** Recognises the label starting at token {@code i}, joining up to three split tokens. */
        private Recognised recognise(int i) {
            Recognised best = null;
            StringBuilder joined = new StringBuilder();
            for (int w = 1; w <= MAX_JOIN && i + w - 1 < limit; w++) {
                Token t = tokens.get(i + w - 1);
                if (!t.isText()) {
                    break;
                }
                joined.append(t.normalized());
                Recognised r = recogniseText(joined.toString(), w, i + w);
                if (r != null && (best == null || r.match().compareTo(best.match()) > 0)) {
                    best = r;
                }
                if (best != null && best.match() == Labels.Match.EXACT) {
                    break;
                }
            }
            return best;
        }

        private Recognised recogniseText(String text, int width, int next) {
            Recognised row = null;
            for (LabelSpec r : spec.rows()) {
                row = better(row, variants(r, text, width, true));
            }
            Recognised header = null;
            Set<String> columns = new LinkedHashSet<>();
            for (LabelSpec c : spec.columns()) {
                Recognised m = variants(c, text, width, false);
                if (m != null) {
                    if (header == null || m.match().compareTo(header.match()) > 0) {
                        columns.clear();
                        header = m;
                    }
                    if (m.match() == header.match()) {
                        columns.add(c.id());
                    }
                }
            }
            if (header != null) {
                header = new Recognised(null, Set.copyOf(columns), true, header.match(), header.standard(),
                        header.typo(), width);
            }
            List<String> fixed = new ArrayList<>(spec.notes());
            fixed.addAll(spec.groups().values());
            for (String f : fixed) {
                Labels.Match m = Labels.match(text, Labels.normalize(f));
                if (m != Labels.Match.NONE && (header == null || m.compareTo(header.match()) > 0)) {
                    header = new Recognised(null, Set.of(), true, m, f, false, width);
                }
            }
            if (row == null) {
                return header;
            }
            if (header == null) {
                return row;
            }
            // A label followed by values is a row; otherwise the closer match wins, rows on a tie.
            boolean valuesFollow = next < limit && nextNonEmpty(next) != null && nextNonEmpty(next).isValue();
            if (valuesFollow || row.match().compareTo(header.match()) >= 0) {
                return row;
            }
            return header;
        }

        private Token nextNonEmpty(int from) {
            for (int k = from; k < limit; k++) {
                if (!tokens.get(k).isEmpty()) {
                    return tokens.get(k);
                }
            }
            return null;
        }

        private Recognised better(Recognised a, Recognised b) {
            if (b == null) {
                return a;
            }
            return a == null || b.match().compareTo(a.match()) > 0 ? b : a;
        }

        private Recognised variants(LabelSpec s, String text, int width, boolean isRow) {
            Recognised best = null;
            best = better(best, variant(s, s.label(), text, width, isRow, false, false));
            for (String a : s.aliases()) {
                best = better(best, variant(s, a, text, width, isRow, true, false));
            }
            for (String t : s.typos()) {
                best = better(best, variant(s, t, text, width, isRow, true, true));
            }
            return best;
        }

        private Recognised variant(LabelSpec s, String label, String text, int width, boolean isRow, boolean alias,
                                   boolean typo) {
            Labels.Match m = Labels.match(text, Labels.normalize(label));
            if (m == Labels.Match.NONE) {
                return null;
            }
            // An alias or typo ranks just below the official label at the same closeness.
            Labels.Match rank = alias && m == Labels.Match.EXACT ? Labels.Match.PREFIX : m;
            return new Recognised(isRow ? s.id() : null, isRow ? Set.of() : Set.of(s.id()), !isRow, rank, s.label(),
                    typo, width);
        }

        private void finishRow() {
            if (currentRow == null) {
                pending.clear();
                return;
            }
            String row = currentRow;
            currentRow = null;
            List<Token> values = new ArrayList<>(pending);
            pending.clear();
            if (row.startsWith("\u0000")) {
                return;
            }
            List<String> columns = spec.columnsOf(row);
            int labelRow = currentTableRow;
            List<Token> ownCells = labelRow < 0 ? List.of()
                    : values.stream().filter(t -> t.tableRow() == labelRow).toList();
            while (!values.isEmpty() && values.get(0).isEmpty()) {
                values.remove(0);
            }
            while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
                values.remove(values.size() - 1);
            }
            List<Token> filled = values.stream().filter(t -> !t.isEmpty()).toList();
            List<Token> cells;
            if (filled.size() == columns.size()) {
                cells = filled;
            } else if (ownCells.size() == columns.size()) {
                // A document table row: its cells are exact, empty ones are blank wherever they stand.
                cells = ownCells;
            } else if (values.size() == columns.size()) {
                cells = values;
            } else {
                String label = spec.rowDisplay(row).isEmpty() ? spec.label() : spec.rowDisplay(row);
                int line = filled.isEmpty() ? currentRowLine : filled.get(0).line();
                problem("read.row-values", Severity.ERROR, line,
                        "第" + currentRowLine + "行「" + label + "」应有 " + columns.size() + " 个数值，实际读到 "
                                + filled.size() + " 个" + (filled.isEmpty() ? "" : "（" + texts(filled) + "）")
                                + "，无法确定各数值所属的列，未读取该行。",
                        "Line " + currentRowLine + ": row '" + row + "' should have " + columns.size()
                                + " values but " + filled.size() + " were found; the row was not read.");
                return;
            }
            for (int k = 0; k < cells.size(); k++) {
                Token t = cells.get(k);
                String column = columns.get(k);
                int line = t.isEmpty() ? currentRowLine : t.line();
                CellValues.Parsed parsed = CellValues.parse(t.text(), spec.column(column).map(LabelSpec::label).orElse(""));
                table.cell(row, column, parsed.value(), line);
                if (parsed.noted()) {
                    String label = spec.cellDisplay(row, column);
                    problem("read.cell-value", Severity.WARNING, line,
                            "第" + line + "行「" + label + "」写作“" + t.text() + "”：" + parsed.noteZh() + "。",
                            "Line " + line + ", cell [" + row + ", " + column + "] '" + t.text() + "': "
                                    + parsed.noteEn() + ".");
                }
            }
        }

        private void flushStray() {
            if (stray.isEmpty()) {
                return;
            }
            int line = stray.get(0).line();
            problem("read.stray-values", Severity.ERROR, line,
                    "表「" + spec.label() + "」第" + line + "行的数值（" + texts(stray) + "）前没有可识别的行标签，未读取。",
                    "Table '" + spec.id() + "', line " + line + ": values " + texts(stray)
                            + " follow no recognised row label; they were not read.");
            stray.clear();
        }

        private String joined(int i, int width) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < i + width; k++) {
                b.append(tokens.get(k).text());
            }
            return b.toString();
        }

        private void problem(String rule, Severity severity, int line, String zh, String en) {
            problems.add(Violation.builder(rule, severity, Violation.Kind.READING)
                    .table(spec.id()).line(line).message(zh, en).build());
        }
    }

    private static String texts(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            out.add(t.text());
        }
        return String.join(" ", out);
    }
}
