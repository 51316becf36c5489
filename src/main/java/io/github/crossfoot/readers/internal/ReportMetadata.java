package io.github.crossfoot.readers.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body (机关) and year a report covers, read from its title: for example
 * {@code 勃利县倭肯镇人民政府 2022 年政府信息公开工作年度报告}, or a title split over two lines with the
 * body on the first.
 *
 * @param agency the body's name, or null when the title does not give it
 * @param year   the report year, or null
 */
public record ReportMetadata(String agency, Integer year) {

    private static final Pattern TITLE = Pattern.compile("^(.*?)((?:19|20)\\d{2})年度?(.*报告)$");
    /** A PDF bookmark mark before a line ({@code [bookmark:…]}): not part of the title. */
    private static final Pattern BOOKMARK = Pattern.compile("^\\[bookmark:[^]]*]");
    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final int TITLE_SEARCH_LINES = 15;
    /** A longer line is text, not a title (and is not searched with the title pattern). */
    private static final int TITLE_MAX_LENGTH = 200;

    /** Whether a normalised line is a report's title, such as {@code 某某县人民政府2023年政府信息公开工作年度报告}. */
    public static boolean isTitle(String normalized) {
        Matcher m = TITLE.matcher(withDigitYears(normalized));
        return normalized.length() <= 80 && m.matches() && m.group(3).contains("信息公开");
    }

    /** A year written in Chinese numerals ({@code 二〇二三年}, {@code 二零二三年}). */
    private static final Pattern CHINESE_YEAR = Pattern.compile("([〇○零一二三四五六七八九]{4})年");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    /** The line with a year in Chinese numerals written in digits. */
    static String withDigitYears(String line) {
        Matcher m = CHINESE_YEAR.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                digits.append(c == '零' || c == '○' ? 0 : CHINESE_DIGITS.indexOf(c));
            }
            m.appendReplacement(out, digits + "年");
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The report's title from a document title such as an HTML {@code <title>} or a PDF's metadata
     * ({@code 某某区人民政府2023年政府信息公开工作年度报告 - 某某区人民政府网}): the part that names the
     * report, or null.
     */
    public static String titleFrom(String documentTitle) {
        if (documentTitle == null) {
            return null;
        }
        String best = null;
        for (String part : documentTitle.split("\\s+[-_|—–]+\\s+|[_|｜]")) {
            String p = part.strip();
            if (p.contains("报告") && p.contains("信息公开") && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best;
    }

    public static ReportMetadata of(List<String> lines) {
        String previous = null;
        int seen = 0;
        for (String raw : lines) {
            String line = BOOKMARK.matcher(withDigitYears(Labels.normalize(PlainText.withoutHeadingMark(raw))))
                    .replaceAll("");
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > TITLE_SEARCH_LINES) {
                break;
            }
            if (line.length() > TITLE_MAX_LENGTH) {
                previous = null;
                continue;
            }
            Matcher m = TITLE.matcher(line);
            if (m.matches() && m.group(3).contains("信息公开")) {
                String agency = m.group(1);
                if (agency.isEmpty() && previous != null && !previous.contains("报告") && previous.length() <= 40) {
                    agency = previous;
                }
                return new ReportMetadata(agency.isEmpty() ? null : agency, Integer.parseInt(m.group(2)));
            }
            // A title wrapped in its last words (…工作年度报 / 告, …年度 / 报告): the previous line finishes on this one.
            if (previous != null && line.length() <= 10) {
                Matcher joined = TITLE.matcher(previous + line);
                if (joined.matches() && joined.group(3).contains("信息公开") && !joined.group(1).isEmpty()) {
                    return new ReportMetadata(joined.group(1), Integer.parseInt(joined.group(2)));
                }
            }
            previous = line;
        }
        // No title: the first year mentioned near the top is the best evidence left.
        seen = 0;
        for (String raw : lines) {
            if (raw.isBlank()) {
                continue;
            }
            if (++seen > TITLE_SEARCH_LINES) {
                break;
            }
            Matcher m = ANY_YEAR.matcher(withDigitYears(Labels.normalize(raw)));
            if (m.find()) {
                return new ReportMetadata(null, Integer.parseInt(m.group(1)));
            }
        }
        return new ReportMetadata(null, null);
    }
}
