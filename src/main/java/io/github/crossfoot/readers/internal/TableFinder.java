package io.github.crossfoot.readers.internal;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.TableSpec;
import io.github.crossfoot.rules.internal.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds each table of a format once. A table's heading may stand more than once in a document (a
 * quoted previous-year table, an appendix, two reports in one file, the heading printed again over
 * the rest of a table after a page break); every place holding cells is read, one is taken as the
 * report's own and every other is reported, never dropped. The rules, in this order:
 * <ol>
 *   <li>A heading followed by no cells (a mention in the text, a table of contents) is not a table.
 *       When no heading has cells under it, the last one is where the table should have been.
 *   <li>A table introduced by a caption or title naming another year than the report's (such as
 *       {@code 附：2022年度政府信息公开情况统计表}), or following such a table in section order with
 *       no caption between, is a quoted table: it is the report's own only when there is no other.
 *   <li>The report's own tables stand in section order: of the rest, the first that comes after
 *       the previous table taken, else the first.
 *   <li>A place that directly follows the table taken (nothing but its heading between) and holds
 *       only rows the table lacks continues it: both are read as one table.
 *   <li>Every other place is reported as {@code read.duplicate-table}: a warning when its numbers
 *       are those of the table taken, an error naming the cells that differ when they are not.
 *       Two reports in one file are thus never checked as one: the second's tables are errors.
 * </ol>
 */
public final class TableFinder {

    /** How far before a heading a caption naming its year is looked for (tokens). */
    private static final int CAPTION_LOOKBACK = 8;
    private static final int CAPTION_MAX_LENGTH = 60;
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final int DIFFERENCES_SHOWN = 5;

    private final FormatSpec format;
    /** A parser per table of the format, made once: each works out its labels' forms when made. */
    private final Map<TableSpec, TableParser> parsers = new java.util.IdentityHashMap<>();

    /** The finder of the tables of {@code format}; it serves any number of reports, from any thread. */
    public TableFinder(FormatSpec format) {
        this.format = format;
        for (TableSpec spec : format.tables()) {
            parsers.put(spec, new TableParser(format, spec));
        }
    }

    /** Every table of the format as read from {@code tokens}, in the format's order, for a report of {@code year}. */
    public List<TableParser.Result> read(List<Token> tokens, Integer year) {
        Map<TableSpec, List<TableParser.Occurrence>> all = new LinkedHashMap<>();
        List<TableParser.Occurrence> inDocument = new ArrayList<>();
        Map<TableParser.Occurrence, Integer> section = new java.util.HashMap<>();
        for (TableSpec spec : format.tables()) {
            TableParser parser = parsers.get(spec);
            List<TableParser.Occurrence> found = parser.occurrences(tokens);
            all.put(spec, found);
            int index = all.size() - 1; // the table's place in section order
            found.forEach(o -> section.put(o, index));
            inDocument.addAll(found.stream().filter(o -> !o.result().table().isEmpty()).toList());
        }
        inDocument.sort(java.util.Comparator.comparingInt(TableParser.Occurrence::heading));
        // A caption naming a year holds for the tables after it in section order, up to the next
        // caption naming one; a table of an earlier section begins another series of tables.
        Map<TableParser.Occurrence, String> quoted = new java.util.HashMap<>();
        String caption = null;
        int from = 0;
        int previousSection = -1;
        for (TableParser.Occurrence o : inDocument) {
            if (section.get(o) <= previousSection) {
                caption = null;
            }
            previousSection = section.get(o);
            String[] found = yearCaption(tokens, from, o.heading());
            if (found != null) {
                caption = year != null && !Integer.valueOf(found[1]).equals(year) ? found[0] : null;
            }
            if (caption != null) {
                quoted.put(o, caption);
            }
            from = Math.max(from, o.end());
        }
        List<TableParser.Result> out = new ArrayList<>();
        int previous = -1;
        for (TableSpec spec : format.tables()) {
            TableParser parser = parsers.get(spec);
            List<TableParser.Occurrence> found = all.get(spec);
            List<TableParser.Occurrence> candidates = found.stream().filter(o -> !o.result().table().isEmpty()).toList();
            if (candidates.isEmpty()) {
                // Headings without a table under them: the last is taken as where the table should be.
                out.add(found.isEmpty() ? parser.notFound() : found.get(found.size() - 1).result());
                continue;
            }
            TableParser.Occurrence own = choose(candidates, quoted.keySet(), previous);
            previous = own.heading();
            List<TableParser.Occurrence> others = new ArrayList<>(candidates);
            others.remove(own);
            // Continuations: the heading printed again over the rest of the table.
            for (TableParser.Occurrence c : List.copyOf(others)) {
                if (c.heading() == own.end() && disjointRows(own.result().table(), c.result().table())) {
                    own = new TableParser.Occurrence(own.heading(), c.end(), parser.continued(tokens, own, c));
                    others.remove(c);
                }
            }
            List<Violation> problems = new ArrayList<>(own.result().problems());
            for (TableParser.Occurrence o : others) {
                problems.add(duplicate(spec, own, o, tokens, quoted.get(o)));
            }
            out.add(new TableParser.Result(own.result().table(), List.copyOf(problems)));
        }
        List<Violation> stray = strayRows(tokens, all.values().stream().flatMap(List::stream).toList());
        if (!stray.isEmpty() && !out.isEmpty()) {
            List<Violation> first = new ArrayList<>(out.get(0).problems());
            first.addAll(stray);
            out.set(0, new TableParser.Result(out.get(0).table(), List.copyOf(first)));
        }
        return out;
    }

