package io.github.crossfoot.readers.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * Reads a Word (.docx) file with Apache POI. Paragraphs become one line each; each table row
 * becomes one line whose cells are tokens. A cell continuing a vertical merge is not a cell of its
 * own and is skipped; a horizontally merged cell is read once. Line numbers refer to this
 * extracted text, which is kept in the report.
 */
public final class DocxText {

    private DocxText() {
    }

    /** Converts .docx bytes; throws IOException when they are not a Word document. */
    public static SourceText read(byte[] bytes) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int grids = 0;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String t = p.getText().strip();
                    if (!t.isEmpty()) {
                        lines.add(t);
                        tokens.add(new Token(t, lines.size()));
                    }
                } else if (element instanceof XWPFTable table) {
                    int grid = grids++;
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        int line = lines.size() + 1;
                        int col = 0;
                        for (XWPFTableCell cell : row.getTableCells()) {
                            int span = gridSpan(cell);
                            if (continuesVerticalMerge(cell)) {
                                col += span;
                                continue;
                            }
                            String t = CellText.tidy(cellText(cell));
                            cells.add(CellText.oneLine(t));
                            tokens.add(Token.cell(t, line, line, grid, col));
                            col += span;
                        }
                        lines.add(String.join("\t", cells));
                    }
                }
            }
        } catch (RuntimeException e) {
            // POI signals a damaged or foreign zip with unchecked exceptions.
            throw new IOException("not a Word document: " + e.getMessage(), e);
        }
        return new SourceText("docx", lines, lines, tokens);
    }

    /**
     * A cell's text with its paragraphs on separate lines and superscript runs as superscript
     * characters (see {@link CellText}).
     */
    private static String cellText(XWPFTableCell cell) {
        StringBuilder b = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            for (XWPFRun run : p.getRuns()) {
                String t = run.text();
                if (t == null) {
                    continue;
                }
                boolean sup = run.getVerticalAlignment() == STVerticalAlignRun.SUPERSCRIPT;
                b.append(sup ? CellText.superscript(t) : CellText.WHITESPACE.matcher(t).replaceAll(" "));
            }
        }
        // Tables nested in a cell are read as more lines of it.
        cell.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                .forEach(c -> b.append('\n').append(c.getText()))));
        return b.toString();
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, Math.min(pr.getGridSpan().getVal().intValue(), 100));
    }

    private static boolean continuesVerticalMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetVMerge()
                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }
}
