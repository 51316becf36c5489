package io.github.crossfoot.readers;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.internal.Labels;
import io.github.crossfoot.readers.internal.ReportMetadata;
import io.github.crossfoot.readers.internal.TableParser;
import io.github.crossfoot.readers.internal.TextDecoder;
import io.github.crossfoot.readers.internal.Token;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a report from plain text: the text copied out of a web page, Word file or PDF. Tables are
 * found by their headings and read by their row and column labels, whichever layout the text has
 * (tab-separated rows, or one cell per line). Immutable and thread-safe.
 *
 * <pre>{@code
 * Report report = new TextReportReader(RuleSet.standard()).read(Path.of("report.txt"));
 * }</pre>
 */
public final class TextReportReader {

    private final RuleSet rules;

    /** A reader for the formats and tables declared in {@code rules}. */
    public TextReportReader(RuleSet rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Reads a file. Content problems (not text, tables missing...) are recorded in the report;
     * only a file that cannot be opened throws.
     */
    public Report read(Path file) throws ReportReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReportReadException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(file.toString(), bytes);
    }

    /** Reads a report from bytes in UTF-8, UTF-16 (with BOM) or GB18030/GBK. */
    public Report read(String source, byte[] bytes) {
        Optional<String> text = TextDecoder.decode(bytes);
        if (text.isEmpty()) {
            return Report.builder(source)
                    .readingProblem(Violation.builder("read.not-text", Severity.ERROR, Violation.Kind.READING)
                            .message("文件不是可识别的文本（支持 UTF-8、UTF-16 和 GB18030/GBK 编码），无法读取。",
                                    "The file is not text in a supported encoding (UTF-8, UTF-16, GB18030/GBK).")
                            .build())
                    .build();
        }
        return read(source, text.get());
    }

    /** Reads a report from text. */
    public Report read(String source, String text) {
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        ReportMetadata meta = ReportMetadata.of(lines);
        Report.Builder report = Report.builder(source).lines(lines);
        if (meta.agency() != null) {
            report.agency(meta.agency());
        }
        if (meta.year() != null) {
            report.year(meta.year());
        }
        FormatSpec format = detectFormat(lines, meta.year(), report);
        if (format == null) {
            return report.build();
        }
        report.format(format.id());
        List<Token> tokens = Token.tokenize(lines);
        for (TableSpec table : format.tables()) {
            TableParser.Result r = new TableParser(format, table).read(tokens);
            r.problems().forEach(report::readingProblem);
            if (!r.table().isEmpty() || r.table().line() > 0) {
                report.table(r.table());
            }
        }
        return report.build();
    }

    /**
     * The format by year (format-spec §8) cross-checked against the labels only one format
     * prints; a disagreement is reported, and the markers win since they describe the tables read.
     */
    private FormatSpec detectFormat(List<String> lines, Integer year, Report.Builder report) {
        String text = Labels.normalize(String.join("", lines));
        FormatSpec byYear = rules.formatForYear(year).orElse(null);
        FormatSpec byMarkers = null;
        long bestMarkers = 0;
        for (FormatSpec f : rules.formats()) {
            long found = f.markers().stream().filter(m -> text.contains(Labels.normalize(m))).count();
            if (found > bestMarkers) {
                bestMarkers = found;
                byMarkers = f;
            }
        }
        if (byMarkers != null && byYear != null && byMarkers != byYear && year != null) {
            report.readingProblem(Violation.builder("format.mismatch", Severity.WARNING, Violation.Kind.READING)
                    .message(year + "年的报告应使用「" + byYear.title() + "」，但表格标签属于「" + byMarkers.title()
                                    + "」，按后者核对。",
                            "A " + year + " report should use format " + byYear.id() + ", but its labels belong to "
                                    + byMarkers.id() + "; checked as " + byMarkers.id() + ".")
                    .build());
        }
        return byMarkers != null ? byMarkers : byYear;
    }
}
