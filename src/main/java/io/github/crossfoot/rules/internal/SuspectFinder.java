package io.github.crossfoot.rules.internal;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the cells that are probably wrong and the values they should have.
 *
 * <p>Failing relations of a table are grouped by the cells they share. For each group it looks for
 * a single cell whose change makes every relation of the group hold without breaking any relation
 * that holds (every such cell is a suspect); failing that, for a row whose values slipped one
 * column, then for the smallest pair of cells (a bounded search). Usual slips are named: swapped
 * digits, a value copied from a neighbouring cell, a cell left blank, two cells exchanged, a value
 * entered one cell over. Findings are info violations of kind {@link Violation.Kind#SUSPECT}.
 */
public final class SuspectFinder {

    /** At most this many cells are paired in the two-cell search of one group. */
    private static final int MAX_PAIR_CANDIDATES = 80;
    private static final int MAX_ALTERNATIVES = 6;

    private final TableSpec spec;
    private final Table table;
    private final List<Check> checks = new ArrayList<>();
    private final Map<TableSpec.Position, List<Check>> byCell = new HashMap<>();
    private final Map<TableSpec.Position, BigDecimal> values = new HashMap<>();

    /** A relation instance that can be evaluated numerically. */
    private record Check(CompiledRule rule, CompiledRule.Instance instance, CompiledRule.Relation rel,
                         Map<TableSpec.Position, Integer> coefficients) {
    }

    /** A proposed change: cells and their new values, and the slip it looks like (may be null). */
    private record Fix(Map<TableSpec.Position, BigDecimal> changes, Messages.Text slip) {
    }

    private SuspectFinder(TableSpec spec, Table table, List<CompiledRule> rules) {
        this.spec = spec;
        this.table = table;
        for (Cell c : table.cells()) {
            if (c.value().isNumber()) {
                values.put(key(c.row(), c.column()), c.value().number().orElseThrow());
            } else if (c.value().isBlank()) {
                values.put(key(c.row(), c.column()), BigDecimal.ZERO);
            }
        }
        for (CompiledRule rule : rules) {
            for (CompiledRule.Instance inst : rule.instances()) {
                if (!(inst.check() instanceof CompiledRule.Relation rel)) {
                    continue;
                }
                Map<TableSpec.Position, Integer> coefficients = new LinkedHashMap<>();
                boolean usable = true;
                for (CompiledRule.Term t : rel.left()) {
                    usable &= values.containsKey(key(t.row(), t.column()));
                    coefficients.merge(key(t.row(), t.column()), t.sign(), Integer::sum);
                }
                for (CompiledRule.Term t : rel.right()) {
                    usable &= values.containsKey(key(t.row(), t.column()));
                    coefficients.merge(key(t.row(), t.column()), -t.sign(), Integer::sum);
                }
                if (!usable || wholeSideBlank(rel)) {
                    continue;
                }
                Check check = new Check(rule, inst, rel, coefficients);
                checks.add(check);
                coefficients.keySet().forEach(k -> byCell.computeIfAbsent(k, x -> new ArrayList<>()).add(check));
            }
        }
    }

    /** The suspects for every table with a failed relation among {@code found}, as info violations. */
    public static List<Violation> find(RuleCompiler.CompiledFormat format, Report report, List<Violation> found) {
        List<Violation> out = new ArrayList<>();
        for (TableSpec spec : format.spec().tables()) {
            Optional<Table> table = report.table(spec.id()).filter(t -> !t.isEmpty());
            boolean failed = found.stream().anyMatch(v -> v.kind() == Violation.Kind.FAILED
                    && v.table().filter(spec.id()::equals).isPresent());
            if (table.isEmpty() || !failed) {
                continue;
            }
            List<CompiledRule> rules = format.rules().stream().filter(r -> r.table().id().equals(spec.id())).toList();
            out.addAll(new SuspectFinder(spec, table.get(), rules).find());
        }
        return out;
    }

    private List<Violation> find() {
        List<Check> failing = checks.stream().filter(c -> !holds(c, Map.of())).toList();
        List<Violation> out = new ArrayList<>();
        List<Check> unexplained = new ArrayList<>();
        Map<TableSpec.Position, BigDecimal> blankFixes = new LinkedHashMap<>();
        for (List<Check> group : groups(failing)) {
            if (group.stream().allMatch(c -> !c.rel().op().equals("="))) {
                continue; // a bound such as "x >= 0" has no single value to suggest
            }
            List<Fix> fixes = singleFixes(group);
            if (fixes.isEmpty()) {
                unexplained.addAll(group);
            } else {
                out.addAll(describe(group, fixes));
                if (fixes.size() == 1) {
                    Map.Entry<TableSpec.Position, BigDecimal> e = fixes.get(0).changes().entrySet().iterator().next();
                    String[] rc = split(e.getKey());
                    if (table.cell(rc[0], rc[1]).map(c -> c.value().isBlank()).orElse(false)) {
                        blankFixes.put(e.getKey(), e.getValue());
                    }
                }
            }
        }
        out.addAll(blankLines(blankFixes));
        if (!unexplained.isEmpty()) {
            // A slip across columns (a value entered one cell over) fails groups that share no cell.
            List<Fix> fixes = shiftFixes(unexplained);
            if (fixes.isEmpty()) {
                fixes = pairFixes(unexplained);
            }
            out.addAll(describe(unexplained, fixes));
        }
        return out;
    }

    /**
     * A row or column left blank: several groups, each explained only by filling one blank cell,
     * whose cells share a row (or a column). Said once, with every cell and its value.
     */
    private List<Violation> blankLines(Map<TableSpec.Position, BigDecimal> blankFixes) {
        List<Violation> out = new ArrayList<>();
        for (boolean byRow : new boolean[] {true, false}) {
            Map<String, List<TableSpec.Position>> lines = new LinkedHashMap<>();
            blankFixes.keySet().forEach(k -> lines.computeIfAbsent(split(k)[byRow ? 0 : 1], x -> new ArrayList<>()).add(k));
            for (Map.Entry<String, List<TableSpec.Position>> line : lines.entrySet()) {
                if (line.getValue().size() < 2) {
                    continue;
                }
                List<CellRef> cells = new ArrayList<>();
                List<Messages.Text> values = new ArrayList<>();
                for (TableSpec.Position k : line.getValue()) {
                    String[] rc = split(k);
                    cells.add(Engine.ref(spec, rc[0], rc[1], table.cell(rc[0], rc[1]).orElseThrow())
                            .withExpected(blankFixes.get(k)));
                    values.add(Messages.of("piece.should-be", "label",
                            byRow ? spec.columnDisplay(rc[1]) : spec.rowDisplay(rc[0]), "row", rc[0], "column", rc[1],
                            "value", plain(blankFixes.get(k))));
                }
                String name = byRow ? spec.rowDisplay(line.getKey()) : spec.columnDisplay(line.getKey());
                Violation.Builder b = Violation.builder("suspect.blank-line", Severity.INFO, Violation.Kind.SUSPECT)
                        .table(spec.id()).cells(cells);
                if (byRow) {
                    b.row(line.getKey());
                } else {
                    b.column(line.getKey());
                }
                Messages.Text m = Messages.of(byRow ? "suspect.blank-line.row" : "suspect.blank-line.column",
                        "name", name, "id", line.getKey(), "count", cells.size(), "values", Messages.join(values, "piece.comma"));
                out.add(b.message(m.byLanguage()).build());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ search

    /** Failing checks connected by shared cells, in rule order. */
    private List<List<Check>> groups(List<Check> failing) {
        List<List<Check>> groups = new ArrayList<>();
        List<Set<TableSpec.Position>> cells = new ArrayList<>();
        for (Check c : failing) {
            List<Integer> touching = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                if (cells.get(g).stream().anyMatch(c.coefficients()::containsKey)) {
                    touching.add(g);
                }
            }
            List<Check> merged = new ArrayList<>();
            Set<TableSpec.Position> mergedCells = new LinkedHashSet<>();
            for (int k = touching.size() - 1; k >= 0; k--) {
                int g = touching.get(k);
                merged.addAll(0, groups.remove(g));
                mergedCells.addAll(cells.remove(g));
            }
            merged.add(c);
            mergedCells.addAll(c.coefficients().keySet());
            groups.add(merged);
            cells.add(mergedCells);
        }
        return groups;
    }

    private List<Fix> singleFixes(List<Check> group) {
        List<Fix> out = new ArrayList<>();
        for (TableSpec.Position cell : candidates(group)) {
            BigDecimal delta = null;
            boolean ok = true;
            for (Check c : group) {
                Integer a = c.coefficients().get(cell);
                if (a == null || a == 0) {
                    ok = false;
                    break;
                }
                if (c.rel().op().equals("=")) {
                    BigDecimal d = difference(c, Map.of()).negate().divide(BigDecimal.valueOf(a));
                    if (delta != null && delta.compareTo(d) != 0) {
                        ok = false;
                        break;
                    }
                    delta = d;
                }
            }
            if (!ok || delta == null || delta.signum() == 0) {
                continue;
            }
            Fix fix = new Fix(Map.of(cell, values.get(cell).add(delta)), null);
            if (consistent(group, fix.changes())) {
                out.add(named(fix));
            }
        }
        return out;
    }

    /** A row whose values slipped one column to the left or right. */
    private List<Fix> shiftFixes(List<Check> group) {
        List<Fix> out = new ArrayList<>();
        Set<String> rows = new LinkedHashSet<>();
        candidates(group).forEach(k -> rows.add(k.row()));
        for (String row : rows) {
            List<String> cols = spec.columnsOf(row);
            for (int width : new int[] {cols.size(), cols.size() - 1}) {
                for (int dir : new int[] {-1, 1}) {
                    Map<TableSpec.Position, BigDecimal> changes = new LinkedHashMap<>();
                    for (int k = 0; k < width; k++) {
                        int from = k - dir;
                        BigDecimal v = from >= 0 && from < width ? values.get(key(row, cols.get(from))) : BigDecimal.ZERO;
                        TableSpec.Position cell = key(row, cols.get(k));
                        if (v != null && values.containsKey(cell) && values.get(cell).compareTo(v) != 0) {
                            changes.put(cell, v);
                        }
                    }
                    if (changes.size() >= 2 && consistent(group, changes)) {
                        // The fix moves each value dir columns: the values had slipped the other way.
                        out.add(new Fix(changes, Messages.of(dir > 0 ? "suspect.slip.row-shifted-left"
                                : "suspect.slip.row-shifted-right")));
                    }
                }
            }
        }
        return out;
    }

    private List<Fix> pairFixes(List<Check> group) {
        List<TableSpec.Position> cand = candidates(group);
        if (cand.size() > MAX_PAIR_CANDIDATES) {
            cand = cand.subList(0, MAX_PAIR_CANDIDATES);
        }
        List<Fix> out = new ArrayList<>();
        for (int i = 0; i < cand.size() && out.size() < MAX_ALTERNATIVES; i++) {
            for (int j = i + 1; j < cand.size() && out.size() < MAX_ALTERNATIVES; j++) {
                TableSpec.Position x = cand.get(i);
                TableSpec.Position y = cand.get(j);
                if (!group.stream().allMatch(c -> c.coefficients().containsKey(x) || c.coefficients().containsKey(y))) {
                    continue;
                }
                BigDecimal[] d = solve(group, x, y);
                if (d == null) {
                    continue;
                }
                Map<TableSpec.Position, BigDecimal> changes = new LinkedHashMap<>();
                changes.put(x, values.get(x).add(d[0]));
                changes.put(y, values.get(y).add(d[1]));
                if (consistent(group, changes)) {
                    out.add(named(new Fix(changes, null)));
                }
            }
        }
        return out;
    }

    /** Solves the equalities through x or y for their two changes; null unless unique and both non-zero. */
    private BigDecimal[] solve(List<Check> group, TableSpec.Position x, TableSpec.Position y) {
        Set<Check> through = new LinkedHashSet<>();
        through.addAll(byCell.getOrDefault(x, List.of()));
        through.addAll(byCell.getOrDefault(y, List.of()));
        List<long[]> rows = new ArrayList<>();
        List<BigDecimal> targets = new ArrayList<>();
        for (Check c : through) {
            if (!c.rel().op().equals("=")) {
                continue;
            }
            rows.add(new long[] {c.coefficients().getOrDefault(x, 0), c.coefficients().getOrDefault(y, 0)});
            targets.add(group.contains(c) ? difference(c, Map.of()).negate() : BigDecimal.ZERO);
        }
        for (int a = 0; a < rows.size(); a++) {
            for (int b = a + 1; b < rows.size(); b++) {
                long det = rows.get(a)[0] * rows.get(b)[1] - rows.get(a)[1] * rows.get(b)[0];
                if (det == 0) {
                    continue;
                }
                BigDecimal dx = targets.get(a).multiply(BigDecimal.valueOf(rows.get(b)[1]))
                        .subtract(targets.get(b).multiply(BigDecimal.valueOf(rows.get(a)[1])));
                BigDecimal dy = targets.get(b).multiply(BigDecimal.valueOf(rows.get(a)[0]))
                        .subtract(targets.get(a).multiply(BigDecimal.valueOf(rows.get(b)[0])));
                BigDecimal bd = BigDecimal.valueOf(det);
                if (dx.remainder(bd).signum() != 0 || dy.remainder(bd).signum() != 0) {
                    return null;
                }
                dx = dx.divide(bd);
                dy = dy.divide(bd);
                return dx.signum() == 0 || dy.signum() == 0 ? null : new BigDecimal[] {dx, dy};
            }
        }
        return null;
    }

    /** With {@code changes}, every check of the group holds and every check through a changed cell holds. */
    private boolean consistent(List<Check> group, Map<TableSpec.Position, BigDecimal> changes) {
        for (BigDecimal v : changes.values()) {
            // Counts are not negative; the one signed column (2019 本年增/减) is never an equation's part.
            if (v.signum() < 0) {
                return false;
            }
        }
        for (Check c : group) {
            if (!holds(c, changes)) {
                return false;
            }
        }
        for (TableSpec.Position cell : changes.keySet()) {
            for (Check c : byCell.getOrDefault(cell, List.of())) {
                if (!holds(c, changes)) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<TableSpec.Position> candidates(List<Check> group) {
        Set<TableSpec.Position> cells = new LinkedHashSet<>();
        group.forEach(c -> c.coefficients().forEach((k, a) -> {
            if (a != 0) {
                cells.add(k);
            }
        }));
        // Official order, so that output is stable.
        List<TableSpec.Position> ordered = new ArrayList<>();
        for (TableSpec.Position rc : spec.cells()) {
            if (cells.contains(key(rc.row(), rc.column()))) {
                ordered.add(key(rc.row(), rc.column()));
            }
        }
        return ordered;
    }

    private boolean holds(Check c, Map<TableSpec.Position, BigDecimal> changes) {
        return Engine.holds(difference(c, changes).signum(), c.rel().op());
    }

    private BigDecimal difference(Check c, Map<TableSpec.Position, BigDecimal> changes) {
        BigDecimal d = c.rel().leftConstant().subtract(c.rel().rightConstant());
        for (Map.Entry<TableSpec.Position, Integer> e : c.coefficients().entrySet()) {
            BigDecimal v = changes.getOrDefault(e.getKey(), values.get(e.getKey()));
            d = d.add(v.multiply(BigDecimal.valueOf(e.getValue())));
        }
        return d;
    }

    private boolean wholeSideBlank(CompiledRule.Relation rel) {
        return blankSide(rel.left(), rel.leftConstant()) || blankSide(rel.right(), rel.rightConstant());
    }

    private boolean blankSide(List<CompiledRule.Term> terms, BigDecimal constant) {
        return !terms.isEmpty() && constant.signum() == 0 && terms.stream().allMatch(t ->
                table.cell(t.row(), t.column()).map(c -> c.value().isBlank()).orElse(false));
    }

    // ------------------------------------------------------------------ slips and messages

    private Fix named(Fix fix) {
        if (fix.changes().size() == 1) {
            Map.Entry<TableSpec.Position, BigDecimal> e = fix.changes().entrySet().iterator().next();
            String[] rc = split(e.getKey());
            Cell cell = table.cell(rc[0], rc[1]).orElseThrow();
            BigDecimal now = values.get(e.getKey());
            BigDecimal should = e.getValue();
            if (cell.value().isBlank()) {
                return new Fix(fix.changes(), Messages.of("suspect.slip.blank"));
            }
            if (swappedDigits(now, should)) {
                return new Fix(fix.changes(), Messages.of("suspect.slip.swapped", "should", plain(should), "now", plain(now)));
            }
            for (TableSpec.Position n : neighbours(rc[0], rc[1])) {
                BigDecimal nv = values.get(n);
                if (nv != null && nv.compareTo(now) == 0 && now.compareTo(should) != 0) {
                    String[] nrc = split(n);
                    return new Fix(fix.changes(), Messages.of("suspect.slip.copied",
                            "neighbour", spec.cellDisplay(nrc[0], nrc[1]), "now", plain(now),
                            "neighbourId", nrc[0] + "/" + nrc[1]));
                }
            }
            return fix;
        }
        if (fix.changes().size() == 2) {
            List<TableSpec.Position> keys = new ArrayList<>(fix.changes().keySet());
            TableSpec.Position x = keys.get(0);
            TableSpec.Position y = keys.get(1);
            if (neighbours(split(x)[0], split(x)[1]).contains(y)) {
                BigDecimal xs = fix.changes().get(x);
                BigDecimal ys = fix.changes().get(y);
                if (values.get(x).compareTo(ys) == 0 && values.get(y).compareTo(xs) == 0) {
                    return new Fix(fix.changes(), Messages.of("suspect.slip.exchanged"));
                }
                if (values.get(x).compareTo(ys) == 0 || values.get(y).compareTo(xs) == 0) {
                    return new Fix(fix.changes(), Messages.of("suspect.slip.one-over"));
                }
            }
        }
        return fix;
    }

    private static boolean swappedDigits(BigDecimal a, BigDecimal b) {
        String x = a.abs().toPlainString();
        String y = b.abs().toPlainString();
        if (x.length() != y.length() || x.length() < 2 || x.equals(y)) {
            return false;
        }
        List<Integer> diff = new ArrayList<>();
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                diff.add(i);
            }
        }
        return diff.size() == 2 && x.charAt(diff.get(0)) == y.charAt(diff.get(1))
                && x.charAt(diff.get(1)) == y.charAt(diff.get(0));
    }

    /** The cells beside, above and below a cell, in official order. */
    private List<TableSpec.Position> neighbours(String row, String column) {
        List<TableSpec.Position> out = new ArrayList<>();
        List<String> cols = spec.columnsOf(row);
        int c = cols.indexOf(column);
        if (c > 0) {
            out.add(key(row, cols.get(c - 1)));
        }
        if (c >= 0 && c + 1 < cols.size()) {
            out.add(key(row, cols.get(c + 1)));
        }
        List<String> rowsWithColumn = spec.rows().stream().map(r -> r.id())
                .filter(r -> spec.hasCell(r, column)).toList();
        int r = rowsWithColumn.indexOf(row);
        if (r > 0) {
            out.add(key(rowsWithColumn.get(r - 1), column));
        }
        if (r >= 0 && r + 1 < rowsWithColumn.size()) {
            out.add(key(rowsWithColumn.get(r + 1), column));
        }
        return out;
    }

    private List<Violation> describe(List<Check> group, List<Fix> fixes) {
        Messages.Text relations = Messages.join(group.stream().map(c -> Messages.of("piece.relation",
                "rule", c.rule().spec().id(), "where", where(c))).toList());
        List<Violation> out = new ArrayList<>();
        if (fixes.isEmpty()) {
            Messages.Text m = Messages.of("suspect.unexplained", "relations", relations);
            out.add(Violation.builder("suspect.unexplained", Severity.INFO, Violation.Kind.SUSPECT)
                    .table(spec.id()).message(m.byLanguage()).build());
            return out;
        }
        List<Fix> ranked = fixes.stream()
                .sorted((a, b) -> Boolean.compare(b.slip() != null, a.slip() != null))
                .limit(MAX_ALTERNATIVES).toList();
        List<Fix> singles = ranked.stream().filter(f -> f.changes().size() == 1).toList();
        if (!singles.isEmpty()) {
            // Each of these cells alone would mend the group: one finding lists them all.
            List<CellRef> cells = new ArrayList<>();
            List<Messages.Text> changes = new ArrayList<>();
            for (Fix fix : singles) {
                Map.Entry<TableSpec.Position, BigDecimal> e = fix.changes().entrySet().iterator().next();
                cells.add(change(e, changes, fix));
            }
            Violation.Builder b = Violation.builder("suspect.cell", Severity.INFO, Violation.Kind.SUSPECT)
                    .table(spec.id()).cells(cells);
            if (cells.size() == 1) {
                b.row(cells.get(0).row()).column(cells.get(0).column())
                        .sides(values.get(key(cells.get(0).row(), cells.get(0).column())), cells.get(0).expected());
            }
            Messages.Text m = Messages.of(cells.size() == 1 ? "suspect.cell.one" : "suspect.cell.any",
                    "count", cells.size(), "changes", Messages.join(changes, "piece.or"), "relations", relations);
            out.add(b.message(m.byLanguage()).build());
            return out;
        }
        for (Fix fix : ranked) {
            List<CellRef> cells = new ArrayList<>();
            List<Messages.Text> changes = new ArrayList<>();
            for (Map.Entry<TableSpec.Position, BigDecimal> e : fix.changes().entrySet()) {
                cells.add(change(e, changes, null));
            }
            boolean more = fixes.size() >= MAX_ALTERNATIVES;
            Messages.Text alternatives = ranked.size() == 1 ? Messages.verbatim("")
                    : Messages.of(more ? "piece.alternatives.more" : "piece.alternatives", "count", ranked.size());
            Messages.Text slip = fix.slip() == null ? Messages.verbatim("") : Messages.of("piece.slip", "slip", fix.slip());
            Messages.Text m = Messages.of("suspect.cells", "alternatives", alternatives,
                    "changes", Messages.join(changes, "piece.semicolon"), "slip", slip, "relations", relations);
            out.add(Violation.builder("suspect.cells", Severity.INFO, Violation.Kind.SUSPECT)
                    .table(spec.id()).cells(cells).message(m.byLanguage()).build());
        }
        return out;
    }

    /** Describes one changed cell in both languages and returns it with its expected value. */
    private CellRef change(Map.Entry<TableSpec.Position, BigDecimal> e, List<Messages.Text> out, Fix slipOf) {
        String[] rc = split(e.getKey());
        Cell cell = table.cell(rc[0], rc[1]).orElseThrow();
        Object now = cell.value().isBlank() ? Messages.of("piece.blank") : plain(values.get(e.getKey()));
        Messages.Text slip = slipOf == null ? null : slipOf.slip();
        String key = "piece.change" + (cell.line() > 0 ? ".at" : "") + (slip != null ? ".slip" : "");
        out.add(Messages.of(key, "label", spec.cellDisplay(rc[0], rc[1]), "row", rc[0], "column", rc[1],
                "now", now, "should", plain(e.getValue()), "line", cell.line(),
                "slip", slip == null ? Messages.verbatim("") : slip));
        return Engine.ref(spec, rc[0], rc[1], cell).withExpected(e.getValue());
    }

    /** The relation's bindings: labels in Chinese, ids in English. */
    private static Messages.Text where(Check c) {
        return Engine.where(c.instance().bindings(), CompiledRule.Binding::shown);
    }

    private static TableSpec.Position key(String row, String column) {
        return new TableSpec.Position(row, column);
    }

    private static String[] split(TableSpec.Position key) {
        return new String[] {key.row(), key.column()};
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
