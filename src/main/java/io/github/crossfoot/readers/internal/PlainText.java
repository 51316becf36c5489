package io.github.crossfoot.readers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into tokens, whatever layout it was copied in: tab-separated rows, one cell
 * per line, pipe-delimited rows (HTML-to-text converters, Markdown), or the space-separated lines
 * of a PDF's text layer. Within a line, a run of numbers separated by spaces is split into one
 * token per number, and group and item labels standing side by side ({@code （三）不予公开 1.属于国家秘密})
 * are split at the item's numbering. Page numbers and Markdown rule lines are dropped.
 */
public final class PlainText {

    private static final String SPACE = "[\\s\\u00a0\\u3000\\u200b\\ufeff]";
    private static final Pattern PAGE_MARKER = Pattern.compile(
            "^" + SPACE + "*(?:[-—–]" + SPACE + "*\\d+" + SPACE + "*[-—–]|第" + SPACE + "*\\d+" + SPACE + "*页(?:"
                    + SPACE + "*[,，/]?" + SPACE + "*共" + SPACE + "*\\d+" + SPACE + "*页)?|\\d+" + SPACE + "*/" + SPACE
                    + "*\\d+|\\[第\\d+页 page \\d+])" + SPACE + "*$");
    // Possessive quantifiers and look-behinds below: no pattern here may backtrack over a long run
    // of spaces (a line of 10^6 spaces is read in linear time).
    private static final Pattern MARKDOWN_RULE = Pattern.compile(
            "^\\s*+\\|?+(\\s*+:?-{3,}+:?\\s*+\\|)++\\s*+(:?-{3,}+:?)?\\s*+$");
    private static final Pattern SPACES = Pattern.compile(SPACE + "+");
    private static final Pattern PIPES = Pattern.compile("[|｜]");
    /** A Markdown heading mark ({@code ## 三、…}, optionally closed by #s): not part of the text. */
    private static final Pattern HEADING_MARK = Pattern.compile(
            "^ {0,3}#{1,6}" + SPACE + "++|(?<!" + SPACE + ")" + SPACE + "++#++" + SPACE + "*+$");
    /** A space before numbering such as 1. 1、 （一） 一、 starts a new label. */
    private static final Pattern ENUMERATION_START = Pattern.compile(
            "(?<!" + SPACE + ")" + SPACE + "++(?=(?:\\d+[.、．](?!\\d)|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、))");

    private PlainText() {
    }

    /** Whether a line is only a page number or page marker ({@code - 3 -}, {@code 第3页}, {@code [第3页 page 3]}). */
    public static boolean isPageMarker(String line) {
        return hasAsciiDigit(line) && PAGE_MARKER.matcher(line).matches(); // every marker has a digit: most lines need no matcher
    }

    /** Reads text into lines and tokens. */
    public static SourceText read(String text) {
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        return new SourceText("text", lines, lines, tokenize(lines));
    }

    /** Splits lines into tokens; line numbers are 1-based indexes into {@code lines}. */
    public static List<Token> tokenize(List<String> lines) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            tokenizeLine(lines.get(i), i + 1, out);
        }
        return out;
    }

    /** Splits one line, numbered {@code lineNumber}, into tokens added to {@code out}. */
    public static void tokenizeLine(String line, int lineNumber, List<Token> out) {
        if (line.isEmpty() || isPageMarker(line)
                || line.contains("---") && MARKDOWN_RULE.matcher(line).matches()) {
            return;
        }
        line = withoutHeadingMark(line);
        String[] fields = line.contains("\t") ? line.split("\t", -1)
                : line.contains("|") || line.contains("｜") ? PIPES.split(line, -1)
                : new String[] {line};
        int first = 0;
        int last = fields.length - 1;
        while (first <= last && strip(fields[first]).isEmpty()) {
            first++;
        }
        int lastFilled = last;
        while (lastFilled >= first && strip(fields[lastFilled]).isEmpty()) {
            lastFilled--;
        }
        if (first > lastFilled) {
            // A line of spaces or tabs only: an empty cell in a one-cell-per-line layout.
            out.add(new Token("", lineNumber));
            return;
        }
        // Trailing fields with nothing in them are what merged cells leave; in a tab-separated line
        // a trailing field holding a space is a blank cell a web page was copied with
        // (258⇥12⇥ ⇥ ⇥1⇥1⇥ ), and the fields before it are blanks too.
        boolean tabs = line.contains("\t");
        while (last > lastFilled && (!tabs || fields[last].isEmpty())) {
            last--;
        }
        for (int f = first; f <= last; f++) {
            split(strip(fields[f]), lineNumber, out);
        }
    }

    /** The line without a Markdown heading mark. */
    public static String withoutHeadingMark(String line) {
        return line.indexOf('#') < 0 ? line : HEADING_MARK.matcher(line).replaceAll("");
    }

    /** Splits one field into its label part(s) and a trailing run of space-separated values. */
    private static void split(String field, int line, List<Token> out) {
        if (field.isEmpty()) {
            out.add(new Token("", line));
            return;
        }
        String[] parts = hasSpace(field) ? SPACES.split(field) : new String[] {field};
        int valuesFrom = parts.length;
        while (valuesFrom > 0 && CellValues.looksLikeValue(parts[valuesFrom - 1])) {
            valuesFrom--;
        }
        boolean splitValues = parts.length > 1 && valuesFrom < parts.length;
        if (!splitValues) {
            labels(field, line, out);
            return;
        }
        if (valuesFrom > 0) {
            labels(String.join(" ", java.util.Arrays.asList(parts).subList(0, valuesFrom)), line, out);
        }
        for (int k = valuesFrom; k < parts.length; k++) {
            out.add(new Token(parts[k], line));
        }
    }

    private static void labels(String text, int line, List<Token> out) {
        for (String label : hasSpace(text) ? ENUMERATION_START.split(text) : new String[] {text}) {
            out.add(new Token(strip(label), line));
        }
    }

    /** Whether {@code s} holds a character of {@link #SPACE}: without one, no pattern built on it can match. */
    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds an ASCII digit: every page marker does. */
    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff';
    }
}
