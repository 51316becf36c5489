package io.github.crossfoot;

import io.github.crossfoot.dataset.DatasetCheck;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.readers.ReportReadException;
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

    private final RuleSet rules;
    private final ReportReader reader;

    private Crossfoot(RuleSet rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.reader = new ReportReader(rules);
    }

    /** Checks with the bundled rules for the national formats (2019 and 2021). */
    public static Crossfoot standardRules() {
        return new Crossfoot(RuleSet.standard());
    }

    /** Checks with the given rules. */
    public static Crossfoot withRules(RuleSet rules) {
        return new Crossfoot(rules);
    }

    /**
     * Checks with the standard rules plus your own rule files.
     *
     * @throws io.github.crossfoot.rules.RuleFileException when a file has errors, located file:line:col
     */
    public static Crossfoot withRuleFiles(Path... files) throws IOException {
        RuleSet.Builder b = RuleSet.builder().standard();
        for (Path f : files) {
            b.add(f);
        }
        return new Crossfoot(b.build());
    }

    public RuleSet rules() {
        return rules;
    }

    /** Reads a report file (text, CSV, HTML, DOCX or PDF) without checking it. */
    public Report read(Path file) throws ReportReadException {
        return reader.read(file);
    }

    /** Reads and checks one report file. */
    public CheckResult check(Path file) throws ReportReadException {
        return check(reader.read(file));
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
        return DatasetCheck.check(results);
    }

    /** An empty report in a format, with its tables, rows, columns and labels declared, to fill in code. */
    public Report.Builder newReport(String source, String formatId) {
        return rules.newReport(source, formatId);
    }
}
