package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.testing.DocumentRenderer;
import io.github.crossfoot.testing.DocumentRenderer.Layout;
import io.github.crossfoot.testing.DocumentRenderer.Rendered;
import io.github.crossfoot.testing.ReportDocument;
import io.github.crossfoot.testing.ReportDocument.Grid;
import io.github.crossfoot.testing.ReportDocument.GridCell;
import io.github.crossfoot.testing.ReportDocument.GridRow;
import io.github.crossfoot.testing.ReportDocument.Paragraph;
import io.github.crossfoot.testing.ReportDocument.ParagraphKind;
import io.github.crossfoot.testing.ReportGenerator;
import io.github.crossfoot.testing.ReportGenerator.CellPos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's invariant (issue 8): each cell value in the model is the value of exactly one cell
 * of the document, at the line the model records, under the row and column labels the model names
 * — or the report fails with a located error. Never a wrong number that passes.
 *
 * <p>Generated reports of both formats, rendered in every layout and document kind, each damaged by
 * one of the mutations that made reports pass wrongly before: a table printed twice (another
 * body's or year's copy after the report, a quoted table before it, an identical copy), a footnote
 * mark after a number ({@code ①}, {@code ¹}, {@code *}, {@code [1]}…), two numbers in one cell
 * (a space or a line break between them), and a header in another order (two columns exchanged,
 * labels and values together). How many cases were tried and how each ended is written to
 * {@code target/never-false-pass.txt}.
 */
