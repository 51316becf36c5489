package io.github.crossfoot.cli;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.dataset.DatasetCheck;
import io.github.crossfoot.dataset.DatasetEntry;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.ReportReadException;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.writers.ResultWriter;
import io.github.crossfoot.writers.ResultWriter.DatasetFindings;
import io.github.crossfoot.writers.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One {@code check} run over many reports with flat memory: files are read and checked on a
 * bounded pool of {@code jobs} threads while the walk goes on; results are written in path order as
 * soon as they are ready and then dropped. What the end of the run needs is kept per report in a
 * few hundred bytes: the counts of the summary and the report's {@link DatasetEntry} for the
 * checks across reports, whose findings are written after the last report.
 */
final class CheckRun {

    /** A report read and checked, with what the end of the run needs of it. */
    private record Checked(CheckResult result, DatasetEntry entry) {
    }

    /** Thrown when the heap is exhausted: the run stops, since further findings could not be trusted. */
    static final class OutOfMemory extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfMemory(Throwable cause) {
            super(cause);
        }
    }

    private final Crossfoot crossfoot;
    private final int jobs;
    private final PrintWriter err;
    private final Summary.Tally tally = new Summary.Tally();
    private final List<DatasetEntry> entries = new ArrayList<>();

    CheckRun(Crossfoot crossfoot, int jobs, PrintWriter err) {
        this.crossfoot = crossfoot;
        this.jobs = jobs;
        this.err = err;
    }

    /** Where the results go: the writers are started when the first report is ready. */
    interface Outputs {
        List<ResultWriter.Run> start() throws IOException;
    }

    /**
     * Checks every report the walk finds and writes each to the runs that {@code outputs} starts.
     *
     * @return the summary, or null when the walk found nothing (nothing was written then)
     * @throws OutOfMemory when the heap ran out (not one document's oversized allocation, which is
     *                     that document's {@code read.failed} finding)
     */
    Summary run(ReportWalk walk, Outputs outputs, boolean progress) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "crossfoot-check");
            t.setDaemon(true); // they only wait for the library, which stops a reading over its time limit
            return t;
        });
        List<ResultWriter.Run> runs = null;
        Deque<Future<Checked>> window = new ArrayDeque<>();
        int done = 0;
        try {
            for (Object item = walk.next(); item != null; item = walk.next()) {
                Object next = item;
                window.add(pool.submit(() -> checkOne(next)));
                // Back-pressure: at most two documents per thread in flight, so memory stays flat.
                while (window.size() >= 2 * jobs) {
                    runs = emit(window.poll(), runs, outputs);
                    done = progress(++done, progress);
                }
            }
            while (!window.isEmpty()) {
                runs = emit(window.poll(), runs, outputs);
                done = progress(++done, progress);
            }
        } finally {
            pool.shutdownNow();
        }
        if (progress && done > 0) {
            err.println();
        }
        if (runs == null) {
            return null;
        }
        List<DatasetFindings> dataset = datasetFindings();
        for (DatasetFindings d : dataset) {
            tally.addDataset(d.source(), d.violations());
        }
        for (ResultWriter.Run r : runs) {
            r.finish(dataset);
        }
        return tally.summary();
    }

    private List<ResultWriter.Run> emit(Future<Checked> next, List<ResultWriter.Run> runs, Outputs outputs)
            throws IOException, InterruptedException {
        Checked c;
        try {
            c = next.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError oom) {
                throw new OutOfMemory(oom);
            }
            throw new IllegalStateException(e.getCause()); // checkOne turns every other failure into a report
        }
        List<ResultWriter.Run> started = runs == null ? outputs.start() : runs;
        for (ResultWriter.Run r : started) {
            r.add(c.result());
        }
        tally.add(c.result());
        entries.add(c.entry());
        return started;
    }

    private int progress(int done, boolean progress) {
        if (progress && done % 10 == 0) {
            err.print("\r已检查 checked " + done);
            err.flush();
        }
        return done;
    }

    /** Reads and checks one file (or takes a failed report as it is); never throws for a document. */
    private Checked checkOne(Object item) {
        Report report = item instanceof Report failed ? failed : read((Path) item);
        CheckResult result = crossfoot.check(report);
        if (result.violations("read.failed").stream().anyMatch(v -> v.messageEn().contains("OutOfMemoryError"))
                && heapNearlyFull()) {
            // Not one document's oversized allocation: the run itself has run out of memory.
            throw new OutOfMemoryError("the heap is exhausted (" + report.source() + ")");
        }
        return new Checked(result, DatasetEntry.of(result.report(), crossfoot.rules()));
    }

    private static boolean heapNearlyFull() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory() > 0.9 * rt.maxMemory();
    }

    private Report read(Path f) {
        try {
            return crossfoot.read(f);
        } catch (ReportReadException e) {
            return ReportReader.failure(f.toString(), "打开 opening", e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException | StackOverflowError e) {
            return ReportReader.failure(f.toString(), "读取 reading", e);
        }
    }

    private List<DatasetFindings> datasetFindings() {
        List<List<Violation>> found = DatasetCheck.findings(entries, entries.size(), crossfoot.rules());
        List<DatasetFindings> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!found.get(i).isEmpty()) {
                out.add(new DatasetFindings(entries.get(i).source(), entries.get(i).format(), found.get(i)));
            }
        }
        return out;
    }
}
