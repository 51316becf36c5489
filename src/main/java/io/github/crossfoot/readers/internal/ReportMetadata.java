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
    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final int TITLE_SEARCH_LINES = 15;

    /** Whether a normalised line is a report's title, such as {@code 某某县人民政府2023年政府信息公开工作年度报告}. */
    public static boolean isTitle(String normalized) {
        Matcher m = TITLE.matcher(normalized);
        return normalized.length() <= 80 && m.matches() && m.group(3).contains("信息公开");
    }

    public static ReportMetadata of(List<String> lines) {
        String previous = null;
        int seen = 0;
        for (String raw : lines) {
            String line = Labels.normalize(PlainText.withoutHeadingMark(raw)).replaceAll("^\\[bookmark:[^]]*]", "");
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > TITLE_SEARCH_LINES) {
                break;
            }
            Matcher m = TITLE.matcher(line);
            if (m.matches() && m.group(3).contains("信息公开")) {
                String agency = m.group(1);
                if (agency.isEmpty() && previous != null && !previous.contains("报告") && previous.length() <= 40) {
                    agency = previous;
                }
                return new ReportMetadata(agency.isEmpty() ? null : agency, Integer.parseInt(m.group(2)));
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
            Matcher m = ANY_YEAR.matcher(Labels.normalize(raw));
            if (m.find()) {
                return new ReportMetadata(null, Integer.parseInt(m.group(1)));
            }
        }
        return new ReportMetadata(null, null);
    }
}