class NeverFalsePassProperties {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);
    private static final int SEEDS = 3;
    private static final List<String> MARKS = List.of("①", "¹", "*", "※", "[1]", "注1", "⑵", "²³");

    enum Mutation { DUPLICATE_AFTER, QUOTED_BEFORE, IDENTICAL_COPY, MARK, SPLIT_CELL, HEADER_ORDER }

    /** How each (mutation, outcome) ended, over the whole run. */
    private static final Map<String, AtomicInteger> OUTCOMES = new ConcurrentHashMap<>();

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            for (String format : List.of(ReportGenerator.FORMAT, ReportGenerator.FORMAT_2019)) {
                for (Mutation m : Mutation.values()) {
                    out.add(Arguments.of(layout, format, m));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void readRightOrFailWithALocatedError(Layout layout, String format, Mutation mutation) {
        if (layout == Layout.PDF) {
            Assumptions.assumeTrue(DocumentRenderer.canRenderPdf(), "no CJK font to render a PDF");
        }
        for (int k = 0; k < SEEDS; k++) {
            long seed = 80_000L + 1_000L * mutation.ordinal() + 37L * k + 7L * layout.ordinal()
                    + (format.equals(ReportGenerator.FORMAT) ? 0 : 500);
            runCase(layout, format, mutation, seed);
        }
    }

    private void runCase(Layout layout, String format, Mutation mutation, long seed) {
        Random random = new Random(seed);
        Report model = ReportGenerator.generate(seed, format);
        ReportDocument doc = ReportDocument.of(model);
        String expectedWarning = null;
        String expectedDuplicate = null;
        boolean sameNumbers = false;
        CellPos damaged = null;
        switch (mutation) {
            case DUPLICATE_AFTER, QUOTED_BEFORE, IDENTICAL_COPY -> {
                String table = List.of("proactive", "applications", "reviews").get(random.nextInt(3));
                Report other = mutation == Mutation.IDENTICAL_COPY ? model : ReportGenerator.generate(seed + 1, format);
                ReportDocument copy = ReportDocument.of(other);
                Paragraph heading = copy.blocks().stream()
                        .filter(b -> b instanceof Paragraph p && table.equals(p.tableId()))
                        .map(b -> (Paragraph) b).findFirst().orElseThrow();
                int year = model.year().orElseThrow();
                List<ReportDocument.Block> quoted = new ArrayList<>();
                if (mutation == Mutation.QUOTED_BEFORE) {
                    quoted.add(new Paragraph("附：" + (year - 1) + "年度政府信息公开情况统计表", ParagraphKind.BODY, null));
                } else if (mutation == Mutation.DUPLICATE_AFTER) {
                    quoted.add(new Paragraph(other.agency().orElse("某某局") + (year - 1) + "年政府信息公开工作年度报告",
                            ParagraphKind.TITLE, null));
                }
                quoted.add(heading);
                quoted.add(copy.grid(table));
                if (mutation == Mutation.QUOTED_BEFORE) {
                    doc.blocks().addAll(3, quoted); // after the title and section 一
                } else {
                    doc.blocks().addAll(quoted);
                }
                expectedDuplicate = table;
                sameNumbers = sameCells(model.table(table).orElseThrow(), other.table(table).orElseThrow());
            }
            case MARK -> {
                damaged = numberCell(model, random);
                GridCell cell = doc.valueCell(damaged);
                String mark = layout == Layout.PDF ? List.of("①", "*", "[1]", "注1").get(random.nextInt(4))
                        : MARKS.get(random.nextInt(MARKS.size()));
                cell.text(cell.text() + mark);
                expectedWarning = "read.cell-value";
            }
            case SPLIT_CELL -> {
                damaged = numberCell(model, random);
                GridCell cell = doc.valueCell(damaged);
                String separator = layout == Layout.PDF || random.nextBoolean() ? " " : "\n";
                cell.text(cell.text() + separator + (1 + random.nextInt(9)));
            }
            case HEADER_ORDER -> {
                boolean applications = random.nextBoolean();
                if (applications) {
                    List<String> leaves = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
                    int a = random.nextInt(leaves.size() - 1);
                    exchangeColumns(doc, "applications", leaves.get(a), leaves.get(a + 1), 0);
                } else {
                    exchangeColumns(doc, "reviews", "结果维持", "结果纠正", random.nextInt(3));
                }
                expectedWarning = "read.column-order";
            }
            default -> throw new IllegalStateException();
        }
        Rendered rendered = DocumentRenderer.render(doc, layout);
        Report read = READER.read("mutated." + layout.extension(), rendered.bytes());
        CheckResult result = RULES.check(read);
        String where = layout.id() + " " + format + " " + mutation + " seed " + seed;

        List<Violation> errors = result.violations().stream().filter(v -> v.severity() == Severity.ERROR).toList();
        if (expectedDuplicate != null) {
            // The duplicate is always reported, located; the report's own table is the one read.
            String table = expectedDuplicate;
            Severity severity = sameNumbers ? Severity.WARNING : Severity.ERROR;
            assertThat(read.readingProblems()).as(where).anySatisfy(v -> {
                assertThat(v.rule()).isEqualTo("read.duplicate-table");
                assertThat(v.table()).contains(table);
                assertThat(v.line()).isPositive();
                assertThat(v.severity()).isEqualTo(severity);
            });
            assertReadRight(model, read, where);
            count(mutation, sameNumbers ? "read right, duplicate with the same numbers warned"
                    : "read right, duplicate with other numbers is an error");
            return;
        }
        if (errors.isEmpty()) {
            assertThat(mutation).as(where + ": two numbers in one cell must never pass").isNotEqualTo(Mutation.SPLIT_CELL);
            assertReadRight(model, read, where);
            String warning = expectedWarning;
            assertThat(read.readingProblems()).as(where + " warns " + warning).anySatisfy(v -> {
                assertThat(v.rule()).isEqualTo(warning);
                assertThat(v.line()).isPositive();
            });
            count(mutation, "read right, warned");
        } else {
            assertThat(errors).as(where + ": an error says where").anySatisfy(v ->
                    assertThat(v.line() > 0 || v.cells().stream().anyMatch(c -> c.line() > 0))
                            .as("located: %s", v).isTrue());
            if (mutation == Mutation.SPLIT_CELL) {
                // Never a concatenation: the two numbers are not read as one.
                CellPos pos = damaged;
                String joined = doc.valueCell(pos).text().replaceAll("\\s", "");
                read.table(pos.table()).flatMap(t -> t.cell(pos.row(), pos.column())).ifPresent(c ->
                        assertThat(c.value().toString()).as(where + " damaged cell").isNotEqualTo(joined));
            }
            count(mutation, "failed with a located error");
        }
    }

    /** Every cell of the model read with its value, on a line that shows it. */
    private static void assertReadRight(Report model, Report read, String where) {
        for (Table t : model.tables().values()) {
            Table back = read.table(t.id()).orElseThrow(() -> new AssertionError(where + ": table " + t.id() + " not read"));
            for (Cell c : t.cells()) {
                Cell got = back.cell(c.row(), c.column())
                        .orElseThrow(() -> new AssertionError(where + ": " + t.id() + c.key() + " not read"));
                assertThat(got.value()).as("%s: %s%s", where, t.id(), c.key()).isEqualTo(c.value());
                assertThat(read.lines().get(got.line() - 1)).as("%s: line of %s%s", where, t.id(), c.key())
                        .contains(c.value().toString());
            }
        }
    }

    private static boolean sameCells(Table a, Table b) {
        if (a.cells().size() != b.cells().size()) {
            return false;
        }
        return a.cells().stream().allMatch(c -> b.cell(c.row(), c.column()).map(Cell::value).orElse(null) != null
                && b.cell(c.row(), c.column()).orElseThrow().value().equals(c.value()));
    }

    private static CellPos numberCell(Report model, Random random) {
        List<CellPos> cells = new ArrayList<>();
        for (Table t : model.tables().values()) {
            for (Cell c : t.cells()) {
                if (c.value().isNumber()) {
                    cells.add(new CellPos(t.id(), c.row(), c.column()));
                }
            }
        }
        return cells.get(random.nextInt(cells.size()));
    }

    /**
     * Exchanges two columns of a table, header labels and values together: the {@code occurrence}-th
     * header cells reading {@code a} and {@code b} (四 prints 结果维持 once per group).
     */
    private static void exchangeColumns(ReportDocument doc, String table, String a, String b, int occurrence) {
        Grid grid = doc.grid(table);
        List<GridCell> as = new ArrayList<>();
        List<GridCell> bs = new ArrayList<>();
        for (GridRow r : grid.rows()) {
            for (GridCell c : r.cells()) {
                if (c.isLabel() && c.text().equals(a)) {
                    as.add(c);
                } else if (c.isLabel() && c.text().equals(b)) {
                    bs.add(c);
                }
            }
        }
        GridCell ha = as.get(occurrence);
        GridCell hb = bs.get(occurrence);
        ha.text(b);
        hb.text(a);
        for (GridRow r : grid.rows()) {
            GridCell va = null;
            GridCell vb = null;
            for (GridCell c : r.valueCells()) {
                if (c.col() == ha.col()) {
                    va = c;
                } else if (c.col() == hb.col()) {
                    vb = c;
                }
            }
            if (va != null && vb != null) {
                String t = va.text();
                va.text(vb.text());
                vb.text(t);
            }
        }
    }

    private static void count(Mutation m, String outcome) {
        OUTCOMES.computeIfAbsent(m + ": " + outcome, x -> new AtomicInteger()).incrementAndGet();
    }

    @AfterAll
    static void writeCounts() throws IOException {
        StringBuilder b = new StringBuilder("Never a false pass: generated cases by mutation and outcome\n");
        int total = 0;
        for (Map.Entry<String, AtomicInteger> e : new TreeMap<>(OUTCOMES).entrySet()) {
            b.append(String.format("%6d  %s%n", e.getValue().get(), e.getKey()));
            total += e.getValue().get();
        }
        b.append(String.format("%6d  cases in all%n", total));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/never-false-pass.txt"), b.toString());
        System.out.print(b);
    }
}
