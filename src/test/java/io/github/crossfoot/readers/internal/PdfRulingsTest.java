package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ruling lines {@link PdfRulings} collects from pages drawn here with PDFBox, in displayed
 * coordinates (origin at the top left of the crop box, y down): strokes and the thin filled
 * rectangles Word draws, at the limits of what counts as a rule; closed paths, clipping paths,
 * fill-and-stroke, forms; pages turned by {@code /Rotate} with a crop box away from the origin.
 */
class PdfRulingsTest {

    /** The height of the pages drawn here: display y is {@code H - y}. */
    private static final float H = 800;

    interface Drawing {
        void draw(PDDocument doc, PDPageContentStream cs) throws IOException;
    }

    private static List<PdfRulings.Line> rulings(Drawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(600, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.draw(doc, cs);
            }
            return new PdfRulings(page).read();
        }
    }

    private static PdfRulings.Line h(float y, float from, float to) {
        return new PdfRulings.Line(true, y, from, to);
    }

    private static PdfRulings.Line v(float x, float from, float to) {
        return new PdfRulings.Line(false, x, from, to);
    }

    @Test
    void aBorderDrawnAsOneClosedPathHasAllFourSides() throws IOException {
        // m l l l h S: the fourth side is only drawn by closing the path.
        List<PdfRulings.Line> lines = rulings((doc, cs) -> {
            cs.moveTo(50, H - 100);
            cs.lineTo(250, H - 100);
            cs.lineTo(250, H - 140);
            cs.lineTo(50, H - 140);
            cs.closePath();
            cs.stroke();
        });
        assertThat(lines).containsExactly(h(100, 50, 250), v(250, 100, 140), h(140, 50, 250), v(50, 100, 140));
    }

    @Test
    void strokesWithinHalfAPointOfLevelAreRulesAndTwoPointsIsLongEnough() throws IOException {
        List<PdfRulings.Line> lines = rulings((doc, cs) -> {
            stroke(cs, 50, 100, 150, 100.5f);   // half a point out of level: still a horizontal rule
            stroke(cs, 50, 200, 52, 200);       // two points long: the shortest kept
            stroke(cs, 300, 100, 300.5f, 200);  // half a point out of plumb: still a vertical rule
            stroke(cs, 400, 100, 400, 102);     // two points tall
            stroke(cs, 50, 300, 51, 300);       // a one-point dash of a dotted line: no rule
            stroke(cs, 400, 300, 400, 301);
            stroke(cs, 50, 400, 150, 400.75f);  // a slanted line: no rule
        });
        assertThat(lines).containsExactly(h(100.25f, 50, 150), h(200, 50, 52), v(300.25f, 100, 200), v(400, 100, 102));
    }

    private static void stroke(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, H - y1);
        cs.lineTo(x2, H - y2);
        cs.stroke();
    }

    @Test
    void filledRectanglesUpToThreePointsThickAndTwoPointsLongAreRules() throws IOException {
        List<PdfRulings.Line> lines = rulings((doc, cs) -> {
            fill(cs, 50, 100, 100, 3);    // three points thick: the thickest border
            fill(cs, 50, 200, 2, 0.5f);   // two points long
            fill(cs, 300, 100, 3, 100);   // a vertical border three points thick
            fill(cs, 400, 100, 0.5f, 2);  // two points tall
            fill(cs, 50, 300, 100, 4);    // a shaded band: no rule
            fill(cs, 300, 300, 4, 100);
            fill(cs, 400, 300, 1.5f, 0.5f); // a speck
        });
        assertThat(lines).containsExactly(h(101.5f, 50, 150), h(200.25f, 50, 52), v(301.5f, 100, 200), v(400.25f, 100, 102));
    }

    /** A filled rectangle from its displayed top left corner. */
    private static void fill(PDPageContentStream cs, float x, float y, float w, float h) throws IOException {
        cs.addRect(x, H - y - h, w, h);
        cs.fill();
    }

    @Test
    void eachPathIsReadOnceAndAClippingPathIsNoRule() throws IOException {
        // A clipping rectangle (re W n), two strokes and two fills one after another: each
        // painting operator takes only the path built since the one before.
        List<PdfRulings.Line> lines = rulings((doc, cs) -> {
            cs.addRect(40, H - 500, 400, 450);
            cs.clip();
            stroke(cs, 50, 100, 250, 100);
            stroke(cs, 50, 140, 250, 140);
            fill(cs, 50, 180, 200, 0.5f);
            fill(cs, 50, 220, 200, 0.5f);
            stroke(cs, 50, 260, 250, 260);
        });
        assertThat(lines).containsExactly(h(100, 50, 250), h(140, 50, 250), h(180.25f, 50, 250), h(220.25f, 50, 250),
                h(260, 50, 250));
    }

    @Test
    void aThinRectangleFilledAndStrokedGivesItsFillAndItsEdges() throws IOException {
        List<PdfRulings.Line> lines = rulings((doc, cs) -> {
            cs.addRect(50, H - 100.5f, 200, 0.5f);
            cs.fillAndStroke();
        });
        // The fill's middle line, then the stroked edges (the half-point ends are too short).
        assertThat(lines).containsExactly(h(100.25f, 50, 250), h(100.5f, 50, 250), h(100, 50, 250));
    }

    @Test
    void rulingsInsideAFormAreRead() throws IOException {
        List<PdfRulings.Line> lines = rulings((doc, cs) -> {
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(new PDRectangle(600, H));
            try (PDFormContentStream f = new PDFormContentStream(form)) {
                f.moveTo(50, H - 100);
                f.lineTo(250, H - 100);
                f.stroke();
            }
            cs.drawForm(form);
        });
        assertThat(lines).containsExactly(h(100, 50, 250));
    }

    /**
     * A page turned by {@code /Rotate} whose crop box does not start at the origin: a horizontal
     * stroke from (200, 750) to (300, 750) on a crop box from (100, 50) to (700, 850).
     */
    @ParameterizedTest(name = "rotated {0}")
    @CsvSource({
        "0, true, 100, 100, 200", // 100 right of the crop box's left edge, 100 below its top
        "90, false, 700, 100, 200", // turned clockwise: the page's bottom edge is on the left
        "180, true, 700, 400, 500", // upside down: measured from the right and the bottom
        "270, false, 100, 400, 500",
    })
    void rulingsAreInDisplayedCoordinates(int rotation, boolean horizontal, float at, float from, float to)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle box = new PDRectangle(100, 50, 600, 800);
            PDPage page = new PDPage(box);
            page.setCropBox(box);
            page.setRotation(rotation);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.moveTo(200, 750);
                cs.lineTo(300, 750);
                cs.stroke();
            }
            assertThat(new PdfRulings(page).read()).containsExactly(new PdfRulings.Line(horizontal, at, from, to));
        }
    }

    @Test
    void aDrawingWithMoreThanTwoHundredThousandSegmentsKeepsOnlyTheFirstTwoHundredThousand() throws IOException {
        // 50,001 stroked squares (a hatched drawing): 200,004 sides, of which the first 200,000 are
        // kept. The squares are handed to the engine as PDFBox hands it each "re" operator (parsing
        // that many operators would take seconds), then the blank page is read.
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(600, H));
            doc.addPage(page);
            PdfRulings rulings = new PdfRulings(page);
            for (int k = 0; k < 50_001; k++) {
                float x = 10 * (k % 50);
                float y = 10 * (k / 50 % 70);
                rulings.appendRectangle(new Point2D.Float(x, y), new Point2D.Float(x + 5, y), new Point2D.Float(x + 5, y + 5),
                        new Point2D.Float(x, y + 5));
            }
            rulings.strokePath();
            List<PdfRulings.Line> lines = rulings.read();
            assertThat(lines).hasSize(200_000);
            // The last four kept: the sides of square 50,000 (k = 49,999), drawn at (490, 190).
            assertThat(lines.subList(199_996, 200_000))
                    .containsExactly(h(H - 190, 490, 495), v(495, H - 195, H - 190), h(H - 195, 490, 495), v(490, H - 195, H - 190));
        }
    }

    @Test
    void anInterruptedReadingStopsAtTheFirstRule() throws IOException {
        // A time limit interrupts the reading thread; a page of countless rules must not be read on.
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(600, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                stroke(cs, 50, 100, 250, 100);
            }
            assertThatThrownBy(() -> interrupted(() -> new PdfRulings(page).read()))
                    .isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void anInterruptedReadingStopsAtAForm() throws IOException {
        // Forms may nest without end: entering one checks the time limit even when it draws no rule.
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(600, H));
            doc.addPage(page);
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(new PDRectangle(600, H));
            try (PDFormContentStream f = new PDFormContentStream(form)) {
                f.moveTo(50, 50);
                f.curveTo(60, 80, 90, 80, 100, 50);
                f.stroke();
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            assertThat(new PdfRulings(page).read()).isEmpty();
            assertThatThrownBy(() -> interrupted(() -> new PdfRulings(page).read()))
                    .isInstanceOf(CancellationException.class);
        }
    }

    interface Reading {
        Object read() throws IOException;
    }

    /** Runs {@code reading} on this thread with its interrupt flag set, and clears the flag after. */
    static Object interrupted(Reading reading) throws IOException {
        Thread.currentThread().interrupt();
        try {
            return reading.read();
        } finally {
            Thread.interrupted();
        }
    }
}
