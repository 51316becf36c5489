package io.github.crossfoot.writers;

import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes results for people: per report a status line, then each violation with its location and
 * its message in the chosen {@link Language} (Chinese with English beneath by default), then a summary.
 */
public final class TextWriter implements ResultWriter {

    private static final int MAX_CELLS_SHOWN = 8;

    private final Language language;

    /** Chinese first, English beneath. */
    public TextWriter() {
        this(Language.ZH);
    }

    public TextWriter(Language language) {
        this.language = language;
    }

    @Override
    public Run start(Writer out) {
        Summary.Tally tally = new Summary.Tally();
        return new Run() {
            @Override
            public void add(CheckResult result) throws IOException {
                tally.add(result);
                report(result, out);
            }

            @Override
            public void finish(List<DatasetFindings> dataset) throws IOException {
                if (!dataset.isEmpty()) {
                    out.write("== " + language.text("text.dataset") + " ==\n");
                    for (DatasetFindings d : dataset) {
                        tally.addDataset(d.source(), d.violations());
                        violations(d.source(), d.violations(), out);
                    }
                    out.write("\n");
                }
                for (String line : tally.summary().lines(language)) {
                    out.write(line + "\n");
                }
                out.flush();
            }
        };
    }

    private void report(CheckResult r, Writer out) throws IOException {
        Report report = r.report();
        out.write("== " + printable(report.source()) + " ==\n");
        String who = printable(report.agency().orElse(language.text("text.body.unknown")));
        String year = report.year().isPresent() ? language.text("text.year", "year", report.year().getAsInt())
                : language.text("text.year.unknown");
        out.write(language.text("text.status", "body", who, "year", year,
                "format", report.format().isEmpty() ? "?" : report.format(),
                "result", language.text(r.passed() ? "text.passed" : "text.failed"), "errors", r.errors().size(),
                "warnings", r.warnings().size(), "infos", r.violations(Severity.INFO).size()) + "\n");
        violations(report.source(), r.violations(), out);
        out.write("\n");
    }

    private void violations(String source, List<Violation> violations, Writer out) throws IOException {
        for (Violation v : violations) {
            String where = printable(v.line() > 0 ? source + ":" + v.line() : source);
            out.write("  [" + language.text("text.severity." + v.severity().id()) + "] " + v.rule() + "  " + where + "\n");
            for (String line : language.message(v).split("\n")) {
                out.write("    " + printable(line) + "\n");
            }
            if ((v.kind() == Violation.Kind.FAILED || v.kind() == Violation.Kind.NOT_EVALUATED) && !v.cells().isEmpty()) {
                out.write("    " + printable(language.text("text.cells", "cells", cells(v.cells()))) + "\n");
            }
        }
    }

    /**
     * Text from a document or a file name made safe for a terminal: control characters (escape
     * sequences among them) are shown as {@code \\xNN}, never sent as they are.
     */
    static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\t' || c >= 0x7f && c < 0xa0;
            if (control && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                if (control) {
                    b.append(String.format("\\x%02x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private String cells(List<CellRef> cells) {
        String shown = cells.stream().limit(MAX_CELLS_SHOWN).map(c -> c.label() + " = "
                        + (c.value() == null ? language.text("text.cell.missing")
                        : c.value().isBlank() ? language.text("text.cell.blank") : c.value().text())
                        + (c.line() > 0 ? language.text("text.cell.line", "line", c.line()) : ""))
                .collect(Collectors.joining(language.text("text.cell.separator")));
        return cells.size() > MAX_CELLS_SHOWN ? language.text("text.cells.more", "cells", shown, "count", cells.size())
                : shown;
    }
}
