package org.example.crossfoot.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes series of text reports: bodies with one report a year, 2021 to 2024, in the layout of
 * {@code examples/example-2023-consistent.txt} (the template: its labels and layout are kept, its
 * title, narrative and numbers replaced). The tables are consistent, and the series chain (this
 * year's 上年结转 is last year's 结转下年度, 现行有效件数 follows 制发 and 废止), except for planted
 * changes, counted in {@link Planted}:
 *
 * <ul>
 *   <li>a carry-over break: one column of 上年结转 one more than last year's 结转下年度 (the table
 *       itself stays consistent), one {@code dataset.carry-over} error when last year's report exists;</li>
 *   <li>an in-force break: 规章's 现行有效件数 two more than it should be, one {@code dataset.in-force} warning;</li>
 *   <li>a table error: one outcome cell one more than the totals say;</li>
 *   <li>gaps (a year without a report), body names written two ways (某某镇人民政府 / 某某镇政府), some
 *       bodies' last report written twice ({@code dataset.duplicate} on both files), and reports with
 *       no body in their title ({@code dataset.unidentified}).</li>
 * </ul>
 *
 * <p>Files go to {@code DIR/某某县/BODY/YEAR年度报告.txt}, with a few names in upper case or with a space.
 */
final class GeneratedDataset {

    /** What was planted: the findings the dataset checks must give, counted per file written. */
    record Planted(int reports, int carryOver, int inForce, int duplicates, int unidentified, int tableErrors) {
    }

    static final int FIRST_YEAR = 2021;
    static final int YEARS = 4;
    private static final int APPLICANTS = 6;
    private static final int OUTCOMES = 21;
    /** Characters of made-up place names: two of them name a place. */
    private static final String NAME_CHARS = "安平清河临泉永宁丰城德阳长乐新昌和顺广元东兴江华云山";

    private final List<String> template;
    private final Random random;
    private final Path dir;
    private int reports;
    private int carryOver;
    private int inForce;
    private int duplicates;
    private int unidentified;
    private int tableErrors;

    private GeneratedDataset(Path template, Path dir, long seed) throws IOException {
        this.template = Files.readAllLines(template, StandardCharsets.UTF_8);
        this.random = new Random(seed);
        this.dir = dir;
    }

