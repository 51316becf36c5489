package io.github.crossfoot.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.LabelSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import io.github.crossfoot.testing.ReportGenerator;
import io.github.crossfoot.testing.ReportGenerator.CellPos;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the standard 2021 rules over generated reports: consistent reports pass, breaking
 * any one cell of 三 or 四 fails exactly the equations through that cell by exactly the amount it
 * was changed, and the two seed text layouts read back to the same numbers.
 *
 * <p>The equations each cell belongs to are written out here from the table structure, not asked
 * of the engine, so the engine's expansion of the rule file is checked too.
 */
class ConsistencyProperties {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);

    /** Tries per property; the single-cell property runs 190 checks (about 1.5 ms each) per try. */
    private static final int TRIES = 200;
    private static final int ONE_CELL_PER_LINE_TRIES = 100;
    private static final int PERTURBATION_TRIES = 25;

    // ------------------------------------------------------------------ a. consistent reports pass

    @Property(tries = TRIES)
    void aConsistentReportHasNoFindings(@ForAll long seed) {
        Report report = ReportGenerator.generate(seed);
        CheckResult result = RULES.check(report);

        assertThat(result.violations(Severity.ERROR)).as("errors, seed %d", seed).isEmpty();
        assertThat(result.violations(Severity.WARNING)).as("warnings, seed %d", seed).isEmpty();
        assertThat(result.violations()).as("failed relations, seed %d", seed)
                .noneMatch(v -> v.kind() == Violation.Kind.FAILED);
        // Every cell is a number, so nothing is even left unchecked.
        assertThat(result.violations()).as("any finding, seed %d", seed).isEmpty();
        assertThat(result.passed()).isTrue();
    }

    @Property(tries = 50)
    void jqwikReportsAreConsistentToo(@ForAll("reports") Report report) {
        assertThat(RULES.check(report).violations()).isEmpty();
    }

    @Provide
    Arbitrary<Report> reports() {
        return ReportGenerator.reports();
    }

    @Example
    void theGeneratorCoversTheWholeFormat() {
        Report report = ReportGenerator.generate(1);
        assertThat(report.format()).isEqualTo("gov-2021");
        assertThat(ReportGenerator.cells("applications")).hasSize(25 * 7);
        assertThat(ReportGenerator.cells("reviews")).hasSize(15);
        assertThat(ReportGenerator.equationCells()).hasSize(190);
        assertThat(ReportGenerator.outcomeRows()).hasSize(21)
                .startsWith("handled.disclosed").endsWith("handled.other.other");
        for (String table : List.of("proactive", "applications", "reviews")) {
            List<CellPos> cells = ReportGenerator.cells(table);
            assertThat(report.table(table).orElseThrow().cells()).hasSameSizeAs(cells);
            cells.forEach(p -> assertThat(ReportGenerator.number(report, p)).isNotNegative());
        }
    }

    @Example
    void zerosAreFrequentAndSomeValuesAreLarge() {
        long zeros = 0;
        long all = 0;
        long large = 0;
        long decimals = 0;
        for (long seed = 0; seed < 300; seed++) {
            Report r = ReportGenerator.generate(seed);
            for (CellPos p : ReportGenerator.cells("applications")) {
                if (ReportGenerator.outcomeRows().contains(p.row()) && !p.column().equals("total")) {
                    BigDecimal n = ReportGenerator.number(r, p);
                    all++;
                    zeros += n.signum() == 0 ? 1 : 0;
                    large += n.compareTo(BigDecimal.valueOf(1000)) > 0 ? 1 : 0;
                }
            }
            BigDecimal fee = ReportGenerator.number(r, new CellPos("proactive", "fees", "amount_10k_yuan"));
            decimals += fee.stripTrailingZeros().scale() > 0 ? 1 : 0;
        }
        assertThat((double) zeros / all).isBetween(0.4, 0.9);
        assertThat(large).isPositive();
        assertThat(decimals).isPositive();
    }

    // ------------------------------------------------------------------ b. one broken cell

    /** One instance of a relation as the rule file spells it, with its two sides. */
    private record Equation(String rule, String row, String column, List<CellPos> left, List<CellPos> right) {
        boolean contains(CellPos p) {
            return left.contains(p) || right.contains(p);
        }

        String key() {
            return key(rule, row, column);
        }

        static String key(String rule, String row, String column) {
            return rule + " row=" + row + " column=" + column;
        }
    }

    /** Every equation of 三 and 四, written out from the table structure. */
    private static final List<Equation> EQUATIONS = equations();

    private static List<Equation> equations() {
        TableSpec apps = ReportGenerator.tableSpec("applications");
        List<String> rows = apps.rows().stream().map(LabelSpec::id).toList();
        List<String> columns = apps.columns().stream().map(LabelSpec::id).toList();
        List<String> outcomes = ReportGenerator.outcomeRows();
        List<Equation> out = new ArrayList<>();
        for (String c : columns) {
            out.add(new Equation("applications.balance", null, c,
                    List.of(app("new", c), app("carried_over", c)),
                    List.of(app("handled.total", c), app("carried_forward", c))));
        }
        for (String r : rows) {
            out.add(new Equation("applications.row-total", r, null,
                    List.of(app(r, "total")),
                    ReportGenerator.APPLICANT_COLUMNS.stream().map(c -> app(r, c)).toList()));
        }
        for (String c : columns) {
            out.add(new Equation("applications.outcome-total", null, c,
                    List.of(app("handled.total", c)),
                    outcomes.stream().map(r -> app(r, c)).toList()));
        }
        for (String g : ReportGenerator.REVIEW_GROUPS) {
            out.add(new Equation("reviews.group-total", null, g,
                    List.of(new CellPos("reviews", "all", g + ".total")),
                    ReportGenerator.REVIEW_PARTS.stream().map(p -> new CellPos("reviews", "all", g + "." + p)).toList()));
        }
        return List.copyOf(out);
    }

    private static CellPos app(String row, String column) {
        return new CellPos("applications", row, column);
    }

    @Example
    void theEquationsThroughACellAreTheOnesTheFormatDescribes() {
        // The hand-written model above, restated cell by cell as in the format's text.
        Set<String> balanceRows = Set.of("new", "carried_over", "handled.total", "carried_forward");
        Set<String> outcomeRows = new HashSet<>(ReportGenerator.outcomeRows());
        outcomeRows.add("handled.total");
        for (CellPos p : ReportGenerator.equationCells()) {
            Set<String> expected = new HashSet<>();
            if (p.table().equals("applications")) {
                if (balanceRows.contains(p.row())) {
                    expected.add(Equation.key("applications.balance", null, p.column()));
                }
                expected.add(Equation.key("applications.row-total", p.row(), null));
                if (outcomeRows.contains(p.row())) {
                    expected.add(Equation.key("applications.outcome-total", null, p.column()));
                }
            } else {
                expected.add(Equation.key("reviews.group-total", null, p.column().substring(0, p.column().indexOf('.'))));
            }
            assertThat(through(p).stream().map(Equation::key).collect(Collectors.toSet())).as("%s", p)
                    .isEqualTo(expected);
        }
    }

    private static List<Equation> through(CellPos p) {
        return EQUATIONS.stream().filter(e -> e.contains(p)).toList();
    }

    @Property(tries = PERTURBATION_TRIES)
    void changingOneCellFailsExactlyTheEquationsThroughIt(@ForAll long seed) {
        Report report = ReportGenerator.generate(seed);
        Random random = new Random(seed * 31 + 7);
        for (CellPos p : ReportGenerator.equationCells()) {
            BigDecimal before = ReportGenerator.number(report, p);
            long delta = delta(random, before);
            Report changed = ReportGenerator.addDelta(report, p, delta);
            BigDecimal after = before.add(BigDecimal.valueOf(delta));
            CheckResult result = RULES.check(changed);
            String where = "seed " + seed + ", " + p + " " + before + " -> " + after;

            // Besides the failed relations, only the suspect cells that explain them (checked in SuspectProperties).
            assertThat(result.violations()).as("only failed relations and suspects, %s", where)
                    .allMatch(v -> v.kind() == Violation.Kind.FAILED && v.severity() == Severity.ERROR
                            || v.kind() == Violation.Kind.SUSPECT && v.severity() == Severity.INFO);
            List<Violation> failed = result.violations().stream()
                    .filter(v -> v.kind() == Violation.Kind.FAILED).toList();
            List<Equation> expected = through(p);
            assertThat(failed.stream().map(v -> Equation.key(v.rule(), v.row().orElse(null), v.column().orElse(null))))
                    .as("failed relations, %s", where)
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(Equation::key).toList());

            for (Violation v : failed) {
                Equation e = expected.stream()
                        .filter(x -> x.key().equals(Equation.key(v.rule(), v.row().orElse(null), v.column().orElse(null))))
                        .findFirst().orElseThrow();
                BigDecimal signed = BigDecimal.valueOf(e.left().contains(p) ? delta : -delta);
                assertThat(v.table()).contains(p.table());
                assertThat(v.left()).as("left of %s, %s", e.key(), where).hasValueSatisfying(
                        l -> assertThat(l).isEqualByComparingTo(sum(changed, e.left())));
                assertThat(v.right()).as("right of %s, %s", e.key(), where).hasValueSatisfying(
                        r -> assertThat(r).isEqualByComparingTo(sum(changed, e.right())));
                assertThat(v.difference()).as("difference of %s, %s", e.key(), where).hasValueSatisfying(
                        d -> assertThat(d).isEqualByComparingTo(signed));
                // The unchanged report balanced, so each side moved only by the change.
                assertThat(v.left().get().subtract(sum(report, e.left())))
                        .isEqualByComparingTo(e.left().contains(p) ? BigDecimal.valueOf(delta) : BigDecimal.ZERO);

                List<CellPos> eqCells = new ArrayList<>(e.left());
                eqCells.addAll(e.right());
                assertThat(v.cells()).as("cells of %s, %s", e.key(), where)
                        .extracting(c -> new CellPos(c.table(), c.row(), c.column()))
                        .containsExactlyInAnyOrderElementsOf(eqCells);
                for (CellRef c : v.cells()) {
                    CellPos at = new CellPos(c.table(), c.row(), c.column());
                    assertThat(c.value()).as("value of %s in %s, %s", at, e.key(), where)
                            .isEqualTo(CellValue.of(ReportGenerator.number(changed, at)));
                }
                assertThat(v.cells()).as("the changed cell in %s, %s", e.key(), where)
                        .anySatisfy(c -> {
                            assertThat(new CellPos(c.table(), c.row(), c.column())).isEqualTo(p);
                            assertThat(c.value()).isEqualTo(CellValue.of(after));
                            assertThat(c.found()).isTrue();
                        });
            }
        }
    }

    /** A non-zero change that keeps the cell non-negative: usually an increase, sometimes a decrease. */
    private static long delta(Random random, BigDecimal value) {
        long v = value.longValueExact();
        if (v > 0 && random.nextBoolean()) {
            return -(1 + (long) random.nextInt((int) Math.min(v, Integer.MAX_VALUE)));
        }
        return random.nextInt(4) == 0 ? 1 + random.nextInt(5000) : 1 + random.nextInt(9);
    }

    private static BigDecimal sum(Report report, List<CellPos> cells) {
        return cells.stream().map(p -> ReportGenerator.number(report, p)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ------------------------------------------------------------------ c. text round trips

    @Property(tries = TRIES)
    void theTabSeparatedLayoutReadsBackTheSameNumbers(@ForAll long seed) {
        Report report = ReportGenerator.generate(seed);
        roundTrip(seed, report, ReportGenerator.renderTabText(report));
    }

    @Property(tries = ONE_CELL_PER_LINE_TRIES)
    void theOneCellPerLineLayoutReadsBackTheSameNumbers(@ForAll long seed) {
        Report report = ReportGenerator.generate(seed);
        roundTrip(seed, report, ReportGenerator.renderOneCellPerLine(report));
    }

    private static void roundTrip(long seed, Report report, String text) {
        Report read = READER.read("gen.txt", text);
        String where = "seed " + seed;
        assertThat(read.format()).as(where).isEqualTo("gov-2021");
        assertThat(read.year()).as(where).hasValue(report.year().getAsInt());
        assertThat(read.agency()).as(where).isEqualTo(report.agency());
        assertThat(read.readingProblems()).as("reading problems, %s", where).isEmpty();
        assertThat(read.tables().keySet()).as(where).containsExactlyInAnyOrderElementsOf(report.tables().keySet());

        for (Table expected : report.tables().values()) {
            Table actual = read.table(expected.id()).orElseThrow();
            assertThat(actual.line()).as("heading line of %s, %s", expected.id(), where).isPositive();
            assertThat(actual.cells()).as("cells of %s, %s", expected.id(), where).hasSameSizeAs(expected.cells());
            for (Cell cell : expected.cells()) {
                String at = expected.id() + cell.key() + ", " + where;
                Cell got = actual.cell(cell.row(), cell.column()).orElse(null);
                assertThat(got).as("cell %s", at).isNotNull();
                assertThat(got.value()).as("value of %s", at).isEqualTo(cell.value());
                assertThat(got.value().isNumber()).as("number at %s", at).isTrue();
                assertThat(got.line()).as("line of %s", at).isPositive();
                String line = read.lines().get(got.line() - 1);
                String written = cell.value().toString();
                assertThat(line).as("line %d of %s", got.line(), at).contains(written);
                assertThat(Arrays.stream(line.split("\t", -1)).map(String::strip))
                        .as("line %d of %s has the value as a field", got.line(), at).contains(written);
            }
        }

        CheckResult result = RULES.check(read);
        assertThat(result.errors()).as("errors, %s", where).isEmpty();
        assertThat(result.violations()).as("any finding, %s", where).isEmpty();
    }

    @Example
    void cellLinesFollowTheLayoutOrder() {
        // In both layouts the values of 三 are printed row by row, so their lines never go back.
        Report report = ReportGenerator.generate(20240101L);
        for (String text : List.of(ReportGenerator.renderTabText(report), ReportGenerator.renderOneCellPerLine(report))) {
            Table t = READER.read("gen.txt", text).table("applications").orElseThrow();
            Set<Integer> seen = new LinkedHashSet<>();
            int last = 0;
            for (CellPos p : ReportGenerator.cells("applications")) {
                int line = t.cell(p.row(), p.column()).orElseThrow().line();
                assertThat(line).as("%s", p).isGreaterThanOrEqualTo(last);
                last = line;
                seen.add(line);
            }
            assertThat(seen.size()).isIn(25, 175);
        }
    }
}
