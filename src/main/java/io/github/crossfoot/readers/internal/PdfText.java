package io.github.crossfoot.readers.internal;

import io.github.crossfoot.model.Box;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.internal.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF with Apache PDFBox, page by page. Where a page draws ruled tables (stroked borders,
 * or the thin filled rectangles Word and WPS draw), the tables are rebuilt from the rulings
 * ({@link Lattice}) and each cell is the glyphs inside its box, whatever line breaks the producer
 * put in it: a cell is one token with its grid row and column, as in HTML and Word. Text outside
 * the tables, and whole pages without rulings, are read from the text layer in reading order, as
 * plain text (labels broken across lines are joined by the table parser, page numbers dropped).
 *
 * <p>A line {@code [第N页 page N]} marks each page, so a person can find a line; each table row is
 * one line of the extracted text. A page that has images but no text (a scan) and text that does
 * not decode to Chinese (fonts without a Unicode map) are reported, naming the pages.
 */
public final class PdfText {

    /** Fewest letters on a page before it is judged garbled. */
    private static final int GARBLE_MIN_LETTERS = 20;
    /** Least share of Chinese characters among the letters of a page whose text decodes. */
    private static final double GARBLE_MIN_HAN_SHARE = 0.2;

    private PdfText() {
    }

    /** Collects the glyphs of the page being read. */
    private static final class Glyphs extends PDFTextStripper {
        final List<TextPosition> glyphs = new ArrayList<>();

        @Override
        protected void processTextPosition(TextPosition text) {
            stopIfInterrupted();
            glyphs.add(text);
            super.processTextPosition(text);
        }

