package io.github.crossfoot.testing;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.testing.DocumentRenderer.Layout;
import io.github.crossfoot.testing.Fixtures.Built;
import io.github.crossfoot.testing.Fixtures.Damage;
import io.github.crossfoot.testing.Fixtures.Expectation;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Writes the fixture set of {@code src/test/resources/fixtures}: every layout × both formats, a
 * consistent report and two damaged ones each (damages taken in turn so each lands in several
 * layouts), a few extra variants, and copies and variants of the real seed reports. Beside each
 * file goes {@code NAME.expected}, and a {@code README.md} lists them all.
 *
 * <p>The expectations are stated by {@link Fixtures} from the document, not from the reader; this
 * program then reads every file back and prints where the reader disagrees, which the fixture test
 * then fails on.
 *
 * <p>Run after {@code mvn -o test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.crossfoot.testing.FixtureWriter \
 *     src/test/resources/fixtures /path/to/seeds
 * </pre>
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}). The same code writes
 * the same text, CSV and HTML files byte for byte; Word and PDF files differ in zip times and font
 * subset tags but read the same. PDF fixtures need a CJK font (fonts-wqy-zenhei); without one they
 * are skipped with a message.
 */
public final class FixtureWriter {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);


    private FixtureWriter() {
    }

    /** One planned fixture. */
    record Plan(String name, String format, Layout layout, Damage damage, long seed) {
    }

    static List<Plan> plans() {
        List<Damage> rotation = List.of(Damage.MISSING_TABLE, Damage.REVIEWS_TRUNCATED, Damage.ROW_MISSING,
                Damage.SHIFTED, Damage.WRONG_TOTAL, Damage.TYPO_LABEL, Damage.FILLING_NOTES, Damage.EXTRA_ROW,
                Damage.MARKS, Damage.CUT_TABLE);
        List<Plan> out = new ArrayList<>();
        Layout[] layouts = Layout.values();
        for (String format : List.of(ReportGenerator.FORMAT, ReportGenerator.FORMAT_2019)) {
            String f = format.equals(ReportGenerator.FORMAT) ? "g21" : "g19";
            int offset = format.equals(ReportGenerator.FORMAT) ? 0 : 5;
            for (int i = 0; i < layouts.length; i++) {
                Layout l = layouts[i];
                long seed = 1000L * (i + 1) + (offset == 0 ? 0 : 500);
                out.add(new Plan(f + "-" + l.id() + "-consistent", format, l, Damage.NONE, seed));
                for (int k = 0; k < 2; k++) {
                    Damage d = rotation.get((2 * i + k + offset) % rotation.size());
                    out.add(new Plan(f + "-" + l.id() + "-" + d.id(), format, l, d, seed + 10 * (k + 1)));
                }
            }
        }
        out.add(new Plan("g19-tab-wrong-year", ReportGenerator.FORMAT_2019, Layout.TAB, Damage.WRONG_YEAR, 90_001));
        out.add(new Plan("g21-csv-ascii-commas", ReportGenerator.FORMAT, Layout.CSV, Damage.ASCII_COMMAS, 90_002));
        out.add(new Plan("g19-csv-ascii-commas", ReportGenerator.FORMAT_2019, Layout.CSV, Damage.ASCII_COMMAS, 90_003));
        out.add(new Plan("g21-markdown-atx-headings", ReportGenerator.FORMAT, Layout.MARKDOWN, Damage.ATX_HEADINGS,
                90_004));
        out.add(new Plan("g21-html-gbk-marks", ReportGenerator.FORMAT, Layout.HTML_GBK, Damage.MARKS, 90_005));
        out.add(new Plan("g19-docx-marks", ReportGenerator.FORMAT_2019, Layout.DOCX, Damage.MARKS, 90_006));
        return out;
    }

    /** A fixture written: file name, README row, expectation, actual outcome. */
    record Written(String file, String layout, String format, String damage, Expectation expected,
                   Expectation actual) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures");
        Path seeds = Path.of(args.length > 1 ? args[1] : "src/test/resources/seeds");
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<Written> written = new ArrayList<>();
        for (Plan p : plans()) {
            if (p.layout() == Layout.PDF && !DocumentRenderer.canRenderPdf()) {
                System.out.println("SKIP " + p.name() + ": no CJK font for PDF");
                continue;
            }
            Built b = Fixtures.build(p.name(), p.format(), p.layout(), p.damage(), p.seed());
            String file = p.name() + "." + p.layout().extension();
            Expectation expected = b.expected();
            written.add(write(dir, file, b.bytes(), expected, p.layout().id(), p.format(),
                    p.damage().description() + (p.damage() == Damage.NONE ? "" : " (seed " + b.seed() + ")"),
                    "generated report, seed " + b.seed() + ", layout " + p.layout().id() + ", damage "
                            + p.damage().id()));
        }
        written.addAll(seedFixtures(dir, seeds));
        writeReadme(dir, written);
        int disagreements = 0;
        for (Written w : written) {
            List<String> diffs = w.expected().differences(w.actual());
            if (!diffs.isEmpty()) {
                disagreements++;
                System.out.println("DISAGREE " + w.file());
                diffs.stream().limit(12).forEach(d -> System.out.println("    " + d));
                if (diffs.size() > 12) {
                    System.out.println("    ... " + (diffs.size() - 12) + " more");
                }
            }
        }
        System.out.println(written.size() + " fixtures written to " + dir + ", " + disagreements
                + " disagree with the reader");
    }

    private static Written write(Path dir, String file, byte[] bytes, Expectation e, String layout,
                                 String format, String damage, String origin) throws IOException {
        Path path = dir.resolve(file);
        Files.write(path, bytes);
        Files.writeString(dir.resolve(file + ".expected"),
                "# " + file + ": " + origin + "\n# " + damage + "\n" + e.write(), StandardCharsets.UTF_8);
        Report report = READER.read(path);
        Expectation actual = Expectation.of(report.format(), report, RULES.check(report));
        return new Written(file, layout, format, damage, e, actual);
    }

    // ------------------------------------------------------------------ seeds

    /**
     * Copies and variants of the real seed reports. Their expectation comes from the original
     * seed as read and checked (which the seed tests pin down: 000, 001, 002, 004 pass with every
     * cell a number on a line containing it, 003 has no tables), changed as the variant demands.
     */
    private static List<Written> seedFixtures(Path dir, Path seeds) throws IOException {
        List<Written> out = new ArrayList<>();
        out.add(seed(dir, seeds, "000_683628c7d948b694.txt", "seed000-tab-copy.txt", "tab", "copy of seed 000 "
                + "(本年度止件数 typo)", b -> b, null));
        out.add(seed(dir, seeds, "002_3bceb6a2129e3845.txt", "seed002-cellperline-copy.txt", "cellperline",
                "copy of seed 002 (title split over two lines)", b -> b, null));
        out.add(seed(dir, seeds, "003_80eb4e39c25afce7.txt", "seed003-no-tables-copy.txt", "text",
                "copy of seed 003 (narrative only, no tables)", b -> b, null));
        out.add(seed(dir, seeds, "004_c480b6e418059ec0.txt", "seed004-cellperline-gb18030.txt", "cellperline",
                "seed 004 re-encoded as GB18030 (GBK has no code for its no-break spaces)",
                b -> new String(b, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")), null));
        out.add(seed(dir, seeds, "001_cff84b0da7bd01e8.txt", "seed001-tab-crlf-bom.txt", "tab",
                "seed 001 with CRLF line ends and a UTF-8 BOM", b -> ("\uFEFF" + new String(b, StandardCharsets.UTF_8)
                        .replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8), null));
        // Seed 001 with one value of 一、本年新收 deleted: the row is refused with a located error.
        String row = "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t";
        out.add(seed(dir, seeds, "001_cff84b0da7bd01e8.txt", "seed001-tab-row-short.txt", "tab",
                "seed 001 with one value of 一、本年新收 deleted (6 values for 7 columns)",
                b -> replaceOnce(b, row, "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t"),
                new SeedDamage("applications", "new", 55)));
        // Seed 004 with the value of 行政许可 (404) deleted: the row has no value, so it is refused too.
        out.add(seed(dir, seeds, "004_c480b6e418059ec0.txt", "seed004-cellperline-value-lost.txt", "cellperline",
                "seed 004 with the value 404 of 行政许可 replaced by an empty line",
                b -> replaceOnce(b, "行政许可\n\n404\n", "行政许可\n\n\n"),
                new SeedDamage("proactive", "licensing", 79)));
        out.addAll(sectionFixtures(dir, seeds));
        return out;
    }

    // Seed 001: 五、存在的主要问题及改进情况 stands on lines 88–97, 六、其他需要报告的事项 on 98–100 (its statement on
    // the 信息处理费 on 100), after every table; 一、总体情况's prose on line 9 states no figure. Each variant keeps
    // the line count, so the tables read as in the seed and only the planted findings are added.
    private static final int FIVE = 88;
    private static final int SIX = 98;
    private static final int LAST = 100;

    /**
     * Seed 001 with a section removed, two sections swapped, section 五 emptied, the fee statement
     * left out, and table 二 contradicted by the prose: each expects the seed's own findings and the
     * ones the edit plants, stated here from the edit.
     */
    private static List<Written> sectionFixtures(Path dir, Path seeds) throws IOException {
        String seed = "001_cff84b0da7bd01e8.txt";
        List<Written> out = new ArrayList<>();
        out.add(planted(dir, seeds, seed, "seed001-section-removed.txt",
                "seed 001 with section 五 (lines 88–97) blanked out: 五's heading and text gone",
                lines -> blank(lines, FIVE, SIX - 1),
                List.of(Fixtures.signature(Severity.ERROR, "structure.section-missing", null, null, null, SIX))));
        out.add(planted(dir, seeds, seed, "seed001-sections-swapped.txt",
                "seed 001 with sections 五 and 六 swapped (六 on lines 88–90, 五 from line 91)",
                lines -> {
                    List<String> swapped = new ArrayList<>(lines.subList(0, FIVE - 1));
                    swapped.addAll(lines.subList(SIX - 1, LAST));
                    swapped.addAll(lines.subList(FIVE - 1, SIX - 1));
                    return swapped;
                },
                List.of(Fixtures.signature(Severity.WARNING, "structure.section-order", null, null, null, FIVE))));
        out.add(planted(dir, seeds, seed, "seed001-five-empty.txt",
                "seed 001 with section 五's text (lines 89–96) blanked out: its heading alone",
                lines -> blank(lines, FIVE + 1, SIX - 1),
                List.of(Fixtures.signature(Severity.WARNING, "structure.section-empty", null, null, null, FIVE))));
        out.add(planted(dir, seeds, seed, "seed001-no-fee-statement.txt",
                "seed 001 with section 六 saying only 本年度无其他需要报告的事项。 (no statement on the 信息处理费)",
                lines -> replace(lines, LAST, "本年度无其他需要报告的事项。"),
                List.of(Fixtures.signature(Severity.INFO, "structure.section-empty", null, null, null, SIX),
                        Fixtures.signature(Severity.WARNING, "statement.missing", null, null, null, SIX))));
        out.add(planted(dir, seeds, seed, "seed001-table2-disagrees.txt",
                "seed 001 whose prose states 制发行政规范性文件 2 件 (line 9) and 行政事业性收费 0.5 万元 (line 100); table 二 has 0",
                lines -> replace(replace(lines, 9, "2023 年，我镇制发行政规范性文件 2 件，全镇累计主动公开政府信息 140 余条。"),
                        LAST, lines.get(LAST - 1) + "本年度收取行政事业性收费0.5万元。"),
                List.of(Fixtures.signature(Severity.WARNING, "narrative.mismatch", "proactive", "normative_documents",
                                "issued", 9),
                        Fixtures.signature(Severity.WARNING, "narrative.mismatch", "proactive", "fees",
                                "amount_10k_yuan", LAST))));
        return out;
    }

    private static List<String> blank(List<String> lines, int from, int to) {
        List<String> out = new ArrayList<>(lines);
        for (int n = from; n <= to; n++) {
            out.set(n - 1, "");
        }
        return out;
    }

    private static List<String> replace(List<String> lines, int line, String text) {
        List<String> out = new ArrayList<>(lines);
        out.set(line - 1, text);
        return out;
    }

    /**
     * A text variant of a seed that keeps its line count, expecting the seed's findings and cells as
     * read and checked, plus {@code planted} (signatures); it fails when a planted finding is an error.
     */
    private static Written planted(Path dir, Path seeds, String seedName, String file, String what,
                                   UnaryOperator<List<String>> edit, List<String> planted) throws IOException {
        byte[] original = Files.readAllBytes(seeds.resolve(seedName));
        List<String> lines = List.of(new String(original, StandardCharsets.UTF_8).split("\n", -1));
        List<String> edited = edit.apply(lines);
        if (edited.size() != lines.size()) {
            throw new IllegalStateException(file + ": the edit must keep the line count");
        }
        Report report = READER.read(seedName, original);
        Expectation seed = Expectation.of(report.format(), report, RULES.check(report));
        List<String> violations = new ArrayList<>(seed.violations());
        violations.addAll(planted);
        java.util.Collections.sort(violations);
        boolean passed = seed.passed() && planted.stream().noneMatch(v -> v.startsWith("error "));
        Expectation expected = new Expectation(seed.format(), seed.agency(), seed.year(), passed, violations,
                seed.cells());
        return write(dir, file, String.join("\n", edited).getBytes(StandardCharsets.UTF_8), expected, "tab",
                report.format(), what, "derived from seed " + seedName);
    }

    /** A seed variant whose row {@code row} cannot be read, reported at {@code line}. */
    record SeedDamage(String table, String row, int line) {
    }

    private static byte[] replaceOnce(byte[] bytes, String from, String to) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (!s.contains(from)) {
            throw new IllegalStateException("seed text not found: " + from);
        }
        return s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Written seed(Path dir, Path seeds, String seedName, String file, String layout, String what,
                                UnaryOperator<byte[]> transform, SeedDamage damage) throws IOException {
        byte[] original = Files.readAllBytes(seeds.resolve(seedName));
        Report report = READER.read(seedName, original);
        if (damage != null) {
            Report.Builder b = report.toBuilder();
            Table t = report.table(damage.table()).orElseThrow();
            Table.Builder tb = t.toBuilder();
            t.cells().stream().filter(c -> c.row().equals(damage.row())).forEach(c -> tb.remove(c.row(), c.column()));
            b.table(tb.build());
            b.readingProblem(Violation.builder("read.row-values", Severity.ERROR, Violation.Kind.READING)
                    .table(damage.table()).line(damage.line()).message("", "").build());
            report = b.build();
        }
        CheckResult result = RULES.check(report);
        Expectation expected = Expectation.of(report.format(), report, result);
        String format = report.format().isEmpty() ? "-" : report.format();
        return write(dir, file, transform.apply(original), expected, layout, format, what,
                "derived from seed " + seedName);
    }

    // ------------------------------------------------------------------ README

    private static void writeReadme(Path dir, List<Written> written) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Reader fixtures\n\n");
        b.append("Reports in every layout and document kind the reader supports, in both national formats, "
                + "consistent and damaged, each with `NAME.expected`: the format, body and year, whether the report "
                + "passes, the exact multiset of findings (`severity rule table row column @line`, `-` where absent; "
                + "advisory `suspect` infos are left out) and every cell row by row as `value@line` (`_` blank, `_X` "
                + "blank written as mark X, `~X` unreadable text, `x` not read; lines refer to the file for text, CSV "
                + "and HTML, to the extracted text `report.lines()` for Word and PDF).\n\n");
        b.append("The expectations are stated from the generated document (what it prints, where, and what the "
                + "damage must cause), not copied from the reader's output; `FixturesTest` compares them with what "
                + "`ReportReader` and `RuleSet.check` produce.\n\n");
        b.append("Regenerate with `io.github.crossfoot.testing.FixtureWriter` (see its Javadoc): text, CSV and HTML "
                + "come out byte for byte the same, Word and PDF differ only in zip times and font subset tags. PDF "
                + "needs a CJK font on the machine (`apt-get install fonts-wqy-zenhei`); the committed PDFs embed "
                + "theirs, so reading them needs none.\n\n");
        b.append("Generated fixtures: `g21-` (format gov-2021) and `g19-` (gov-2019), then the layout, then the "
                + "damage. Each layout and format has a consistent report and two damaged ones, the damages taken in "
                + "turn; damages that only make sense for one format or layout come as extras. `seed…` files are "
                + "copies and variants of the real seed reports.\n\n");
        Map<String, Integer> byLayout = new TreeMap<>();
        written.forEach(w -> byLayout.merge(w.layout() + " / " + w.format(), 1, Integer::sum));
        b.append("| File | Layout / kind | Format | Damage | Expected outcome |\n|---|---|---|---|---|\n");
        for (Written w : written) {
            b.append("| `").append(w.file()).append("` | ").append(w.layout()).append(" | ").append(w.format())
                    .append(" | ").append(w.damage().replace("|", "\\|")).append(" | ")
                    .append(outcome(w.expected())).append(" |\n");
        }
        b.append("\n").append(written.size()).append(" fixtures. By layout and format: ");
        List<String> counts = new ArrayList<>();
        byLayout.forEach((k, v) -> counts.add(k + " " + v));
        b.append(String.join(", ", counts)).append(".\n\nBy damage: ");
        Map<String, Integer> byDamage = new TreeMap<>();
        for (Written w : written) {
            String name = w.file().substring(0, w.file().lastIndexOf('.'));
            String damage = name.startsWith("seed") ? "seed copies and variants"
                    : java.util.Arrays.stream(Damage.values()).map(Damage::id).filter(d -> name.endsWith("-" + d))
                    .findFirst().orElse("?");
            byDamage.merge(damage, 1, Integer::sum);
        }
        List<String> damages = new ArrayList<>();
        byDamage.forEach((k, v) -> damages.add(k + " " + v));
        b.append(String.join(", ", damages)).append(".\n");
        Files.writeString(dir.resolve("README.md"), b.toString(), StandardCharsets.UTF_8);
    }

    private static String outcome(Expectation e) {
        Map<String, Integer> rules = new TreeMap<>();
        for (String v : e.violations()) {
            String[] p = v.split(" ");
            if (!p[0].equals("info")) {
                rules.merge(p[0] + " " + p[1], 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        rules.forEach((k, n) -> parts.add(k.replace("error ", "E ").replace("warning ", "W ") + (n > 1 ? " ×" + n : "")));
        String s = (e.passed() ? "passes" : "fails") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
        return s;
    }
}
