package io.github.crossfoot.readers.internal;

import io.github.crossfoot.readers.Limits;
import io.github.crossfoot.rules.internal.Messages;
import java.util.HashMap;
import java.util.Map;

/**
 * A document over one of the {@link Limits}: it is not read, and the message (Chinese and English)
 * says which limit and where it was hit.
 */
public final class LimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not kept when serialized: the exception's own message (English) is. */
    private final transient Messages.Text text;

    /** Over a limit, as the catalogue's message {@code key} filled with {@code namesAndValues} says. */
    public LimitExceeded(String key, Object... namesAndValues) {
        this(Messages.of(key, namesAndValues));
    }

    private LimitExceeded(Messages.Text text) {
        super(text.en(), null, false, false);
        this.text = text;
    }

    /** The message in every language (the exception's own message is the English one). */
    public Messages.Text text() {
        return text;
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
                throw new LimitExceeded("read.limit.cell-chars", "line", t.line(), "chars", t.text().length(),
                        "limit", limits.maxCellChars());
            }
            if (t.grid() >= 0 && cellsPerGrid.merge(t.grid(), 1, Integer::sum) > limits.maxCellsPerTable()) {
                throw new LimitExceeded("read.limit.table-cells", "line", t.line(), "limit", limits.maxCellsPerTable());
            }
            if (cell && cellsPerRow.merge(new Row(t.grid(), t.isCell() ? t.tableRow() : t.line()), 1, Integer::sum)
                    > limits.maxColumnsPerRow()) {
                throw new LimitExceeded("read.limit.row-cells", "line", t.line(), "limit", limits.maxColumnsPerRow());
            }
        }
    }
}
