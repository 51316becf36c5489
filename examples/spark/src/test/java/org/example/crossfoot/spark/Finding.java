package org.example.crossfoot.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A finding as both sides show it, to compare them: a row of the Spark output, or a violation of
 * the command line's JSON output. Numbers are compared by value ({@code 12} = {@code 12.000000}),
 * a PDF cell's rectangle to a tenth of a point (as the JSON output rounds it).
 */
record Finding(String source, int index, String rule, String severity, String kind, String table, String row,
               String column, Integer line, String messageZh, String messageEn, String left, String right,
               String difference, List<Cell> cells) {

    /** Output order: by report, then as the report lists its findings. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::source).thenComparingInt(Finding::index);

    record Cell(String table, String row, String column, String label, String value, boolean found, String text,
                Integer line, String expected, Integer page, List<Double> box) {
    }

    static Finding of(Row r) {
        List<Cell> cells = new ArrayList<>();
        for (Row c : r.<Row>getList(r.fieldIndex("cells"))) {
            List<Double> box = null;
            if (!c.isNullAt(c.fieldIndex("box"))) {
                box = c.<Float>getList(c.fieldIndex("box")).stream().map(v -> Math.round(v * 10) / 10.0).toList();
            }
            cells.add(new Cell(c.getAs("table"), c.getAs("row"), c.getAs("column"), c.getAs("label"),
                    decimal(c.getAs("value")), c.getAs("found"), c.getAs("text"), c.getAs("line"),
                    decimal(c.getAs("expected")), c.getAs("page"), box));
        }
        return new Finding(r.getAs("source"), r.<Integer>getAs("index"), r.getAs("rule"), r.getAs("severity"),
                r.getAs("kind"), r.getAs("table"), r.getAs("row"), r.getAs("column"), r.getAs("line"),
                r.getAs("message_zh"), r.getAs("message_en"), decimal(r.getAs("left")), decimal(r.getAs("right")),
                decimal(r.getAs("difference")), List.copyOf(cells));
    }

    /** The violation at {@code index} of a report in the command line's JSON output. */
    static Finding of(String source, int index, JsonNode v) {
        List<Cell> cells = new ArrayList<>();
        for (JsonNode c : v.get("cells")) {
            List<Double> box = null;
            if (c.has("box")) {
                box = new ArrayList<>();
                for (JsonNode x : c.get("box")) {
                    box.add(x.asDouble());
                }
            }
            cells.add(new Cell(c.get("table").asText(), c.get("row").asText(), c.get("column").asText(),
                    c.get("label").asText(), number(c.get("value")), c.get("found").asBoolean(), text(c.get("text")),
                    integer(c.get("line")), number(c.get("expected")), integer(c.get("page")), box));
        }
        return new Finding(source, index, v.get("rule").asText(), v.get("severity").asText(), v.get("kind").asText(),
                text(v.get("table")), text(v.get("row")), text(v.get("column")), integer(v.get("line")),
                v.get("message").get("zh").asText(), v.get("message").get("en").asText(),
                number(v.get("left")), number(v.get("right")), number(v.get("difference")), List.copyOf(cells));
    }

    private static String decimal(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }

    private static String number(JsonNode n) {
        return n == null || n.isNull() ? null : decimal(n.decimalValue());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Integer integer(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }
}
