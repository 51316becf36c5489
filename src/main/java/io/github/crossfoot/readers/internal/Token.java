package io.github.crossfoot.readers.internal;

import io.github.crossfoot.model.Box;
import java.util.Objects;

/**
 * One field of the source text: a tab-separated field, or a whole line when the report puts one
 * cell per line. Empty fields between filled ones are kept (they may be blank cells); empty fields
 * at the start or end of a line are merged-cell artifacts and dropped.
 *
 * @param text       the field as written, trimmed
 * @param normalized {@link Labels#normalize(String)} of the text
 * @param line       1-based source line
 * @param tableRow   for a token that is exactly one cell of a structured document (HTML, Word,
 *                   CSV), the ordinal of its table row in the document, so that an empty cell is a
 *                   blank cell wherever it stands in its row; -1 for plain text
 * @param grid       for a cell of a document table whose grid is known, which table (grid) of the
 *                   document it belongs to: columns compare only within one grid; -1 when not known
 * @param column     for a cell of a document table whose grid is known (HTML, Word, spreadsheets,
 *                   ruled PDF tables), the first grid column it covers, counting the columns that
 *                   spanning cells above and to the left occupy; -1 when not known
 * @param splittable for a cell of a PDF table, true: a page break may have cut its label in two
 *                   (a merged cell drawn on two pages), so the table parser may join it with the
 *                   next piece as it joins labels broken over lines of text
 * @param box        for text read from a PDF, its page and rectangle: a ruled cell's borders, or
 *                   the run of glyphs it was read from on a page without rulings; null otherwise
 *
 * <p>A value class (equal when its fields are) that works out, when first asked, what the table
 * parser asks of it many times: whether it is a value, and its label forms ({@link Labels.Form}).
 */
public final class Token {

    private final String text;
    private final String normalized;
    private final int line;
    private final int tableRow;
    private final int grid;
    private final int column;
    private final boolean splittable;
    private final Box box;
    /** Worked out when first asked; a token is read by one thread. */
    private Labels.Form form;
    private Boolean value;

    public Token(String text, String normalized, int line, int tableRow, int grid, int column,
                 boolean splittable, Box box) {
        this.text = text;
        this.normalized = normalized;
        this.line = line;
        this.tableRow = tableRow;
        this.grid = grid;
        this.column = column;
        this.splittable = splittable;
        this.box = box;
    }

    /** A token of plain text. */
    public Token(String text, int line) {
        this(text, Labels.normalize(text), line, -1, -1, -1, false, null);
    }

    /** A token that is one cell of a PDF table, rebuilt from its rulings, with its page and borders. */
    public static Token pdfCell(String text, int line, int tableRow, int grid, int column, Box box) {
        return new Token(text, Labels.normalize(text), line, tableRow, grid, column, true, box);
    }

    /**
     * A token of text on a PDF page without rulings, read from one run of glyphs that stands apart
     * from its neighbours on the line (its box): in a table drawn without
     * borders, one cell's text, whose position tells its column.
     */
    public static Token placed(String text, int line, Box box) {
        return new Token(text, Labels.normalize(text), line, -1, -1, -1, false, box);
    }

    /** Whether the token's place on its page is known. */
    public boolean isPlaced() {
        return box != null;
    }

    /** The middle of the token's horizontal extent on its page. */
    public float centre() {
        return box.centreX();
    }

    /** A token that is exactly one cell of row {@code tableRow} of a document table. */
    public static Token cell(String text, int line, int tableRow) {
        return cell(text, line, tableRow, -1, -1);
    }

    /** A token that is exactly one cell of row {@code tableRow} of table {@code grid}, starting at grid column {@code column}. */
    public static Token cell(String text, int line, int tableRow, int grid, int column) {
        return new Token(text, Labels.normalize(text), line, tableRow, grid, column, false, null);
    }

    /** This token with other text (a label joined from pieces), keeping where it stands. */
    public Token withText(String newText) {
        return new Token(newText, Labels.normalize(newText), line, tableRow, grid, column, splittable, box);
    }

    /** Whether this token is exactly one table cell of a structured document. */
    public boolean isCell() {
        return tableRow >= 0;
    }

    /** Whether this token is a cell whose text is whole: never joined with a neighbour as label pieces are. */
    public boolean isWholeCell() {
        return isCell() && !splittable;
    }

    public boolean isEmpty() {
        return normalized.isEmpty();
    }

    public boolean isValue() {
        if (value == null) {
            value = CellValues.looksLikeValue(text);
        }
        return value;
    }

    /** The label forms of the normalised text. */
    public Labels.Form form() {
        if (form == null) {
            form = Labels.form(normalized);
        }
        return form;
    }

    public String text() {
        return text;
    }

    public String normalized() {
        return normalized;
    }

    public int line() {
        return line;
    }

    public int tableRow() {
        return tableRow;
    }

    public int grid() {
        return grid;
    }

    public int column() {
        return column;
    }

    public boolean splittable() {
        return splittable;
    }

    public Box box() {
        return box;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && Objects.equals(text, t.text) && Objects.equals(normalized, t.normalized)
                && line == t.line && tableRow == t.tableRow && grid == t.grid && column == t.column && splittable == t.splittable
                && Objects.equals(box, t.box);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, normalized, line, tableRow, grid, column, splittable, box);
    }

    @Override
    public String toString() {
        return "Token[text=" + text + ", normalized=" + normalized + ", line=" + line + ", tableRow=" + tableRow
                + ", grid=" + grid + ", column=" + column + ", splittable=" + splittable + ", box=" + box + "]";
    }

    /** Whether the token is text that may be (part of) a label. */
    public boolean isText() {
        return !isEmpty() && !isValue();
    }
}
