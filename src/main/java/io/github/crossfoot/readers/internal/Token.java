package io.github.crossfoot.readers.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of the source text: a tab-separated field, or a whole line when the report puts one
 * cell per line. Empty fields between filled ones are kept (they may be blank cells); empty fields
 * at the start or end of a line are merged-cell artifacts and dropped.
 *
 * @param text       the field as written, trimmed
 * @param normalized {@link Labels#normalize(String)} of the text
 * @param line       1-based source line
 * @param cell       true when the token is exactly one table cell of a structured document
 *                   (HTML, Word), so that an empty one is a blank cell wherever it stands
 */
public record Token(String text, String normalized, int line, boolean cell) {

    /** A token of plain text. */
    public Token(String text, int line) {
        this(text, Labels.normalize(text), line, false);
    }

    /** A token that is exactly one cell of a document table. */
    public static Token cell(String text, int line) {
        return new Token(text, Labels.normalize(text), line, true);
    }

    public boolean isEmpty() {
        return normalized.isEmpty();
    }

    public boolean isValue() {
        return CellValues.looksLikeValue(text);
    }

    /** Whether the token is text that may be (part of) a label. */
    public boolean isText() {
        return !isEmpty() && !isValue();
    }

    /** Splits the source lines into tokens. */
    public static List<Token> tokenize(List<String> lines) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            int first = 0;
            int last = fields.length - 1;
            while (first <= last && blank(fields[first])) {
                first++;
            }
            while (last >= first && blank(fields[last])) {
                last--;
            }
            if (first > last) {
                // A line of spaces or tabs only: an empty cell in a one-cell-per-line layout.
                out.add(new Token("", i + 1));
                continue;
            }
            for (int f = first; f <= last; f++) {
                String t = strip(fields[f]);
                out.add(new Token(t, i + 1));
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return strip(s).isEmpty();
    }

    private static String strip(String s) {
        return s.replaceAll("^[\\s\\u00a0\\u3000\\u200b\\ufeff]+|[\\s\\u00a0\\u3000\\u200b\\ufeff]+$", "");
    }
}
