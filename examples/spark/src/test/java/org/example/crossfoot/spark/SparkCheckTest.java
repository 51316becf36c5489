package org.example.crossfoot.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import io.github.crossfoot.writers.Summary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Spark in local mode against the library's command line on the same files: the bundled examples
 * and a generated dataset of series with planted changes. Every finding must be the same (rule,
 * report, cells, lines, numbers and both messages, dataset findings included), and so must the summary.
 */
class SparkCheckTest {

    /** The bundled examples, seen from this project's folder (examples/spark). */
    private static final String EXAMPLES = "..";
    private static final Path TARGET = Path.of("target");

    /** The test session; {@link SparkCheck#run} stops the session it used, so each test asks again. */
    static SparkSession spark() {
        return SparkSession.builder().master("local[2]").appName("crossfoot-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "localhost")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark().stop();
    }

    @Test
    void theCommandGivesTheFindingsAndSummaryOfTheCommandLineOnTheBundledExamples() throws Exception {
        Path out = TARGET.resolve("spark-examples-json");
        CommandLine.Output cli = CommandLine.check(List.of(EXAMPLES), TARGET.resolve("cli-examples.json"), "1g");
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        int status;
        try {
            System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            status = SparkCheck.run(new String[] {"--output", out.toString(), "--format", "json", "--overwrite", EXAMPLES});
        } finally {
            System.setOut(stdout);
        }
        assertThat(status).isEqualTo(SparkCheck.OK);

        List<Finding> written = spark().read().schema(FindingRows.FINDING).json(out.toString())
                .collectAsList().stream().map(Finding::of).sorted(Finding.ORDER).toList();
        assertThat(written).containsExactlyElementsOf(sorted(cli.findings()));
        // The summary lines are the command line's (it prints them to stderr with --format json).
        List<String> summary = printed.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("结果")).toList();
        assertThat(summary).hasSize(3).isEqualTo(cli.log().stream()
                .filter(l -> l.startsWith("合计") || l.startsWith("Summary") || l.startsWith("按规则")).toList());
        // What the examples are known to hold (README, .ci/run), so that agreement is not agreement on nothing.
        assertThat(summary.get(0)).startsWith("合计：8 份报告，6 份通过，2 份未通过");
        assertThat(written).extracting(Finding::rule)
                .contains("applications.row-total", "table.missing", "suspect.cell", "dataset.carry-over");
        assertThat(written).filteredOn(f -> f.rule().equals("dataset.carry-over")).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.source()).isEqualTo("../example-2023-with-errors.txt");
                    assertThat(f.messageZh()).contains("../example-2022-previous-year.txt");
                });
        assertThat(partsText(out)).contains("\"rule\":\"dataset.carry-over\"", "\"message_zh\":", "\"message_en\":");
    }

    @Test
    void generatedSeriesGiveTheFindingsOfTheCommandLineAndThePlantedOnes() throws Exception {
        Path dir = TARGET.resolve("generated-dataset");
        GeneratedDataset.Planted planted = generate(dir, 30, 12);
        List<String> documents = copyDocuments(dir.resolve("documents"));
        // Files that both leave out: a build folder, a hidden folder, a file that is not a report.
        write(dir.resolve("target/2023年度报告.txt"), "not a report: inside a build folder");
        write(dir.resolve(".cache/2023年度报告.txt"), "not a report: inside a hidden folder");
        write(dir.resolve("说明.md"), "not a report: no report extension");
        // An empty report file: Spark's scan leaves such files out, the command line reads them.
        write(dir.resolve("其他/空白报告.txt"), "");

        List<String> paths = List.of(dir.toString());
        CommandLine.Output cli = CommandLine.check(paths, TARGET.resolve("cli-generated.json"), "1g");
        Checked spark = sparkCheck(paths, SparkCheck.Options.defaults(), "generated");

        assertThat(spark.findings()).containsExactlyElementsOf(sorted(cli.findings()));
        assertThat(summaryMap(spark.summary())).isEqualTo(cli.summary());
        assertThat(spark.summary().reports()).isEqualTo(planted.reports() + documents.size() + 1);
        assertThat(spark.findings()).filteredOn(f -> f.source().endsWith("/其他/空白报告.txt"))
                .anyMatch(f -> f.severity().equals("error"));

        // The planted changes are found (in the generated series; the documents and the empty file are apart).
        List<Finding> series = spark.findings().stream()
                .filter(f -> !f.source().contains("/documents/") && !f.source().endsWith("空白报告.txt")).toList();
        // A carry-over break in one column breaks the 总计 column too.
        assertThat(count(series, "dataset.carry-over")).isEqualTo(2 * planted.carryOver()).isPositive();
        assertThat(count(series, "dataset.in-force")).isEqualTo(planted.inForce()).isPositive();
        assertThat(count(series, "dataset.duplicate")).isEqualTo(planted.duplicates()).isPositive();
        assertThat(count(series, "dataset.unidentified")).isEqualTo(planted.unidentified()).isPositive();
        assertThat(series.stream().filter(f -> f.rule().equals("applications.row-total")).map(Finding::source)
                .distinct().count()).isEqualTo(planted.tableErrors()).isPositive();
        assertThat(spark.findings()).extracting(Finding::source)
                .anyMatch(s -> s.endsWith(".TXT")).anyMatch(s -> s.contains("年 年度报告"))
                .noneMatch(s -> s.contains("/target/") || s.contains("/.cache/") || s.endsWith(".md"));
        // The documents were read by their readers (PDF cells carry their page and rectangle).
        assertThat(spark.findings()).filteredOn(f -> f.source().endsWith(".pdf"))
                .flatExtracting(Finding::cells).anyMatch(c -> c.page() != null && c.box().size() == 4);
        assertThat(spark.findings()).filteredOn(f -> f.source().contains("/documents/"))
                .noneMatch(f -> f.rule().equals("read.not-text"));
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadAndFails() throws Exception {
        Path dir = TARGET.resolve("large-file");
        deleteTree(dir);
        write(dir.resolve("大文件.txt"), "二".repeat(400_000)); // 1.2 MB of UTF-8
        Files.copy(Path.of(EXAMPLES, "example-2023-consistent.txt"), dir.resolve("example-2023-consistent.txt"));
        SparkCheck.Options oneMegabyte = new SparkCheck.Options(1024 * 1024, 200, 20_000, 200, 10_000);

        Checked spark = sparkCheck(List.of(dir.toString()), oneMegabyte, "large-file");

        assertThat(spark.findings()).filteredOn(f -> f.source().endsWith("大文件.txt") && f.rule().equals("read.failed"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("read.failed");
                    assertThat(f.severity()).isEqualTo("error");
                    assertThat(f.messageZh()).contains("1 MB");
                    assertThat(f.messageEn()).contains("larger than the 1 MB limit");
                });
        assertThat(spark.summary().reports()).isEqualTo(2);
        assertThat(spark.summary().failed()).isEqualTo(1);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(SparkCheck.run(new String[] {EXAMPLES})).isEqualTo(SparkCheck.USAGE);
        assertThat(SparkCheck.run(new String[] {"--output", "target/x", "--format", "csv", EXAMPLES}))
                .isEqualTo(SparkCheck.USAGE);
        assertThat(SparkCheck.run(new String[] {"--output", "target/x", "--max-file-mb", "0", EXAMPLES}))
                .isEqualTo(SparkCheck.USAGE);
        assertThat(SparkCheck.run(new String[] {"--output", "target/x", "target/no-such-folder"}))
                .isEqualTo(SparkCheck.USAGE);
    }

    // ------------------------------------------------------------------ helpers

    /** A Spark run's findings (read back from the Parquet it wrote, in output order) and summary. */
    record Checked(List<Finding> findings, Summary summary) {
    }

    static Checked sparkCheck(List<String> paths, SparkCheck.Options options, String name) {
        Path out = TARGET.resolve("spark-" + name);
        SparkSession spark = spark();
        try (SparkCheck.Run run = SparkCheck.check(spark, paths, options)) {
            run.findings().write().mode("overwrite").parquet(out.toString());
            List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
            return new Checked(rows.stream().map(Finding::of).sorted(Finding.ORDER).toList(), run.summary());
        }
    }

    static GeneratedDataset.Planted generate(Path dir, int bodies, long seed) throws IOException {
        deleteTree(dir);
        return GeneratedDataset.write(Path.of(EXAMPLES, "example-2023-consistent.txt"), dir, bodies, seed);
    }

    static GeneratedDataset.Planted generateReports(Path dir, int reports, long seed) throws IOException {
        deleteTree(dir);
        return GeneratedDataset.writeReports(Path.of(EXAMPLES, "example-2023-consistent.txt"), dir, reports, seed);
    }

    static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(Finding.ORDER).toList();
    }

    /** The summary as the JSON output has it. */
    static Map<String, Object> summaryMap(Summary s) {
        Map<String, Object> m = new TreeMap<>();
        m.put("reports", s.reports());
        m.put("passed", s.passed());
        m.put("failed", s.failed());
        m.put("errors", s.errors());
        m.put("warnings", s.warnings());
        m.put("infos", s.infos());
        m.put("byRule", new TreeMap<>(s.byRule()));
        return m;
    }

    private static long count(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).count();
    }

    /** Documents of every kind the library reads, from its test fixtures (consistent and broken ones). */
    private static List<String> copyDocuments(Path to) throws IOException {
        Path fixtures = Path.of("..", "..", "src", "test", "resources", "fixtures");
        List<String> names = List.of("g21-pdf-consistent.pdf", "g19-pdf-wrong-total.pdf", "g21-docx-consistent.docx",
                "g19-docx-row-missing.docx", "g21-html-gbk-wrong-total.html", "g21-csv-consistent.csv",
                "g19-markdown-shifted.md");
        Files.createDirectories(to);
        for (String n : names) {
            Files.copy(fixtures.resolve(n), to.resolve(n));
        }
        return names.stream().filter(n -> !n.endsWith(".md")).toList();
    }

    /** The text of the part files Spark wrote. */
    private static String partsText(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            StringBuilder text = new StringBuilder();
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                text.append(Files.readString(f, StandardCharsets.UTF_8));
            }
            return text.toString();
        }
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
