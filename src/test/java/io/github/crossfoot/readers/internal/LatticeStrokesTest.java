package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ruled tables whose rulings were drawn as producers draw them: in strokes, a little offset, out of
 * order, stopping short at the table's edges, and a page's tables not laid out top-left first.
 * Coordinates in points, y growing downwards; every tolerance used here is exact in binary.
 */
class LatticeStrokesTest {

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

    private static final String TWO_BY_TWO = "[0,0-0,0 0.0 0.0 10.0 10.0][0,1-0,1 10.0 0.0 20.0 10.0]"
            + "[1,0-1,0 0.0 10.0 10.0 20.0][1,1-1,1 10.0 10.0 20.0 20.0]";

    @Test
    void aColumnRulingDrawnTwoPointsAsideInTheLowerRowStillPartsItAtTheUpperOnesPlace() {
        // The divider of the lower row is a separate stroke 2 points to the right, starting 3 points
        // under the rule (too far to be joined to the upper stroke): one column edge, at x 10.
        List<PdfRulings.Line> lines = List.of(h(0, 0, 20), h(10, 0, 20), h(20, 0, 20), v(0, 0, 20), v(20, 0, 20),
                v(10, 0, 10), v(12, 13, 20));
        assertThat(Lattice.tables(lines)).singleElement().satisfies(t -> assertThat(cells(t)).isEqualTo(TWO_BY_TWO));
    }

    @Test
    void aColumnRulingStoppingTwoAndAHalfPointsAboveTheLowerRowsMiddleStillPartsIt() {
        // The lower row runs from y 10 to 20 (middle 15); the divider ends at 12.5.
        List<PdfRulings.Line> lines = List.of(h(0, 0, 20), h(10, 0, 20), h(20, 0, 20), v(0, 0, 20), v(20, 0, 20),
                v(10, 0, 12.5f));
        assertThat(cells(Lattice.tables(lines).get(0))).isEqualTo(TWO_BY_TWO);
    }

    @Test
    void anOpenLastRowIsClosedByTheTablesEdgeWhereTheRightBorderStopsAtTheLastRule() {
        // Continued on the next page: the inner rulings run 10 points past the last rule, the right
        // border stops at it. The open row still has two cells, the last bounded by the table's edge.
        List<PdfRulings.Line> lines = List.of(h(0, 0, 20), h(10, 0, 20), v(0, 0, 20), v(10, 0, 20), v(20, 0, 10));
        assertThat(Lattice.tables(lines)).singleElement().satisfies(t -> {
            assertThat(List.of(t.x1(), t.y1(), t.x2(), t.y2())).containsExactly(0f, 0f, 20f, 20f);
            assertThat(cells(t)).isEqualTo(TWO_BY_TWO);
        });
    }

    @Test
    void aDoubleBorderReadsTheSameWhicheverOfItsLinesWasDrawnFirst() {
        // The bottom border doubled 2 points under the first; the producer drew the lower line first.
        List<PdfRulings.Line> lowerFirst = new ArrayList<>(List.of(h(12, 0, 20), h(10, 0, 20), h(0, 0, 20)));
        lowerFirst.addAll(List.of(v(20, 0, 12), v(10, 0, 12), v(0, 0, 12)));
        String expected = "[0,0-0,0 0.0 0.0 10.0 10.0][0,1-0,1 10.0 0.0 20.0 10.0]";
        assertThat(Lattice.tables(lowerFirst)).singleElement().satisfies(t -> {
            assertThat(t.y2()).isEqualTo(10f);
            assertThat(cells(t)).isEqualTo(expected);
        });
        List<PdfRulings.Line> upperFirst = new ArrayList<>(lowerFirst);
        java.util.Collections.reverse(upperFirst);
        assertThat(cells(Lattice.tables(upperFirst).get(0))).isEqualTo(expected);
    }

    @Test
    void tablesComeTopFirstEvenWhenTheLowerOneStandsFurtherLeft() {
        List<PdfRulings.Line> lines = new ArrayList<>(grid(50, 0, 1, 2));
        lines.addAll(grid(0, 100, 2, 2));
        List<Lattice.Table> tables = Lattice.tables(lines);
        assertThat(tables).extracting(Lattice.Table::x1, Lattice.Table::y1).containsExactly(
                org.assertj.core.groups.Tuple.tuple(50f, 0f), org.assertj.core.groups.Tuple.tuple(0f, 100f));
        assertThat(tables).extracting(t -> t.cells().size()).containsExactly(2, 4);
    }

