package org.example.crossfoot.spark;

import io.github.crossfoot.model.Box;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One row per finding, with the field names of the command line's JSON output ({@code message.zh}
 * becomes {@code message_zh}): {@code source, index, rule, severity, kind, table, row, column, line,
 * message_zh, message_en, left, right, difference, cells}. {@code index} is the finding's place
 * among its report's findings as the command line lists them (the report's own findings, then the
 * dataset findings), so that ordering by {@code source, index} gives the command line's order.
 * Numbers are {@code decimal(38,6)}: a cell holds at most six decimals ({@link CellValue#MAX_DECIMALS}).
 */
final class FindingRows {

    /** The type of every number: exact, wide enough for any cell and any sum of cells. */
    static final DataType NUMBER = DataTypes.createDecimalType(38, CellValue.MAX_DECIMALS);

    /** A cell that a finding names; {@code box} is {@code [x1, y1, x2, y2]} in points, for a PDF. */
    static final StructType CELL = new StructType(new StructField[] {
        field("table", DataTypes.StringType, false),
        field("row", DataTypes.StringType, false),
        field("column", DataTypes.StringType, false),
        field("label", DataTypes.StringType, false),
        field("value", NUMBER, true),
        field("found", DataTypes.BooleanType, false),
        field("text", DataTypes.StringType, true),
        field("line", DataTypes.IntegerType, true),
        field("expected", NUMBER, true),
        field("page", DataTypes.IntegerType, true),
        field("box", DataTypes.createArrayType(DataTypes.FloatType, false), true),
    });

    static final StructType FINDING = new StructType(new StructField[] {
        field("source", DataTypes.StringType, false),
        field("index", DataTypes.IntegerType, false),
        field("rule", DataTypes.StringType, false),
        field("severity", DataTypes.StringType, false),
        field("kind", DataTypes.StringType, false),
        field("table", DataTypes.StringType, true),
        field("row", DataTypes.StringType, true),
        field("column", DataTypes.StringType, true),
        field("line", DataTypes.IntegerType, true),
        field("message_zh", DataTypes.StringType, false),
        field("message_en", DataTypes.StringType, false),
        field("left", NUMBER, true),
        field("right", NUMBER, true),
        field("difference", NUMBER, true),
        field("cells", DataTypes.createArrayType(CELL, false), false),
    });

    private FindingRows() {
    }

    /** The rows of a report's findings, numbered from {@code first}. */
    static Row[] rows(String source, List<Violation> findings, int first) {
        Row[] rows = new Row[findings.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(source, first + i, findings.get(i));
        }
        return rows;
    }

    static Row row(String source, int index, Violation v) {
        Object[] cells = v.cells().stream().map(FindingRows::cell).toArray();
        return RowFactory.create(source, index, v.rule(), v.severity().id(), v.kind().id(),
                v.table().orElse(null), v.row().orElse(null), v.column().orElse(null), line(v.line()),
                v.messageZh(), v.messageEn(),
                number(v.left().orElse(null)), number(v.right().orElse(null)), number(v.difference().orElse(null)),
                cells);
    }

    private static Row cell(CellRef c) {
        Box box = c.box();
        return RowFactory.create(c.table(), c.row(), c.column(), c.label(),
                c.value() == null ? null : number(c.value().number().orElse(null)),
                c.found(),
                c.value() == null ? null : c.value().text(),
                line(c.line()),
                number(c.expected()),
                box == null ? null : box.page(),
                box == null ? null : new Object[] {box.x1(), box.y1(), box.x2(), box.y2()});
    }

    /** A line number, null when unknown (as in the JSON output). */
    private static Integer line(int line) {
        return line > 0 ? line : null;
    }

    /** A number at the column's scale; never rounded, as no cell has more decimals. */
    private static BigDecimal number(BigDecimal n) {
        return n == null ? null : n.setScale(CellValue.MAX_DECIMALS, RoundingMode.UNNECESSARY);
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
