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
import io.github.crossfoot.rules.internal.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Narrative vs table: the figures a report's prose states
 * about its own tables 二, 三 and 四 must match the cells.
 *
 * <ul>
 *   <li>{@value #MISMATCH} (warning): the prose and the table disagree. The violation names the
 *       cell (or, for a sum such as 行政诉讼, its cells), quotes the clause and points at its line.</li>
 *   <li>{@value #CLAIM} (info): the table or the cell is missing or unreadable, so the figure
 *       cannot be checked; the violation says what the cell should hold.</li>
 * </ul>
 *
 * <p>Blank cells count as 0. A lower bound in the prose (140余件) is compared with ≥. The
 * phrasings read are listed in the package documentation. The wording of the messages is in the
 * message catalogue ({@code narrative.*} keys). Stateless and thread-safe.
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

        /** The table's short name in each language. */
        Messages.Text tableName() {
            return new Messages.Text(table.shortName(), table.shortNameEn());
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
            return Optional.of(info(claim, q, refs, Messages.of("narrative.claim.no-table", "says", says(claim),
                    "table", q.tableName(), "label", q.zhLabel(), "cells", q.enCells(), "should", shouldBe(claim, q))));
        }
        Table t = table.get();
        List<CellRef> refs = new ArrayList<>();
        List<Messages.Text> missing = new ArrayList<>();
        List<Messages.Text> unreadable = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (TableSpec.Position rc : q.cells()) {
            Optional<Cell> cell = t.cell(rc.row(), rc.column());
            String label = q.cellLabel(rc);
            if (cell.isEmpty()) {
                refs.add(new CellRef(q.table().id(), rc.row(), rc.column(), label, null, 0)
                        .withExpected(expected(claim, q)));
                missing.add(Messages.of("narrative.piece.cell", "label", label, "row", rc.row(), "column", rc.column()));
                continue;
            }
            CellValue v = cell.get().value();
            refs.add(CellRef.of(q.table().id(), rc.row(), rc.column(), label, cell.get()));
            if (v.isText()) {
                unreadable.add(Messages.of("narrative.piece.cell.unreadable", "label", label, "row", rc.row(),
                        "column", rc.column(), "text", v.text()));
            } else if (v.isNumber()) {
                sum = sum.add(v.number().orElseThrow());
            }
        }
        if (!missing.isEmpty()) {
            // The Chinese message lists the cells one by one, the English one names them together by id.
            String listed = missing.stream().map(Messages.Text::zh).collect(Collectors.joining());
            return Optional.of(info(claim, q, refs, Messages.of(
                    missing.size() == 1 ? "narrative.claim.missing-cell" : "narrative.claim.missing-cells",
                    "says", says(claim), "table", q.tableName(), "label", q.zhLabel(),
                    "cells", new Messages.Text(listed, q.enCells()), "should", shouldBe(claim, q))));
        }
        if (!unreadable.isEmpty()) {
            String listed = Messages.join(unreadable).zh();
            return Optional.of(info(claim, q, refs, Messages.of("narrative.claim.unreadable",
                    "says", says(claim), "table", q.tableName(), "label", q.zhLabel(),
                    "cells", new Messages.Text(listed, q.enCells()), "should", shouldBe(claim, q))));
        }
        boolean agrees = claim.atLeast() ? sum.compareTo(claim.value()) >= 0 : sum.compareTo(claim.value()) == 0;
        if (agrees) {
            return Optional.empty();
        }
        boolean single = refs.size() == 1;
        boolean blank = single && refs.get(0).value().isBlank();
        List<String> lines = lines(refs);
        String key;
        if (lines.isEmpty()) {
            key = blank ? "narrative.mismatch.blank.no-line"
                    : single ? "narrative.mismatch.no-line" : "narrative.mismatch.sum.no-line";
        } else {
            key = blank ? "narrative.mismatch.blank" : single ? "narrative.mismatch" : "narrative.mismatch.sum";
        }
        Messages.Text m = Messages.of(key, "says", says(claim), "table", q.tableName(), "label", q.zhLabel(),
                "cells", q.enCells(), "sum", sum.toPlainString(), "where", where(lines));
        return Optional.of(base(claim, q, Severity.WARNING, MISMATCH, refs)
                .sides(claim.value(), sum)
                .message(m.byLanguage())
                .build());
    }

    private static Violation info(Claim claim, Figure q, List<CellRef> refs, Messages.Text m) {
        return base(claim, q, Severity.INFO, CLAIM, refs)
                .message(m.byLanguage())
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

    /** What the cells should hold: their sum when there are several and the figure is not 0. */
    private static Messages.Text shouldBe(Claim claim, Figure q) {
        boolean sum = q.cells().size() > 1 && claim.value().signum() != 0;
        String key = sum
                ? (claim.atLeast() ? "narrative.piece.should-be.sum.at-least" : "narrative.piece.should-be.sum")
                : (claim.atLeast() ? "narrative.piece.should-be.at-least" : "narrative.piece.should-be");
        return Messages.of(key, "value", claim.value().toPlainString());
    }

    /** The clause quoted with its line, and what it states when that is not the number as written. */
    private static Messages.Text says(Claim claim) {
        return claim.note() == null
                ? Messages.of("narrative.piece.says", "line", claim.line(), "quote", claim.quote(),
                        "quantity", claim.quantity().gloss(), "value", claim.value().toPlainString())
                : Messages.of("narrative.piece.says.noted", "line", claim.line(), "quote", claim.quote(),
                        "note", claim.note());
    }

    /** The source lines of the cells: {@code narrative.piece.lines}, or {@code .many} for several. */
    private static Messages.Text where(List<String> lines) {
        return Messages.of(lines.size() > 1 ? "narrative.piece.lines.many" : "narrative.piece.lines",
                "lines", Messages.join(lines.stream().map(Messages::verbatim).toList()));
    }

    private static List<String> lines(List<CellRef> refs) {
        return refs.stream().mapToInt(CellRef::line).filter(l -> l > 0).distinct().sorted()
                .mapToObj(Integer::toString).collect(Collectors.toList());
    }
}
