package io.github.crossfoot.readers;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.rules.RuleSet;
import java.nio.file.Path;

/** Reads reports from files; kept only while callers move to {@link ReportReader}, which it delegates to. */
public final class TextReportReader {

    private final ReportReader reader;

    public TextReportReader(RuleSet rules) {
        this.reader = new ReportReader(rules);
    }

    public Report read(Path file) throws ReportReadException {
        return reader.read(file);
    }

    public Report read(String source, byte[] bytes) {
        return reader.read(source, bytes);
    }

    public Report read(String source, String text) {
        return reader.read(source, text);
    }
}
