package io.github.crossfoot.narrative;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Narrative vs table: the figures a report's prose states
 * about its own tables 三 and 四 must match the cells.
 *
 * <ul>
 *   <li>{@value #MISMATCH} (warning): the prose and the table disagree. The violation names the
 *       cell (or, for a sum such as 行政诉讼, its cells), quotes the clause and points at its line.</li>
 *   <li>{@value #CLAIM} (info): the table or the cell is missing or unreadable, so the figure
 *       cannot be checked; the violation says what the cell should hold.</li>
 * </ul>
 *
 * <p>Blank cells count as 0. A lower bound in the prose (140余件) is compared with ≥. The
 * phrasings read are listed in the package documentation. Stateless and thread-safe.
 */
public final class NarrativeCheck {

    /** Rule id of a disagreement between prose and table. */
    public static final String MISMATCH = "narrative.mismatch";
    /** Rule id of a prose figure that cannot be checked against the table. */
    public static final String CLAIM = "narrative.claim";

    private NarrativeCheck() {
    }

    /**
     * The narrative findings for {@code report}, in line order, for the quantities that its format
     * declares. Never throws for bad content.
     */
    public static List<Violation> check(Report report, FormatSpec format) {
        List<Violation> out = new ArrayList<>();
        for (Claim c : claims(report, format)) {
            figure(format, c.quantity()).flatMap(f -> compare(report, c, f)).ifPresent(out::add);
        }
        return out;
    }

    /** The figures the prose states, in line order (for tests and diagnostics). */
    static List<Claim> claims(Report report, FormatSpec format) {
        BigDecimal received = figure(format, Quantity.NEW_TOTAL).flatMap(f -> {
            Optional<Table> t = report.table(f.table().id());
            List<TableSpec.Position> cells = f.declared().cells();
            return t.isPresent() && cells.size() == 1
                    ? t.get().number(cells.get(0).row(), cells.get(0).column()) : Optional.empty();
        }).orElse(null);
        return ClaimReader.read(report, received);
    }

    /** A quantity as one format declares it: its table and its cells. */
    private record Figure(TableSpec table, TableSpec.Quantity declared) {
        List<TableSpec.Position> cells() {
            return declared.cells();
        }

        /** The row shared by every cell, or null. */
        String commonRow() {
            String first = cells().get(0).row();
            return cells().stream().allMatch(c -> c.row().equals(first)) ? first : null;
        }

        /** The column shared by every cell, or null. */
        String commonColumn() {
            String first = cells().get(0).column();
            return cells().stream().allMatch(c -> c.column().equals(first)) ? first : null;
        }

        /** The cells for English messages, e.g. {@code [handled.disclosed, total]}. */
        String enCells() {
            String row = commonRow();
            String column = commonColumn();
            if (row != null && column != null) {
                return "[" + row + ", " + column + "]";
            }
            if (row != null) {
                return "[" + row + ", " + cells().stream().map(TableSpec.Position::column)
                        .collect(Collectors.joining(" + ")) + "]";
            }
            if (column != null) {
                return "[" + cells().stream().map(TableSpec.Position::row).collect(Collectors.joining(" + ")) + ", "
                        + column + "]";
            }
            return cells().stream().map(c -> "[" + c.row() + ", " + c.column() + "]").collect(Collectors.joining(" + "));
        }

        String zhLabel() {
            return declared.label();
        }

        String tableZh() {
            return table.shortName();
        }

        String tableEn() {
            return table.shortNameEn();
        }

        String cellLabel(TableSpec.Position p) {
            return table.cellDisplay(p.row(), p.column());
        }
    }

    private static Optional<Figure> figure(FormatSpec format, Quantity q) {
        for (TableSpec t : format.tables()) {
            TableSpec.Quantity declared = t.quantities().get(q.id());
            if (declared != null) {
                return Optional.of(new Figure(t, declared));
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> compare(Report report, Claim claim, Figure q) {
        Optional<Table> table = report.table(q.table().id()).filter(t -> !t.isEmpty());
        if (table.isEmpty()) {
            List<CellRef> refs = q.cells().stream()
                    .map(rc -> new CellRef(q.table().id(), rc.row(), rc.column(), q.cellLabel(rc), null, 0)
                            .withExpected(expected(claim, q)))
                    .toList();
            return Optional.of(info(claim, q, refs,
                    "但报告中没有" + q.tableZh() + "，无法核对；" + q.tableZh() + "「" + q.zhLabel() + "」"
                            + shouldBeZh(claim, q),
                    "but the report has no " + q.tableEn() + " to check it against; " + q.tableEn() + " " + q.enCells()
                            + " should be " + claim.valueEn() + "."));
        }
        Table t = table.get();
        List<CellRef> refs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (TableSpec.Position rc : q.cells()) {
            Optional<Cell> cell = t.cell(rc.row(), rc.column());
            String label = q.cellLabel(rc);
            if (cell.isEmpty()) {
                refs.add(new CellRef(q.table().id(), rc.row(), rc.column(), label, null, 0)
                        .withExpected(expected(claim, q)));
                missing.add(label);
                continue;
            }
            CellValue v = cell.get().value();
            refs.add(CellRef.of(q.table().id(), rc.row(), rc.column(), label, cell.get()));
            if (v.isText()) {
                unreadable.add(label + "」为“" + v.text());
            } else if (v.isNumber()) {
                sum = sum.add(v.number().orElseThrow());
            }
        }
        if (!missing.isEmpty()) {
            return Optional.of(info(claim, q, refs,
                    "但" + q.tableZh() + "中没有「" + String.join("」「", missing) + "」，无法核对；" + q.tableZh() + "「"
                            + q.zhLabel() + "」" + shouldBeZh(claim, q),
                    "but " + q.tableEn() + " lacks " + (missing.size() == 1 ? "a cell" : "cells") + " of " + q.enCells()
                            + ", so it cannot be checked; it should be " + claim.valueEn() + "."));
        }
        if (!unreadable.isEmpty()) {
            return Optional.of(info(claim, q, refs,
                    "但" + q.tableZh() + "「" + String.join("”、「", unreadable) + "”，不是数字，无法核对；" + q.tableZh() + "「"
                            + q.zhLabel() + "」" + shouldBeZh(claim, q),
                    "but " + q.tableEn() + " " + q.enCells() + " holds text that is not a number, so it cannot be "
                            + "checked; it should be " + claim.valueEn() + "."));
        }
        boolean agrees = claim.atLeast() ? sum.compareTo(claim.value()) >= 0 : sum.compareTo(claim.value()) == 0;
        if (agrees) {
            return Optional.empty();
        }
        boolean single = refs.size() == 1;
        boolean blank = single && refs.get(0).value().isBlank();
        String valueZh = blank ? "为空白（按 0 计）" : (single ? "为 " : "合计为 ") + sum.toPlainString();
        String valueEn = blank ? "is blank (counted as 0)" : (single ? "is " : "sums to ") + sum.toPlainString();
        String zh = says(claim) + "，但" + q.tableZh() + "「" + q.zhLabel() + "」" + valueZh + linesZh(refs) + "。";
        String en = saysEn(claim) + ", but " + q.tableEn() + " " + q.enCells() + " " + valueEn + linesEn(refs) + ".";
        return Optional.of(base(claim, q, Severity.WARNING, MISMATCH, refs)
                .sides(claim.value(), sum)
                .message(zh, en)
                .build());
    }

    private static Violation info(Claim claim, Figure q, List<CellRef> refs, String zhTail, String enTail) {
        return base(claim, q, Severity.INFO, CLAIM, refs)
                .message(says(claim) + "，" + zhTail, saysEn(claim) + ", " + enTail)
                .build();
    }

    private static Violation.Builder base(Claim claim, Figure q, Severity severity, String rule, List<CellRef> refs) {
        return Violation.builder(rule, severity, Violation.Kind.READING)
                .table(q.table().id())
                .row(q.commonRow())
                .column(q.commonColumn())
                .cells(refs)
                .line(claim.line());
    }

    /** The cell value the prose implies, for single-cell exact claims; null otherwise. */
    private static BigDecimal expected(Claim claim, Figure q) {
        return !claim.atLeast() && (q.cells().size() == 1 || claim.value().signum() == 0)
                ? claim.value() : null;
    }

    private static String shouldBeZh(Claim claim, Figure q) {
        String verb = q.cells().size() > 1 && claim.value().signum() != 0 ? "之和应" : "应";
        return verb + (claim.atLeast() ? "不少于 " : "为 ") + claim.value().toPlainString() + "。";
    }

    private static String says(Claim claim) {
        return "第" + claim.line() + "行正文称“" + claim.quote() + "”"
                + (claim.noteZh() == null ? "" : "（" + claim.noteZh() + "）");
    }

    private static String saysEn(Claim claim) {
        return "Line " + claim.line() + " says '" + claim.quote() + "' (" + claim.quantity().enGloss() + ": "
                + claim.valueEn() + ")";
    }

    private static String linesZh(List<CellRef> refs) {
        List<String> lines = lines(refs);
        return lines.isEmpty() ? "" : "（第" + String.join("、", lines) + "行）";
    }

    private static String linesEn(List<CellRef> refs) {
        List<String> lines = lines(refs);
        return lines.isEmpty() ? "" : " (line" + (lines.size() > 1 ? "s " : " ") + String.join(", ", lines) + ")";
    }

    private static List<String> lines(List<CellRef> refs) {
        return refs.stream().mapToInt(CellRef::line).filter(l -> l > 0).distinct().sorted()
                .mapToObj(Integer::toString).collect(Collectors.toList());
    }
}
