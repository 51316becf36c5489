package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ruled tables rebuilt from ruling lines, at the edges of the tolerances: lines {@code 2} points
 * apart are one, a line may stop {@code 2.5} points short of the one it meets, and vertical lines
 * reaching more than {@code 4} points past the last horizontal one bound a row of their own.
 * Coordinates in points, y growing downwards; every tolerance used here is exact in binary.
 */
class LatticeTest {

    private static PdfRulings.Line h(float y, float x1, float x2) {
        return new PdfRulings.Line(true, y, x1, x2);
    }

    private static PdfRulings.Line v(float x, float y1, float y2) {
        return new PdfRulings.Line(false, x, y1, y2);
    }

    /** A grid of {@code rows} × {@code cols} cells of 10 × 10 points with its top left corner at (x, y). */
    private static List<PdfRulings.Line> grid(float x, float y, int rows, int cols) {
        List<PdfRulings.Line> out = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            out.add(h(y + 10 * r, x, x + 10 * cols));
        }
        for (int c = 0; c <= cols; c++) {
            out.add(v(x + 10 * c, y, y + 10 * rows));
        }
        return out;
    }

    private static String cells(Lattice.Table t) {
        StringBuilder b = new StringBuilder();
        for (Lattice.Cell c : t.cells()) {
            b.append(String.format("[%d,%d-%d,%d %s %s %s %s]", c.top(), c.left(), c.bottom(), c.right(), c.x1(), c.y1(),
                    c.x2(), c.y2()));
        }
        return b.toString();
    }

    @Test
    void aFullGridGivesOneCellPerSquareInRowOrder() {
        List<Lattice.Table> tables = Lattice.tables(grid(0, 0, 2, 3));
        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(List.of(t.x1(), t.y1(), t.x2(), t.y2())).containsExactly(0f, 0f, 30f, 20f);
            assertThat(cells(t)).isEqualTo("[0,0-0,0 0.0 0.0 10.0 10.0][0,1-0,1 10.0 0.0 20.0 10.0]"
                    + "[0,2-0,2 20.0 0.0 30.0 10.0][1,0-1,0 0.0 10.0 10.0 20.0][1,1-1,1 10.0 10.0 20.0 20.0]"
                    + "[1,2-1,2 20.0 10.0 30.0 20.0]");
        });
    }

    @Test
    void squaresWithoutARulingBetweenThemAreOneCell() {
        List<PdfRulings.Line> lines = new ArrayList<>(List.of(h(0, 0, 20), h(10, 0, 20), h(20, 0, 20), v(0, 0, 20),
                v(20, 0, 20)));
        // The middle ruling stops 2.5 points below the top row's middle (y 5): it still parts the top row.
        lines.add(v(10, 7.5f, 20));
        assertThat(cells(Lattice.tables(lines).get(0))).isEqualTo("[0,0-0,0 0.0 0.0 10.0 10.0][0,1-0,1 10.0 0.0 20.0 10.0]"
                + "[1,0-1,0 0.0 10.0 10.0 20.0][1,1-1,1 10.0 10.0 20.0 20.0]");
        // A little shorter, and the top row is one merged cell over both columns.
        lines.set(lines.size() - 1, v(10, 7.75f, 20));
        assertThat(cells(Lattice.tables(lines).get(0))).isEqualTo("[0,0-0,1 0.0 0.0 20.0 10.0]"
                + "[1,0-1,0 0.0 10.0 10.0 20.0][1,1-1,1 10.0 10.0 20.0 20.0]");
    }

    @Test
    void cellsMergeDownwardsWhereNoHorizontalRulingParts() {
        List<PdfRulings.Line> lines = List.of(h(0, 0, 20), h(10, 10, 20), h(20, 0, 20), v(0, 0, 20), v(10, 0, 20),
                v(20, 0, 20));
        assertThat(cells(Lattice.tables(lines).get(0))).isEqualTo("[0,0-1,0 0.0 0.0 10.0 20.0]"
                + "[0,1-0,1 10.0 0.0 20.0 10.0][1,1-1,1 10.0 10.0 20.0 20.0]");
    }

    @Test
    void aLineStoppingTwoAndAHalfPointsShortStillMeetsTheOtherOne() {
        // The right border stands 2.5 points past the end of the horizontal rulings: one table of two columns.
        List<PdfRulings.Line> near = List.of(h(0, 0, 20), h(10, 0, 20), v(0, 0, 10), v(10, 0, 10), v(22.5f, 0, 10));
        assertThat(Lattice.tables(near)).singleElement().satisfies(t -> assertThat(t.x2()).isEqualTo(22.5f));
        // 2.75 points past: the border is a line of its own, and one column is no table.
        List<PdfRulings.Line> far = List.of(h(0, 0, 20), h(10, 0, 20), v(0, 0, 10), v(10, 0, 10), v(22.75f, 0, 10));
        assertThat(Lattice.tables(far)).isEmpty();
        // The same along the other axis: a vertical ruling starting 2.5 points below the top one meets it.
        List<PdfRulings.Line> below = List.of(h(0, 0, 20), h(10, 0, 20), v(0, 0, 10), v(10, 2.5f, 10), v(20, 0, 10));
        assertThat(Lattice.tables(below)).singleElement().satisfies(t -> assertThat(t.cells()).hasSize(2));
    }

    @Test
    void collinearPiecesAndDoubleBordersAreOneLine() {
        // The top border drawn in two pieces 2.5 points apart, and a second bottom border 2 points under the first.
        List<PdfRulings.Line> lines = List.of(h(0, 0, 8.5f), h(0, 11, 20), h(10, 0, 20), h(12, 0, 20), v(0, 0, 12),
                v(10, 0, 12), v(20, 0, 12));
        assertThat(Lattice.tables(lines)).singleElement().satisfies(t -> {
            assertThat(cells(t)).isEqualTo("[0,0-0,0 0.0 0.0 10.0 10.0][0,1-0,1 10.0 0.0 20.0 10.0]");
        });
        // Borders 2.25 points apart are two lines: a thin second row.
        List<PdfRulings.Line> apart = List.of(h(0, 0, 20), h(10, 0, 20), h(12.25f, 0, 20), v(0, 0, 12.25f),
                v(10, 0, 12.25f), v(20, 0, 12.25f));
        assertThat(Lattice.tables(apart).get(0).cells()).hasSize(4);
    }

    @Test
    void verticalRulingsReachingPastTheLastHorizontalOneBoundARowOfTheirOwn() {
        // A table continued on the next page: its last row has no bottom border on this page.
        List<PdfRulings.Line> open = List.of(h(0, 0, 20), h(10, 0, 20), v(0, 0, 14.5f), v(10, 0, 14.5f),
                v(20, 0, 14.5f));
        assertThat(Lattice.tables(open)).singleElement().satisfies(t -> {
            assertThat(t.y2()).isEqualTo(14.5f);
            assertThat(t.cells()).hasSize(4);
        });
        // Reaching only 4 points past it is a line drawn a little long, not a row.
        List<PdfRulings.Line> longer = List.of(h(0, 0, 20), h(10, 0, 20), v(0, 0, 14), v(10, 0, 14), v(20, 0, 14));
        assertThat(Lattice.tables(longer)).singleElement().satisfies(t -> {
            assertThat(t.y2()).isEqualTo(10f);
            assertThat(t.cells()).hasSize(2);
        });
        // And above the first horizontal one: a row whose top border was on the page before.
        List<PdfRulings.Line> above = List.of(h(10, 0, 20), h(20, 0, 20), v(0, 5.5f, 20), v(10, 5.5f, 20),
                v(20, 5.5f, 20));
        assertThat(Lattice.tables(above).get(0).y1()).isEqualTo(5.5f);
        List<PdfRulings.Line> notAbove = List.of(h(10, 0, 20), h(20, 0, 20), v(0, 6, 20), v(10, 6, 20), v(20, 6, 20));
        assertThat(Lattice.tables(notAbove).get(0).y1()).isEqualTo(10f);
    }

    @Test
    void separateTablesComeTopFirstAndABoxOrAnUnderlineIsNoTable() {
        List<PdfRulings.Line> lines = new ArrayList<>(grid(0, 100, 1, 2));
        lines.addAll(grid(0, 0, 2, 2));
        lines.addAll(grid(50, 50, 1, 1)); // a box: one column
        lines.add(h(200, 0, 100)); // an underline
        List<Lattice.Table> tables = Lattice.tables(lines);
        assertThat(tables).extracting(Lattice.Table::y1).containsExactly(0f, 100f);
        assertThat(tables).extracting(t -> t.cells().size()).containsExactly(4, 2);
    }

    @Test
    void aPageOfMoreThanFiveThousandLinesIsADrawingReadAsText() {
        List<PdfRulings.Line> lines = new ArrayList<>(grid(0, 0, 1, 2)); // 5 lines
        for (int i = 0; i < 4_995; i++) {
            lines.add(h(1_000 + 10 * i, 0, 1)); // short strokes far apart: none merges with another
        }
        assertThat(Lattice.tables(lines)).hasSize(1);
        lines.add(h(-1_000, 0, 1));
        assertThat(Lattice.tables(lines)).isEmpty();
    }

    @Test
    void aCellHoldsItsTopAndLeftEdgesAndATableBothOfItsEdges() {
        Lattice.Table t = Lattice.tables(grid(0, 0, 1, 2)).get(0);
        Lattice.Cell first = t.cells().get(0);
        assertThat(first.contains(0, 0)).isTrue();
        assertThat(first.contains(9.9f, 9.9f)).isTrue();
        assertThat(first.contains(10, 5)).isFalse();
        assertThat(first.contains(5, 10)).isFalse();
        assertThat(first.contains(-0.1f, 5)).isFalse();
        assertThat(first.contains(5, -0.1f)).isFalse();
        assertThat(t.contains(20, 10)).isTrue();
        assertThat(t.contains(0, 0)).isTrue();
        assertThat(t.contains(20.1f, 5)).isFalse();
        assertThat(t.contains(5, 10.1f)).isFalse();
        assertThat(t.contains(-0.1f, 5)).isFalse();
        assertThat(t.contains(5, -0.1f)).isFalse();
    }
}
