package io.github.crossfoot.writers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Label;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes results as one JSON object for machines:
 * {@code {"reports":[{"source","format","tables":{TABLE:{ROW:{COLUMN:value-or-null}}},"violations":[...]}],
 * "dataset":[{"source","violations":[...]}], "summary":{...}}}, streamed report by report. The
 * findings across reports are in each report's {@code violations} when the results were checked
 * together before writing ({@code Crossfoot.checkAll}), and in {@code dataset} when each report
 * was written as soon as it was checked (the command line). A cell that was found holds its number, or null when it is blank or not a
 * number; a cell that was not found is absent. Written with Jackson's streaming generator alone
 * (jackson-core on the class path; no object mapper, whose start-up costs more than a report).
 */
public final class JsonWriter implements ResultWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Language language;

    /** A writer of the JSON output: each message in Chinese and English ({@code message.zh}, {@code message.en}). */
    public JsonWriter() {
        this(Language.ZH);
    }

    /**
     * A writer of the JSON output whose messages also have {@code language}'s ({@code message.fr})
     * when it is neither Chinese nor English.
     */
    public JsonWriter(Language language) {
        this.language = java.util.Objects.requireNonNull(language, "language");
    }

    @Override
    public Run start(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
        // The writer belongs to the caller (standard output, or a file it closes).
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeArrayFieldStart("reports");
        Summary.Tally tally = new Summary.Tally();
        return new Run() {
            @Override
            public void add(CheckResult result) throws IOException {
                tally.add(result);
                report(json, result);
            }

            @Override
            public void finish(List<DatasetFindings> dataset) throws IOException {
                json.writeEndArray();
                // Findings across reports, when the reports were written before they were known.
                json.writeArrayFieldStart("dataset");
                for (DatasetFindings d : dataset) {
                    tally.addDataset(d.source(), d.violations());
                    json.writeStartObject();
                    json.writeStringField("source", d.source());
                    json.writeArrayFieldStart("violations");
                    for (Violation v : d.violations()) {
                        violation(json, v);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeFieldName("summary");
                summary(json, tally.summary());
                json.writeEndObject();
                json.flush();
            }
        };
    }

    private static void summary(JsonGenerator json, Summary s) throws IOException {
        json.writeStartObject();
        json.writeNumberField("reports", s.reports());
        json.writeNumberField("passed", s.passed());
        json.writeNumberField("failed", s.failed());
        json.writeNumberField("errors", s.errors());
        json.writeNumberField("warnings", s.warnings());
        json.writeNumberField("infos", s.infos());
        json.writeObjectFieldStart("byRule");
        for (Map.Entry<String, Integer> e : new TreeMap<>(s.byRule()).entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void report(JsonGenerator json, CheckResult r) throws IOException {
        Report report = r.report();
        json.writeStartObject();
        json.writeStringField("source", report.source());
        json.writeStringField("format", report.format().isEmpty() ? null : report.format());
        json.writeStringField("agency", report.agency().orElse(null));
        if (report.year().isPresent()) {
            json.writeNumberField("year", report.year().getAsInt());
        } else {
            json.writeNullField("year");
        }
        json.writeBooleanField("passed", r.passed());
        json.writeObjectFieldStart("tables");
        for (Table t : report.tables().values()) {
            json.writeObjectFieldStart(t.id());
            for (Label row : t.rows()) {
                boolean rowStarted = false;
                for (Label col : t.columns()) {
                    Cell c = t.cell(row.id(), col.id()).orElse(null);
                    if (c == null) {
                        continue;
                    }
                    if (!rowStarted) {
                        json.writeObjectFieldStart(row.id());
                        rowStarted = true;
                    }
                    writeNumber(json, col.id(), c.value().number().orElse(null));
                }
                if (rowStarted) {
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("violations");
        for (Violation v : r.violations()) {
            violation(json, v);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void violation(JsonGenerator json, Violation v) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", v.rule());
        json.writeStringField("severity", v.severity().id());
        json.writeStringField("kind", v.kind().id());
        json.writeStringField("table", v.table().orElse(null));
        json.writeStringField("row", v.row().orElse(null));
        json.writeStringField("column", v.column().orElse(null));
        if (v.line() > 0) {
            json.writeNumberField("line", v.line());
        } else {
            json.writeNullField("line");
        }
        json.writeFieldName("cells");
        writeCells(json, v.cells());
        writeNumber(json, "left", v.left().orElse(null));
        writeNumber(json, "right", v.right().orElse(null));
        writeNumber(json, "difference", v.difference().orElse(null));
        writeMessage(json, v, language);
        json.writeEndObject();
    }

    /** A finding's {@code message} field: Chinese, English, and {@code language}'s when it is another. */
    static void writeMessage(JsonGenerator json, Violation v, Language language) throws IOException {
        json.writeObjectFieldStart("message");
        json.writeStringField("zh", v.messageZh());
        json.writeStringField("en", v.messageEn());
        if (!language.tag().equals("zh") && !language.tag().equals("en")) {
            json.writeStringField(language.tag(), v.message(language.tag()));
        }
        json.writeEndObject();
    }

    /** The cells of a finding, as JSON and SARIF show them (one shape for both). */
    static void writeCells(JsonGenerator json, List<CellRef> cells) throws IOException {
        json.writeStartArray();
        for (CellRef c : cells) {
            json.writeStartObject();
            json.writeStringField("table", c.table());
            json.writeStringField("row", c.row());
            json.writeStringField("column", c.column());
            json.writeStringField("label", c.label());
            if (c.value() == null) {
                json.writeNullField("value");
                json.writeBooleanField("found", false);
            } else {
                writeNumber(json, "value", c.value().number().orElse(null));
                json.writeBooleanField("found", true);
                json.writeStringField("text", c.value().text());
            }
            if (c.line() > 0) {
                json.writeNumberField("line", c.line());
            } else {
                json.writeNullField("line");
            }
            if (c.expected() != null) {
                writeNumber(json, "expected", c.expected());
            }
            if (c.box() != null) {
                // Where the cell stands in a PDF: its page, and its rectangle in points from the top left.
                json.writeNumberField("page", c.box().page());
                json.writeArrayFieldStart("box");
                json.writeNumber(round(c.box().x1()));
                json.writeNumber(round(c.box().y1()));
                json.writeNumber(round(c.box().x2()));
                json.writeNumber(round(c.box().y2()));
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A coordinate to a tenth of a point, which is all a person needs to find the cell. */
    private static double round(float v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A number as written: a whole number without a decimal point (never 1E+1), else as it has its decimals. */
    static void writeNumber(JsonGenerator json, String field, BigDecimal n) throws IOException {
        json.writeFieldName(field);
        if (n == null) {
            json.writeNull();
        } else if (n.stripTrailingZeros().scale() <= 0) {
            json.writeNumber(n.toBigIntegerExact());
        } else {
            json.writeNumber(n);
        }
    }
}
