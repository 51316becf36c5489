package io.github.crossfoot.readers.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ruled tables rebuilt from a page's ruling lines, as lattice-mode table extractors do: lines that
 * touch one another form a table; the distinct positions of its horizontal and vertical lines are
 * the edges of a grid; neighbouring grid positions with no ruling between them belong to one
 * (merged) cell. Coordinates as {@link PdfRulings} gives them (y grows downwards).
 */
final class Lattice {

    /** One cell: its grid rows {@code top..bottom} and columns {@code left..right} (inclusive), and its box. */
    record Cell(int top, int left, int bottom, int right, float x1, float y1, float x2, float y2) {
        boolean contains(float x, float y) {
            return x >= x1 && x < x2 && y >= y1 && y < y2;
        }
    }

    /** One table: its box and cells, ordered by grid row, then column. */
    record Table(float x1, float y1, float x2, float y2, List<Cell> cells) {
        boolean contains(float x, float y) {
            return x >= x1 && x <= x2 && y >= y1 && y <= y2;
        }
    }

    /** Lines closer than this are one line (points): double borders, rounding. */
    private static final float MERGE = 2f;
    /** How far a line may stop short of one it meets (points). */
    private static final float REACH = 2.5f;
    /** Fewest rows and columns a grid needs to be a table, not a box or an underline. */
    private static final int MIN_ROWS = 2;
    private static final int MIN_COLUMNS = 2;
    /** Most lines read on one page; beyond, the page is a drawing and is read as text. */
    private static final int MAX_LINES = 5_000;

    private Lattice() {
    }

    static List<Table> tables(List<PdfRulings.Line> raw) {
        List<PdfRulings.Line> lines = merged(raw);
        if (lines.size() > MAX_LINES) {
            return List.of();
        }
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(lines.get(i), lines.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        List<List<PdfRulings.Line>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(lines.get(i));
        }
        List<Table> out = new ArrayList<>();
        for (List<PdfRulings.Line> g : groups) {
            Table t = grid(g);
            if (t != null) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingDouble(Table::y1));
        return out;
    }

    private static Table grid(List<PdfRulings.Line> lines) {
        List<Float> ys = new ArrayList<>(positions(
                lines.stream().filter(PdfRulings.Line::horizontal).map(PdfRulings.Line::at).toList()));
        List<Float> xs = positions(lines.stream().filter(l -> !l.horizontal()).map(PdfRulings.Line::at).toList());
        // Vertical rulings reaching beyond the outermost horizontal one bound a row whose other
        // border was drawn on the neighbouring page (a table continued after a page break).
        if (!ys.isEmpty()) {
            float top = (float) lines.stream().filter(l -> !l.horizontal()).mapToDouble(PdfRulings.Line::from).min().orElse(ys.get(0));
            float bottom = (float) lines.stream().filter(l -> !l.horizontal()).mapToDouble(PdfRulings.Line::to).max()
                    .orElse(ys.get(ys.size() - 1));
            if (top < ys.get(0) - 2 * MERGE) {
                ys.add(0, top);
            }
            if (bottom > ys.get(ys.size() - 1) + 2 * MERGE) {
                ys.add(bottom);
            }
        }
        int rows = ys.size() - 1;
        int cols = xs.size() - 1;
        if (rows < MIN_ROWS - 1 || cols < MIN_COLUMNS || rows < 1) {
            return null;
        }
        // Which neighbouring positions are parted by a ruling.
        boolean[][] wallRight = new boolean[rows][cols];
        boolean[][] wallBelow = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            float midY = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c < cols; c++) {
                float midX = (xs.get(c) + xs.get(c + 1)) / 2;
                wallRight[r][c] = c == cols - 1 || crosses(lines, false, xs.get(c + 1), midY);
                wallBelow[r][c] = r == rows - 1 || crosses(lines, true, ys.get(r + 1), midX);
            }
        }
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!wallRight[r][c]) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (!wallBelow[r][c]) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        int[][] box = new int[rows * cols][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                int[] b = box[root];
                if (b == null) {
                    box[root] = new int[] {r, c, r, c};
                } else {
                    b[0] = Math.min(b[0], r);
                    b[1] = Math.min(b[1], c);
                    b[2] = Math.max(b[2], r);
                    b[3] = Math.max(b[3], c);
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int[] b : box) {
            if (b != null) {
                cells.add(new Cell(b[0], b[1], b[2], b[3], xs.get(b[1]), ys.get(b[0]), xs.get(b[3] + 1), ys.get(b[2] + 1)));
            }
        }
        cells.sort(Comparator.comparingInt(Cell::top).thenComparingInt(Cell::left));
        return new Table(xs.get(0), ys.get(0), xs.get(cols), ys.get(rows), List.copyOf(cells));
    }

    /** Whether a line of the kind given lies at {@code at} and spans {@code across}. */
    private static boolean crosses(List<PdfRulings.Line> lines, boolean horizontal, float at, float across) {
        for (PdfRulings.Line l : lines) {
            if (l.horizontal() == horizontal && Math.abs(l.at() - at) <= MERGE
                    && across >= l.from() - REACH && across <= l.to() + REACH) {
                return true;
            }
        }
        return false;
    }

    /** Distinct positions, those closer than {@link #MERGE} taken as one. */
    private static List<Float> positions(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > MERGE) {
                out.add(v);
            }
        }
        return out;
    }

    /** Collinear pieces that overlap or nearly touch made one line. */
    private static List<PdfRulings.Line> merged(List<PdfRulings.Line> raw) {
        List<PdfRulings.Line> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparing(PdfRulings.Line::horizontal).thenComparingDouble(PdfRulings.Line::at)
                .thenComparingDouble(PdfRulings.Line::from));
        List<PdfRulings.Line> out = new ArrayList<>();
        for (PdfRulings.Line l : sorted) {
            boolean joined = false;
            for (int k = out.size() - 1; k >= 0; k--) {
                PdfRulings.Line o = out.get(k);
                if (o.horizontal() != l.horizontal() || l.at() - o.at() > 2 * MERGE) {
                    break; // sorted by position: the lines further back are further away
                }
                if (Math.abs(l.at() - o.at()) > MERGE) {
                    continue;
                }
                if (l.from() <= o.to() + REACH && o.from() <= l.to() + REACH) {
                    out.set(k, new PdfRulings.Line(o.horizontal(), o.at(), Math.min(o.from(), l.from()),
                            Math.max(o.to(), l.to())));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean touch(PdfRulings.Line a, PdfRulings.Line b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.at() - b.at()) <= MERGE && a.from() <= b.to() + REACH && b.from() <= a.to() + REACH;
        }
        PdfRulings.Line h = a.horizontal() ? a : b;
        PdfRulings.Line v = a.horizontal() ? b : a;
        return v.at() >= h.from() - REACH && v.at() <= h.to() + REACH && h.at() >= v.from() - REACH && h.at() <= v.to() + REACH;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
