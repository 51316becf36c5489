package io.github.crossfoot.testing;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.LabelSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import io.github.crossfoot.testing.DocumentRenderer.Layout;
import io.github.crossfoot.testing.DocumentRenderer.Rendered;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Test data: random reports in the 2021 format ({@code gov-2021}) or the 2019 trial format
 * ({@code gov-2019}) in which every relation of the standard rules holds, ways to break one cell
 * of them, and renderers that write a report in every layout and document kind real reports come
 * in: tab-separated rows (seed {@code 000}), one cell per line (seed {@code 004}), pipe rows and
 * pipe cells per line (HTML-to-text), Markdown, CSV, HTML (UTF-8 or GBK), Word and PDF. The
 * renderers lay the report out once as a {@link ReportDocument} (paragraphs and grids with the
 * official row and column spans) and write that with {@link DocumentRenderer}, which also tells on
 * which line each cell ended up; fixtures damage the document before writing ({@link Fixtures}).
 *
 * <p>Values are built bottom-up so the relations hold by construction: random leaf outcome counts
 * for the six applicant columns, {@code handled.total} their column sums, a random
 * {@code carried_forward}, a random {@code carried_over} no larger than handled total plus carried
 * forward, and {@code new} the balance; the {@code total} column is the row sum of the six. In the
 * 2019 table 二, newly published never exceeds published in total, and a negative 本年增/减 never
 * exceeds the previous year's items. Many real reports are almost all zeros, so each report draws
 * a zero density (sometimes 100%) and non-zero values are mostly small, sometimes a few thousand.
 *
 * <pre>{@code
 * Report r = ReportGenerator.generate(42);                       // gov-2021
 * Report old = ReportGenerator.generate(42, ReportGenerator.FORMAT_2019);
 * Report broken = ReportGenerator.addDelta(r, new CellPos("applications", "new", "commercial"), 3);
 * String text = ReportGenerator.renderTabText(r);
 * byte[] word = ReportGenerator.renderDocx(old);
 * }</pre>
 */
public final class ReportGenerator {

    /** The format the generated reports follow unless told otherwise. */
    public static final String FORMAT = "gov-2021";

    /** The 2019 trial format. */
    public static final String FORMAT_2019 = "gov-2019";

    /** The six applicant columns of {@code applications}, in table order. */
    public static final List<String> APPLICANT_COLUMNS =
            List.of("natural_person", "commercial", "research", "nonprofit", "legal_service", "other_org");

    /** The review groups of {@code reviews}, in table order. */
    public static final List<String> REVIEW_GROUPS =
            List.of("reconsideration", "litigation_direct", "litigation_after_reconsideration");

    /** The parts of each review group that add up to its {@code total}. */
    public static final List<String> REVIEW_PARTS = List.of("upheld", "corrected", "other", "pending");

    private static final List<String> AGENCIES = List.of(
            "勃利县倭肯镇人民政府", "宁晋县大曹庄镇人民政府", "某某市生态环境局", "某某区住房和城乡建设局",
            "某某县人民政府办公室", "某某市自然资源和规划局", "某某街道办事处", "某某县教育和体育局");

    /** A cell of a generated report: table, row and column ids. */
    public record CellPos(String table, String row, String column) {
        public CellPos {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public String toString() {
            return table + "[" + row + ", " + column + "]";
        }
    }

    private final Random random;

    /** A generator drawing from {@code new Random(seed)}. */
    public ReportGenerator(long seed) {
        this(new Random(seed));
    }

