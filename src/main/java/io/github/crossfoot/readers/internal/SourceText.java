package io.github.crossfoot.readers.internal;

import java.util.List;

/**
 * A document turned into what the table parser reads: tokens with the lines they came from.
 *
 * @param kind      what the document was: text, html, docx or pdf
 * @param lines     the lines that cell line numbers refer to (the source lines of a text or HTML
 *                  file; the extracted text of a Word or PDF file)
 * @param textLines the document's visible text, one paragraph or table row per line, used to find
 *                  the title, body and year
 * @param tokens    the fields of the document in reading order
 * @param problems  what stands in the way of reading the document as a whole (a PDF page without a
 *                  text layer, text that does not decode), reported with the report
 * @param title     the report's title as the document's own metadata gives it (an HTML
 *                  {@code <title>}, a PDF's title), used where the text does not name the body or
 *                  year; null when there is none
 */
public record SourceText(String kind, List<String> lines, List<String> textLines, List<Token> tokens,
                         List<io.github.crossfoot.model.Violation> problems, String title) {
    public SourceText {
        lines = List.copyOf(lines);
        textLines = List.copyOf(textLines);
        tokens = List.copyOf(tokens);
        problems = List.copyOf(problems);
    }

    /** A document read without problems of its own and without a title in its metadata. */
    public SourceText(String kind, List<String> lines, List<String> textLines, List<Token> tokens) {
        this(kind, lines, textLines, tokens, List.of(), null);
    }
}
