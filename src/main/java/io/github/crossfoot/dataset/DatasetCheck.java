package io.github.crossfoot.dataset;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Label;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
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
 *   <li>{@value #CARRY_OVER} (error): per column of table {@code applications}, this year's
 *       {@code [carried_over, c]} equals the previous year's {@code [carried_forward, c]}. Works
 *       across the 2019/2020 → 2021 format change (both formats have these rows).</li>
 *   <li>{@value #IN_FORCE} (warning, soft; only when both years are {@code gov-2021}): per row
 *       {@code regulations} / {@code normative_documents} of table {@code proactive},
 *       {@code in_force(t) = in_force(t−1) + issued(t) − repealed(t)}.</li>
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

    /** Formats whose table 二 has 本年制发件数 / 本年废止件数 / 现行有效件数. */
    static final Set<String> IN_FORCE_FORMATS = Set.of("gov-2021");
    static final List<String> IN_FORCE_ROWS = List.of("regulations", "normative_documents");

    private static final String APPLICATIONS = "applications";
    private static final String PROACTIVE = "proactive";
    private static final String CARRIED_OVER = "carried_over";
    private static final String CARRIED_FORWARD = "carried_forward";
    private static final String CARRIED_OVER_SHORT = "二、上年结转";
    private static final String CARRIED_FORWARD_SHORT = "四、结转下年度继续办理";

    /** Administrative divisions whose government may be named by the place alone. */
    private static final List<String> DIVISION_ENDINGS =
            List.of("省", "市", "县", "区", "镇", "乡", "旗", "州", "盟", "苏木");

    private DatasetCheck() {
    }

    /**
     * Runs the dataset checks over all results of a run.
     *
     * @param results the per-report results, in output order
     * @return the same results in the same order; those with dataset findings are replaced by new
     *         results with the findings appended after their own violations
     */
    public static List<CheckResult> check(List<CheckResult> results) {
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
                for (Entry p : previous) {
                    carryOver(e.result().report(), p.result().report(), found);
                }
                for (Entry p : previous) {
                    inForce(e.result().report(), p.result().report(), found);
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

    private static void carryOver(Report current, Report previous, List<Violation> out) {
        Optional<Table> thisTable = current.table(APPLICATIONS);
        Optional<Table> lastTable = previous.table(APPLICATIONS);
        if (thisTable.isEmpty() || lastTable.isEmpty()) {
            return;
        }
        Table t = thisTable.get();
        Table last = lastTable.get();
        for (Label column : t.columns()) {
            String c = column.id();
            Optional<Cell> now = t.cell(CARRIED_OVER, c).filter(x -> x.value().isNumber());
            Optional<Cell> before = last.cell(CARRIED_FORWARD, c).filter(x -> x.value().isNumber());
            if (now.isEmpty() || before.isEmpty()) {
                continue;
            }
            BigDecimal left = now.get().value().number().orElseThrow();
            BigDecimal right = before.get().value().number().orElseThrow();
            if (left.compareTo(right) == 0) {
                continue;
            }
            String colZh = label(t.columns(), c);
            int line = lineIn(t, List.of(now.get()));
            int lastLine = line > 0 ? before.get().line() : 0;
            List<CellRef> cells = List.of(
                    new CellRef(APPLICATIONS, CARRIED_OVER, c,
                            label(t.rows(), CARRIED_OVER, CARRIED_OVER_SHORT) + " / " + colZh,
                            now.get().value(), now.get().line()),
                    new CellRef(APPLICATIONS, CARRIED_FORWARD, c,
                            previousPrefix(previous) + label(last.rows(), CARRIED_FORWARD, CARRIED_FORWARD_SHORT)
                                    + " / " + label(last.columns(), c),
                            before.get().value(), lastLine));
            String zh = "本年「" + CARRIED_OVER_SHORT + " / " + colZh + "」为 " + left.toPlainString()
                    + "（" + whereZh(current.source(), now.get().line()) + "），但上年报告的「" + CARRIED_FORWARD_SHORT
                    + " / " + label(last.columns(), c) + "」为 " + right.toPlainString()
                    + "（" + whereZh(previous.source(), before.get().line()) + "）。";
            String en = "This year's carried over [" + CARRIED_OVER + ", " + c + "] is " + left.toPlainString()
                    + " (" + whereEn(current.source(), now.get().line()) + "), but the previous year's report"
                    + yearEn(previous) + " has carried forward [" + CARRIED_FORWARD + ", " + c + "] = "
                    + right.toPlainString() + " (" + whereEn(previous.source(), before.get().line()) + ").";
            out.add(Violation.builder(CARRY_OVER, Severity.ERROR, Violation.Kind.FAILED)
                    .table(APPLICATIONS).row(CARRIED_OVER).column(c)
                    .cells(cells).sides(left, right).line(line)
                    .message(zh, en)
                    .build());
        }
    }

    private static void inForce(Report current, Report previous, List<Violation> out) {
        if (!IN_FORCE_FORMATS.contains(current.format()) || !current.format().equals(previous.format())) {
            return;
        }
        Optional<Table> thisTable = current.table(PROACTIVE);
        Optional<Table> lastTable = previous.table(PROACTIVE);
        if (thisTable.isEmpty() || lastTable.isEmpty()) {
            return;
        }
        Table t = thisTable.get();
        Table last = lastTable.get();
        for (String row : IN_FORCE_ROWS) {
            Optional<Cell> inForce = number(t, row, "in_force");
            Optional<Cell> issued = number(t, row, "issued");
            Optional<Cell> repealed = number(t, row, "repealed");
            Optional<Cell> lastInForce = number(last, row, "in_force");
            if (inForce.isEmpty() || issued.isEmpty() || repealed.isEmpty() || lastInForce.isEmpty()) {
                continue;
            }
            BigDecimal left = value(inForce.get());
            BigDecimal before = value(lastInForce.get());
            BigDecimal plus = value(issued.get());
            BigDecimal minus = value(repealed.get());
            BigDecimal right = before.add(plus).subtract(minus);
            if (left.compareTo(right) == 0) {
                continue;
            }
            String rowZh = label(t.rows(), row);
            int line = lineIn(t, List.of(inForce.get(), issued.get(), repealed.get()));
            int lastLine = line > 0 ? lastInForce.get().line() : 0;
            List<CellRef> cells = List.of(
                    ref(t, inForce.get()), ref(t, issued.get()), ref(t, repealed.get()),
                    new CellRef(PROACTIVE, row, "in_force", previousPrefix(previous) + label(last.rows(), row)
                            + " / " + label(last.columns(), "in_force"), lastInForce.get().value(), lastLine));
            String difference = left.subtract(right).toPlainString();
            String zh = "表二「" + rowZh + "」：本年现行有效件数为 " + left.toPlainString() + "（"
                    + whereZh(current.source(), inForce.get().line()) + "），但上年报告的现行有效件数 "
                    + before.toPlainString() + "（" + whereZh(previous.source(), lastInForce.get().line())
                    + "）+ 本年制发件数 " + plus.toPlainString() + " − 本年废止件数 " + minus.toPlainString()
                    + " = " + right.toPlainString() + "，相差 " + difference
                    + "。修订、重新分类或统计口径变化也可能使两者合理地不一致，请核实。";
            String en = "Table 2, " + row + ": in force is " + left.toPlainString() + " ("
                    + whereEn(current.source(), inForce.get().line()) + "), but the previous year's in force "
                    + before.toPlainString() + " (" + whereEn(previous.source(), lastInForce.get().line()) + ")"
                    + " + issued " + plus.toPlainString() + " − repealed " + minus.toPlainString() + " = "
                    + right.toPlainString() + " (difference " + difference + "). This can differ legitimately "
                    + "(amendments, reclassification, a change of counting); please verify.";
            out.add(Violation.builder(IN_FORCE, Severity.WARNING, Violation.Kind.FAILED)
                    .table(PROACTIVE).row(row).column("in_force")
                    .cells(cells).sides(left, right).line(line)
                    .message(zh, en)
                    .build());
        }
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

    private static CellRef ref(Table t, Cell cell) {
        return CellRef.of(t.id(), cell.row(), cell.column(),
                label(t.rows(), cell.row()) + " / " + label(t.columns(), cell.column()), cell);
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

    private static String label(List<Label> axis, String id) {
        return label(axis, id, id);
    }

    private static String label(List<Label> axis, String id, String fallback) {
        return axis.stream().filter(l -> l.id().equals(id) && !l.label().isEmpty()).map(Label::label)
                .findFirst().orElse(fallback);
    }
}
