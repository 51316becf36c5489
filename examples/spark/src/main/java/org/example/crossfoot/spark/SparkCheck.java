package org.example.crossfoot.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.dataset.DatasetCheck;
import io.github.crossfoot.dataset.DatasetEntry;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.Limits;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.writers.Language;
import io.github.crossfoot.writers.Summary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Checks a dataset of report files on Apache Spark, and writes one row per finding (see
 * {@link FindingRows} for the columns) as Parquet or JSON.
 *
 * <ol>
 *   <li>Spark's {@code binaryFile} source lists the input paths (local folders, {@code hdfs://},
 *       {@code s3a://} ...) and reads each report file whole; {@link ReportFiles} picks the files and
 *       names them as the command line does. Empty files, which Spark's scan leaves out, are taken
 *       from the listing.</li>
 *   <li>Each executor reads its files with {@link ReportReader#read(String, byte[])} and checks them
 *       with {@link Crossfoot#check(Report)}; it keeps of each report only its findings and its
 *       compact {@link DatasetEntry} (a few hundred bytes).</li>
 *   <li>The checks across reports (carry-over between years, in-force counts, duplicates) run as a
 *       group-by: the entries of one body ({@link DatasetEntry#bodyKey()}) meet in one group and
 *       {@link DatasetCheck#findings} checks them; a report whose body or year is unknown is passed
 *       alone. The result is the command line's: it too checks every body's reports together.</li>
 * </ol>
 *
 * <pre>
 * spark-submit --class org.example.crossfoot.spark.SparkCheck crossfoot-spark.jar \
 *     --output s3a://bucket/findings [--format parquet|json] [--overwrite] PATH...
 * </pre>
 */
public final class SparkCheck {

    /** Exit status of a run that wrote its findings. */
    public static final int OK = 0;
    /** Exit status for usage errors and input paths that cannot be listed. */
    public static final int USAGE = 2;

    /** The rows the executors make of each report: its findings and its dataset entry. */
    private static final StructType CHECKED = new StructType()
            .add("findings", DataTypes.createArrayType(FindingRows.FINDING, false), false)
            .add("body_key", DataTypes.StringType, false)
            .add("identified", DataTypes.BooleanType, false)
            .add("entry", DataTypes.BinaryType, false);

    /** Reports checked by one task: seconds of work, few tasks to schedule. */
    private static final int REPORTS_PER_TASK = 1000;

    private SparkCheck() {
    }

    /**
     * The limits on the documents read, as the command line's flags of the same names set them. The
     * command line's {@code --timeout} has no counterpart: {@link ReportReader#read(String, byte[])}
     * has no time limit (Spark's task then runs until the reading ends).
     */
    public record Options(long maxFileBytes, int maxPdfPages, int maxCellsPerTable, int maxColumnsPerRow,
                          int maxCellChars) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The library's default limits. */
        public static Options defaults() {
            Limits d = Limits.defaults();
            return new Options(d.maxFileBytes(), d.maxPdfPages(), d.maxCellsPerTable(), d.maxColumnsPerRow(),
                    d.maxCellChars());
        }

        Limits limits() {
            return Limits.defaults().withMaxFileBytes(maxFileBytes).withMaxPdfPages(maxPdfPages)
                    .withMaxCellsPerTable(maxCellsPerTable).withMaxColumnsPerRow(maxColumnsPerRow)
                    .withMaxCellChars(maxCellChars);
        }
    }

    /**
     * A checked dataset: the findings (computed when first written or collected) and the number of
     * reports. The reports' findings and entries, and the findings, stay cached until {@link #close()}.
     */
    public static final class Run implements AutoCloseable {
        private final Dataset<Row> checked;
        private final Dataset<Row> findings;
        private final long reports;

        private Run(Dataset<Row> checked, Dataset<Row> findings, long reports) {
            this.checked = checked;
            this.findings = findings;
            this.reports = reports;
        }

        /** One row per finding, in the columns of {@link FindingRows#FINDING}. */
        public Dataset<Row> findings() {
            return findings;
        }

        /** The number of reports checked. */
        public long reports() {
            return reports;
        }

        /** The command line's summary of the run: reports passed and failed, findings by severity and rule. */
        public Summary summary() {
            Map<String, Integer> byRule = new TreeMap<>();
            int[] bySeverity = new int[3];
            for (Row r : findings.groupBy("rule", "severity").count().collectAsList()) {
                int n = Math.toIntExact(r.getLong(2));
                byRule.merge(r.getString(0), n, Integer::sum);
                bySeverity[switch (r.getString(1)) {
                    case "error" -> 0;
                    case "warning" -> 1;
                    default -> 2;
                }] += n;
            }
            int failed = Math.toIntExact(findings.where(col("severity").equalTo("error")).select("source").distinct().count());
            int all = Math.toIntExact(reports);
            return new Summary(all, all - failed, failed, bySeverity[0], bySeverity[1], bySeverity[2],
                    java.util.Collections.unmodifiableMap(byRule));
        }

        @Override
        public void close() {
            findings.unpersist();
            checked.unpersist();
        }
    }

    /**
     * Reads and checks the reports under {@code paths}, each on its own, and counts them (the
     * dataset checks need the count). The findings are computed when the returned run's
     * {@link Run#findings()} are used.
     */
    public static Run check(SparkSession spark, List<String> paths, Options options) {
        ReportFiles files = ReportFiles.of(paths, spark.sparkContext().hadoopConfiguration());
        Dataset<Row> listed = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", ReportFiles.glob())
                .load(paths.toArray(String[]::new));
        // Every file the listing found (the driver holds the listing anyway), empty ones included.
        List<String> all = Arrays.stream(listed.inputFiles()).map(uri -> new Path(URI.create(uri)).toString()).toList();
        // Spark would pack about 30 small files into a task (each counts as 4 MB, openCostInBytes);
        // tasks of about a thousand reports (seconds each) keep the scheduling cost small.
        int tasks = Math.max(spark.sparkContext().defaultParallelism(), (all.size() + REPORTS_PER_TASK - 1) / REPORTS_PER_TASK);

        // A file over the size limit is not read (the filter on length reaches the listing): it gets an error.
        Dataset<Row> read = listed.where(col("length").leq(options.maxFileBytes())).select("path", "content")
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> checkFiles(rows, files, options, true),
                        Encoders.row(CHECKED));
        Dataset<Row> tooLarge = listed.where(col("length").gt(options.maxFileBytes())).select("path")
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> refuseFiles(rows, files, options),
                        Encoders.row(CHECKED));
        // Spark's scan leaves out empty files, which the command line reads (and finds nothing in): they
        // are the listed files that the scan does not give.
        Dataset<Row> empty = spark.createDataset(
                        new JavaSparkContext(spark.sparkContext()).parallelize(all, tasks).rdd(),
                        Encoders.STRING()).toDF("path")
                .join(listed.select(col("path").as("scanned")).coalesce(tasks), col("path").equalTo(col("scanned")),
                        "left_anti")
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> checkFiles(rows, files, options, false),
                        Encoders.row(CHECKED));
        Dataset<Row> checked = read.union(tooLarge).coalesce(tasks).union(empty).persist(StorageLevel.MEMORY_AND_DISK());
        long reports = checked.count();

        Dataset<Row> own = checked.select(explode(col("findings")).as("f")).select("f.*");
        Dataset<Row> entries = checked.select(col("body_key"), col("identified"), col("entry"),
                size(col("findings")).as("own"));
        int runSize = Math.toIntExact(reports);
        Dataset<Row> acrossBodies = entries.where(col("identified"))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (body, group) ->
                        datasetFindings(group, runSize), Encoders.row(FindingRows.FINDING));
        Dataset<Row> unidentified = entries.where(not(col("identified")))
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> stream(rows)
                        .flatMap(r -> stream(datasetFindings(List.of(r).iterator(), runSize)))
                        .iterator(), Encoders.row(FindingRows.FINDING));
        // Kept once computed: writing them and counting them for the summary then read them once.
        Dataset<Row> findings = own.union(acrossBodies).union(unidentified).coalesce(tasks)
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new Run(checked, findings, reports);
    }

    // ------------------------------------------------------------------ on the executors

    /**
     * Reads and checks each file (rows of {@code path, content}, or of {@code path} alone for empty
     * files): a lazy iterator, so that a partition's reports are never all held.
     */
    private static Iterator<Row> checkFiles(Iterator<Row> files, ReportFiles names, Options options,
                                            boolean withContent) {
        Crossfoot crossfoot = Crossfoot.standardRules().withLimits(options.limits());
        ReportReader reader = new ReportReader(crossfoot.rules(), crossfoot.limits());
        return stream(files)
                .map(f -> {
                    String source = names.source(f.getString(0));
                    byte[] bytes = withContent ? (byte[]) f.get(1) : new byte[0];
                    return source == null ? null : checked(crossfoot, reader.read(source, bytes));
                })
                .filter(Objects::nonNull)
                .iterator();
    }

    /** A file over the size limit: one error that names the limit, as a report that cannot be read. */
    private static Iterator<Row> refuseFiles(Iterator<Row> files, ReportFiles names, Options options) {
        Crossfoot crossfoot = Crossfoot.standardRules().withLimits(options.limits());
        long mb = options.maxFileBytes() / (1024 * 1024);
        String limit = options.maxFileBytes() % (1024 * 1024) == 0 ? mb + " MB" : options.maxFileBytes() + " bytes";
        return stream(files)
                .map(f -> {
                    String source = names.source(f.getString(0));
                    return source == null ? null : checked(crossfoot, ReportReader.failure(source, "打开 opening",
                            new IOException("文件大于 " + limit + " 的上限，未读取 larger than the " + limit
                                    + " limit per file; not read")));
                })
                .filter(Objects::nonNull)
                .iterator();
    }

    private static Row checked(Crossfoot crossfoot, Report report) {
        CheckResult result = crossfoot.check(report);
        DatasetEntry entry = DatasetEntry.of(report, crossfoot.rules());
        return RowFactory.create(FindingRows.rows(report.source(), result.violations(), 0),
                entry.bodyKey(), entry.identified(), serialize(entry));
    }

    /**
     * The dataset findings of a group of entries (rows of {@code body_key, identified, entry, own}),
     * numbered after each report's own findings.
     */
    private static Iterator<Row> datasetFindings(Iterator<Row> group, int runSize) {
        List<DatasetEntry> entries = new ArrayList<>();
        List<Integer> own = new ArrayList<>();
        group.forEachRemaining(r -> {
            entries.add(deserialize((byte[]) r.get(2)));
            own.add(r.getInt(3));
        });
        RuleSet rules = RuleSet.standard();
        List<List<Violation>> found = DatasetCheck.findings(entries, runSize, rules);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            out.addAll(Arrays.asList(FindingRows.rows(entries.get(i).source(), found.get(i), own.get(i))));
        }
        return out.iterator();
    }

    private static byte[] serialize(DatasetEntry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static DatasetEntry deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (DatasetEntry) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Stream<T> stream(Iterator<T> it) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, 0), false);
    }

    // ------------------------------------------------------------------ the command

    /**
     * {@code SparkCheck --output DIR [--format parquet|json] [--overwrite] [--max-file-mb N]
     * [--max-pdf-pages N] [--max-cells-per-table N] [--max-columns-per-row N] [--max-cell-chars N] PATH...}
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args) {
        String output = null;
        String format = "parquet";
        boolean overwrite = false;
        Options defaults = Options.defaults();
        long maxFileBytes = defaults.maxFileBytes();
        int maxPdfPages = defaults.maxPdfPages();
        int maxCells = defaults.maxCellsPerTable();
        int maxColumns = defaults.maxColumnsPerRow();
        int maxCellChars = defaults.maxCellChars();
        List<String> paths = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--output" -> output = value(args, ++i);
                    case "--format" -> format = value(args, ++i);
                    case "--overwrite" -> overwrite = true;
                    case "--max-file-mb" -> maxFileBytes = positive(args, ++i) * 1024L * 1024L;
                    case "--max-pdf-pages" -> maxPdfPages = positive(args, ++i);
                    case "--max-cells-per-table" -> maxCells = positive(args, ++i);
                    case "--max-columns-per-row" -> maxColumns = positive(args, ++i);
                    case "--max-cell-chars" -> maxCellChars = positive(args, ++i);
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        paths.add(args[i]);
                    }
                }
            }
            if (output == null || paths.isEmpty()) {
                throw new IllegalArgumentException("--output DIR and at least one PATH are required");
            }
            if (!format.equals("parquet") && !format.equals("json")) {
                throw new IllegalArgumentException("--format must be parquet or json, not " + format);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("用法错误 usage error: " + e.getMessage());
            System.err.println("usage: SparkCheck --output DIR [--format parquet|json] [--overwrite] [--max-file-mb N] "
                    + "[--max-pdf-pages N] [--max-cells-per-table N] [--max-columns-per-row N] [--max-cell-chars N] PATH...");
            return USAGE;
        }
        Options options = new Options(maxFileBytes, maxPdfPages, maxCells, maxColumns, maxCellChars);
        try {
            options.limits();
        } catch (IllegalArgumentException e) {
            System.err.println("用法错误 usage error: " + e.getMessage());
            return USAGE;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("crossfoot");
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]"); // started without spark-submit: this machine's cores
        }
        boolean started = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = builder.getOrCreate();
        try (Run run = check(spark, paths, options)) {
            if (run.reports() == 0) {
                System.err.println("没有找到可检查的报告 no report to check in: " + paths + " (files ending in "
                        + String.join(" ", ReportFiles.EXTENSIONS) + ")");
                return USAGE;
            }
            run.findings().write().mode(overwrite ? "overwrite" : "errorifexists").format(format).save(output);
            run.summary().lines(Language.ZH).forEach(System.out::println);
            System.out.println("结果 findings: " + output + " (" + format + ")");
            return OK;
        } catch (Exception e) {
            if (e instanceof org.apache.spark.sql.AnalysisException) { // an input path that is missing, an output that exists
                System.err.println("无法读取输入或写出结果 cannot list the input or write the output: " + e.getMessage());
                return USAGE;
            }
            throw e;
        } finally {
            if (started) {
                spark.stop();
            }
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int positive(String[] args, int i) {
        String v = value(args, i);
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(args[i - 1] + " must be a positive number, not " + v);
    }
}
