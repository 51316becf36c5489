package io.github.crossfoot.writers;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Violation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes the results of a run in one output format. Implementations are stateless and thread-safe;
 * each {@link Run} belongs to one thread.
 *
 * <p>Two ways in, one way out: {@link #write(List, Writer)} for results held in memory (the library's
 * {@code checkAll}, dataset findings already in each result), and {@link #start(Writer)} for a run
 * that writes each report as it is checked and keeps nothing of it (the command line over a whole
 * dataset), ending with the findings across reports that only the end of the run can give.
 */
public interface ResultWriter {

    /**
     * Starts a run written to {@code out}: reports are {@linkplain Run#add(CheckResult) added} in
     * output order, then the run is {@linkplain Run#finish(List) finished}.
     */
    Run start(Writer out) throws IOException;

    /** Writes every result, in the given order, followed by whatever summary the format has. */
    default void write(List<CheckResult> results, Writer out) throws IOException {
        Run run = start(out);
        for (CheckResult r : results) {
            run.add(r);
        }
        run.finish(List.of());
    }

    /** One output being written: not thread-safe. */
    interface Run {

        /** Writes one report's result; the result is not kept. */
        void add(CheckResult result) throws IOException;

        /**
         * Writes the findings across reports (the dataset checks: carry-over across years,
         * duplicates), each for the report it concerns, then the summary over the run, and flushes.
         */
        void finish(List<DatasetFindings> dataset) throws IOException;
    }

    /**
     * The dataset findings of one report, written after all reports when the run did not keep the
     * reports: {@code source} and {@code format} are the report's.
     */
    record DatasetFindings(String source, String format, List<Violation> violations) {
        public DatasetFindings {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(format, "format");
            violations = List.copyOf(violations);
        }

        /** The results with each report's dataset findings appended to its own violations. */
        public static List<CheckResult> into(List<CheckResult> results, List<DatasetFindings> dataset) {
            java.util.Map<String, List<Violation>> bySource = new java.util.HashMap<>();
            for (DatasetFindings d : dataset) {
                bySource.computeIfAbsent(d.source(), k -> new java.util.ArrayList<>()).addAll(d.violations());
            }
            return results.stream().map(r -> r.with(bySource.getOrDefault(r.report().source(), List.of()))).toList();
        }
    }
}
