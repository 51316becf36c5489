package io.github.crossfoot.dataset;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Label;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
 */
public final class DatasetCheck {

    /** Rule id: this year's 上年结转 differs from last year's 结转下年度继续办理. */
    public static final String CARRY_OVER = "dataset.carry-over";
    /** Rule id: 现行有效件数 does not follow from last year's and this year's 制发/废止. */
    public static final String IN_FORCE = "dataset.in-force";
    /** Rule id: more than one report for the same body and year. */
    public static final String DUPLICATE = "dataset.duplicate";
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
        List<Entry> entries = new ArrayList<>(results.size());
        Map<BodyYear, List<Entry>> byBodyYear = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            CheckResult r = results.get(i);
            Report report = r.report();
            String key = report.agency().map(DatasetCheck::bodyKey).orElse("");
            BodyYear by = key.isEmpty() || report.year().isEmpty() ? null : new BodyYear(key, report.year().getAsInt());
            Entry e = new Entry(i, r, by);
            entries.add(e);
            if (by != null) {
                byBodyYear.computeIfAbsent(by, k -> new ArrayList<>()).add(e);
            }
        }
        Comparator<Entry> bySource = Comparator.comparing((Entry e) -> e.result().report().source())
                .thenComparingInt(Entry::index);
        byBodyYear.values().forEach(list -> list.sort(bySource));

        List<CheckResult> out = new ArrayList<>(results.size());
        for (Entry e : entries) {
            List<Violation> found = new ArrayList<>();
            if (e.bodyYear() == null) {
                if (results.size() >= 2) {
                    found.add(unidentified(e.result().report()));
                }
            } else {
                List<Entry> same = byBodyYear.get(e.bodyYear());
                if (same.size() > 1) {
                    found.add(duplicate(e.result().report(), same));
                }
                List<Entry> previous = byBodyYear.getOrDefault(
                        new BodyYear(e.bodyYear().body(), e.bodyYear().year() - 1), List.of());
                Report current = e.result().report();
                Optional<FormatSpec> format = rules.format(current.format());
                for (Entry p : previous) {
                    format.ifPresent(f -> carryOver(f, current, p.result().report(), found));
                }
                for (Entry p : previous) {
                    Optional<FormatSpec> before = rules.format(p.result().report().format());
                    if (format.isPresent() && before.isPresent()) {
                        inForce(format.get(), before.get(), current, p.result().report(), found);
                    }
                }
            }
            out.add(e.result().with(found));
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

    private static void carryOver(FormatSpec format, Report current, Report previous, List<Violation> out) {
        for (TableSpec spec : format.tables()) {
            Optional<Table> thisTable = current.table(spec.id());
            Optional<Table> lastTable = previous.table(spec.id());
            if (thisTable.isEmpty() || lastTable.isEmpty()) {
                continue;
            }
            for (TableSpec.Carry carry : spec.carries()) {
                carryOver(spec, carry, current, thisTable.get(), previous, lastTable.get(), out);
            }
        }
    }

    private static void carryOver(TableSpec spec, TableSpec.Carry carry, Report current, Table t, Report previous,
                                  Table last, List<Violation> out) {
        String to = carry.to();
        String from = carry.from();
        for (Label column : t.columns()) {
            String c = column.id();
            Optional<Cell> now = number(t, to, c);
            Optional<Cell> before = number(last, from, c);
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
            int line = lineIn(t, List.of(now.get()));
            int lastLine = line > 0 ? before.get().line() : 0;
            List<CellRef> cells = List.of(
                    new CellRef(spec.id(), to, c, nowLabel, now.get().value(), now.get().line()),
                    new CellRef(spec.id(), from, c, previousPrefix(previous) + beforeLabel, before.get().value(),
                            lastLine));
            String zh = "本年" + spec.shortName() + "「" + nowLabel + "」为 " + left.toPlainString()
                    + "（" + whereZh(current.source(), now.get().line()) + "），但上年报告的「" + beforeLabel
                    + "」为 " + right.toPlainString() + "（" + whereZh(previous.source(), before.get().line()) + "）。";
            String en = "This year's " + spec.shortNameEn() + " [" + to + ", " + c + "] is " + left.toPlainString()
                    + " (" + whereEn(current.source(), now.get().line()) + "), but the previous year's report"
                    + yearEn(previous) + " has [" + from + ", " + c + "] = "
                    + right.toPlainString() + " (" + whereEn(previous.source(), before.get().line()) + ").";
            out.add(Violation.builder(CARRY_OVER, Severity.ERROR, Violation.Kind.FAILED)
                    .table(spec.id()).row(to).column(c)
                    .cells(cells).sides(left, right).line(line)
                    .message(zh, en)
                    .build());
        }
    }

    private static void inForce(FormatSpec format, FormatSpec previousFormat, Report current, Report previous,
                                List<Violation> out) {
        for (TableSpec spec : format.tables()) {
            Optional<Table> thisTable = current.table(spec.id());
            Optional<Table> lastTable = previous.table(spec.id());
            List<TableSpec.Stock> before = previousFormat.table(spec.id()).map(TableSpec::stocks).orElse(List.of());
            if (thisTable.isEmpty() || lastTable.isEmpty()) {
                continue;
            }
            for (TableSpec.Stock stock : spec.stocks()) {
                if (before.contains(stock)) { // the same stock last year, not a column of another meaning
                    for (String row : stock.rows()) {
                        inForce(spec, stock, row, current, thisTable.get(), previous, lastTable.get(), out);
                    }
                }
            }
        }
    }

    private static void inForce(TableSpec spec, TableSpec.Stock stock, String row, Report current, Table t,
                                Report previous, Table last, List<Violation> out) {
        Optional<Cell> inForce = number(t, row, stock.column());
        Optional<Cell> issued = number(t, row, stock.adds());
        Optional<Cell> repealed = number(t, row, stock.removes());
        Optional<Cell> lastInForce = number(last, row, stock.column());
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
        String stockZh = spec.columnDisplay(stock.column());
        int line = lineIn(t, List.of(inForce.get(), issued.get(), repealed.get()));
        int lastLine = line > 0 ? lastInForce.get().line() : 0;
        List<CellRef> cells = List.of(
                ref(spec, inForce.get()), ref(spec, issued.get()), ref(spec, repealed.get()),
                new CellRef(spec.id(), row, stock.column(), previousPrefix(previous)
                        + spec.cellDisplay(row, stock.column()), lastInForce.get().value(), lastLine));
        String difference = left.subtract(right).toPlainString();
        String zh = spec.shortName() + "「" + spec.rowDisplay(row) + "」：本年" + stockZh + "为 " + left.toPlainString()
                + "（" + whereZh(current.source(), inForce.get().line()) + "），但上年报告的" + stockZh + " "
                + before.toPlainString() + "（" + whereZh(previous.source(), lastInForce.get().line())
                + "）+ " + spec.columnDisplay(stock.adds()) + " " + plus.toPlainString() + " − "
                + spec.columnDisplay(stock.removes()) + " " + minus.toPlainString()
                + " = " + right.toPlainString() + "，相差 " + difference
                + "。修订、重新分类或统计口径变化也可能使两者合理地不一致，请核实。";
        String en = capitalize(spec.shortNameEn()) + ", " + row + ": " + stock.column() + " is " + left.toPlainString()
                + " (" + whereEn(current.source(), inForce.get().line()) + "), but the previous year's "
                + stock.column() + " " + before.toPlainString() + " ("
                + whereEn(previous.source(), lastInForce.get().line()) + ")" + " + " + stock.adds() + " "
                + plus.toPlainString() + " − " + stock.removes() + " " + minus.toPlainString() + " = "
                + right.toPlainString() + " (difference " + difference + "). This can differ legitimately "
                + "(amendments, reclassification, a change of counting); please verify.";
        out.add(Violation.builder(IN_FORCE, Severity.WARNING, Violation.Kind.FAILED)
                .table(spec.id()).row(row).column(stock.column())
                .cells(cells).sides(left, right).line(line)
                .message(zh, en)
                .build());
    }

    private static Violation duplicate(Report report, List<Entry> same) {
        String files = same.stream().map(e -> e.result().report().source()).collect(Collectors.joining("、"));
        String filesEn = same.stream().map(e -> e.result().report().source()).collect(Collectors.joining(", "));
        int year = report.year().orElseThrow();
        String agency = report.agency().orElseThrow();
        return Violation.builder(DUPLICATE, Severity.WARNING, Violation.Kind.FAILED)
                .message("同一机关「" + agency + "」" + year + "年度有 " + same.size() + " 份报告：" + files
                                + "。请确认是否重复，或机关、年度识别有误；跨年度核对会与每一份分别比较。",
                        same.size() + " reports for the same body (" + agency + ") and year " + year + ": " + filesEn
                                + ". Check whether one is a copy or the body or year was misread; year-to-year "
                                + "checks compare with each of them.")
                .build();
    }

    private static Violation unidentified(Report report) {
        boolean noBody = report.agency().map(DatasetCheck::bodyKey).orElse("").isEmpty();
        boolean noYear = report.year().isEmpty();
        String zh = noBody && noYear ? "机关名称和年度" : noBody ? "机关名称" : "年度";
        String en = noBody && noYear ? "body and year" : noBody ? "body" : "year";
        return Violation.builder(UNIDENTIFIED, Severity.INFO, Violation.Kind.NOT_CHECKED)
                .message("未能识别报告的" + zh + "，未与其他报告做跨报告核对（上年结转、现行有效件数、重复报告）。",
                        "The report's " + en + " was not recognised, so it was left out of the checks across "
                                + "reports (carry-over, documents in force, duplicates).")
                .build();
    }

    // ------------------------------------------------------------------ helpers

    private record BodyYear(String body, int year) {
    }

    private record Entry(int index, CheckResult result, BodyYear bodyYear) {
    }

    private static Optional<Cell> number(Table t, String row, String column) {
        return t.cell(row, column).filter(x -> x.value().isNumber());
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
    private static int lineIn(Table table, List<Cell> cells) {
        int line = cells.stream().mapToInt(Cell::line).filter(l -> l > 0).min().orElse(0);
        return line > 0 ? line : table.line();
    }

    private static String previousPrefix(Report previous) {
        return "上年报告（" + previous.year().orElseThrow() + "年，" + previous.source() + "）";
    }

    private static String yearEn(Report previous) {
        return " (" + previous.year().orElseThrow() + ")";
    }

    private static String whereZh(String source, int line) {
        return line > 0 ? source + " 第" + line + "行" : source;
    }

    private static String whereEn(String source, int line) {
        return line > 0 ? source + " line " + line : source;
    }

}
