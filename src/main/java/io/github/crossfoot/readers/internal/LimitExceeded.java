package io.github.crossfoot.readers.internal;

import io.github.crossfoot.readers.Limits;
import java.util.HashMap;
import java.util.Map;

/**
 * A document over one of the {@link Limits}: it is not read, and the message (Chinese and English)
 * says which limit and where it was hit.
 */
public final class LimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String zh;

    public LimitExceeded(String zh, String en) {
        super(en, null, false, false);
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return getMessage();
    }

    /** A row of cells: a document table's row, or a line of a PDF page without rulings (grid -1). */
    private record Row(int grid, int row) {
    }

    /**
     * Checks the cells of a converted document against the limits: the cells of each document
     * table, the cells of each of its rows, and the text of each cell.
     */
    public static void check(SourceText text, Limits limits) {
        Map<Integer, Integer> cellsPerGrid = new HashMap<>();
        Map<Row, Integer> cellsPerRow = new HashMap<>();
        for (Token t : text.tokens()) {
            boolean cell = t.isCell() || t.isPlaced();
            if (cell && t.text().length() > limits.maxCellChars()) {
                throw new LimitExceeded("第" + t.line() + "行的单元格有 " + t.text().length() + " 个字符，超过 "
                        + limits.maxCellChars() + " 个字符的上限，文件未读取。",
                        "Line " + t.line() + ": a cell holds " + t.text().length() + " characters, more than the limit of "
                                + limits.maxCellChars() + "; the file was not read.");
            }
            if (t.grid() >= 0 && cellsPerGrid.merge(t.grid(), 1, Integer::sum) > limits.maxCellsPerTable()) {
                throw new LimitExceeded("第" + t.line() + "行所在的表格超过 " + limits.maxCellsPerTable() + " 个单元格的上限，文件未读取。",
                        "Line " + t.line() + ": its table has more than " + limits.maxCellsPerTable()
                                + " cells, the limit; the file was not read.");
            }
            if (cell && cellsPerRow.merge(new Row(t.grid(), t.isCell() ? t.tableRow() : t.line()), 1, Integer::sum)
                    > limits.maxColumnsPerRow()) {
                throw new LimitExceeded("第" + t.line() + "行的表格行超过 " + limits.maxColumnsPerRow() + " 个单元格的上限，文件未读取。",
                        "Line " + t.line() + ": a table row has more than " + limits.maxColumnsPerRow()
                                + " cells, the limit; the file was not read.");
            }
        }
    }
}