        @Override
        public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) throws IOException {
            stopIfInterrupted();
            super.showForm(form);
        }
    }

    /**
     * Ends the reading of a document whose thread was interrupted, as when a time limit per
     * document is hit: PDF content can nest and repeat without end, so the reading must stop, not
     * only the waiting for it.
     */
    static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("reading stopped: time limit");
        }
    }

    /**
     * Converts PDF bytes; throws IOException when they are not a readable PDF, and
     * {@link LimitExceeded} when it has more than {@code maxPages} pages.
     */
    public static SourceText read(byte[] bytes, int maxPages) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Integer> scanned = new ArrayList<>();
        List<Integer> garbled = new ArrayList<>();
        int pages;
        String title;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            pages = doc.getNumberOfPages();
            if (pages > maxPages) {
                // A year's report has a few dozen pages; a page tree claiming more is not walked.
                throw new LimitExceeded("read.limit.pdf-pages", "pages", pages, "limit", maxPages);
            }
            title = ReportMetadata.titleFrom(doc.getDocumentInformation().getTitle());
            for (int page = 1; page <= pages; page++) {
                stopIfInterrupted();
                PDPage p = doc.getPage(page - 1);
                Glyphs stripper = new Glyphs();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
                add(lines, tokens, "[第" + page + "页 page " + page + "]");
                PdfRulings rulings = new PdfRulings(p);
                List<PdfRulings.Line> ruled = rulings.read();
                // Glyphs and rulings are both in the page's displayed coordinates, /Rotate applied.
                List<Lattice.Table> tables = withText(Lattice.tables(ruled), stripper.glyphs);
                if (stripper.glyphs.isEmpty() && rulings.images() > 0) {
                    scanned.add(page);
                }
                if (isGarbled(stripper.glyphs)) {
                    garbled.add(page);
                }
                if (tables.isEmpty()) {
                    for (List<TextPosition> line : lines(stripper.glyphs)) {
                        addRuns(lines, tokens, runs(line, page));
                    }
                } else {
                    readPage(tables, page, stripper.glyphs, lines, tokens);
                }
            }
        }
        List<Violation> problems = new ArrayList<>();
        if (!scanned.isEmpty()) {
            problems.add(pageProblem("read.no-text-layer", scanned));
        }
        if (!garbled.isEmpty()) {
            problems.add(pageProblem("read.garbled-text", garbled));
        }
        return new SourceText("pdf", lines, lines, tokens, problems, title);
    }

    /** The error {@code rule} about {@code pages}, worded by the catalogue's message of the same key. */
    private static Violation pageProblem(String rule, List<Integer> pages) {
        Messages.Text m = Messages.of(rule, "pages", pageList(pages));
        return Violation.builder(rule, Severity.ERROR, Violation.Kind.READING).message(m.byLanguage()).build();
    }

    private static void add(List<String> lines, List<Token> tokens, String line) {
        lines.add(line);
        PlainText.tokenizeLine(line, lines.size(), tokens);
    }

    /**
     * A run of glyphs on a line, set apart from the next by a gap of at least half a character:
     * on a page without rulings, one cell of a table drawn without borders (or a line of prose).
     */
    private record Run(String text, Box box) {
    }

    /**
     * Adds a line of text read outside any ruled table. Each run of the line is read on its own as
     * plain text is and, when it is one token, keeps its position, so that the table parser can place a value under its column header although cells
     * to its left are blank (a table drawn without rulings, read in stream mode).
     */
    private static void addRuns(List<String> lines, List<Token> tokens, List<Run> runs) {
        if (runs.isEmpty()) {
            lines.add("");
            return;
        }
        lines.add(String.join(" ", runs.stream().map(Run::text).toList()));
        int line = lines.size();
        for (Run r : runs) {
            List<Token> own = new ArrayList<>(1);
            PlainText.tokenizeLine(r.text(), line, own);
            if (own.size() == 1) {
                tokens.add(Token.placed(own.get(0).text(), line, r.box()));
            } else {
                tokens.addAll(own);
            }
        }
    }

    /** A line of glyphs cut where a gap is at least half the line's character size. */
    private static List<Run> runs(List<TextPosition> line, int page) {
        float size = 0;
        for (TextPosition g : line) {
            size = Math.max(size, Math.max(g.getFontSizeInPt(), g.getHeightDir()));
        }
        List<Run> out = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= line.size(); k++) {
            boolean cut = k == line.size();
            if (!cut) {
                TextPosition previous = line.get(k - 1);
                cut = line.get(k).getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) >= size * 0.5f;
            }
            if (cut) {
                List<TextPosition> part = line.subList(from, k);
                String text = text(part);
                if (!text.isEmpty()) {
                    TextPosition last = part.get(part.size() - 1);
                    float bottom = 0;
                    for (TextPosition g : part) {
                        bottom = Math.max(bottom, g.getYDirAdj());
                    }
                    float x2 = last.getXDirAdj() + last.getWidthDirAdj();
                    out.add(new Run(text, box(page, part.get(0).getXDirAdj(), top(part), x2, bottom)));
                }
                from = k;
            }
        }
        return out;
    }

    /** The tables that hold text: a ruled box around a heading or a page border is not a table. */
    private static List<Lattice.Table> withText(List<Lattice.Table> tables, List<TextPosition> glyphs) {
        List<Lattice.Table> out = new ArrayList<>();
        for (Lattice.Table t : tables) {
            long filled = t.cells().stream().filter(c -> glyphs.stream().anyMatch(g -> c.contains(cx(g), cy(g)))).count();
            if (filled >= 2) {
                out.add(t);
            }
        }
        return out;
    }

    /** One thing on a page at a height: a line of text outside the tables, or a table row. */
    private record Item(float y, List<Run> runs, int grid, List<Cell> cells) {
    }

    /** One cell of a table row: its text, grid column and rectangle. */
    private record Cell(String text, int column, Box box) {
    }

    /** Tables a page may have; grids are numbered {@code page × MAX_TABLES_PER_PAGE + table}. */
    private static final int MAX_TABLES_PER_PAGE = 1000;

    /** Reads a page with ruled tables. */
    private static void readPage(List<Lattice.Table> tables, int page, List<TextPosition> glyphs, List<String> lines,
                                 List<Token> tokens) {
        List<TextPosition> outside = new ArrayList<>();
        for (TextPosition g : glyphs) {
            if (tables.stream().noneMatch(t -> t.contains(cx(g), cy(g)))) {
                outside.add(g);
            }
        }
        List<Item> items = new ArrayList<>();
        for (List<TextPosition> line : lines(outside)) {
            items.add(new Item(top(line), runs(line, page), -1, null));
        }
        int grid = page * MAX_TABLES_PER_PAGE;
        for (Lattice.Table t : tables) {
            grid++;
            int rows = t.cells().stream().mapToInt(Lattice.Cell::bottom).max().orElse(-1) + 1;
            for (int r = 0; r < rows; r++) {
                List<Cell> cells = new ArrayList<>();
                float y = Float.MAX_VALUE;
                for (Lattice.Cell c : t.cells()) {
                    if (c.top() != r) {
                        continue;
                    }
                    y = Math.min(y, c.y1());
                    List<TextPosition> inside = glyphs.stream().filter(g -> c.contains(cx(g), cy(g))).toList();
                    String text = CellText.tidy(cellText(c, lines(inside)));
                    cells.add(new Cell(text, c.left(), box(page, c.x1(), c.y1(), c.x2(), c.y2())));
                }
                if (!cells.isEmpty()) {
                    items.add(new Item(y, null, grid, cells));
                }
            }
        }
        items.sort(Comparator.comparingDouble(Item::y));
        for (Item item : items) {
            if (item.runs() != null) {
                addRuns(lines, tokens, item.runs());
                continue;
            }
            int line = lines.size() + 1;
            List<String> shown = new ArrayList<>();
            for (Cell c : item.cells()) {
                tokens.add(Token.pdfCell(c.text(), line, line, item.grid(), c.column(), c.box()));
                shown.add(CellText.oneLine(c.text()));
            }
            lines.add(String.join("\t", shown));
        }
    }

    /**
     * A cell's text from its lines of glyphs. A line that wrapped (the next line's first glyph
     * would not have fitted after it in the cell's width) goes on without a break: Word wraps a
     * number too wide for a narrow cell, and 10779 printed as 1077 over 9 is one number. Other
     * lines stay apart, so two numbers on two lines are never joined into one.
     */
    private static String cellText(Lattice.Cell cell, List<List<TextPosition>> lines) {
        float padding = Float.MAX_VALUE;
        for (List<TextPosition> l : lines) {
            padding = Math.min(padding, l.get(0).getXDirAdj() - cell.x1());
        }
        float available = cell.x2() - cell.x1() - 2 * Math.max(0, padding);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            List<TextPosition> line = lines.get(k);
            if (k > 0) {
                List<TextPosition> previous = lines.get(k - 1);
                TextPosition last = previous.get(previous.size() - 1);
                float used = last.getXDirAdj() + last.getWidthDirAdj() - previous.get(0).getXDirAdj();
                boolean wrapped = used + line.get(0).getWidthDirAdj() > available + 0.5f;
                b.append(wrapped ? "" : "\n");
            }
            b.append(text(line));
        }
        return b.toString();
    }

    /** A box from two corners in any order. */
    private static Box box(int page, float xa, float ya, float xb, float yb) {
        return new Box(page, Math.min(xa, xb), Math.min(ya, yb), Math.max(xa, xb), Math.max(ya, yb));
    }

    private static float cx(TextPosition g) {
        return g.getXDirAdj() + g.getWidthDirAdj() / 2;
    }

    private static float cy(TextPosition g) {
        return g.getYDirAdj() - g.getHeightDir() / 2;
    }

    private static float top(List<TextPosition> line) {
        float y = Float.MAX_VALUE;
        for (TextPosition g : line) {
            y = Math.min(y, g.getYDirAdj() - g.getHeightDir());
        }
        return y;
    }

    /** Glyphs grouped into lines by baseline, each line left to right; lines top to bottom. */
    private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> out = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        float baseline = Float.NaN;
        for (TextPosition g : sorted) {
            float tolerance = Math.max(1f, g.getHeightDir() * 0.5f);
            if (!current.isEmpty() && Math.abs(g.getYDirAdj() - baseline) > tolerance) {
                out.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.getYDirAdj();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        out.forEach(l -> l.sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
        return out;
    }

    /**
     * The text of one line of glyphs: a space where a gap is wider than a third of a character,
     * and a raised, smaller glyph (a superscript footnote number) written as superscript.
     */
    private static String text(List<TextPosition> line) {
        float size = 0;
        float baseline = 0;
        for (TextPosition g : line) {
            if (g.getFontSizeInPt() >= size) {
                size = g.getFontSizeInPt();
                baseline = g.getYDirAdj();
            }
        }
        StringBuilder b = new StringBuilder();
        float end = Float.NaN;
        for (TextPosition g : line) {
            String u = g.getUnicode();
            if (u == null) {
                continue;
            }
            float w = Math.max(g.getWidthDirAdj(), 0.1f);
            if (!Float.isNaN(end) && g.getXDirAdj() - end > Math.max(w, size * 0.5f) / 3) {
                b.append(' ');
            }
            boolean raised = g.getFontSizeInPt() < size * 0.8f && baseline - g.getYDirAdj() > size * 0.2f;
            b.append(raised ? CellText.superscript(u) : u);
            end = g.getXDirAdj() + g.getWidthDirAdj();
        }
        return b.toString().strip();
    }

    private static boolean isGarbled(List<TextPosition> glyphs) {
        int letters = 0;
        int han = 0;
        int replacement = 0;
        for (TextPosition g : glyphs) {
            String u = g.getUnicode();
            if (u == null) {
                continue;
            }
            for (int i = 0; i < u.length(); i = u.offsetByCodePoints(i, 1)) {
                int cp = u.codePointAt(i);
                if (cp == 0xFFFD) {
                    replacement++;
                } else if (Character.isLetter(cp)) {
                    letters++;
                    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                        han++;
                    }
                }
            }
        }
        return replacement >= GARBLE_MIN_LETTERS
                || letters >= GARBLE_MIN_LETTERS && han < letters * GARBLE_MIN_HAN_SHARE;
    }

    private static String pageList(List<Integer> pages) {
        List<String> out = new ArrayList<>();
        int k = 0;
        while (k < pages.size()) {
            int j = k;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            out.add(j == k ? String.valueOf(pages.get(k)) : pages.get(k) + "–" + pages.get(j));
            k = j + 1;
        }
        return String.join("、", out);
    }
}