    /**
     * Rows of values outside every table (after a text that ended a table early, say): a line with
     * two or more values that no table holds is reported, never dropped. A lone number (a page
     * number) is not a row.
     */
    private static List<Violation> strayRows(List<Token> tokens, List<TableParser.Occurrence> regions) {
        boolean[] covered = new boolean[tokens.size()];
        for (TableParser.Occurrence o : regions) {
            for (int i = o.heading(); i < o.end(); i++) {
                covered[i] = true;
            }
        }
        Map<Integer, List<String>> byLine = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!covered[i] && t.isValue()) {
                byLine.computeIfAbsent(t.line(), k -> new ArrayList<>()).add(t.text());
            }
        }
        List<Violation> out = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : byLine.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            Messages.Text m = Messages.of("read.stray-values.no-table", "line", e.getKey(),
                    "values", String.join(" ", e.getValue()));
            out.add(Violation.builder("read.stray-values", Severity.ERROR, Violation.Kind.READING)
                    .line(e.getKey())
                    .message(m.byLanguage())
                    .build());
        }
        return out;
    }

    private static TableParser.Occurrence choose(List<TableParser.Occurrence> candidates,
                                                 Set<TableParser.Occurrence> quoted, int previous) {
        List<TableParser.Occurrence> own = candidates.stream().filter(o -> !quoted.contains(o)).toList();
        if (own.isEmpty()) {
            return candidates.get(0);
        }
        return own.stream().filter(o -> o.heading() > previous).findFirst().orElse(own.get(0));
    }

    /**
     * The nearest short text naming a year before a heading, looked for back to {@code from} (the
     * end of the previous table): {text, year}, or null when there is none.
     */
    private static String[] yearCaption(List<Token> tokens, int from, int heading) {
        for (int i = heading, seen = 0; i >= from && seen <= CAPTION_LOOKBACK; i--) {
            Token t = tokens.get(i);
            if (!t.isText()) {
                continue;
            }
            seen++;
            if (t.normalized().length() > CAPTION_MAX_LENGTH) {
                continue;
            }
            Matcher m = YEAR.matcher(t.normalized());
            if (m.find()) {
                return new String[] {t.text(), m.group(1)};
            }
        }
        return null;
    }

    private static boolean disjointRows(Table a, Table b) {
        Set<String> rows = new HashSet<>();
        a.cells().forEach(c -> rows.add(c.row()));
        return b.cells().stream().noneMatch(c -> rows.contains(c.row()));
    }

    private static Violation duplicate(TableSpec spec, TableParser.Occurrence own, TableParser.Occurrence other,
                                       List<Token> tokens, String caption) {
        int ownLine = tokens.get(own.heading()).line();
        int line = tokens.get(other.heading()).line();
        List<Messages.Text> shown = new ArrayList<>();
        int differences = 0;
        Table a = own.result().table();
        Table b = other.result().table();
        Set<TableSpec.Position> keys = new java.util.LinkedHashSet<>();
        a.cells().forEach(c -> keys.add(new TableSpec.Position(c.row(), c.column())));
        b.cells().forEach(c -> keys.add(new TableSpec.Position(c.row(), c.column())));
        for (TableSpec.Position rc : keys) {
            CellValue va = a.cell(rc.row(), rc.column()).map(Cell::value).orElse(null);
            Cell cb = b.cell(rc.row(), rc.column()).orElse(null);
            CellValue vb = cb == null ? null : cb.value();
            if (Objects.equals(va, vb)) {
                continue;
            }
            differences++;
            if (shown.size() < DIFFERENCES_SHOWN) {
                Messages.Text ours = shown(va);
                Messages.Text theirs = shown(vb);
                String cell = spec.cellDisplay(rc.row(), rc.column());
                Messages.Text d = cb == null
                        ? Messages.of("read.duplicate-table.difference", "cell", cell, "row", rc.row(),
                                "column", rc.column(), "ours", ours, "theirs", theirs)
                        : Messages.of("read.duplicate-table.difference-at-line", "cell", cell, "row", rc.row(),
                                "column", rc.column(), "ours", ours, "theirs", theirs, "theirLine", cb.line());
                shown.add(d);
            }
        }
        Token title = null;
        for (int i = Math.min(own.end(), other.heading()); i < other.heading() && title == null; i++) {
            if (tokens.get(i).isText() && ReportMetadata.isTitle(tokens.get(i).normalized())) {
                title = tokens.get(i);
            }
        }
        // Where the other place stands, when it is under another report's title or a caption naming another year.
        Messages.Text where = title != null
                ? Messages.of("read.duplicate-table.under-title", "titleLine", title.line(), "title", title.text())
                : caption == null ? null : Messages.of("read.duplicate-table.after-caption", "caption", caption);
        // the English piece follows a word: its space is added here, as .properties values lose leading spaces
        Messages.Text placed = where == null ? Messages.verbatim("") : new Messages.Text(where.zh(), " " + where.en());
        if (differences == 0) {
            Messages.Text m = Messages.of("read.duplicate-table.same", "table", spec.label(), "tableId", spec.id(),
                    "line", line, "ownLine", ownLine, "where", placed);
            return Violation.builder("read.duplicate-table", Severity.WARNING, Violation.Kind.READING)
                    .table(spec.id()).line(line)
                    .message(m.byLanguage())
                    .build();
        }
        Messages.Text list = Messages.join(shown, "piece.semicolon");
        Messages.Text more = differences > shown.size() ? Messages.of("read.duplicate-table.more") : Messages.verbatim("");
        Messages.Text m = Messages.of("read.duplicate-table.different", "table", spec.label(), "tableId", spec.id(),
                "line", line, "ownLine", ownLine, "where", placed, "count", differences,
                "differences", new Messages.Text(list.zh() + more.zh(), list.en() + more.en()));
        return Violation.builder("read.duplicate-table", Severity.ERROR, Violation.Kind.READING)
                .table(spec.id()).line(line)
                .message(m.byLanguage())
                .build();
    }

    /** A cell's value as a message shows it, with the catalogue's marks for a missing or an empty cell. */
    private static Messages.Text shown(CellValue v) {
        if (v == null) {
            return Messages.of("read.duplicate-table.no-cell");
        }
        if (v.isBlank() && v.text().isEmpty()) {
            return Messages.of("read.duplicate-table.blank-cell");
        }
        return new Messages.Text(v.toString(), v.toString());
    }
}
