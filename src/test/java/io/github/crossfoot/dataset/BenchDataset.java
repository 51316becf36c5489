package io.github.crossfoot.dataset;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.testing.DocumentRenderer;
import io.github.crossfoot.testing.DocumentRenderer.Layout;
import io.github.crossfoot.testing.ReportGenerator;
import io.github.crossfoot.testing.ReportGenerator.CellPos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a dataset of text reports for {@code bench/dataset.sh}: 4-year series per body
 * ({@link SeriesGenerator}: carry-over and 现行有效件数 chained from year to year, 2020 in the 2019
 * format), one planted error in about one report in ten (half a changed cell of 表三 or 表四, half a
 * broken carry-over), each report in one of the text layouts of the seeds and of text copied out
 * of web pages (tab rows, one cell per line, pipe rows, one pipe cell per line, Markdown).
 *
 * <pre>{@code java -cp ... io.github.crossfoot.dataset.BenchDataset DIR N [SEED]}</pre>
 *
 * <p>The same N and seed always give the same files. Prints what was planted.
 */
public final class BenchDataset {

    private static final int YEARS = 4;
    /** Layouts weighted towards the seeds' own (tab rows: 000, 001; one cell per line: 002, 004). */
    private static final List<Layout> LAYOUTS = List.of(Layout.TAB, Layout.TAB, Layout.TAB, Layout.CELL_PER_LINE,
            Layout.CELL_PER_LINE, Layout.PIPE, Layout.PIPE_PER_LINE, Layout.MARKDOWN);
    /** Characters of made-up place names: body {@code i} gets a name of its own from its index. */
    private static final String PLACE_CHARS = "安宝昌德东丰福广和华建江金锦康乐临龙隆民南宁平青庆荣瑞山顺泰通文西祥新兴阳永裕元长";
    private static final List<String> PLACE_KINDS = List.of("县", "市", "区", "镇", "乡");
    private static final List<String> BODY_KINDS =
            List.of("人民政府", "人民政府办公室", "财政局", "教育局", "生态环境局");

    private BenchDataset() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BenchDataset DIR N [SEED]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 12L;
        Files.createDirectories(dir);
        Random random = new Random(seed);
        SeriesGenerator generator = new SeriesGenerator(random);
        int written = 0;
        int cellErrors = 0;
        int carryOverBreaks = 0;
        for (int body = 0; written < n; body++) {
            String name = bodyName(body);
            int b = body;
            int first = 2020 + random.nextInt(2);
            List<Report> series = new ArrayList<>(generator.series(first, YEARS,
                    y -> String.format("b%06d-%d.txt", b, y), y -> name));
            for (int k = 0; k < series.size(); k++) {
                if (random.nextInt(10) != 0) {
                    continue;
                }
                if (k > 0 && random.nextBoolean()) {
                    String column = SeriesGenerator.COLUMNS.get(random.nextInt(SeriesGenerator.COLUMNS.size()));
                    SeriesGenerator.Broken broken = SeriesGenerator.breakCarryOver(series.get(k - 1), series.get(k),
                            column, 1 + random.nextInt(5), SeriesGenerator.Side.THIS_CARRIED_OVER);
                    series.set(k, broken.current());
                    carryOverBreaks++;
                } else {
                    Report r = series.get(k);
                    List<CellPos> cells = new ArrayList<>(ReportGenerator.cells(r.format(), "applications"));
                    cells.addAll(ReportGenerator.cells(r.format(), "reviews"));
                    series.set(k, ReportGenerator.addDelta(r, cells.get(random.nextInt(cells.size())),
                            1 + random.nextInt(9)));
                    cellErrors++;
                }
            }
            for (Report r : series) {
                if (written == n) {
                    break;
                }
                Layout layout = LAYOUTS.get(random.nextInt(LAYOUTS.size()));
                byte[] bytes = DocumentRenderer.render(ReportGenerator.document(r), layout).bytes();
                Files.write(dir.resolve(r.source()), bytes);
                written++;
            }
        }
        System.out.printf("%d reports in %s: %d with a changed cell, %d with a broken carry-over%n",
                written, dir, cellErrors, carryOverBreaks);
    }

    /** A name no other body of the dataset has, such as 安宝县财政局. */
    static String bodyName(int index) {
        int radix = PLACE_CHARS.length();
        StringBuilder place = new StringBuilder();
        // the place number from radix on, so that every place has two characters at least
        for (int i = index / (PLACE_KINDS.size() * BODY_KINDS.size()) + radix; i > 0; i /= radix) {
            place.append(PLACE_CHARS.charAt(i % radix));
        }
        int kinds = index % (PLACE_KINDS.size() * BODY_KINDS.size());
        return place + PLACE_KINDS.get(kinds % PLACE_KINDS.size()) + BODY_KINDS.get(kinds / PLACE_KINDS.size());
    }
}
