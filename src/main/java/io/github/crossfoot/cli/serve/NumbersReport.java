package io.github.crossfoot.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report given as numbers, in the shape of the JSON output's report:
 * {@code {"source", "format", "agency", "year", "tables": {TABLE: {ROW: {COLUMN: number or null}}}}}.
 * It is built as the library builds a report in code ({@link RuleSet#newReport}); a null is a blank
 * cell, a cell left out is not found, and a table, row or column the format lacks is reported by the
 * checks as it is for any report. Other fields of the JSON output (passed, violations) are ignored.
 */
final class NumbersReport {

    private static final int MAX_PROBLEMS = 20;

    private NumbersReport() {
    }

    /** Builds the report at JSON pointer {@code at}, or says everything that is wrong with it. */
    static Report build(JsonNode node, String at, RuleSet rules) throws ApiException {
        if (!node.isObject()) {
            throw problem(at + " 应为对象。", at + " must be an object.");
        }
        Integer year = null;
        JsonNode y = node.get("year");
        if (y != null && !y.isNull()) {
            if (!y.canConvertToInt() || !y.isIntegralNumber()) {
                throw problem(at + "/year 应为整数年份。", at + "/year must be a whole year.");
            }
            year = y.intValue();
        }
        String format = text(node, "format", at);
        if (format == null) {
            format = rules.formatForYear(year).map(FormatSpec::id).orElseThrow(() -> problem(
                    at + "/format 缺失，且无法由 year 确定格式；可用的格式：" + known(rules) + "。",
                    at + "/format is missing and no format covers the year; formats: " + known(rules) + "."));
        } else if (rules.format(format).isEmpty()) {
            throw problem(at + "/format「" + format + "」未知；可用的格式：" + known(rules) + "。",
                    at + "/format '" + format + "' is unknown; formats: " + known(rules) + ".");
        }
        String source = text(node, "source", at);
        Report.Builder report = rules.newReport(source == null || source.isBlank() ? "numbers.json"
                : CheckRequest.safeName(source, "numbers.json"), format);
        String agency = text(node, "agency", at);
        if (agency != null) {
            report.agency(agency);
        }
        if (year != null) {
            report.year(year);
        }
        JsonNode tables = node.get("tables");
        if (tables == null || !tables.isObject()) {
            throw problem(at + "/tables 缺失或不是对象：应为 {表: {行: {列: 数值或 null}}}。",
                    at + "/tables is missing or not an object: it must be {table: {row: {column: number or null}}}.");
        }
        List<String[]> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> t : tables.properties()) {
            String tableAt = at + "/tables/" + pointer(t.getKey());
            if (!t.getValue().isObject()) {
                problems.add(new String[] {tableAt + " 应为对象 {行: {列: 数值}}", tableAt + " must be an object {row: {column: number}}"});
                continue;
            }
            report.table(t.getKey(), table -> {
                for (Map.Entry<String, JsonNode> r : t.getValue().properties()) {
                    String rowAt = tableAt + "/" + pointer(r.getKey());
                    if (!r.getValue().isObject()) {
                        problems.add(new String[] {rowAt + " 应为对象 {列: 数值}", rowAt + " must be an object {column: number}"});
                        continue;
                    }
                    for (Map.Entry<String, JsonNode> c : r.getValue().properties()) {
                        String cellAt = rowAt + "/" + pointer(c.getKey());
                        JsonNode v = c.getValue();
                        if (v.isNull()) {
                            table.blank(r.getKey(), c.getKey());
                        } else if (v.isNumber()) {
                            try {
                                table.value(r.getKey(), c.getKey(), v.decimalValue());
                            } catch (IllegalArgumentException e) {
                                problems.add(new String[] {cellAt + "：" + e.getMessage(), cellAt + ": " + e.getMessage()});
                            }
                        } else {
                            String shown = v.toString().length() > 40 ? v.toString().substring(0, 40) + "…" : v.toString();
                            problems.add(new String[] {cellAt + " 应为数值或 null，而不是 " + shown,
                                    cellAt + " must be a number or null, not " + shown});
                        }
                    }
                }
            });
        }
        if (!problems.isEmpty()) {
            StringBuilder zh = new StringBuilder("表格数字有 " + problems.size() + " 处错误：");
            StringBuilder en = new StringBuilder(problems.size() + " problem(s) in the numbers:");
            for (String[] p : problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))) {
                zh.append("\n").append(p[0]);
                en.append("\n").append(p[1]);
            }
            throw problem(zh.toString(), en.toString());
        }
        return report.build();
    }

    private static String text(JsonNode node, String field, String at) throws ApiException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw problem(at + "/" + field + " 应为字符串。", at + "/" + field + " must be a string.");
        }
        return v.asText();
    }

    private static String known(RuleSet rules) {
        return String.join(", ", rules.formats().stream().map(FormatSpec::id).toList());
    }

    /** A key as a JSON pointer token (RFC 6901). */
    private static String pointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static ApiException problem(String zh, String en) {
        return ApiException.invalid(zh, en);
    }
}
