package io.github.crossfoot.readers.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the Office 97–2003 binary documents governments publish: Word {@code .doc} (also WPS's
 * default format) with Apache POI HWPF, and Excel {@code .xls} with HSSF ({@link SheetText}). A
 * Word table becomes one line per row and one token per cell, with the grid column its left edge
 * stands at; a cell continuing a vertical or horizontal merge is not a cell of its own.
 */
public final class OleText {

    private OleText() {
    }

    /** Converts OLE2 bytes; throws IOException when they are neither a Word nor an Excel document. */
    public static SourceText read(byte[] bytes) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                try (HWPFDocument doc = new HWPFDocument(root)) {
                    return word(doc);
                }
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                try (HSSFWorkbook wb = new HSSFWorkbook(root, true)) {
                    return SheetText.read(wb);
                }
            }
            throw new IOException("an Office 97-2003 file that is neither a Word document nor a workbook");
        } catch (RuntimeException e) {
            throw new IOException("not a readable Office 97-2003 document: " + e.getMessage(), e);
        }
    }

    private static SourceText word(HWPFDocument doc) {
        List<String> lines = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Range range = doc.getRange();
        int i = 0;
        int grids = 0;
        while (i < range.numParagraphs()) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                table(table, grids++, lines, tokens);
                i += Math.max(1, table.numParagraphs());
                continue;
            }
            String t = clean(p.text()).strip();
            if (!t.isEmpty()) {
                lines.add(t);
                tokens.add(new Token(t, lines.size()));
            }
            i++;
        }
        return new SourceText("doc", lines, lines, tokens);
    }

    private static void table(Table table, int grid, List<String> lines, List<Token> tokens) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                edges.add(row.getCell(c).getLeftEdge());
            }
        }
        List<Integer> columns = new ArrayList<>(edges);
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            int line = lines.size() + 1;
            List<String> shown = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() || cell.isMerged() && !cell.isFirstMerged()) {
                    continue;
                }
                String text = CellText.tidy(cellText(cell));
                tokens.add(Token.cell(text, line, line, grid, columns.indexOf(cell.getLeftEdge())));
                shown.add(CellText.oneLine(text));
            }
            lines.add(String.join("\t", shown));
        }
    }

    /** A cell's paragraphs on separate lines, superscript runs as superscript characters. */
    private static String cellText(TableCell cell) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < cell.numParagraphs(); k++) {
            Paragraph p = cell.getParagraph(k);
            if (k > 0) {
                b.append('\n');
            }
            for (int r = 0; r < p.numCharacterRuns(); r++) {
                CharacterRun run = p.getCharacterRun(r);
                String t = clean(run.text());
                b.append(run.getSubSuperScriptIndex() == 1 ? CellText.superscript(t) : t);
            }
        }
        return b.toString();
    }

    /** Word's control characters (cell and row marks, fields) out of the text. */
    private static String clean(String text) {
        return text.replaceAll("[\\u0000-\\u0008\\u000b-\\u001f\\u0007]", " ").replace('\r', ' ');
    }
}
