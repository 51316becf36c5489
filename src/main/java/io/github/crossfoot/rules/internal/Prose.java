package io.github.crossfoot.rules.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's text lines as prose: HTML markup taken off (the lines of an HTML document are its
 * source lines), and table rows told apart. Shared by the checks that read the prose (sections,
 * statements, figures stated about the tables).
 */
public final class Prose {

    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern BLOCK_TAG =
            Pattern.compile("(?i)</?(?:td|th|tr|table|tbody|thead|p|div|br|li|ul|ol|h[1-6])\\b[^<>]*>");
    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|nbsp|amp|lt|gt|quot|apos|ensp|emsp);");
    /** The marks a line of nothing but numbers may hold between them. */
    private static final String NUMBER_MARKS = ".,，、%％-—/·";

    private Prose() {
    }

    /**
     * Tags removed, each table cell and block (paragraph, heading, line break) ended by
     * {@code blockBreak}, common entities decoded.
     */
    public static String stripHtml(String line, String blockBreak) {
        if (line.indexOf('<') < 0 && line.indexOf('&') < 0) {
            return line;
        }
        String s = line;
        if (s.indexOf('<') >= 0) {
            s = BLOCK_TAG.matcher(s).replaceAll(Matcher.quoteReplacement(blockBreak));
            s = TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('&') >= 0) {
            Matcher m = ENTITY.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1))));
            }
            m.appendTail(sb);
            s = sb.toString();
        }
        return s;
    }

    private static String entity(String name) {
        return switch (name) {
            case "nbsp", "ensp", "emsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                try {
                    int cp = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
                } catch (NumberFormatException e) {
                    yield " ";
                }
            }
        };
    }

    /** A row of a table as text: fields separated by tabs or pipes, or nothing but numbers. */
    public static boolean isTableLine(String text) {
        String t = text.strip();
        return t.indexOf('\t') >= 0 || t.indexOf('|') >= 0 || numbersOnly(t);
    }

    /** Whether {@code t} holds only digits (ASCII or full-width), ASCII white space and the marks written between numbers. */
    private static boolean numbersOnly(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == ' ' || c >= '\t' && c <= '\r'
                    || NUMBER_MARKS.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
