package io.github.crossfoot.dataset;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import io.github.crossfoot.testing.ReportGenerator;
import io.github.crossfoot.testing.ReportGenerator.CellPos;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Test data for the dataset checks: multi-year series of reports of one body that chain
 * correctly (next year's 上年结转 = this year's 结转下年度 per applicant column; 现行有效件数 =
 * last year's + 制发 − 废止 while both years use {@code gov-2021}), each report internally
 * consistent, and ways to break one link of a chain while keeping every report consistent.
 *
 * <p>Years 2019 and 2020 are converted to the 2019 trial format ({@code gov-2019}): 三 and 四
 * are copied (the three 2021 rows under （六）其他处理 summed into the 2019 single row) and 二 is
 * drawn afresh. Reports come from {@link ReportGenerator}; cells are set with its
 * {@link ReportGenerator#withValue(Report, CellPos, long)}.
 */
final class SeriesGenerator {

    static final RuleSet RULES = RuleSet.standard();
    static final List<String> COLUMNS = ReportGenerator.APPLICANT_COLUMNS;
    static final List<String> REBALANCED_ROWS =
            List.of("new", "carried_over", "carried_forward", "handled.disclosed", "handled.total");

    private final Random random;

    SeriesGenerator(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    SeriesGenerator(long seed) {
        this(new Random(seed));
    }

    Random random() {
        return random;
    }

    /**
     * A chained series: one report per year from {@code firstYear}, named by {@code source} and
     * {@code agency} per year.
     */
    List<Report> series(int firstYear, int years, IntFunction<String> source,
            IntFunction<String> agency) {
        List<Report> out = new ArrayList<>();
        Report previous = null;
        for (int y = firstYear; y < firstYear + years; y++) {
            Report r = ReportGenerator.generate(random.nextLong());
            r = y <= 2020 ? toGov2019(r, source.apply(y), agency.apply(y), y)
                    : rebuild(r, source.apply(y), agency.apply(y), y);
            if (previous != null) {
                r = chain(previous, r);
            }
            out.add(r);
            previous = r;
        }
        return out;
    }

    /** {@code current} with its 上年结转 and 现行有效件数 made to follow from {@code previous}. */
    static Report chain(Report previous, Report current) {
        Report r = current;
        for (String c : COLUMNS) {
            long handled = get(r, "applications", "handled.total", c);
            long forward = get(r, "applications", "carried_forward", c);
            long over = get(previous, "applications", "carried_forward", c);
            long fresh = handled + forward - over;
            if (fresh < 0) {
                forward -= fresh;
                fresh = 0;
            }
            r = set(r, "applications", "carried_over", c, over);
            r = set(r, "applications", "carried_forward", c, forward);
            r = set(r, "applications", "new", c, fresh);
        }
        r = rowTotals(r);
        if (bothInForceFormat(previous, r)) {
            for (String row : IN_FORCE_ROWS) {
                long before = get(previous, "proactive", row, "in_force");
                long issued = get(r, "proactive", row, "issued");
                long repealed = Math.min(get(r, "proactive", row, "repealed"), before + issued);
                r = set(r, "proactive", row, "repealed", repealed);
                r = set(r, "proactive", row, "in_force", before + issued - repealed);
            }
        }
        return r;
    }

    /** The standard formats' stock in force (表二's 现行有效件数), as the 2021 rule file declares it. */
    static final TableSpec.Stock IN_FORCE = RULES.format("gov-2021").orElseThrow()
            .table("proactive").orElseThrow().stocks().get(0);
    static final List<String> IN_FORCE_ROWS = IN_FORCE.rows();

    static boolean bothInForceFormat(Report a, Report b) {
        return a.format().equals(b.format()) && RULES.format(a.format())
                .flatMap(f -> f.table("proactive")).map(t -> t.stocks().contains(IN_FORCE)).orElse(false);
    }

    /** Which report of a consecutive pair a carry-over break is planted in. */
    enum Side { THIS_CARRIED_OVER, LAST_CARRIED_FORWARD }

    /**
     * Breaks the carry-over link of one applicant column between {@code last} (year t−1) and
     * {@code current} (year t) by {@code delta} (its sign flipped where a count would turn
     * negative), keeping both reports internally consistent. Returns the changed pair.
     */
    static Broken breakCarryOver(Report last, Report current, String column, long delta, Side side) {
        if (side == Side.THIS_CARRIED_OVER) {
            long over = get(current, "applications", "carried_over", column);
            if (over + delta < 0) {
                delta = -delta;
            }
            // new + carried_over = handled.total + carried_forward
            Report r = set(current, "applications", "carried_over", column, over + delta);
            long fresh = get(r, "applications", "new", column);
            if (fresh - delta >= 0) {
                r = set(r, "applications", "new", column, fresh - delta);
            } else {
                r = addTo(r, "handled.disclosed", column, delta);
                r = addTo(r, "handled.total", column, delta);
            }
            return new Broken(last, rowTotals(r), delta);
        }
        long forward = get(last, "applications", "carried_forward", column);
        if (forward + delta < 0) {
            delta = -delta;
        }
        Report r = set(last, "applications", "carried_forward", column, forward + delta);
        if (delta > 0) {
            r = addTo(r, "new", column, delta);
        } else {
            r = addTo(r, "handled.disclosed", column, -delta);
            r = addTo(r, "handled.total", column, -delta);
        }
        return new Broken(rowTotals(r), current, -delta);
    }

    /**
     * A broken pair: the reports of years t−1 and t, and by how much this year's 上年结转 now
     * exceeds last year's 结转下年度 in the broken column (and in 总计).
     */
    record Broken(Report last, Report current, long difference) {
    }

    /**
     * Changes 本年制发件数 of {@code row} by {@code delta} (sign flipped to stay non-negative); the
     * difference returned is 现行有效件数 minus what last year's figure implies.
     */
    static Broken breakInForce(Report current, String row, long delta) {
        long issued = get(current, "proactive", row, "issued");
        if (issued + delta < 0) {
            delta = -delta;
        }
        return new Broken(null, set(current, "proactive", row, "issued", issued + delta), -delta);
    }

    // ------------------------------------------------------------------ reports

    /** A copy of {@code r} under another source, body name and year; null agency or year leaves it out. */
    static Report rebuild(Report r, String source, String agency, Integer year) {
        Report.Builder b = Report.builder(source).format(r.format()).lines(r.lines());
        if (agency != null) {
            b.agency(agency);
        }
        if (year != null) {
            b.year(year);
        }
        r.tables().values().forEach(b::table);
        r.readingProblems().forEach(b::readingProblem);
        return b.build();
    }

    /** {@code r} (gov-2021) in the 2019 trial format, with a freshly drawn table 二. */
    Report toGov2019(Report r, String source, String agency, int year) {
        Report.Builder b = RULES.newReport(source, "gov-2019").agency(agency).year(year);
        Table apps = r.table("applications").orElseThrow();
        b.table("applications", t -> {
            Map<String, Long> other = new LinkedHashMap<>();
            apps.cells().forEach(cell -> {
                if (cell.row().startsWith("handled.other.")) {
                    other.merge(cell.column(), cell.value().number().orElseThrow().longValueExact(), Long::sum);
                } else {
                    t.cell(cell);
                }
            });
            other.forEach((c, n) -> t.value("handled.other", c, n));
        });
        b.table("reviews", t -> r.table("reviews").orElseThrow().cells().forEach(t::cell));
        TableSpec proactive = RULES.format("gov-2019").orElseThrow().table("proactive").orElseThrow();
        b.table("proactive", t -> {
            long[] published = {0};
            for (TableSpec.Position rc : proactive.cells()) {
                String row = rc.row();
                String col = rc.column();
                switch (col) {
                    case "new_made" -> t.value(row, col, small());
                    case "new_published" -> {
                        published[0] = small();
                        t.value(row, col, published[0]);
                    }
                    case "total_published" -> t.value(row, col, published[0] + small());
                    case "change" -> t.value(row, col, small() - small());
                    case "procurement_amount" -> t.value(row, col, BigDecimal.valueOf(small() * 100 + random.nextInt(100), 2));
                    default -> t.value(row, col, small());
                }
            }
        });
        return b.build();
    }

    private long small() {
        return random.nextInt(3) == 0 ? 0 : random.nextInt(50);
    }

    // ------------------------------------------------------------------ cells

    static long get(Report r, String table, String row, String column) {
        return ReportGenerator.number(r, new CellPos(table, row, column)).longValueExact();
    }

    static Report set(Report r, String table, String row, String column, long value) {
        return ReportGenerator.withValue(r, new CellPos(table, row, column), value);
    }

    private static Report addTo(Report r, String row, String column, long delta) {
        return set(r, "applications", row, column, get(r, "applications", row, column) + delta);
    }

    /** Recomputes the 总计 column of the rows the chain and the breaks touch. */
    private static Report rowTotals(Report r) {
        for (String row : REBALANCED_ROWS) {
            long total = 0;
            for (String c : COLUMNS) {
                total += get(r, "applications", row, c);
            }
            r = set(r, "applications", row, "total", total);
        }
        return r;
    }
}
