package io.github.crossfoot.readers.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of a PDF page: the horizontal and vertical strokes a producer draws as cell
 * borders, and the thin filled rectangles that Word and WPS draw instead. Coordinates are those of
 * the page as displayed (its {@code /Rotate} applied), with the origin at the top left of the crop
 * box and y growing downwards, as PDFBox gives glyph positions. Also counts the images drawn, to
 * tell a scanned page.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A horizontal ({@code y}, {@code from}..{@code to} in x) or vertical ({@code x}, y range) line. */
    record Line(boolean horizontal, float at, float from, float to) {
    }

    /** Thickest fill still read as a border line rather than a shaded area (points). */
    private static final float THIN = 3f;
    /** Shortest segment kept (points). */
    private static final float SHORTEST = 2f;
    private static final float AXIS_TOLERANCE = 0.5f;
    /** A page with more path segments than this is a drawing, not a table: its rulings are not read. */
    private static final int MAX_SEGMENTS = 200_000;

    private final List<Line> lines = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final float left;
    private final float top;
    private final float right;
    private final float bottom;
    private final int rotation;
    /** The current point and the start of the current subpath, in user space (null when none). */
    private Point2D current;
    private Point2D subpathStart;
    private int images;
    private int segments;

    PdfRulings(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.top = crop.getUpperRightY();
        this.right = crop.getUpperRightX();
        this.bottom = crop.getLowerLeftY();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    /** A point of user space (device space of the engine) as displayed, from the top left. */
    private float[] display(float x, float y) {
        return switch (rotation) {
            case 90 -> new float[] {y - bottom, x - left};
            case 180 -> new float[] {right - x, y - bottom};
            case 270 -> new float[] {top - y, right - x};
            default -> new float[] {x - left, top - y};
        };
    }

    /** Reads the page's content. */
    List<Line> read() throws IOException {
        processPage(getPage());
        return lines;
    }

    int images() {
        return images;
    }

    private float[] page(Point2D p) {
        return display((float) p.getX(), (float) p.getY());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float[] a = page(p0);
        float[] b = page(p1);
        float[] c = page(p2);
        float[] d = page(p3);
        path.add(new float[] {a[0], a[1], b[0], b[1]});
        path.add(new float[] {b[0], b[1], c[0], c[1]});
        path.add(new float[] {c[0], c[1], d[0], d[1]});
        path.add(new float[] {d[0], d[1], a[0], a[1]});
        float x1 = Math.min(Math.min(a[0], b[0]), Math.min(c[0], d[0]));
        float x2 = Math.max(Math.max(a[0], b[0]), Math.max(c[0], d[0]));
        float y1 = Math.min(Math.min(a[1], b[1]), Math.min(c[1], d[1]));
        float y2 = Math.max(Math.max(a[1], b[1]), Math.max(c[1], d[1]));
        rectangles.add(new float[] {x1, y1, x2, y2});
        current = p0;
        subpathStart = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        if (current != null) {
            addSegment(current, next);
        }
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float() : current;
    }

    @Override
    public void closePath() {
        if (current != null && subpathStart != null) {
            addSegment(current, subpathStart);
            current = subpathStart;
        }
    }

    private void addSegment(Point2D from, Point2D to) {
        float[] a = page(from);
        float[] b = page(to);
        path.add(new float[] {a[0], a[1], b[0], b[1]});
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            segment(s[0], s[1], s[2], s[3]);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rectangles) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h <= THIN && w >= SHORTEST) {
                add(new Line(true, (r[1] + r[3]) / 2, r[0], r[2]));
            } else if (w <= THIN && h >= SHORTEST) {
                add(new Line(false, (r[0] + r[2]) / 2, r[1], r[3]));
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<float[]> saved = new ArrayList<>(path);
        fillPath(windingRule);
        path.addAll(saved);
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // The clipping path is ended by endPath, which clears it.
    }

    /** Stops when the thread reading the document is interrupted (a time limit was hit): forms may nest without end. */
    @Override
    public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) throws IOException {
        PdfText.stopIfInterrupted();
        super.showForm(form);
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings are not borders.
    }

    private void segment(float x1, float y1, float x2, float y2) {
        if (Math.abs(y1 - y2) <= AXIS_TOLERANCE && Math.abs(x1 - x2) >= SHORTEST) {
            add(new Line(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) <= AXIS_TOLERANCE && Math.abs(y1 - y2) >= SHORTEST) {
            add(new Line(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
        }
    }

    private void add(Line line) {
        PdfText.stopIfInterrupted();
        if (++segments <= MAX_SEGMENTS) {
            lines.add(line);
        }
    }

    private void clear() {
        path.clear();
        rectangles.clear();
        current = null;
        subpathStart = null;
    }
}