    /** A generator drawing from {@code random}, e.g. one supplied by jqwik. */
    public ReportGenerator(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** One consistent report from {@code seed}; the same seed always gives the same report. */
    public static Report generate(long seed) {
        return new ReportGenerator(seed).next();
    }

    /** Consistent reports for jqwik, drawn from jqwik's random source. */
    public static Arbitrary<Report> reports() {
        return Arbitraries.randomValue(r -> new ReportGenerator(r).next());
    }

    // ------------------------------------------------------------------ specs

    /** The 2021 format of the standard rule set. */
    public static FormatSpec formatSpec() {
        return formatSpec(FORMAT);
    }

    /** A format of the standard rule set ({@link #FORMAT} or {@link #FORMAT_2019}). */
    public static FormatSpec formatSpec(String format) {
        return RuleSet.standard().format(format).orElseThrow(() -> new IllegalStateException("no format " + format));
    }

    /** A table of the 2021 format. */
    public static TableSpec tableSpec(String tableId) {
        return tableSpec(FORMAT, tableId);
    }

    /** A table of {@code format}. */
    public static TableSpec tableSpec(String format, String tableId) {
        return formatSpec(format).table(tableId)
                .orElseThrow(() -> new IllegalArgumentException("no table " + tableId + " in " + format));
    }

    /** Every cell the 2021 format defines for {@code tableId}, row by row in official order. */
    public static List<CellPos> cells(String tableId) {
        return cells(FORMAT, tableId);
    }

    /** Every cell {@code format} defines for {@code tableId}, row by row in official order. */
    public static List<CellPos> cells(String format, String tableId) {
        List<CellPos> out = new ArrayList<>();
        for (TableSpec.Position rc : tableSpec(format, tableId).cells()) {
            out.add(new CellPos(tableId, rc.row(), rc.column()));
        }
        return out;
    }

    /** Every cell of {@code applications} (175) then {@code reviews} (15). */
    public static List<CellPos> equationCells() {
        List<CellPos> out = new ArrayList<>(cells("applications"));
        out.addAll(cells("reviews"));
        return out;
    }

    /** The 21 outcome rows of {@code applications} ({@code handled.disclosed .. handled.other.other}). */
    public static List<String> outcomeRows() {
        return outcomeRows(FORMAT);
    }

    /**
     * The outcome rows of {@code applications} in {@code format}: from {@code handled.disclosed} up to
     * the row before {@code handled.total} (21 in 2021, 19 in 2019).
     */
    public static List<String> outcomeRows(String format) {
        List<String> rows = tableSpec(format, "applications").rows().stream().map(LabelSpec::id).toList();
        int from = rows.indexOf("handled.disclosed");
        int to = rows.indexOf("handled.total");
        return List.copyOf(rows.subList(from, to));
    }

    // ------------------------------------------------------------------ generation

    /** One consistent report in {@code format} from {@code seed}; the same seed always gives the same report. */
    public static Report generate(long seed, String format) {
        return new ReportGenerator(seed).next(format);
    }

    /** Consistent reports in {@code format} for jqwik. */
    public static Arbitrary<Report> reports(String format) {
        return Arbitraries.randomValue(r -> new ReportGenerator(r).next(format));
    }

    /** The next consistent report in the 2021 format. */
    public Report next() {
        return next(FORMAT);
    }

    /** The next consistent report in {@code format} ({@link #FORMAT} or {@link #FORMAT_2019}). */
    public Report next(String format) {
        boolean v2019 = format.equals(FORMAT_2019);
        if (!v2019 && !format.equals(FORMAT)) {
            throw new IllegalArgumentException("unknown format " + format);
        }
        int year = v2019 ? 2019 + random.nextInt(2) : 2021 + random.nextInt(4);
        String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
        Report.Builder b = RuleSet.standard().newReport("generated-" + year + ".txt", format)
                .year(year).agency(agency);
        Density density = Density.draw(random);
        b.table("applications", t -> applications(format, t, density));
        b.table("reviews", t -> reviews(t, density));
        if (v2019) {
            b.table("proactive", t -> proactive2019(t, density));
        } else {
            b.table("proactive", t -> proactive(t, density));
        }
        return b.build();
    }

    /** How often a report's cells are zero, drawn per report. */
    private record Density(double zero) {
        static Density draw(Random random) {
            double[] choices = {1.0, 0.97, 0.8, 0.5, 0.5, 0.3, 0.1};
            return new Density(choices[random.nextInt(choices.length)]);
        }
    }

    /** A count: zero with the report's zero density, else mostly small, sometimes thousands. */
    private long count(Density d) {
        if (random.nextDouble() < d.zero()) {
            return 0;
        }
        int kind = random.nextInt(20);
        if (kind < 14) {
            return 1 + random.nextInt(9);
        }
        if (kind < 18) {
            return 10 + random.nextInt(190);
        }
        return 200 + random.nextInt(4800);
    }

    private void applications(String format, Table.Builder t, Density d) {
        List<String> outcomes = outcomeRows(format);
        Map<String, Map<String, Long>> v = new LinkedHashMap<>();
        for (String c : APPLICANT_COLUMNS) {
            long handled = 0;
            for (String r : outcomes) {
                long n = count(d);
                put(v, r, c, n);
                handled += n;
            }
            long carriedForward = count(d);
            long cap = handled + carriedForward;
            long carriedOver = random.nextInt(4) == 0 ? 0 : Math.min(count(d), cap);
            put(v, "handled.total", c, handled);
            put(v, "carried_forward", c, carriedForward);
            put(v, "carried_over", c, carriedOver);
            put(v, "new", c, cap - carriedOver);
        }
        for (LabelSpec row : tableSpec(format, "applications").rows()) {
            long total = 0;
            for (String c : APPLICANT_COLUMNS) {
                long n = v.get(row.id()).get(c);
                t.value(row.id(), c, n);
                total += n;
            }
            t.value(row.id(), "total", total);
        }
    }

    private static void put(Map<String, Map<String, Long>> v, String row, String column, long n) {
        v.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(column, n);
    }

    private void reviews(Table.Builder t, Density d) {
        for (String g : REVIEW_GROUPS) {
            long total = 0;
            for (String part : REVIEW_PARTS) {
                long n = count(d);
                t.value("all", g + "." + part, n);
                total += n;
            }
            t.value("all", g + ".total", total);
        }
    }

    private void proactive(Table.Builder t, Density d) {
        for (TableSpec.Position rc : tableSpec("proactive").cells()) {
            if (rc.column().equals("amount_10k_yuan")) {
                t.value(rc.row(), rc.column(), amount(d));
            } else {
                t.value(rc.row(), rc.column(), count(d));
            }
        }
    }

    /**
     * Table 二 of the 2019 format: newly published no more than published in total (the warning
     * rule {@code proactive.published-total}); a signed change no larger in magnitude than the
     * previous year's items when negative; a procurement amount that may carry decimals.
     */
    private void proactive2019(Table.Builder t, Density d) {
        for (String row : List.of("regulations", "normative_documents")) {
            long published = count(d);
            t.value(row, "new_made", Math.max(published, count(d)));
            t.value(row, "new_published", published);
            t.value(row, "total_published", published + count(d));
        }
        for (String row : List.of("licensing", "other_services", "penalty", "enforcement", "fees")) {
            long previous = count(d);
            long change = random.nextInt(3) == 0 ? -Math.min(previous, count(d)) : count(d);
            t.value(row, "previous_items", previous);
            t.value(row, "change", change);
            if (!row.equals("fees")) {
                t.value(row, "decisions", count(d));
            }
        }
        t.value("procurement", "procurement_items", count(d));
        t.value("procurement", "procurement_amount", amount(d));
    }

    /** A fee in 10k yuan: zero, a whole number, or one with one or two decimals. */
    private BigDecimal amount(Density d) {
        long whole = count(d);
        return switch (random.nextInt(4)) {
            case 0 -> BigDecimal.valueOf(whole);
            case 1 -> BigDecimal.valueOf(whole * 10 + random.nextInt(10), 1);
            case 2 -> BigDecimal.valueOf(whole * 100 + random.nextInt(100), 2);
            default -> whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(whole * 100 + 1 + random.nextInt(99), 2);
        };
    }

    // ------------------------------------------------------------------ perturbation

    /** The number at {@code pos}; fails when the cell is absent or not a number. */
    public static BigDecimal number(Report report, CellPos pos) {
        return report.table(pos.table()).flatMap(t -> t.number(pos.row(), pos.column()))
                .orElseThrow(() -> new IllegalArgumentException("no number at " + pos));
    }

    /** A copy of {@code report} with {@code pos} set to {@code value} (kept in place, no source line). */
    public static Report withValue(Report report, CellPos pos, CellValue value) {
        return report.toBuilder().table(pos.table(), t -> t.cell(new Cell(pos.row(), pos.column(), value, 0))).build();
    }

    /** A copy of {@code report} with {@code pos} set to {@code value}. */
    public static Report withValue(Report report, CellPos pos, BigDecimal value) {
        return withValue(report, pos, CellValue.of(value));
    }

    /** A copy of {@code report} with {@code pos} set to {@code value}. */
    public static Report withValue(Report report, CellPos pos, long value) {
        return withValue(report, pos, CellValue.of(value));
    }

    /** A copy of {@code report} with {@code delta} added to the number at {@code pos}. */
    public static Report addDelta(Report report, CellPos pos, long delta) {
        return addDelta(report, pos, BigDecimal.valueOf(delta));
    }

    /** A copy of {@code report} with {@code delta} added to the number at {@code pos}. */
    public static Report addDelta(Report report, CellPos pos, BigDecimal delta) {
        return withValue(report, pos, number(report, pos).add(delta));
    }

    // ------------------------------------------------------------------ rendering

    /** The report laid out as a document (paragraphs and spanning grids), ready to damage or render. */
    public static ReportDocument document(Report report) {
        return ReportDocument.of(report);
    }

    /** The report in the tab-separated layout of seed {@code 000}: one table row per line, merged cells as empty fields. */
    public static String renderTabText(Report report) {
        return render(report, Layout.TAB).text();
    }

    /**
     * The report in the layout of seed {@code 004}: every label and every value on its own line,
     * lines separated by blank lines, some values with a stray space before or after as in the seed.
     */
    public static String renderOneCellPerLine(Report report) {
        return render(report, Layout.CELL_PER_LINE).text();
    }

    /** HTML-to-text style: {@code 规章 | 0 | 0 | 0 |}, captions {@code 第二十条第(一)项 | |||}. */
    public static String renderPipeText(Report report) {
        return render(report, Layout.PIPE).text();
    }

    /** One {@code cell |} per line. */
    public static String renderPipePerLine(Report report) {
        return render(report, Layout.PIPE_PER_LINE).text();
    }

    /** Markdown tables with {@code |---|} rule lines. */
    public static String renderMarkdown(Report report) {
        return render(report, Layout.MARKDOWN).text();
    }

    /** CSV: one table row per line, merged cells as empty fields, fields with commas quoted. */
    public static String renderCsv(Report report) {
        return render(report, Layout.CSV).text();
    }

    /** An HTML page with rowspan/colspan tables as in the official layout, UTF-8 or GBK. */
    public static byte[] renderHtml(Report report, boolean gbk) {
        return render(report, gbk ? Layout.HTML_GBK : Layout.HTML).bytes();
    }

    /** A Word document (Apache POI) with real tables, merged cells via gridSpan and vMerge. */
    public static byte[] renderDocx(Report report) {
        return render(report, Layout.DOCX).bytes();
    }

    /** A PDF (Apache PDFBox) with a text layer; needs a CJK font ({@link DocumentRenderer#canRenderPdf()}). */
    public static byte[] renderPdf(Report report) {
        return render(report, Layout.PDF).bytes();
    }

    /** The report in {@code layout}, with the line of every cell. */
    public static Rendered render(Report report, Layout layout) {
        return DocumentRenderer.render(ReportDocument.of(report), layout);
    }
}
