package io.github.crossfoot.readers;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.internal.CsvText;
import io.github.crossfoot.readers.internal.DocumentKind;
import io.github.crossfoot.readers.internal.DocxText;
import io.github.crossfoot.readers.internal.HtmlText;
import io.github.crossfoot.readers.internal.LimitExceeded;
import io.github.crossfoot.readers.internal.Labels;
import io.github.crossfoot.readers.internal.OleText;
import io.github.crossfoot.readers.internal.PdfText;
import io.github.crossfoot.readers.internal.PlainText;
import io.github.crossfoot.readers.internal.ReportMetadata;
import io.github.crossfoot.readers.internal.SheetText;
import io.github.crossfoot.readers.internal.SourceText;
import io.github.crossfoot.readers.internal.TableFinder;
import io.github.crossfoot.readers.internal.TableParser;
import io.github.crossfoot.readers.internal.TextDecoder;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import io.github.crossfoot.rules.internal.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a report from a file as published: plain text in any of the layouts seen in real reports,
 * CSV, HTML, Word (.docx) or PDF (text layer). The kind is picked by content, then by file name.
 * Tables are found by their headings and read by their row and column labels. Immutable and
 * thread-safe.
 *
 * <p>Plain text needs nothing beyond the core. HTML needs jsoup, Word needs Apache POI, PDF needs
 * Apache PDFBox and CSV needs Commons CSV on the class path (the CLI jar bundles them); without
 * them such a file gets a clear error.
 *
 * <pre>{@code
 * Report report = new ReportReader(RuleSet.standard()).read(Path.of("report.html"));
 * }</pre>
 */
public final class ReportReader {

    private final RuleSet rules;
    private final Limits limits;
    /** The table finder of each format of the rules, made once (each works out its labels' forms). */
    private final java.util.Map<String, TableFinder> finders = new java.util.HashMap<>();

    /** A reader for the formats and tables declared in {@code rules}, with the default {@link Limits}. */
    public ReportReader(RuleSet rules) {
        this(rules, Limits.defaults());
    }

