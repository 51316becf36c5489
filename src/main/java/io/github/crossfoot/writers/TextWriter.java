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
 * Writes results for people: per report a status line, then each violation with its location,
 * the Chinese message and the English one beneath it, then a summary.
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
                    out.write("== 跨报告核对 checks across reports ==\n");
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
        String who = printable(report.agency().orElse("（未识别机关 body not found）"));
        String year = report.year().isPresent() ? report.year().getAsInt() + "年" : "（未识别年度 year not found）";
        long errors = r.errors().size();
        long warnings = r.warnings().size();
        long infos = r.violations(Severity.INFO).size();
        out.write(who + " · " + year + " · 格式 format " + (report.format().isEmpty() ? "?" : report.format()) + " · "
                + (r.passed() ? "通过 PASSED" : "未通过 FAILED")
                + String.format("（错误 %d，警告 %d，提示 %d）%n", errors, warnings, infos));
        violations(report.source(), r.violations(), out);
        out.write("\n");
    }

    private void violations(String source, List<Violation> violations, Writer out) throws IOException {
        for (Violation v : violations) {
            String where = printable(v.line() > 0 ? source + ":" + v.line() : source);
            out.write("  [" + v.severity().chinese() + " " + v.severity().id() + "] " + v.rule() + "  " + where + "\n");
            for (String line : language.message(v).split("\n")) {
                out.write("    " + printable(line) + "\n");
            }
            if ((v.kind() == Violation.Kind.FAILED || v.kind() == Violation.Kind.NOT_EVALUATED) && !v.cells().isEmpty()) {
                out.write("    " + language.pick("单元格 cells: ", "cells: ") + printable(cells(v.cells())) + "\n");
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

    private static String cells(List<CellRef> cells) {
        String shown = cells.stream().limit(MAX_CELLS_SHOWN).map(c -> c.label() + " = "
                        + (c.value() == null ? "缺失 missing" : c.value().isBlank() ? "空白 blank" : c.value().text())
                        + (c.line() > 0 ? "（第" + c.line() + "行）" : ""))
                .collect(Collectors.joining("；"));
        return cells.size() > MAX_CELLS_SHOWN ? shown + "；…（共 " + cells.size() + " 个 cells）" : shown;
    }
}
