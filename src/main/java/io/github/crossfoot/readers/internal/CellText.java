package io.github.crossfoot.readers.internal;

import java.util.regex.Pattern;

/**
 * The text of one cell of a document table (HTML, Word), shared by their readers: line breaks
 * between paragraphs are kept, so that {@link CellValues} can tell one number from two, and
 * superscript footnote numbers are written as superscript characters, so that they stay marks.
 */
final class CellText {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u3000]+");
    /** A run of white space as a document's text node holds it (line breaks, no-break and ideographic spaces). */
    static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern BREAKS = Pattern.compile(" ?\\n[\\n ]*");
    private static final String DIGITS = "0123456789０１２３４５６７８９";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁰¹²³⁴⁵⁶⁷⁸⁹";

    private CellText() {
    }

    /** Runs of spaces made one, line breaks kept one at a time, the ends trimmed. */
    static String tidy(String raw) {
        String s = SPACES.matcher(raw).replaceAll(" ");
        s = BREAKS.matcher(s).replaceAll("\n");
        return s.strip();
    }

    /** The cell's text on one line, for the document's text lines. */
    static String oneLine(String tidy) {
        return tidy.replace('\n', ' ');
    }

    /** A superscript run: digits as superscript digits; anything else unchanged. */
    static String superscript(String text) {
        String t = text.strip();
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            int d = DIGITS.indexOf(t.charAt(i));
            if (d < 0) {
                return t;
            }
            b.append(SUPERSCRIPTS.charAt(d));
        }
        return b.toString();
    }
}