    /**
     * Writes the series of {@code bodies} bodies (about {@code 3.8 × bodies} reports) and a few
     * reports without a body into {@code dir}.
     *
     * @param template the bundled {@code examples/example-2023-consistent.txt}
     */
    static Planted write(Path template, Path dir, int bodies, long seed) {
        try {
            GeneratedDataset d = new GeneratedDataset(template, dir, seed);
            for (int b = 0; b < bodies; b++) {
                d.series(b);
            }
            for (int k = 0; k < Math.max(1, bodies / 40); k++) {
                d.withoutBody(k);
            }
            return new Planted(d.reports, d.carryOver, d.inForce, d.duplicates, d.unidentified, d.tableErrors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes series until the dataset has exactly {@code reports} reports, the last ones without a
     * body (about one in 160).
     */
    static Planted writeReports(Path template, Path dir, int reports, long seed) {
        try {
            GeneratedDataset d = new GeneratedDataset(template, dir, seed);
            int withoutBody = Math.max(1, reports / 160);
            for (int b = 0; d.reports + YEARS + 1 <= reports - withoutBody; b++) {
                d.series(b);
            }
            for (int k = 0; d.reports < reports; k++) {
                d.withoutBody(k);
            }
            return new Planted(d.reports, d.carryOver, d.inForce, d.duplicates, d.unidentified, d.tableErrors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A place name for a number: two or more characters, distinct numbers give distinct names. */
    static String place(int n) {
        int k = NAME_CHARS.length();
        StringBuilder b = new StringBuilder();
        for (int m = n + k; m > 0; m /= k) {
            b.append(NAME_CHARS.charAt(m % k));
        }
        return b.toString();
    }

    /** The numbers of one report that the next year's report depends on. */
    private record Year(long[] forward, long[] inForce) {
    }

    private void series(int b) throws IOException {
        String county = place(b / 8 + 1000) + "县";
        boolean town = b % 3 != 0;
        String name = town ? place(b) + "镇" : place(b) + "局";
        Path folder = dir.resolve(county).resolve(county + name);
        Year previous = null;
        boolean duplicateLast = b % 17 == 5;
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            if (y > FIRST_YEAR && random.nextInt(10) == 0) {
                previous = null; // a gap: no report this year, so next year has nothing to chain to
                continue;
            }
            String agency = county + name + (town ? (random.nextBoolean() ? "人民政府" : "政府") : "");
            String file = b % 23 == 7 && y == FIRST_YEAR + 1 ? y + "年度报告.TXT"
                    : b % 29 == 11 && y == FIRST_YEAR + 2 ? y + "年 年度报告.txt" : y + "年度报告.txt";
            // The files with unusual names get a table error, so that their names show in the findings.
            Report r = report(agency, y, previous, !file.endsWith("年度报告.txt") || file.contains(" "));
            int copies = duplicateLast && y == FIRST_YEAR + YEARS - 1 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                write(folder.resolve(c == 0 ? file : y + "年度报告（重发）.txt"), r.text);
                reports++;
                carryOver += r.carryOverBreak && previous != null ? 1 : 0;
                inForce += r.inForceBreak && previous != null ? 1 : 0;
                tableErrors += r.tableError ? 1 : 0;
                duplicates += copies > 1 ? 1 : 0;
            }
            previous = r.year;
        }
    }

    private void withoutBody(int k) throws IOException {
        Report r = report("", FIRST_YEAR + k % YEARS, null, false);
        write(dir.resolve("其他").resolve("未署名报告" + k + ".txt"), r.text);
        reports++;
        unidentified++;
        tableErrors += r.tableError ? 1 : 0;
    }

    private record Report(String text, Year year, boolean carryOverBreak, boolean inForceBreak, boolean tableError) {
    }

    /**
     * A report of {@code agency} (none when "") for {@code year}, following {@code previous} when
     * given; a table error is planted at random, or always when asked.
     */
    private Report report(String agency, int year, Year previous, boolean withTableError) {
        // 表三, per applicant column: new + carried over = handled + carried forward.
        long[] carried = new long[APPLICANTS];
        long[] news = new long[APPLICANTS];
        long[] forward = new long[APPLICANTS];
        long[][] outcomes = new long[OUTCOMES][APPLICANTS];
        boolean carryOverBreak = previous != null && random.nextInt(10) == 0;
        int brokenColumn = random.nextInt(APPLICANTS);
        for (int c = 0; c < APPLICANTS; c++) {
            carried[c] = previous != null ? previous.forward[c] : small(c);
            if (carryOverBreak && c == brokenColumn) {
                carried[c]++;
            }
            news[c] = c == 0 ? random.nextInt(80) : small(c);
            forward[c] = random.nextInt((int) Math.min(news[c] + carried[c], 5) + 1);
            long handled = news[c] + carried[c] - forward[c];
            for (long n = 0; n < handled; n++) {
                outcomes[random.nextInt(OUTCOMES)][c]++;
            }
        }
        long[] handled = new long[APPLICANTS];
        for (long[] row : outcomes) {
            for (int c = 0; c < APPLICANTS; c++) {
                handled[c] += row[c];
            }
        }
        List<long[]> rows = new ArrayList<>();
        rows.add(news);
        rows.add(carried);
        rows.addAll(Arrays.asList(outcomes));
        rows.add(handled);
        rows.add(forward);
        List<long[]> printed = new ArrayList<>();
        for (long[] row : rows) {
            printed.add(withTotal(row));
        }
        // A table error: one outcome cell after the totals were taken (not one the narrative names).
        boolean tableError = random.nextInt(10) == 0 || withTableError;
        if (tableError) {
            printed.get(2 + 2 + random.nextInt(OUTCOMES - 2))[0]++;
        }

        // 表二: 现行有效件数 = last year's + 制发 − 废止.
        long[] inForce = new long[2];
        long[][] stock = new long[2][];
        for (int r = 0; r < 2; r++) {
            long issued = random.nextInt(6);
            long repealed = random.nextInt(3);
            long before = previous != null ? previous.inForce[r] : 10 + random.nextInt(40);
            inForce[r] = Math.max(0, before + issued - repealed);
            repealed = before + issued - inForce[r];
            stock[r] = new long[] {issued, repealed, inForce[r]};
        }
        boolean inForceBreak = previous != null && random.nextInt(10) == 0;
        if (inForceBreak) {
            stock[0][2] += 2;
            inForce[0] += 2; // next year goes on from the number printed, so only this year breaks
        }

        long[] total = printed.get(0);
        String narrative = year + "年，" + (agency.isEmpty() ? "本机关" : agency) + "共收到政府信息公开申请" + total[APPLICANTS]
                + "件，上年结转" + printed.get(1)[APPLICANTS] + "件；予以公开" + printed.get(2)[APPLICANTS] + "件，部分公开"
                + printed.get(3)[APPLICANTS] + "件；结转下年度继续办理" + printed.get(rows.size() - 1)[APPLICANTS] + "件。";
        List<String> out = new ArrayList<>(template);
        out.set(0, agency + year + "年政府信息公开工作年度报告");
        out.set(4, narrative);
        out.set(10, "规章\t" + join(stock[0]));
        out.set(11, "行政规范性文件\t" + join(stock[1]));
        out.set(14, "行政许可\t" + random.nextInt(2000));
        out.set(17, "行政处罚\t" + random.nextInt(100));
        out.set(18, "行政强制\t" + random.nextInt(10));
        out.set(21, "行政事业性收费\t" + random.nextInt(100) + "." + (10 + random.nextInt(90)));
        for (int i = 0; i < printed.size(); i++) {
            out.set(28 + i, withNumbers(template.get(28 + i), printed.get(i)));
        }
        out.set(59, join(reviews()));
        out.set(63, "（生成的报告，数字为虚构。A generated report; the numbers are invented.）");
        return new Report(String.join("\n", out), new Year(forward, inForce), carryOverBreak, inForceBreak, tableError);
    }

    /** 表四: three groups of 维持, 纠正, 其他, 尚未审结 and their total. */
    private long[] reviews() {
        long[] v = new long[15];
        for (int g = 0; g < 3; g++) {
            for (int p = 0; p < 4; p++) {
                v[g * 5 + p] = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
                v[g * 5 + 4] += v[g * 5 + p];
            }
        }
        return v;
    }

    private long small(int column) {
        return random.nextInt(column == 0 ? 6 : 3) == 0 ? random.nextInt(4) : 0;
    }

    private static long[] withTotal(long[] row) {
        long[] out = Arrays.copyOf(row, APPLICANTS + 1);
        out[APPLICANTS] = Arrays.stream(row).sum();
        return out;
    }

    /** The template's line with its seven numbers replaced, labels and tabs kept. */
    private static String withNumbers(String line, long[] values) {
        String[] fields = line.split("\t", -1);
        int first = 0;
        while (!fields[first].matches("\\d+")) {
            first++;
        }
        for (int k = 0; k < values.length; k++) {
            fields[first + k] = Long.toString(values[k]);
        }
        return String.join("\t", fields);
    }

    private static String join(long[] values) {
        return String.join("\t", Arrays.stream(values).mapToObj(Long::toString).toList());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
