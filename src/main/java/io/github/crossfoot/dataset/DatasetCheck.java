package io.github.crossfoot.dataset;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import io.github.crossfoot.rules.internal.Messages;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks across the reports of one run: the same body's reports of
 * consecutive years must chain, and one body should not have two reports for one year.
 *
 * <ul>
 *   <li>{@value #CARRY_OVER} (error): for each {@code carry FROM to TO} that this year's format
 *       declares (表三: {@code carry carried_forward to carried_over}), per column, this year's
 *       {@code [TO, c]} equals the previous year's {@code [FROM, c]}. Works across a format change
 *       (2019/2020 → 2021) when last year's table has the same ids.</li>
 *   <li>{@value #IN_FORCE} (warning, soft): for each {@code stock C adds A removes R rows (...)}
 *       that both years' formats declare alike (表二's 现行有效件数 in the 2021 format), per row,
 *       {@code C(t) = C(t−1) + A(t) − R(t)}.</li>
 *   <li>{@value #DUPLICATE} (warning): two or more reports for the same body and year, attached
 *       to each of them.</li>
 *   <li>{@value #UNIDENTIFIED} (info): a report whose body or year was not recognised, so it
 *       takes no part in the checks above; only when the run has two or more reports.</li>
 * </ul>
 *
 * <p>Reports are matched by {@link #bodyKey(String) body key} and year. A cell that is missing,
 * blank or unreadable in either report skips that column or row silently: the per-report checks
 * already report it. When a year has several reports of a body, the following year's reports are
 * compared with each of them.
 *
 * <p>Findings are appended to each report's own violations in a fixed order (unidentified,
 * duplicate, carry-over by column, in-force by row; previous-year reports taken in order of source
 * name), so the output does not depend on the order of the input.
 *
 * <p>The wording of the messages is in the message catalogue ({@code dataset.*} keys).
 */
public final class DatasetCheck {

    /** Rule id: this year's 上年结转 differs from last year's 结转下年度继续办理. */
    public static final String CARRY_OVER = "dataset.carry-over";
    /** Rule id: 现行有效件数 does not follow from last year's and this year's 制发/废止. */
    public static final String IN_FORCE = "dataset.in-force";
    /** Rule id: more than one report for the same body and year. */
    public static final String DUPLICATE = "dataset.duplicate";
    /** At most this many files are named in one {@value #DUPLICATE} finding (then "… +N"). */
    static final int DUPLICATES_NAMED = 10;
    /** Rule id: body or year not recognised, report left out of the dataset checks. */
    public static final String UNIDENTIFIED = "dataset.unidentified";

    /** Administrative divisions whose government may be named by the place alone. */
    private static final List<String> DIVISION_ENDINGS =
            List.of("省", "市", "县", "区", "镇", "乡", "旗", "州", "盟", "苏木");

    private DatasetCheck() {
    }

    /**
     * Runs the dataset checks over all results of a run.
     *
     * @param results the per-report results, in output order
     * @param rules   the rules the reports were checked with: their formats declare what carries
     *                across years
     * @return the same results in the same order; those with dataset findings are replaced by new
     *         results with the findings appended after their own violations
     */
    public static List<CheckResult> check(List<CheckResult> results, RuleSet rules) {
        List<DatasetEntry> entries = DatasetEntry.of(results.stream().map(CheckResult::report).toList(), rules);
        List<List<Violation>> found = findings(entries, results.size(), rules);
        List<CheckResult> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            out.add(results.get(i).with(found.get(i)));
        }
        return out;
    }

    /**
     * The dataset findings of each entry, in the order of {@code entries}: the checks of
     * {@link #check(List, RuleSet)} over compact entries, for runs that do not keep whole results
     * (the command line writes each report as it is checked; a cluster groups entries by
     * {@linkplain DatasetEntry#bodyKey() body} and passes each group here).
     *
     * @param entries the entries of a run, or all entries of one body key
     * @param runSize the number of reports in the whole run: a report whose body or year is not
     *                known gets {@value #UNIDENTIFIED} only when the run has two or more reports
     * @param rules   the rules the entries were made with
     */
    public static List<List<Violation>> findings(List<DatasetEntry> entries, int runSize, RuleSet rules) {
        DatasetEntry.Layout layout = DatasetEntry.Layout.of(rules);
        Map<BodyYear, List<DatasetEntry>> byBodyYear = new HashMap<>();
        for (DatasetEntry e : entries) {
            if (e.identified()) {
                byBodyYear.computeIfAbsent(new BodyYear(e.bodyKey(), e.year().getAsInt()), k -> new ArrayList<>()).add(e);
            }
        }
        // Sorted by source (a stable sort keeps the given order of equal sources).
        byBodyYear.values().forEach(list -> list.sort(Comparator.comparing(DatasetEntry::source)));

        List<List<Violation>> out = new ArrayList<>(entries.size());
        for (DatasetEntry e : entries) {
            List<Violation> found = new ArrayList<>();
            if (!e.identified()) {
                if (runSize >= 2) {
                    found.add(unidentified(e));
                }
            } else {
                int year = e.year().getAsInt();
                List<DatasetEntry> same = byBodyYear.get(new BodyYear(e.bodyKey(), year));
                if (same.size() > 1) {
                    found.add(duplicate(e, same));
                }
                List<DatasetEntry> previous = byBodyYear.getOrDefault(new BodyYear(e.bodyKey(), year - 1), List.of());
                Optional<FormatSpec> format = rules.format(e.format());
                for (DatasetEntry p : previous) {
                    format.ifPresent(f -> carryOver(layout, f, e, p, found));
                }
                for (DatasetEntry p : previous) {
                    Optional<FormatSpec> before = rules.format(p.format());
                    if (format.isPresent() && before.isPresent()) {
                        inForce(layout, format.get(), before.get(), e, p, found);
                    }
                }
            }
            out.add(List.copyOf(found));
        }
        return out;
    }

    /**
     * The key that identifies a body (机关) across reports: the name with width folded (NFKC), letters
     * lower-cased, and everything but letters and digits dropped; {@code 人民政府} is written
     * {@code 政府}; a trailing {@code 政府} after an administrative division (省市县区镇乡旗州盟苏木) and a
     * trailing {@code 办事处}/{@code 办} after {@code 街道} are dropped. So {@code 宁晋县大曹庄镇人民政府},
     * {@code 宁晋县大曹庄镇政府} and {@code 宁晋县 大曹庄镇} share a key, while {@code 某某市人民政府} and
     * {@code 某某市人民政府办公室} do not. Returns "" when nothing is left.
     */
    public static String bodyKey(String agency) {
        String s = Normalizer.normalize(agency, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        String key = b.toString().replace("人民政府", "政府");
        if (key.endsWith("政府")) {
            String rest = key.substring(0, key.length() - 2);
            if (rest.length() >= 2 && DIVISION_ENDINGS.stream().anyMatch(rest::endsWith)) {
                key = rest;
            }
        }
        for (String office : List.of("办事处", "办")) {
            if (key.endsWith("街道" + office) && key.length() - office.length() > 2) {
                key = key.substring(0, key.length() - office.length());
                break;
            }
        }
        return key;
    }

    // ------------------------------------------------------------------ checks

    private static void carryOver(DatasetEntry.Layout layout, FormatSpec format, DatasetEntry current,
                                  DatasetEntry previous, List<Violation> out) {
        for (TableSpec spec : format.tables()) {
            if (!current.hasTable(layout, spec.id()) || !previous.hasTable(layout, spec.id())) {
                continue;
            }
            for (TableSpec.Carry carry : spec.carries()) {
                carryOver(layout, spec, carry, current, previous, out);
            }
        }
    }

    private static void carryOver(DatasetEntry.Layout layout, TableSpec spec, TableSpec.Carry carry,
                                  DatasetEntry current, DatasetEntry previous, List<Violation> out) {
        String to = carry.to();
        String from = carry.from();
        for (String c : layout.columns(spec.id())) {
            Optional<Cell> now = current.number(layout, spec.id(), to, c);
            Optional<Cell> before = previous.number(layout, spec.id(), from, c);
            if (now.isEmpty() || before.isEmpty()) {
                continue;
            }
            BigDecimal left = value(now.get());
            BigDecimal right = value(before.get());
            if (left.compareTo(right) == 0) {
                continue;
            }
            String nowLabel = spec.cellDisplay(to, c);
            String beforeLabel = spec.cellDisplay(from, c);
            int line = lineIn(layout, current, spec.id(), List.of(now.get()));
            int lastLine = line > 0 ? before.get().line() : 0;
            List<CellRef> cells = List.of(
                    new CellRef(spec.id(), to, c, nowLabel, now.get().value(), now.get().line()),
                    new CellRef(spec.id(), from, c, previousPrefix(previous) + beforeLabel, before.get().value(),
                            lastLine));
            Messages.Text m = Messages.of("dataset.carry-over",
                    "table", new Messages.Text(spec.shortName(), spec.shortNameEn()),
                    "cell", nowLabel, "row", to, "column", c, "value", left.toPlainString(),
                    "where", where(current.source(), now.get().line()),
                    "previousYear", previous.year().orElseThrow(),
                    "previousCell", beforeLabel, "previousRow", from, "previousValue", right.toPlainString(),
                    "previousWhere", where(previous.source(), before.get().line()));
            out.add(Violation.builder(CARRY_OVER, Severity.ERROR, Violation.Kind.FAILED)
                    .table(spec.id()).row(to).column(c)
                    .cells(cells).sides(left, right).line(line)
                    .message(m.byLanguage())
                    .build());
        }
    }

    private static void inForce(DatasetEntry.Layout layout, FormatSpec format, FormatSpec previousFormat,
                                DatasetEntry current, DatasetEntry previous, List<Violation> out) {
        for (TableSpec spec : format.tables()) {
            List<TableSpec.Stock> before = previousFormat.table(spec.id()).map(TableSpec::stocks).orElse(List.of());
            if (!current.hasTable(layout, spec.id()) || !previous.hasTable(layout, spec.id())) {
                continue;
            }
            for (TableSpec.Stock stock : spec.stocks()) {
                if (before.contains(stock)) { // the same stock last year, not a column of another meaning
                    for (String row : stock.rows()) {
                        inForce(layout, spec, stock, row, current, previous, out);
                    }
                }
            }
        }
    }

    private static void inForce(DatasetEntry.Layout layout, TableSpec spec, TableSpec.Stock stock, String row,
                                DatasetEntry current, DatasetEntry previous, List<Violation> out) {
        String table = spec.id();
        Optional<Cell> inForce = current.number(layout, table, row, stock.column());
        Optional<Cell> issued = current.number(layout, table, row, stock.adds());
        Optional<Cell> repealed = current.number(layout, table, row, stock.removes());
        Optional<Cell> lastInForce = previous.number(layout, table, row, stock.column());
        if (inForce.isEmpty() || issued.isEmpty() || repealed.isEmpty() || lastInForce.isEmpty()) {
            return;
        }
        BigDecimal left = value(inForce.get());
        BigDecimal before = value(lastInForce.get());
        BigDecimal plus = value(issued.get());
        BigDecimal minus = value(repealed.get());
        BigDecimal right = before.add(plus).subtract(minus);
        if (left.compareTo(right) == 0) {
            return;
        }
        int line = lineIn(layout, current, table, List.of(inForce.get(), issued.get(), repealed.get()));
        int lastLine = line > 0 ? lastInForce.get().line() : 0;
        List<CellRef> cells = List.of(
                ref(spec, inForce.get()), ref(spec, issued.get()), ref(spec, repealed.get()),
                new CellRef(spec.id(), row, stock.column(), previousPrefix(previous)
                        + spec.cellDisplay(row, stock.column()), lastInForce.get().value(), lastLine));
        Messages.Text m = Messages.of("dataset.in-force",
                "table", new Messages.Text(spec.shortName(), capitalize(spec.shortNameEn())),
                "row", new Messages.Text(spec.rowDisplay(row), row),
                "stock", columnName(spec, stock.column()),
                "value", left.toPlainString(), "where", where(current.source(), inForce.get().line()),
                "previousValue", before.toPlainString(),
                "previousWhere", where(previous.source(), lastInForce.get().line()),
                "adds", columnName(spec, stock.adds()), "added", plus.toPlainString(),
                "removes", columnName(spec, stock.removes()), "removed", minus.toPlainString(),
                "expected", right.toPlainString(), "difference", left.subtract(right).toPlainString());
        out.add(Violation.builder(IN_FORCE, Severity.WARNING, Violation.Kind.FAILED)
                .table(spec.id()).row(row).column(stock.column())
                .cells(cells).sides(left, right).line(line)
                .message(m.byLanguage())
                .build());
    }

    private static Violation duplicate(DatasetEntry report, List<DatasetEntry> same) {
        // Named up to a bound: a folder of 10^4 copies of one report must not write 10^4 names 10^4 times.
        List<Messages.Text> names = new ArrayList<>(same.stream().limit(DUPLICATES_NAMED)
                .map(e -> Messages.verbatim(e.source())).toList());
        if (same.size() > DUPLICATES_NAMED) {
            names.add(Messages.verbatim("… +" + (same.size() - DUPLICATES_NAMED)));
        }
        Messages.Text files = Messages.join(names);
        Messages.Text m = Messages.of("dataset.duplicate", "agency", report.agency().orElseThrow(),
                "year", report.year().orElseThrow(), "count", same.size(), "files", files);
        return Violation.builder(DUPLICATE, Severity.WARNING, Violation.Kind.FAILED)
                .message(m.byLanguage())
                .build();
    }

    private static Violation unidentified(DatasetEntry report) {
        boolean noBody = report.bodyKey().isEmpty();
        boolean noYear = report.year().isEmpty();
        Messages.Text m = noBody && noYear ? Messages.of("dataset.unidentified.body-and-year")
                : noBody ? Messages.of("dataset.unidentified.body") : Messages.of("dataset.unidentified.year");
        return Violation.builder(UNIDENTIFIED, Severity.INFO, Violation.Kind.NOT_CHECKED)
                .message(m.byLanguage())
                .build();
    }

    // ------------------------------------------------------------------ helpers

    private record BodyYear(String body, int year) {
    }

    private static BigDecimal value(Cell cell) {
        return cell.value().number().orElseThrow();
    }

    private static CellRef ref(TableSpec spec, Cell cell) {
        return CellRef.of(spec.id(), cell.row(), cell.column(), spec.cellDisplay(cell.row(), cell.column()), cell);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The line to report in {@code current}: the first line of its cells, else its table's heading.
     * 0 when neither is known; the caller then drops the other report's line from its cell so that
     * the violation's line cannot point into the wrong file.
     */
    private static int lineIn(DatasetEntry.Layout layout, DatasetEntry current, String table, List<Cell> cells) {
        int line = cells.stream().mapToInt(Cell::line).filter(l -> l > 0).min().orElse(0);
        return line > 0 ? line : current.tableLine(layout, table);
    }

    /** The label prefix of a cell of the previous year's report (cell labels are the format's Chinese labels). */
    private static String previousPrefix(DatasetEntry previous) {
        return "上年报告（" + previous.year().orElseThrow() + "年，" + previous.source() + "）";
    }

    /** A column by its printed label (Chinese) and its id (English). */
    private static Messages.Text columnName(TableSpec spec, String column) {
        return new Messages.Text(spec.columnDisplay(column), column);
    }

    /** The file and, when known, the line: {@code dataset.piece.at-line}. */
    private static Messages.Text where(String source, int line) {
        return line > 0 ? Messages.of("dataset.piece.at-line", "source", source, "line", line)
                : new Messages.Text(source, source);
    }


}
