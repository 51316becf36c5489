package org.example.crossfoot.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The target, measured once and not in every build (it takes minutes): Spark checks the
 * same generated reports as the command line, with the same findings.
 *
 * <pre>
 * mvn -B -f examples/spark/pom.xml test -Dtest=CliParityAtScale -Dreports=10000 [-Ddir=/tmp/reports] [-Dcli.heap=6g]
 * </pre>
 *
 * Its class name is outside Surefire's default test patterns, so {@code mvn verify} leaves it out.
 * The figures go to standard output and {@code target/cli-parity-at-scale.txt}.
 */
class CliParityAtScale {

    @AfterAll
    static void stop() {
        SparkCheckTest.stop();
    }

    @Test
    void sparkGivesTheFindingsOfTheCommandLineOnAGeneratedDataset() throws Exception {
        int reports = Integer.getInteger("reports", 10_000);
        Path dir = Path.of(System.getProperty("dir",
                Path.of(System.getProperty("java.io.tmpdir"), "crossfoot-spark-at-scale").toString()));
        long t0 = System.nanoTime();
        GeneratedDataset.Planted planted = SparkCheckTest.generateReports(dir, reports, 2024);
        double generating = seconds(t0);

        CommandLine.Output cli = CommandLine.check(List.of(dir.toString()), Path.of("target", "cli-at-scale.json"),
                System.getProperty("cli.heap", "6g"));

        SparkCheckTest.spark(); // started before the clock, as a cluster's session would be
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        SparkCheckTest.Checked spark = SparkCheckTest.sparkCheck(List.of(dir.toString()),
                SparkCheck.Options.defaults(), "at-scale");
        double sparkSeconds = seconds(t1);
        double sparkCpu = (processCpuNanos() - cpu1) / 1e9;

        Map<String, Object> summary = SparkCheckTest.summaryMap(spark.summary());
        String figures = String.join("\n",
                "reports generated: " + planted.reports() + " in " + dir + " (" + String.format("%.1f", generating) + " s)",
                "planted: " + planted,
                "command line: " + cli.findings().size() + " findings, " + String.format("%.1f", cli.seconds())
                        + " s wall, " + String.format("%.1f", cli.cpuSeconds()) + " s CPU (JVM start included), exit "
                        + cli.status(),
                "spark local[2]: " + spark.findings().size() + " findings, " + String.format("%.1f", sparkSeconds)
                        + " s wall, " + String.format("%.1f", sparkCpu) + " s CPU (check, write Parquet, read back, "
                        + "summary; session already started)",
                "load average at the end: " + String.format("%.1f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                        + " on " + Runtime.getRuntime().availableProcessors() + " cores",
                "summary: " + summary,
                "");
        System.out.print(figures);
        Files.writeString(Path.of("target", "cli-parity-at-scale.txt"), figures, StandardCharsets.UTF_8);

        assertThat(spark.summary().reports()).isEqualTo(reports);
        assertThat(summary).isEqualTo(cli.summary());
        assertThat(spark.findings()).hasSameSizeAs(cli.findings()).isNotEmpty();
        assertThat(spark.findings()).containsExactlyElementsOf(SparkCheckTest.sorted(cli.findings()));
        Map<String, Integer> byRule = new TreeMap<>(spark.summary().byRule());
        assertThat(byRule.get("dataset.carry-over")).isEqualTo(2 * planted.carryOver());
        assertThat(byRule.get("dataset.in-force")).isEqualTo(planted.inForce());
        assertThat(byRule.get("dataset.duplicate")).isEqualTo(planted.duplicates());
        assertThat(byRule.get("dataset.unidentified")).isEqualTo(planted.unidentified());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
