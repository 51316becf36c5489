package io.github.crossfoot.bench;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.testing.DocumentRenderer;
import io.github.crossfoot.testing.ReportGenerator;
import io.github.crossfoot.testing.ReportGenerator.CellPos;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of checking one report, against a baseline every tool pays: decoding the file's bytes and
 * splitting them into lines. Figures are quoted as ratios to that baseline, measured in the same
 * run (the machine is shared and noisy). Run with bench/run.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CheckBenchmark {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);

    /** Distinct reports read in turn: every op reads other numbers and, in turn, another text layout. */
    private static final int VARIED = 64;
    private static final List<DocumentRenderer.Layout> TEXT_LAYOUTS = List.of(DocumentRenderer.Layout.TAB,
            DocumentRenderer.Layout.CELL_PER_LINE, DocumentRenderer.Layout.PIPE, DocumentRenderer.Layout.PIPE_PER_LINE,
            DocumentRenderer.Layout.MARKDOWN);

    private byte[] consistentText;
    private Report consistent;
    private Report corrupted;
    private byte[][] variedTexts;
    private int next;

    @Setup
    public void setUp() {
        Report generated = ReportGenerator.generate(42);
        consistentText = ReportGenerator.renderTabText(generated).getBytes(StandardCharsets.UTF_8);
        consistent = READER.read("bench.txt", consistentText);
        corrupted = ReportGenerator.addDelta(consistent, new CellPos("applications", "handled.disclosed",
                "natural_person"), 9);
        variedTexts = new byte[VARIED][];
        for (int i = 0; i < VARIED; i++) {
            Report r = ReportGenerator.generate(1000 + i, i % 4 == 0 ? ReportGenerator.FORMAT_2019 : ReportGenerator.FORMAT);
            variedTexts[i] = ReportGenerator.render(r, TEXT_LAYOUTS.get(i % TEXT_LAYOUTS.size())).bytes();
        }
    }

    /** Baseline: decode the bytes and split them into lines. */
    @Benchmark
    public List<String> baselineDecodeAndSplitLines() {
        return List.of(new String(consistentText, StandardCharsets.UTF_8).split("\n", -1));
    }

    /** Find the tables by label and read every cell (no checks). */
    @Benchmark
    public Report read() {
        return READER.read("bench.txt", consistentText);
    }

    /**
     * Read one of 64 different reports in turn (both formats, the five text layouts), as a run over
     * a dataset does: no two ops read the same numbers.
     */
    @Benchmark
    public Report readVaried() {
        next = (next + 1) % VARIED;
        return READER.read("bench.txt", variedTexts[next]);
    }

    /** Check a report already in memory that passes (all rules, no suspects to search). */
    @Benchmark
    public CheckResult checkConsistent() {
        return RULES.check(consistent);
    }

    /** Check a report with one wrong cell: failing relations plus the suspect search. */
    @Benchmark
    public CheckResult checkWithOneError() {
        return RULES.check(corrupted);
    }

    /** The CLI's work per file: read and check. */
    @Benchmark
    public CheckResult readAndCheck() {
        return RULES.check(READER.read("bench.txt", consistentText));
    }
}