    /** A reader for the formats and tables declared in {@code rules} that refuses documents over {@code limits}. */
    public ReportReader(RuleSet rules, Limits limits) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.limits = Objects.requireNonNull(limits, "limits");
        for (FormatSpec f : rules.formats()) {
            finders.put(f.id(), new TableFinder(f));
        }
    }

    /** The limits this reader keeps to. */
    public Limits limits() {
        return limits;
    }

    /**
     * Reads a file. Content problems (not text, tables missing...) are recorded in the report;
     * only a file that cannot be opened throws.
     */
    public Report read(Path file) throws ReportReadException {
        if (!Files.isRegularFile(file)) {
            // A pipe, socket or device would block or never end: it is not opened.
            throw new ReportReadException("cannot read " + file + ": not a regular file (a directory, pipe, socket or device)",
                    null);
        }
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            // Read at most one byte past the limit, whatever the file claims (a device never ends).
            bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
        } catch (IOException e) {
            throw new ReportReadException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(file.toString(), bytes);
    }

    private static String sizeOf(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /**
     * Reads a document given as bytes; {@code source} names it in messages and picks the kind by
     * extension. A document larger than {@link Limits#maxFileBytes()} is not read ({@code read.limit}). Never throws: whatever goes wrong while reading one document (a parser's exception,
     * a stack overflow on a deeply nested file, one allocation too large for the heap) becomes a
     * finding of that report, {@code read.failed} or {@code read.not-text}.
     */
    public Report read(String source, byte[] bytes) {
        if (bytes.length > limits.maxFileBytes()) {
            String size = sizeOf(limits.maxFileBytes());
            return unread(source, "read.limit", Messages.of("read.limit.file-size", "size", size));
        }
        SourceText text;
        try {
            text = convert(source, bytes);
        } catch (LimitExceeded e) {
            return unread(source, "read.limit", e.text());
        } catch (NoClassDefFoundError e) {
            String missing = String.valueOf(e.getMessage());
            return failed(source,
                    Messages.of("read.not-text.missing-library", "library", libraryOf(missing), "missing", missing));
        } catch (IOException | RuntimeException e) {
            return failed(source, Messages.of("read.not-text.unreadable", "error", String.valueOf(e.getMessage())));
        } catch (StackOverflowError | OutOfMemoryError e) {
            return failure(source, "读取 reading", e);
        }
        if (text == null) {
            return failed(source, Messages.of("read.not-text.unknown-kind"));
        }
        try {
            LimitExceeded.check(text, limits);
            return read(source, text);
        } catch (LimitExceeded e) {
            return unread(source, "read.limit", e.text());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failure(source, "识别表格 finding the tables", e);
        }
    }

    /**
     * A report that could not be read or checked because of {@code cause} at {@code stage}: one
     * {@code read.failed} error naming the file, the stage and the cause in one line.
     */
    public static Report failure(String source, String stage, Throwable cause) {
        String why = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + oneLine(cause.getMessage()));
        return unread(source, "read.failed", Messages.of("read.failed", "stage", stage, "cause", why));
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    /** Reads a report from text (any plain-text layout, or CSV). */
    public Report read(String source, String text) {
        return read(source, CsvText.accepts(source, text) ? CsvText.read(text) : PlainText.read(text));
    }

    private SourceText convert(String source, byte[] bytes) throws IOException {
        switch (DocumentKind.of(source, bytes)) {
            case PDF:
                return PdfText.read(bytes, limits.maxPdfPages());
            case DOCX:
                return DocxText.read(bytes);
            case XLSX:
                return SheetText.read(bytes);
            case OLE2:
                return OleText.read(bytes);
            case HTML:
                return HtmlText.read(bytes);
            default:
                Optional<String> text = TextDecoder.decode(bytes);
                if (text.isEmpty()) {
                    return null;
                }
                return CsvText.accepts(source, text.get()) ? CsvText.read(text.get()) : PlainText.read(text.get());
        }
    }

    /** The optional library a missing class belongs to, by its package. */
    private static String libraryOf(String missingClass) {
        String c = missingClass.replace('.', '/');
        if (c.startsWith("org/apache/poi") || c.startsWith("org/apache/xmlbeans") || c.startsWith("org/openxmlformats")) {
            return "Apache POI (org.apache.poi:poi-ooxml, poi-scratchpad)";
        }
        if (c.startsWith("org/apache/pdfbox") || c.startsWith("org/apache/fontbox")) {
            return "Apache PDFBox (org.apache.pdfbox:pdfbox)";
        }
        if (c.startsWith("org/jsoup")) {
            return "jsoup (org.jsoup:jsoup)";
        }
        if (c.startsWith("org/apache/commons/csv")) {
            return "Commons CSV (org.apache.commons:commons-csv)";
        }
        return "an optional library";
    }

    private static Report failed(String source, Messages.Text message) {
        return unread(source, "read.not-text", message);
    }

    /** A report of a document that was not read, with the one error that says why. */
    private static Report unread(String source, String rule, Messages.Text message) {
        return Report.builder(source)
                .readingProblem(Violation.builder(rule, Severity.ERROR, Violation.Kind.READING)
                        .message(message.byLanguage()).build())
                .build();
    }

    private Report read(String source, SourceText text) {
        ReportMetadata meta = ReportMetadata.of(text.textLines());
        if ((meta.agency() == null || meta.year() == null) && text.title() != null) {
            // The body or year the text does not give, from the document's own title.
            ReportMetadata fromTitle = ReportMetadata.of(List.of(text.title()));
            meta = new ReportMetadata(meta.agency() != null ? meta.agency() : fromTitle.agency(),
                    meta.year() != null ? meta.year() : fromTitle.year());
        }
        Report.Builder report = Report.builder(source).lines(text.lines());
        text.problems().forEach(report::readingProblem);
        if (meta.agency() != null) {
            report.agency(meta.agency());
        }
        if (meta.year() != null) {
            report.year(meta.year());
        }
        FormatSpec format = detectFormat(text.textLines(), meta.year(), report);
        if (format == null) {
            return report.build();
        }
        report.format(format.id());
        for (TableParser.Result r : finders.get(format.id()).read(text.tokens(), meta.year())) {
            r.problems().forEach(report::readingProblem);
            if (!r.table().isEmpty() || r.table().line() > 0) {
                report.table(r.table());
            }
        }
        return report.build();
    }

    /**
     * The format by year (2019–2020: the 2019 format; from 2021: the 2021 format) cross-checked against the labels only one format
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
            Messages.Text m = Messages.of("format.mismatch", "year", year, "expected", byYear.title(),
                    "expectedId", byYear.id(), "found", byMarkers.title(), "foundId", byMarkers.id());
            report.readingProblem(Violation.builder("format.mismatch", Severity.WARNING, Violation.Kind.READING)
                    .message(m.byLanguage())
                    .build());
        }
        return byMarkers != null ? byMarkers : byYear;
    }
}
