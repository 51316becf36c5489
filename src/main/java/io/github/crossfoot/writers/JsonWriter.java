package io.github.crossfoot.writers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.TreeMap;

/**
 * Writes results as one JSON object for machines:
 * {@code {"reports":[{"source","format","tables":{TABLE:{ROW:{COLUMN:value-or-null}}},"violations":[...]}],
 * "dataset":[{"source","violations":[...]}], "summary":{...}}}, streamed report by report. The
 * findings across reports are in each report's {@code violations} when the results were checked
 * together before writing ({@code Crossfoot.checkAll}), and in {@code dataset} when each report
 * was written as soon as it was checked (the command line). A cell that was found holds its number, or null when it is blank or not a
 * number; a cell that was not found is absent. Needs jackson-databind on the class path.
 */
public final class JsonWriter implements ResultWriter {

    /** Numbers as written: the default factory strips trailing zeros, which turns 10 into 1E+1. */
    @SuppressWarnings("deprecation")
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

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
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Run start(Writer out) throws IOException {
        JsonGenerator json = mapper.getFactory().createGenerator(out).useDefaultPrettyPrinter();
        // The writer belongs to the caller (standard output, or a file it closes).
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeArrayFieldStart("reports");
        Summary.Tally tally = new Summary.Tally();
        return new Run() {
            @Override
            public void add(CheckResult result) throws IOException {
                tally.add(result);
                json.writeTree(report(result));
            }

            @Override
            public void finish(List<DatasetFindings> dataset) throws IOException {
                json.writeEndArray();
                // Findings across reports, when the reports were written before they were known.
                json.writeArrayFieldStart("dataset");
                for (DatasetFindings d : dataset) {
                    tally.addDataset(d.source(), d.violations());
                    ObjectNode o = NODES.objectNode();
                    o.put("source", d.source());
                    ArrayNode violations = o.putArray("violations");
                    d.violations().forEach(v -> violations.add(violation(v)));
                    json.writeTree(o);
                }
                json.writeEndArray();
                json.writeFieldName("summary");
                json.writeTree(summary(tally.summary()));
                json.writeEndObject();
                json.flush();
            }
        };
    }

    private static ObjectNode summary(Summary s) {
        ObjectNode summary = NODES.objectNode();
        summary.put("reports", s.reports());
        summary.put("passed", s.passed());
        summary.put("failed", s.failed());
        summary.put("errors", s.errors());
        summary.put("warnings", s.warnings());
        summary.put("infos", s.infos());
        ObjectNode byRule = summary.putObject("byRule");
        new TreeMap<>(s.byRule()).forEach(byRule::put);
        return summary;
    }

    private ObjectNode report(CheckResult r) {
        Report report = r.report();
        ObjectNode o = NODES.objectNode();
        o.put("source", report.source());
        o.put("format", report.format().isEmpty() ? null : report.format());
        o.put("agency", report.agency().orElse(null));
        if (report.year().isPresent()) {
            o.put("year", report.year().getAsInt());
        } else {
            o.putNull("year");
        }
        o.put("passed", r.passed());
        ObjectNode tables = o.putObject("tables");
        for (Table t : report.tables().values()) {
            ObjectNode table = tables.putObject(t.id());
            for (Label row : t.rows()) {
                ObjectNode rowNode = null;
                for (Label col : t.columns()) {
                    Cell c = t.cell(row.id(), col.id()).orElse(null);
                    if (c == null) {
                        continue;
                    }
                    if (rowNode == null) {
                        rowNode = table.putObject(row.id());
                    }
                    putValue(rowNode, col.id(), c.value());
                }
            }
        }
        ArrayNode violations = o.putArray("violations");
        for (Violation v : r.violations()) {
            violations.add(violation(v));
        }
        return o;
    }

    private ObjectNode violation(Violation v) {
        ObjectNode o = NODES.objectNode();
        o.put("rule", v.rule());
        o.put("severity", v.severity().id());
        o.put("kind", v.kind().id());
        o.put("table", v.table().orElse(null));
        o.put("row", v.row().orElse(null));
        o.put("column", v.column().orElse(null));
        if (v.line() > 0) {
            o.put("line", v.line());
        } else {
            o.putNull("line");
        }
        putCells(o.putArray("cells"), v.cells());
        putNumber(o, "left", v.left().orElse(null));
        putNumber(o, "right", v.right().orElse(null));
        putNumber(o, "difference", v.difference().orElse(null));
        ObjectNode message = o.putObject("message");
        message.put("zh", v.messageZh());
        message.put("en", v.messageEn());
        if (!message.has(language.tag())) {
            message.put(language.tag(), v.message(language.tag()));
        }
        return o;
    }

    /** The cells of a finding, as JSON and SARIF show them (one shape for both). */
    static void putCells(ArrayNode array, List<CellRef> cells) {
        for (CellRef c : cells) {
            ObjectNode cell = array.addObject();
            cell.put("table", c.table());
            cell.put("row", c.row());
            cell.put("column", c.column());
            cell.put("label", c.label());
            if (c.value() == null) {
                cell.putNull("value");
                cell.put("found", false);
            } else {
                putValue(cell, "value", c.value());
                cell.put("found", true);
                cell.put("text", c.value().text());
            }
            if (c.line() > 0) {
                cell.put("line", c.line());
            } else {
                cell.putNull("line");
            }
            if (c.expected() != null) {
                putNumber(cell, "expected", c.expected());
            }
            if (c.box() != null) {
                // Where the cell stands in a PDF: its page, and its rectangle in points from the top left.
                cell.put("page", c.box().page());
                ArrayNode box = cell.putArray("box");
                box.add(round(c.box().x1())).add(round(c.box().y1())).add(round(c.box().x2())).add(round(c.box().y2()));
            }
        }
    }

    /** A coordinate to a tenth of a point, which is all a person needs to find the cell. */
    private static double round(float v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void putValue(ObjectNode node, String field, CellValue value) {
        putNumber(node, field, value.number().orElse(null));
    }

    static void putNumber(ObjectNode node, String field, BigDecimal n) {
        if (n == null) {
            node.putNull(field);
        } else if (n.stripTrailingZeros().scale() <= 0) {
            node.put(field, n.toBigIntegerExact());
        } else {
            node.put(field, n);
        }
    }
}
