package io.github.crossfoot.testing;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.LabelSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Test data: random reports in the 2021 format ({@code gov-2021}) in which every relation of the
 * standard rules holds, ways to break one cell of them, and renderers that print a report in the
 * two text layouts of the seed reports (tab-separated rows as in {@code 000_683628c7d948b694.txt},
 * one cell per line as in {@code 004_c480b6e418059ec0.txt}).
 *
 * <p>Values are built bottom-up so the relations hold by construction: random leaf outcome counts
 * for the six applicant columns, {@code handled.total} their column sums, a random
 * {@code carried_forward}, a random {@code carried_over} no larger than handled total plus carried
 * forward, and {@code new} the balance; the {@code total} column is the row sum of the six. Many
 * real reports are almost all zeros, so each report draws a zero density (sometimes 100%) and
 * non-zero values are mostly small, sometimes a few thousand.
 *
 * <pre>{@code
 * Report r = ReportGenerator.generate(42);
 * Report broken = ReportGenerator.addDelta(r, new CellPos("applications", "new", "commercial"), 3);
 * String text = ReportGenerator.renderTabText(r);
 * }</pre>
 */
public final class ReportGenerator {

    /** The format the generated reports follow. */
    public static final String FORMAT = "gov-2021";

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
        return RuleSet.standard().format(FORMAT).orElseThrow(() -> new IllegalStateException("no format " + FORMAT));
    }

    /** A table of the 2021 format. */
    public static TableSpec tableSpec(String tableId) {
        return formatSpec().table(tableId).orElseThrow(() -> new IllegalArgumentException("no table " + tableId));
    }

    /** Every cell the format defines for {@code tableId}, row by row in official order. */
    public static List<CellPos> cells(String tableId) {
        List<CellPos> out = new ArrayList<>();
        for (String[] rc : tableSpec(tableId).cells()) {
            out.add(new CellPos(tableId, rc[0], rc[1]));
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
        List<String> rows = tableSpec("applications").rows().stream().map(LabelSpec::id).toList();
        int from = rows.indexOf("handled.disclosed");
        int to = rows.indexOf("handled.other.other");
        return List.copyOf(rows.subList(from, to + 1));
    }

    // ------------------------------------------------------------------ generation

    /** The next consistent report. */
    public Report next() {
        int year = 2021 + random.nextInt(4);
        String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
        Report.Builder b = RuleSet.standard().newReport("generated-" + year + ".txt", FORMAT)
                .year(year).agency(agency);
        Density density = Density.draw(random);
        b.table("applications", t -> applications(t, density));
        b.table("reviews", t -> reviews(t, density));
        b.table("proactive", t -> proactive(t, density));
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

    private void applications(Table.Builder t, Density d) {
        List<String> outcomes = outcomeRows();
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
        for (LabelSpec row : tableSpec("applications").rows()) {
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
        for (String[] rc : tableSpec("proactive").cells()) {
            if (rc[1].equals("amount_10k_yuan")) {
                t.value(rc[0], rc[1], amount(d));
            } else {
                t.value(rc[0], rc[1], count(d));
            }
        }
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

    /** The report in the tab-separated layout of seed {@code 000}: one table row per line. */
    public static String renderTabText(Report report) {
        Lines out = new Lines();
        preamble(report, out);
        TableSpec proactive = tableSpec("proactive");
        out.blank().add(proactive.label()).blank();
        for (ProactiveBlock block : proactiveBlocks(proactive)) {
            List<String> cols = proactive.columnsOf(block.rows().get(0));
            List<String> note = new ArrayList<>();
            note.add(block.note());
            cols.forEach(c -> note.add(""));
            out.fields(note);
            List<String> header = new ArrayList<>();
            header.add(block.contentNote());
            cols.forEach(c -> header.add(proactive.column(c).orElseThrow().label()));
            out.fields(header);
            for (String row : block.rows()) {
                List<String> f = new ArrayList<>();
                f.add(proactive.row(row).orElseThrow().label());
                proactive.columnsOf(row).forEach(c -> f.add(value(report, "proactive", row, c)));
                out.fields(f);
            }
        }

        TableSpec apps = tableSpec("applications");
        out.blank().add(apps.label()).blank();
        List<String> leaves = APPLICANT_COLUMNS.subList(1, APPLICANT_COLUMNS.size());
        List<String> h1 = new ArrayList<>(List.of(apps.notes().get(0), "", apps.groupDisplay("applicant")));
        APPLICANT_COLUMNS.stream().skip(1).forEach(c -> h1.add(""));
        h1.add(label(apps, "total"));
        h1.add("");
        out.fields(h1);
        List<String> h2 = new ArrayList<>(List.of("", "", label(apps, "natural_person"),
                apps.groupDisplay("legal_entity")));
        leaves.forEach(c -> h2.add(""));
        h2.add("");
        out.fields(h2);
        List<String> h3 = new ArrayList<>(List.of("", "", ""));
        leaves.forEach(c -> h3.add(label(apps, c)));
        h3.add("");
        h3.add("");
        out.fields(h3);
        Set<String> groupsShown = new HashSet<>();
        for (LabelSpec row : apps.rows()) {
            List<String> groups = groupsOf(apps, row.id());
            List<String> f = new ArrayList<>();
            for (String g : groups) {
                f.add(groupsShown.add(g) ? apps.groupDisplay(g) : "");
            }
            f.add(row.label());
            while (f.size() < 2) {
                f.add("");
            }
            apps.columnsOf(row.id()).forEach(c -> f.add(value(report, "applications", row.id(), c)));
            if (groups.size() < 2) {
                f.add(""); // the seed's trailing tab on rows with two label fields
            }
            out.fields(f);
        }

        TableSpec reviews = tableSpec("reviews");
        out.blank().add(reviews.label()).blank();
        int parts = REVIEW_PARTS.size() + 1;
        List<String> r1 = new ArrayList<>();
        r1.add(reviews.groupDisplay(REVIEW_GROUPS.get(0)));
        pad(r1, parts - 1);
        r1.add(reviews.notes().get(0));
        pad(r1, 2 * parts - 1);
        out.fields(r1);
        List<String> r2 = new ArrayList<>();
        for (String c : groupColumns(REVIEW_GROUPS.get(0))) {
            r2.add(label(reviews, c));
        }
        for (String g : REVIEW_GROUPS.subList(1, REVIEW_GROUPS.size())) {
            r2.add(reviews.groupDisplay(g));
            pad(r2, parts - 1);
        }
        out.fields(r2);
        List<String> r3 = new ArrayList<>();
        pad(r3, parts);
        for (String g : REVIEW_GROUPS.subList(1, REVIEW_GROUPS.size())) {
            groupColumns(g).forEach(c -> r3.add(label(reviews, c)));
        }
        out.fields(r3);
        List<String> values = new ArrayList<>();
        reviews.columnsOf("all").forEach(c -> values.add(value(report, "reviews", "all", c)));
        out.fields(values);
        postamble(out);
        return out.toString();
    }

    /**
     * The report in the layout of seed {@code 004}: every label and every value on its own line,
     * lines separated by blank lines, some values with a stray space before or after as in the seed.
     */
    public static String renderOneCellPerLine(Report report) {
        Lines out = new Lines();
        preamble(report, out);
        TableSpec proactive = tableSpec("proactive");
        out.blank().add(proactive.label()).blank().add(" ");
        for (ProactiveBlock block : proactiveBlocks(proactive)) {
            out.blank().add(block.note()).blank().add(block.contentNote());
            for (String c : proactive.columnsOf(block.rows().get(0))) {
                out.blank().add(label(proactive, c));
            }
            for (String row : block.rows()) {
                out.blank().add(proactive.row(row).orElseThrow().label());
                for (String c : proactive.columnsOf(row)) {
                    out.blank().add(value(report, "proactive", row, c));
                }
            }
        }
        out.blank().add(" ");

        TableSpec apps = tableSpec("applications");
        out.blank().add(apps.label()).blank().add(" ");
        out.blank().add(apps.notes().get(0));
        out.blank().add(apps.groupDisplay("applicant"));
        out.blank().add(label(apps, "natural_person"));
        out.blank().add(apps.groupDisplay("legal_entity"));
        out.blank().add(label(apps, "total"));
        APPLICANT_COLUMNS.stream().skip(1).forEach(c -> out.blank().add(label(apps, c)));
        Set<String> groupsShown = new HashSet<>();
        int k = 0;
        for (LabelSpec row : apps.rows()) {
            for (String g : groupsOf(apps, row.id())) {
                if (groupsShown.add(g)) {
                    out.blank().add(apps.groupDisplay(g));
                }
            }
            out.blank().add(row.label());
            for (String c : apps.columnsOf(row.id())) {
                String v = value(report, "applications", row.id(), c);
                // The seed pads values with a space on either side now and then.
                out.blank().add(switch (k++ % 3) {
                    case 0 -> v + " ";
                    case 1 -> " " + v;
                    default -> v;
                });
            }
        }
        out.blank().add(" ");

        TableSpec reviews = tableSpec("reviews");
        out.blank().add(reviews.label()).blank().add(" ");
        out.blank().add(reviews.groupDisplay(REVIEW_GROUPS.get(0)));
        out.blank().add(reviews.notes().get(0));
        groupColumns(REVIEW_GROUPS.get(0)).forEach(c -> out.blank().add(label(reviews, c)));
        for (String g : REVIEW_GROUPS.subList(1, REVIEW_GROUPS.size())) {
            out.blank().add(reviews.groupDisplay(g));
        }
        for (String g : REVIEW_GROUPS.subList(1, REVIEW_GROUPS.size())) {
            groupColumns(g).forEach(c -> out.blank().add(label(reviews, c)));
        }
        reviews.columnsOf("all").forEach(c -> out.blank().add(value(report, "reviews", "all", c)));
        out.blank();
        postamble(out);
        return out.toString();
    }

    /** One sub-table of 二: its article note, the 信息内容 caption and its rows. */
    private record ProactiveBlock(String note, String contentNote, List<String> rows) {
    }

    /**
     * The four sub-tables of 二 in the official layout. Which rows share a sub-table is not in the
     * rule file (行政许可 and 行政处罚 have the same columns but different articles), so it is
     * fixed here; the printed texts come from the table's notes.
     */
    private static List<ProactiveBlock> proactiveBlocks(TableSpec proactive) {
        List<String> notes = proactive.notes();
        String content = notes.get(4);
        return List.of(
                new ProactiveBlock(notes.get(0), content, List.of("regulations", "normative_documents")),
                new ProactiveBlock(notes.get(1), content, List.of("licensing")),
                new ProactiveBlock(notes.get(2), content, List.of("penalty", "enforcement")),
                new ProactiveBlock(notes.get(3), content, List.of("fees")));
    }

    /** The row groups a row belongs to, outermost first ({@code handled}, {@code handled.withheld}). */
    private static List<String> groupsOf(TableSpec spec, String rowId) {
        List<String> out = new ArrayList<>();
        int dot = rowId.indexOf('.');
        while (dot > 0) {
            String g = rowId.substring(0, dot);
            if (spec.groups().containsKey(g)) {
                out.add(g);
            }
            dot = rowId.indexOf('.', dot + 1);
        }
        return out;
    }

    private static List<String> groupColumns(String group) {
        List<String> out = new ArrayList<>();
        REVIEW_PARTS.forEach(p -> out.add(group + "." + p));
        out.add(group + ".total");
        return out;
    }

    private static String label(TableSpec spec, String columnId) {
        return spec.column(columnId).orElseThrow().label();
    }

    private static void pad(List<String> fields, int n) {
        for (int i = 0; i < n; i++) {
            fields.add("");
        }
    }

    /** The cell as it would be printed: the number as written, "" for a blank or absent cell. */
    private static String value(Report report, String table, String row, String column) {
        return report.table(table).flatMap(t -> t.cell(row, column)).map(c -> c.value().toString()).orElse("");
    }

    private static void preamble(Report report, Lines out) {
        String agency = report.agency().orElse("某某县人民政府");
        int year = report.year().orElse(2021);
        out.blank().blank().add(agency + year + "年政府信息公开工作年度报告").blank();
        out.add("一、总体情况").blank();
        out.add(year + "年，" + agency + "认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好政务公开各项工作。");
    }

    private static void postamble(Lines out) {
        out.blank().add("五、存在的主要问题及改进情况").blank();
        out.add("信息公开的内容有待进一步完善，宣传力度不够。").blank();
        out.add("六、其他需要报告的事项").blank();
        out.add("本年度无其他需要报告的事项。").blank();
    }

    /** A text under construction, line by line. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();

        Lines add(String line) {
            text.append(line).append('\n');
            return this;
        }

        Lines blank() {
            return add("");
        }

        Lines fields(List<String> fields) {
            return add(String.join("\t", fields));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