    @Test
    void aLeftBorderTwoAndAHalfPointsBeforeTheRulesStillBelongsToTheTable() {
        List<PdfRulings.Line> lines = List.of(h(0, 2.5f, 20), h(10, 2.5f, 20), v(0, 0, 10), v(10, 0, 10), v(20, 0, 10));
        assertThat(Lattice.tables(lines)).singleElement().satisfies(t -> assertThat(cells(t))
                .isEqualTo("[0,0-0,0 0.0 0.0 10.0 10.0][0,1-0,1 10.0 0.0 20.0 10.0]"));
    }

    @Test
    void rulingsStartingOrEndingTwoAndAHalfPointsShortStillMeetTheOuterBorders() {
        // Every column ruling starts 2.5 points under the top border: the top border is the table's.
        List<PdfRulings.Line> shortAtTop = List.of(h(0, 0, 20), h(10, 0, 20), h(20, 0, 20), v(0, 2.5f, 20),
                v(10, 2.5f, 20), v(20, 2.5f, 20));
        assertThat(Lattice.tables(shortAtTop)).singleElement().satisfies(t -> {
            assertThat(t.y1()).isEqualTo(0f);
            assertThat(cells(t)).isEqualTo(TWO_BY_TWO);
        });
        // Every column ruling ends 2.5 points above the bottom border.
        List<PdfRulings.Line> shortAtBottom = List.of(h(0, 0, 20), h(10, 0, 20), h(20, 0, 20), v(0, 0, 17.5f),
                v(10, 0, 17.5f), v(20, 0, 17.5f));
        assertThat(Lattice.tables(shortAtBottom)).singleElement().satisfies(t -> {
            assertThat(t.y2()).isEqualTo(20f);
            assertThat(cells(t)).isEqualTo(TWO_BY_TWO);
        });
    }

    /**
     * A ruled 2 × 2 table drawn with {@code table}, and short strokes far apart (none joins another)
     * to make 5,001 lines as drawn: a page is a drawing only when more than 5,000 remain once the
     * strokes of one line are joined, so the table is read exactly when two of its strokes are.
     */
    private static List<Lattice.Table> amongStrokes(List<PdfRulings.Line> table) {
        List<PdfRulings.Line> lines = new ArrayList<>(table);
        for (int i = 0; lines.size() < 5_001; i++) {
            lines.add(h(1_000 + 10 * i, 0, 1));
        }
        return Lattice.tables(lines);
    }

    @Test
    void strokesOfOneLineCountOnceTowardsTheLinesOfADrawing() {
        // The left border in two abutting strokes (it is the first line in position order).
        List<PdfRulings.Line> leftInTwo = List.of(v(0, 0, 10), v(0, 10, 20), v(10, 0, 20), v(20, 0, 20), h(0, 0, 20),
                h(10, 0, 20), h(20, 0, 20));
        assertThat(amongStrokes(leftInTwo)).singleElement().satisfies(t -> assertThat(cells(t)).isEqualTo(TWO_BY_TWO));
        // The middle rule doubled exactly 2 points under itself.
        List<PdfRulings.Line> doubled = new ArrayList<>(grid(0, 0, 2, 2));
        doubled.add(h(12, 0, 20));
        assertThat(amongStrokes(doubled)).singleElement().satisfies(t -> assertThat(cells(t)).isEqualTo(TWO_BY_TWO));
    }

    @Test
    void strokesTwoAndAHalfPointsApartAlongTheLineAreJoinedEitherWayRound() {
        // The middle rule in two strokes with a gap of 2.5 points.
        List<PdfRulings.Line> gap = List.of(v(0, 0, 20), v(10, 0, 20), v(20, 0, 20), h(0, 0, 20), h(10, 0, 8.5f),
                h(10, 11, 20), h(20, 0, 20));
        assertThat(amongStrokes(gap)).singleElement().satisfies(t -> assertThat(cells(t)).isEqualTo(TWO_BY_TWO));
        // The left stroke drawn a point lower than the right one, so it comes after it in position order.
        List<PdfRulings.Line> lowerLeft = List.of(v(0, 0, 20), v(10, 0, 20), v(20, 0, 20), h(0, 0, 20),
                h(10, 7.5f, 20), h(11, 0, 5), h(20, 0, 20));
        assertThat(amongStrokes(lowerLeft)).singleElement().satisfies(t -> assertThat(cells(t)).isEqualTo(TWO_BY_TWO));
    }
}
