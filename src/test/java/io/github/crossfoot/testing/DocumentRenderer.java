package io.github.crossfoot.testing;

import io.github.crossfoot.testing.ReportDocument.Block;
import io.github.crossfoot.testing.ReportDocument.Grid;
import io.github.crossfoot.testing.ReportDocument.GridCell;
import io.github.crossfoot.testing.ReportDocument.GridRow;
import io.github.crossfoot.testing.ReportDocument.Paragraph;
import io.github.crossfoot.testing.ReportDocument.ParagraphKind;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a {@link ReportDocument} in each layout real reports are published or copied in, with the
 * real libraries for the document kinds (jsoup-readable HTML, Apache POI for Word, Apache PDFBox
 * for PDF, Commons CSV), and records on which line every paragraph and table cell ends up: the
 * source line for text, CSV and HTML; the line of the extracted text for Word and PDF (a paragraph
 * or table row per line; for PDF a page marker line, then the page's text lines).
 */
public final class DocumentRenderer {

    /** A layout and the file kind it is written as. */
    public enum Layout {
        /** Tab-separated rows, merged cells as empty fields (text copied out of Word; seed 000). */
        TAB("tab", "txt", false),
        /** Every cell on its own line with blank lines between (text copied out of a web page; seed 004). */
        CELL_PER_LINE("cellperline", "txt", false),
        /** HTML-to-text style rows: {@code 规章 | 0 | 0 | 0 |}. */
        PIPE("pipe", "txt", false),
        /** One {@code cell |} per line. */
        PIPE_PER_LINE("pipeperline", "txt", false),
        /** Markdown tables with {@code |---|} rule lines. */
        MARKDOWN("markdown", "md", false),
        /** A spreadsheet saved as CSV: one table row per line, merged cells as empty fields. */
        CSV("csv", "csv", true),
        /** An HTML page with rowspan/colspan tables, UTF-8. */
        HTML("html", "html", true),
        /**
         * The same HTML page in GBK with {@code <meta charset="gbk">}, its cells written as Word's
         * "save as web page" does: the text in a {@code <p>} on its own line, {@code &nbsp;} in empty cells.
         */
        HTML_GBK("html-gbk", "html", true),
        /** A Word document with merged cells (gridSpan, vMerge). */
        DOCX("docx", "docx", true),
        /**
         * A PDF with a text layer and no rulings (needs a CJK font on the machine): each cell's text
         * stands where its column is, so an empty cell is a blank in its place (stream mode).
         */
        PDF("pdf", "pdf", true);

        private final String id;
        private final String extension;
        private final boolean positional;

        Layout(String id, String extension, boolean positional) {
            this.id = id;
            this.extension = extension;
            this.positional = positional;
        }

        public String id() {
            return id;
        }

        public String extension() {
            return extension;
        }

        /**
         * Whether every table cell is a cell of its own in the file (CSV, HTML, Word) or stands at its
         * column's place on the page (PDF), so that an empty cell is a blank wherever it stands; in
         * text layouts an empty field cannot be placed.
         */
        public boolean positional() {
            return positional;
        }
    }

    /** A rendered document: its bytes and the line each paragraph and grid cell is on. */
    public record Rendered(Layout layout, byte[] bytes, Map<Object, Integer> lines) {

        /** The line of a paragraph or grid cell (identity); 0 when it was not written. */
        public int line(Object block) {
            return lines.getOrDefault(block, 0);
        }

        /** The bytes as text (for the text layouts and UTF-8 HTML). */
        public String text() {
            return new String(bytes, layout == Layout.HTML_GBK ? Charset.forName("GBK") : StandardCharsets.UTF_8);
        }
    }

    private DocumentRenderer() {
    }

    /** Renders {@code doc} in {@code layout}. */
    public static Rendered render(ReportDocument doc, Layout layout) {
        return switch (layout) {
            case TAB -> tab(doc);
            case CELL_PER_LINE -> cellPerLine(doc);
            case PIPE -> pipe(doc);
            case PIPE_PER_LINE -> pipePerLine(doc);
            case MARKDOWN -> markdown(doc, false);
            case CSV -> csv(doc);
            case HTML -> html(doc, StandardCharsets.UTF_8, "utf-8", Layout.HTML);
            case HTML_GBK -> html(doc, Charset.forName("GBK"), "gbk", Layout.HTML_GBK);
            case DOCX -> docx(doc);
            case PDF -> pdf(doc);
        };
    }

    // ------------------------------------------------------------------ text layouts

    /** Text being written line by line, remembering where each paragraph and cell went. */
    private static final class Lines {
        final StringBuilder text = new StringBuilder();
        final Map<Object, Integer> at = new IdentityHashMap<>();
        int line = 1;

        Lines add(String s) {
            text.append(s).append('\n');
            line++;
            return this;
        }

        Lines blank() {
            return add("");
        }

        /** Marks that {@code o} is on the line about to be written. */
        Lines here(Object o) {
            at.put(o, line);
            return this;
        }

        Rendered done(Layout layout) {
            return new Rendered(layout, text.toString().getBytes(StandardCharsets.UTF_8), Map.copyOf(at));
        }
    }

    private static Rendered tab(ReportDocument doc) {
        Lines out = new Lines();
        out.blank();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                out.here(p).add(p.text()).blank();
            } else if (b instanceof Grid g) {
                GridCell[][] m = g.matrix();
                for (int r = 0; r < m.length; r++) {
                    List<String> fields = new ArrayList<>();
                    for (GridCell c : m[r]) {
                        fields.add(c == null ? "" : c.text());
                        if (c != null) {
                            out.here(c);
                        }
                    }
                    out.add(String.join("\t", fields));
                }
                out.blank();
            }
        }
        return out.done(Layout.TAB);
    }

    private static Rendered cellPerLine(ReportDocument doc) {
        Lines out = new Lines();
        out.blank();
        int k = 0;
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                out.here(p).add(p.text()).blank();
            } else if (b instanceof Grid g) {
                out.add(" ");
                for (GridRow row : g.rows()) {
                    for (GridCell c : row.cells()) {
                        String t = c.text();
                        if (!c.isLabel()) {
                            // The seed pads values with a space on either side now and then; an
                            // empty cell is a line holding a space.
                            t = switch (k++ % 3) {
                                case 0 -> t + " ";
                                case 1 -> " " + t;
                                default -> t.isEmpty() ? " " : t;
                            };
                        }
                        out.blank().here(c).add(t);
                    }
                }
                out.blank().add(" ").blank();
            }
        }
        return out.done(Layout.CELL_PER_LINE);
    }

    /** Half-width brackets, as HTML-to-text converters often leave them. */
    private static String halfWidthBrackets(String s) {
        return s.replace('（', '(').replace('）', ')');
    }

    private static Rendered pipe(ReportDocument doc) {
        Lines out = new Lines();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                out.here(p).add(p.text()).blank();
            } else if (b instanceof Grid g) {
                for (GridRow row : g.rows()) {
                    StringBuilder line = new StringBuilder();
                    for (GridCell c : row.cells()) {
                        out.here(c);
                        line.append(c.isLabel() ? halfWidthBrackets(c.text()) : c.text()).append(" | ")
                                .append("|".repeat(c.colspan() - 1));
                    }
                    out.add(line.toString().stripTrailing());
                }
                out.blank();
            }
        }
        return out.done(Layout.PIPE);
    }

    private static Rendered pipePerLine(ReportDocument doc) {
        Lines out = new Lines();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                out.here(p).add(p.text()).blank();
            } else if (b instanceof Grid g) {
                for (GridRow row : g.rows()) {
                    for (GridCell c : row.cells()) {
                        out.here(c).add(c.text() + " |" + "|".repeat(c.colspan() - 1));
                    }
                }
                out.blank();
            }
        }
        return out.done(Layout.PIPE_PER_LINE);
    }

    /**
     * Markdown: every table as a pipe table whose first grid row is the header, then the rule line.
     * With {@code atxHeadings} the title and section headings are written as {@code #} / {@code ##}
     * headings; without, as plain paragraphs.
     */
    public static Rendered markdown(ReportDocument doc, boolean atxHeadings) {
        Lines out = new Lines();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                String prefix = !atxHeadings ? "" : p.kind() == ParagraphKind.TITLE ? "# "
                        : p.kind() == ParagraphKind.HEADING ? "## " : "";
                out.here(p).add(prefix + p.text()).blank();
            } else if (b instanceof Grid g) {
                GridCell[][] m = g.matrix();
                for (int r = 0; r < m.length; r++) {
                    StringBuilder line = new StringBuilder("|");
                    for (GridCell c : m[r]) {
                        line.append(' ').append(c == null ? "" : c.text()).append(" |");
                        if (c != null) {
                            out.here(c);
                        }
                    }
                    out.add(line.toString());
                    if (r == 0) {
                        out.add("|" + "---|".repeat(g.width()));
                    }
                }
                out.blank();
            }
        }
        return out.done(Layout.MARKDOWN);
    }

    private static Rendered csv(ReportDocument doc) {
        StringWriter w = new StringWriter();
        Map<Object, Integer> at = new IdentityHashMap<>();
        int line = 1;
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(w, format)) {
            for (Block b : doc.blocks()) {
                if (b instanceof Paragraph p) {
                    at.put(p, line++);
                    printer.printRecord(p.text());
                } else if (b instanceof Grid g) {
                    // A blank line before each table, as a spreadsheet saved with an empty row between parts.
                    printer.println();
                    line++;
                    GridCell[][] m = g.matrix();
                    for (int r = 0; r < m.length; r++) {
                        List<String> fields = new ArrayList<>();
                        // A row cut short stays short: nothing is written after its last cell.
                        for (GridCell c : java.util.Arrays.copyOf(m[r], g.usedWidth(r))) {
                            fields.add(c == null ? "" : c.text());
                            if (c != null) {
                                at.put(c, line);
                            }
                        }
                        printer.printRecord(fields);
                        line++;
                    }
                    printer.println();
                    line++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(Layout.CSV, w.toString().getBytes(StandardCharsets.UTF_8), Map.copyOf(at));
    }

    // ------------------------------------------------------------------ HTML

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Rendered html(ReportDocument doc, Charset charset, String charsetName, Layout layout) {
        Lines out = new Lines();
        String title = doc.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text())
                .findFirst().orElse("");
        out.add("<!DOCTYPE html>").add("<html lang=\"zh-CN\">").add("<head>")
                .add("<meta charset=\"" + charsetName + "\">")
                .add("<title>" + escape(title) + "</title>")
                .add("<style>table{border-collapse:collapse}td{border:1px solid #000;padding:2px 4px}</style>")
                .add("</head>").add("<body>").add("<div class=\"article-content\">");
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                String tag = p.kind() == ParagraphKind.TITLE ? "h1" : "p";
                String text = p.kind() == ParagraphKind.HEADING ? "<strong>" + escape(p.text()) + "</strong>"
                        : escape(p.text());
                out.here(p).add("<" + tag + ">" + text + "</" + tag + ">");
            } else if (b instanceof Grid g) {
                out.add("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">").add("<tbody>");
                for (GridRow row : g.rows()) {
                    out.add("<tr>");
                    for (GridCell c : row.cells()) {
                        StringBuilder td = new StringBuilder("  <td");
                        if (c.colspan() > 1) {
                            td.append(" colspan=\"").append(c.colspan()).append('"');
                        }
                        if (c.rowspan() > 1) {
                            td.append(" rowspan=\"").append(c.rowspan()).append('"');
                        }
                        if (!c.isLabel()) {
                            td.append(" style=\"text-align:center\"");
                        }
                        if (layout == Layout.HTML_GBK) {
                            out.add(td.append(" valign=\"center\">").toString());
                            String text = c.text().isEmpty() ? "&nbsp;" : escape(c.text());
                            out.here(c).add("  <p align=\"center\"><span style=\"font-family:宋体\">" + text
                                    + "</span></p>").add("  </td>");
                        } else {
                            td.append('>').append(escape(c.text())).append("</td>");
                            out.here(c).add(td.toString());
                        }
                    }
                    out.add("</tr>");
                }
                out.add("</tbody>").add("</table>");
            }
        }
        out.add("</div>").add("</body>").add("</html>");
        return new Rendered(layout, out.text.toString().getBytes(charset), Map.copyOf(out.at));
    }

    // ------------------------------------------------------------------ Word

    private static Rendered docx(ReportDocument doc) {
        Map<Object, Integer> at = new IdentityHashMap<>();
        int line = 1;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (Block b : doc.blocks()) {
                if (b instanceof Paragraph p) {
                    XWPFParagraph para = d.createParagraph();
                    XWPFRun run = para.createRun();
                    run.setText(p.text());
                    if (p.kind() == ParagraphKind.TITLE) {
                        para.setAlignment(ParagraphAlignment.CENTER);
                        run.setBold(true);
                        run.setFontSize(18);
                    } else if (p.kind() == ParagraphKind.HEADING) {
                        run.setBold(true);
                    }
                    if (!p.text().isBlank()) {
                        at.put(p, line++);
                    }
                } else if (b instanceof Grid g) {
                    line = docxTable(d, g, at, line);
                    d.createParagraph(); // Word keeps an empty paragraph between tables
                }
            }
            d.write(bytes);
            return new Rendered(Layout.DOCX, bytes.toByteArray(), Map.copyOf(at));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int docxTable(XWPFDocument d, Grid g, Map<Object, Integer> at, int line) {
        XWPFTable table = d.createTable();
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < g.width(); c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(9000 / g.width()));
        }
        GridCell[][] m = g.matrix();
        // Which cell covers each position from above (a vertical merge continuing).
        GridCell[][] coveredBy = new GridCell[m.length][g.width()];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < g.width(); c++) {
                GridCell cell = m[r][c];
                if (cell != null) {
                    for (int rr = r + 1; rr < r + cell.rowspan() && rr < m.length; rr++) {
                        coveredBy[rr][c] = cell;
                    }
                }
            }
        }
        for (int r = 0; r < m.length; r++) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            int c = 0;
            // A row cut short stays short (Word allows ragged rows).
            int used = g.usedWidth(r);
            while (c < used) {
                GridCell cell = m[r][c];
                GridCell above = coveredBy[r][c];
                XWPFTableCell tc = row.createCell();
                CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
                int span;
                if (cell != null) {
                    tc.setText(cell.text());
                    span = cell.colspan();
                    if (cell.rowspan() > 1) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    at.put(cell, line);
                } else if (above != null) {
                    tc.setText("");
                    span = above.colspan();
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    tc.setText("");
                    span = 1;
                }
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                c += span;
            }
            line++;
        }
        table.removeRow(0); // the empty row createTable() starts with
        return line;
    }

    // ------------------------------------------------------------------ PDF

    private static final float PAGE_MARGIN = 36;
    private static final float FONT_SIZE = 7;
    private static final float LEADING = 12;

    /** A CJK TrueType font on this machine (a .ttf or the first font of a .ttc), if any. */
    public static Optional<File> cjkFont() {
        String[] candidates = {
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf",
        };
        for (String c : candidates) {
            File f = new File(c);
            if (f.isFile()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Whether PDF rendering is possible here (a CJK font exists). */
    public static boolean canRenderPdf() {
        return cjkFont().isPresent();
    }

    /** One line of a PDF page: text pieces at x positions on one baseline. */
    private record PdfLine(List<Object> owners, List<Float> xs, List<String> texts, float size) {
    }

    private static Rendered pdf(ReportDocument doc) {
        File fontFile = cjkFont().orElseThrow(() -> new IllegalStateException(
                "no CJK font on this machine (apt-get install fonts-wqy-zenhei)"));
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDType0Font font = loadFont(pdf, fontFile);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float width = size.getWidth() - 2 * PAGE_MARGIN;
            List<PdfLine> lines = new ArrayList<>();
            for (Block b : doc.blocks()) {
                if (b instanceof Paragraph p) {
                    float fs = p.kind() == ParagraphKind.TITLE ? 11 : FONT_SIZE;
                    List<String> wrapped = wrap(p.text(), font, fs, width);
                    for (int k = 0; k < wrapped.size(); k++) {
                        float x = PAGE_MARGIN;
                        if (p.kind() == ParagraphKind.TITLE) {
                            x = PAGE_MARGIN + (width - textWidth(font, fs, wrapped.get(k))) / 2;
                        }
                        lines.add(new PdfLine(List.of(k == 0 ? p : new Object()), List.of(x), List.of(wrapped.get(k)), fs));
                    }
                } else if (b instanceof Grid g) {
                    float[] colX = columns(g, width);
                    for (GridRow row : g.rows()) {
                        List<Object> owners = new ArrayList<>();
                        List<Float> xs = new ArrayList<>();
                        List<String> texts = new ArrayList<>();
                        for (GridCell c : row.cells()) {
                            owners.add(c);
                            xs.add(colX[c.col()] + 2);
                            texts.add(c.text());
                        }
                        lines.add(new PdfLine(owners, xs, texts, FONT_SIZE));
                    }
                }
            }
            Map<Object, Integer> at = new IdentityHashMap<>();
            int perPage = (int) ((size.getHeight() - 2 * PAGE_MARGIN) / LEADING);
            int textLine = 0;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(size);
                pdf.addPage(page);
                textLine++; // the reader's page marker line
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    float y = size.getHeight() - PAGE_MARGIN;
                    for (int k = start; k < Math.min(lines.size(), start + perPage); k++) {
                        PdfLine l = lines.get(k);
                        textLine++;
                        boolean any = false;
                        for (int i = 0; i < l.texts().size(); i++) {
                            at.put(l.owners().get(i), textLine);
                            if (l.texts().get(i).isEmpty()) {
                                continue;
                            }
                            any = true;
                            cs.beginText();
                            cs.setFont(font, l.size());
                            cs.newLineAtOffset(l.xs().get(i), y);
                            cs.showText(l.texts().get(i));
                            cs.endText();
                        }
                        if (!any) {
                            textLine--; // an empty line is not extracted
                        }
                        y -= LEADING;
                    }
                }
            }
            pdf.save(bytes);
            return new Rendered(Layout.PDF, bytes.toByteArray(), Map.copyOf(at));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CJK font (see {@link #cjkFont()}) loaded into {@code pdf}, for tests that draw their own pages. */
    public static PDType0Font loadCjkFont(PDDocument pdf) throws IOException {
        return loadFont(pdf, cjkFont().orElseThrow(() -> new IllegalStateException("no CJK font on this machine")));
    }

    /** The parsed font, kept open and shared: parsing a CJK collection takes about a second. */
    private static TrueTypeFont sharedFont;

    private static synchronized PDType0Font loadFont(PDDocument pdf, File file) throws IOException {
        if (sharedFont == null) {
            if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(file);
                TrueTypeFont[] first = new TrueTypeFont[1];
                ttc.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                sharedFont = first[0];
            } else {
                sharedFont = new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file));
            }
        }
        return PDType0Font.load(pdf, sharedFont, true);
    }

    private static float textWidth(PDType0Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (textWidth(font, size, line.toString()) > width) {
                line.setLength(line.length() - 1);
                out.add(line.toString());
                line.setLength(0);
                line.append(text.charAt(i));
            }
        }
        out.add(line.toString());
        return out;
    }

    /** Left edges of the grid's columns: wide label columns, equal value columns. */
    private static float[] columns(Grid g, float width) {
        float[] w = switch (g.tableId()) {
            case "proactive" -> new float[] {220, 170, 170, 170};
            case "applications" -> new float[] {68, 54, 290, 48, 48, 48, 48, 48, 48, 48};
            default -> {
                float[] r = new float[g.width()];
                java.util.Arrays.fill(r, Math.min(50, width / g.width()));
                yield r;
            }
        };
        float[] x = new float[g.width()];
        float at = PAGE_MARGIN;
        for (int c = 0; c < g.width(); c++) {
            x[c] = at;
            at += w[c];
        }
        return x;
    }
}
