package io.github.crossfoot;

import io.github.crossfoot.dataset.DatasetCheck;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.readers.ReportReadException;
import io.github.crossfoot.readers.Limits;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The entry point: read reports, check them, get results.
 *
 * <pre>{@code
 * Crossfoot crossfoot = Crossfoot.standardRules();
 * CheckResult result = crossfoot.check(Path.of("report.docx"));
 * if (!result.passed()) { result.errors().forEach(v -> System.out.println(v.messageZh())); }
 *
 * Report report = crossfoot.newReport("申请表-2023", "gov-2021")
 *         .table("applications", t -> t.value("new", "total", 10))   // numbers your system holds
 *         .build();
 * CheckResult inCode = crossfoot.check(report);
 * }</pre>
 *
 * Immutable and thread-safe: build one and use it from any number of threads.
 */
public final class Crossfoot {

    /**
     * The threads documents are read on, so that a reading over the time limit can be stopped:
     * daemon threads, which end a second after their last document, so none is left running.
     */
    private static final java.util.concurrent.ExecutorService READING = new java.util.concurrent.ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 1, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<>(),
            r -> {
                Thread t = new Thread(r, "crossfoot-read");
                t.setDaemon(true);
                return t;
            });

    private final RuleSet rules;
    private final ReportReader reader;

    private Crossfoot(RuleSet rules, Limits limits) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.reader = new ReportReader(rules, limits);
    }

    private Crossfoot(RuleSet rules) {
        this(rules, Limits.defaults());
    }

    /** This checker with other limits on the documents it reads (file size, PDF pages, cells, time). */
    public Crossfoot withLimits(Limits limits) {
        return new Crossfoot(rules, limits);
    }

    /** The limits on the documents this checker reads. */
    public Limits limits() {
        return reader.limits();
    }

    /** Checks with the bundled rules for the national formats (2019 and 2021). */
    public static Crossfoot standardRules() {
        return new Crossfoot(RuleSet.standard());
    }

    /** Checks with the given rules and the default {@link Limits}. */
    public static Crossfoot withRules(RuleSet rules) {
        return new Crossfoot(rules);
    }

    /**
     * Checks with the standard rules plus your own rule files.
     *
     * @throws io.github.crossfoot.rules.RuleFileException when a file has errors, located file:line:col
     */
    public static Crossfoot withRuleFiles(Path... files) throws IOException {
        if (files.length == 0) {
            return new Crossfoot(RuleSet.standard());
        }
        RuleSet.Builder b = RuleSet.builder().standard();
        for (Path f : files) {
            b.add(f);
        }
        return new Crossfoot(b.build());
    }

    public RuleSet rules() {
        return rules;
    }

    /**
     * Reads a report file (text, CSV, HTML, Word, Excel or PDF) without checking it, within the
     * {@linkplain Limits#timeLimit() time limit}: a reading that takes longer is stopped, and the
     * report gets a {@code read.failed} error, as it does for any other failure while reading.
     *
     * @throws ReportReadException only when the file cannot be opened
     */
    public Report read(Path file) throws ReportReadException {
        return withinTimeLimit(file.toString(), () -> reader.read(file));
    }

    /**
     * Reads a document given as bytes (an upload, a database column) without checking it, within the
     * {@linkplain Limits#timeLimit() time limit}, as {@link #read(Path)} does for a file; {@code source}
     * names it in messages and its extension hints at the kind. Never throws for the document's content:
     * whatever goes wrong becomes a finding of the report ({@code read.failed}, {@code read.not-text},
     * {@code read.limit}).
     */
    public Report read(String source, byte[] document) {
        Objects.requireNonNull(document, "document");
        try {
            return withinTimeLimit(source, () -> reader.read(source, document));
        } catch (ReportReadException e) {
            throw new IllegalStateException("reading bytes opens no file", e); // cannot happen
        }
    }

    /** Runs a reading on a thread of its own and stops it when it takes longer than the time limit. */
    private Report withinTimeLimit(String source, java.util.concurrent.Callable<Report> reading) throws ReportReadException {
        java.util.concurrent.Future<Report> running = READING.submit(reading);
        long limit = limits().timeLimit().toMillis();
        try {
            return running.get(limit, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            running.cancel(true); // the readers stop at their next page, form or glyph
            String seconds = limit % 1000 == 0 ? String.valueOf(limit / 1000) : String.valueOf(limit / 1000.0);
            return ReportReader.failure(source, "读取 reading", new java.util.concurrent.TimeoutException(
                    "超过每个文件 " + seconds + " 秒的时间上限，已停止读取 took longer than the " + seconds
                            + " s limit per file; reading was stopped"));
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ReportReadException r) {
                throw r;
            }
            return ReportReader.failure(source, "读取 reading", e.getCause());
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return ReportReader.failure(source, "读取 reading", e);
        }
    }

    /** Reads (within the time limit) and checks one report file. */
    public CheckResult check(Path file) throws ReportReadException {
        return check(read(file));
    }

    /**
     * Checks a report, read from a document or built in code. Never throws for a report's content:
     * a check that fails on it ends as a {@code read.failed} finding of that report.
     */
    public CheckResult check(Report report) {
        try {
            return rules.check(report);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Report failed = ReportReader.failure(report.source(), "核对 checking", e);
            return new CheckResult(report, failed.readingProblems());
        }
    }

    /**
     * Checks several reports as one dataset: each on its own, then across them (this year's
     * carried-over figures against last year's report of the same body). Results keep the order given.
     */
    public List<CheckResult> checkAll(Collection<Report> reports) {
        List<CheckResult> results = new ArrayList<>(reports.size());
        for (Report r : reports) {
            results.add(check(r));
        }
        return DatasetCheck.check(results, rules);
    }

    /** An empty report in a format, with its tables, rows, columns and labels declared, to fill in code. */
    public Report.Builder newReport(String source, String formatId) {
        return rules.newReport(source, formatId);
    }
}
