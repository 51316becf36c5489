package io.github.crossfoot.readers.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page with jsoup. Table cells become one token each, with the source line of their
 * tag, so a blank cell stays blank wherever it stands and a merged (rowspan/colspan) cell is read
 * once. Text outside tables becomes one token per block. Lines refer to the HTML source.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** Converts HTML bytes; the charset comes from a BOM, a meta tag, or detection (jsoup). */
    public static SourceText read(byte[] bytes) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String source = doc.outerHtml();
        String decoded = decodedSource(bytes, doc);
        List<String> lines = List.of(decoded.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<Token> tokens = new ArrayList<>();
        List<String> text = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int[] blockLine = {0};
        walk(doc.body() == null ? doc : doc.body(), tokens, text, block, blockLine);
        flush(tokens, text, block, blockLine);
        return new SourceText("html", lines.isEmpty() ? List.of(source) : lines, text, tokens, List.of(),
                ReportMetadata.titleFrom(doc.title()));
    }

    private static String decodedSource(byte[] bytes, Document doc) {
        java.nio.charset.Charset cs = doc.charset() == null ? StandardCharsets.UTF_8 : doc.charset();
        String s = new String(bytes, cs);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Walks the page's text without recursion (jsoup's traversal keeps its own stack), so that a page
     * nested a hundred thousand levels deep is read like any other: blocks and line breaks end a
     * text token, tables are read cell by cell and their content is not walked again.
     */
    private static void walk(Node node, List<Token> tokens, List<String> text, StringBuilder block, int[] blockLine) {
        int[] grids = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node n, int depth) {
                if (n == node) {
                    return FilterResult.CONTINUE;
                }
                if (n instanceof TextNode tn) {
                    String t = CellText.WHITESPACE.matcher(tn.getWholeText()).replaceAll(" ");
                    if (!t.isBlank()) {
                        if (block.length() == 0) {
                            blockLine[0] = line(tn);
                        }
                        block.append(t);
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(n instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (tag.equals("script") || tag.equals("style") || tag.equals("head")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("table")) {
                    flush(tokens, text, block, blockLine);
                    table(e, tokens, text, grids[0]++);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br") || isBlock(tag)) {
                    flush(tokens, text, block, blockLine);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node n, int depth) {
                if (n != node && n instanceof Element e && (e.normalName().equals("br") || isBlock(e.normalName()))) {
                    flush(tokens, text, block, blockLine);
                }
                return FilterResult.CONTINUE;
            }
        }, node);
    }

    /**
     * One token per cell, with the grid column it starts at: a cell spanning rows above occupies
     * its columns in the rows below, as a browser lays the table out.
     */
    private static void table(Element table, List<Token> tokens, List<String> text, int grid) {
        List<boolean[]> occupied = new ArrayList<>();
        int r = -1;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            r++;
            int rowOrdinal = text.size();
            List<String> cells = new ArrayList<>();
            int col = 0;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (isOccupied(occupied, r, col)) {
                    col++;
                }
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        occupy(occupied, r + dr, col + dc);
                    }
                }
                String t = CellText.tidy(cellText(cell));
                tokens.add(Token.cell(t, textLine(cell), rowOrdinal, grid, col));
                cells.add(CellText.oneLine(t));
                col += colspan;
            }
            text.add(String.join("\t", cells));
        }
    }

    /** Largest span honoured: a page that claims more is not laid out further. */
    private static final int MAX_SPAN = 100;

    private static int span(Element cell, String attribute) {
        try {
            int n = Integer.parseInt(cell.attr(attribute).strip());
            return Math.max(1, Math.min(n, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isOccupied(List<boolean[]> occupied, int row, int col) {
        return row < occupied.size() && col < occupied.get(row).length && occupied.get(row)[col];
    }

    private static void occupy(List<boolean[]> occupied, int row, int col) {
        while (occupied.size() <= row) {
            occupied.add(new boolean[0]);
        }
        boolean[] cols = occupied.get(row);
        if (col >= cols.length) {
            cols = java.util.Arrays.copyOf(cols, Math.max(col + 1, cols.length * 2));
            occupied.set(row, cols);
        }
        cols[col] = true;
    }

    /**
     * The text of a cell with its structure kept: paragraphs and line breaks become line breaks (so
     * that two numbers on two lines are never read as one), and a {@code <sup>} footnote number
     * becomes superscript digits (a mark, not more digits of the number).
     */
    static String cellText(Element cell) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node n, int depth) {
                if (n instanceof TextNode tn) {
                    b.append(CellText.WHITESPACE.matcher(tn.getWholeText()).replaceAll(" "));
                    return FilterResult.CONTINUE;
                }
                if (n == cell || !(n instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (tag.equals("script") || tag.equals("style")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    b.append('\n');
                } else if (tag.equals("sup")) {
                    b.append(CellText.superscript(e.text()));
                    return FilterResult.SKIP_ENTIRELY;
                } else if (isBlock(tag)) {
                    b.append('\n');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node n, int depth) {
                if (n != cell && n instanceof Element e && isBlock(e.normalName())) {
                    b.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        return b.toString();
    }

    private static void flush(List<Token> tokens, List<String> text, StringBuilder block, int[] blockLine) {
        String t = block.toString().strip();
        if (!t.isEmpty()) {
            tokens.add(new Token(t, Math.max(1, blockLine[0])));
            text.add(t);
        }
        block.setLength(0);
    }

    private static boolean isBlock(String tag) {
        return switch (tag) {
            case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "header", "footer",
                 "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "center", "caption", "tr", "title" -> true;
            default -> false;
        };
    }

    /**
     * The line a cell's text starts on: pages saved from Word put it in a {@code <p>} on a line of
     * its own below the {@code <td>} tag. A cell without text is on the line of its tag.
     */
    private static int textLine(Element cell) {
        for (Element e : cell.getAllElements()) { // the cell itself first, then its descendants in order
            for (TextNode tn : e.textNodes()) {
                if (!CellText.WHITESPACE.matcher(tn.getWholeText()).replaceAll("").isEmpty()) {
                    return line(tn);
                }
            }
        }
        return line(cell);
    }

    private static int line(Node n) {
        int l = n.sourceRange().start().lineNumber();
        return Math.max(l, 1);
    }
}
