package io.github.crossfoot.model;

/**
 * Where a cell stands on a page of a PDF: the page and the rectangle of the cell (a ruled cell's
 * borders, or the glyphs of a cell drawn without rulings), in points from the top-left corner of
 * the page as it is displayed, rotation applied.
 *
 * @param page 1-based page number
 * @param x1   left edge
 * @param y1   top edge
 * @param x2   right edge
 * @param y2   bottom edge
 */
public record Box(int page, float x1, float y1, float x2, float y2) implements java.io.Serializable {

    public Box {
        if (page < 1) {
            throw new IllegalArgumentException("page must be >= 1, was " + page);
        }
        if (!(x1 <= x2) || !(y1 <= y2)) {
            throw new IllegalArgumentException("not a rectangle: (" + x1 + ", " + y1 + ")–(" + x2 + ", " + y2 + ")");
        }
    }

    /** The middle of the box, left to right. */
    public float centreX() {
        return (x1 + x2) / 2;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "p%d (%.1f, %.1f)–(%.1f, %.1f)", page, x1, y1, x2, y2);
    }
}
