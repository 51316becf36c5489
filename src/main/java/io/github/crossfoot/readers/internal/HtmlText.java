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

/**
 * Reads an HTML page with jsoup. Table cells become one token each, with the source line of their
 * tag, so a blank cell stays blank wherever it stands and a merged (rowspan/colspan) cell is read
 * once. Text outside tables becomes one token per block. Lines refer to the HTML source.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** Whether the bytes look like HTML (by name or by their first kilobytes). */
    public static boolean accepts(String name, byte[] bytes) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<table");
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
        return new SourceText("html", lines.isEmpty() ? List.of(source) : lines, text, tokens);
    }

    private static String decodedSource(byte[] bytes, Document doc) {
        java.nio.charset.Charset cs = doc.charset() == null ? StandardCharsets.UTF_8 : doc.charset();
        String s = new String(bytes, cs);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static void walk(Node node, List<Token> tokens, List<String> text, StringBuilder block, int[] blockLine) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode tn) {
                String t = tn.getWholeText().replaceAll("[\\s\\u00a0\\u3000]+", " ");
                if (!t.isBlank()) {
                    if (block.length() == 0) {
                        blockLine[0] = line(tn);
                    }
                    block.append(t);
                }
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("script") || tag.equals("style") || tag.equals("head")) {
                    continue;
                }
                if (tag.equals("table")) {
                    flush(tokens, text, block, blockLine);
                    table(e, tokens, text);
                } else if (tag.equals("br") || isBlock(tag)) {
                    flush(tokens, text, block, blockLine);
                    walk(e, tokens, text, block, blockLine);
                    flush(tokens, text, block, blockLine);
                } else {
                    walk(e, tokens, text, block, blockLine);
                }
            }
        }
    }

    private static void table(Element table, List<Token> tokens, List<String> text) {
        for (Element tr : table.select("tr")) {
            int rowOrdinal = text.size();
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                String t = cell.wholeText().replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
                tokens.add(Token.cell(t, textLine(cell), rowOrdinal));
                cells.add(t);
            }
            text.add(String.join("\t", cells));
        }
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
                if (!tn.getWholeText().replaceAll("[\\s\\u00a0\\u3000]+", "").isEmpty()) {
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
