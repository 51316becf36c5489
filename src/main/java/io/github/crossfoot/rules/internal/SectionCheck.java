package io.github.crossfoot.rules.internal;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.internal.Labels;
import io.github.crossfoot.readers.internal.PlainText;
import io.github.crossfoot.rules.SectionSpec;
import io.github.crossfoot.rules.StatementSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a report its format declares ({@code section}) and what they must state
 * ({@code statement}), found in the report's text lines:
 *
 * <ul>
 *   <li>{@code structure.section-missing} (error): a text section whose heading is not found, with the
 *       line where it belongs; a section that holds a table is found by its table as well, and a
 *       missing table is {@code table.missing} already. When no text section is found, one finding; when
 *       no table cell is read either, none (the document is no report, and {@code table.missing} says so).</li>
 *   <li>{@code structure.section-order} (warning): a section printed out of the declared order.</li>
 *   <li>{@code structure.section-empty}: a text section with nothing but its heading (warning), or with
 *       nothing but a statement of none such as {@code 无} (info).</li>
 *   <li>{@code statement.missing}: a section whose text holds none of a statement's phrases.</li>
 * </ul>
 *
 * <p>Headings are matched loosely, as table headings are ({@link Labels#announces}): any numbering
 * ({@code 五、}, {@code 五.}, {@code 五} without a mark, {@code （五）}, {@code 第五部分}), spaces of any width,
 * a few words more or a few characters different, a heading broken over two lines, page numbers and
 * page markers between. Where a heading appears more than once, the one numbered as its place in
 * the format is taken, else the first. A report without text lines (built in code) is not checked.
 */
public final class SectionCheck {

    /** Longest start of a line (normalised) that is read as a heading broken over two lines. */
    private static final int BROKEN_HEADING_MAX = 30;
    /** How much of the next line is joined to such a start (the rest of a heading, and the text running on). */
    private static final int BROKEN_HEADING_NEXT = 200;
    private static final String NUMERALS = "一二三四五六七八九十";
    /** Numbering of a normalised line: 第五部分, 五, / 五. / 五 alone, (五), 5. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:第([一二三四五六七八九十]+)(?:部分|章|节)[,.:]?|([一二三四五六七八九十]+)[,.:]?|\\(([一二三四五六七八九十]+)\\)[,.:]?"
                    + "|([0-9]+)[,.:)])");
    /** Tags a converter left before the text ({@code [bookmark: _GoBack]}) and emphasis marks. */
    private static final Pattern LEADING_MARKS = Pattern.compile("^(?:\\[[^\\]\\u4e00-\\u9fff]*]|[*>#•·\\-—\\s])+");
    /** Punctuation around a heading's words (normalised: 、 and ， are commas, ： a colon). */
    private static final String EDGE_PUNCTUATION = ",.:;。!*";
    /** How many characters at the start of a line may hold marks and numbering. */
    private static final int HEAD = 40;
    /** The whole text of a section that says there is nothing to report. */
    private static final Pattern NONE = Pattern.compile(
            "(?:(?:本|今|全)年度?|[0-9]{4}年度?)?(?:本(?:机关|单位|部门)|我(?:局|委|办|镇|乡|街道|区|县|市|院|厅|中心|单位|部门))?"
                    + "暂?(?:无|没有)(?:其他|其它)?(?:需要|需)?(?:报告|说明)?(?:的)?(?:其他|其它)?(?:事项|情况|内容)?|[/\\-—]+");
    private static final Pattern NONE_PUNCTUATION = Pattern.compile("[,.:;。;!?\"'()]");

    private SectionCheck() {
    }

    /** The section and statement findings of {@code report}, in document order of the sections. */
    public static List<Violation> check(RuleCompiler.CompiledFormat format, Report report) {
        List<SectionSpec> sections = format.spec().sections();
        if (sections.isEmpty() || report.lines().isEmpty()) {
            return List.of();
        }
        List<Segment> text = segments(report.lines());
        List<Found> found = locate(sections, text, report);
        if (found.stream().allMatch(f -> f.spec().holdsTable()) && format.spec().tables().stream()
                .allMatch(t -> report.table(t.id()).map(Table::isEmpty).orElse(true))) {
            // Neither a part of the text nor a table cell: not a report (or not readable as one), which
            // table.missing says once.
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        missing(sections, found, text, out);
        order(found, out);
        for (Found f : found) {
            if (!f.spec().holdsTable()) {
                empty(f, text, found, out);
            }
        }
        for (RuleCompiler.CompiledStatement s : format.statements()) {
            found.stream().filter(f -> f.spec().id().equals(s.spec().section())).findFirst()
                    .ifPresent(f -> statement(s, f, text, found, out));
        }
        return out;
    }

    // ------------------------------------------------------------------ the text

    /** A piece of prose: one line, or one block of an HTML line; never blank, never a page marker. */
    private record Segment(int line, String text, String normalized) {
    }

    private static List<Segment> segments(List<String> lines) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String piece : Prose.stripHtml(lines.get(i), "\n").split("\n")) {
                if (piece.isBlank() || PlainText.isPageMarker(piece)) {
                    continue;
                }
                String text = PlainText.withoutHeadingMark(piece);
                out.add(new Segment(i + 1, text, Labels.normalize(text)));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ finding the headings

    /**
     * A section as found: its heading's segment, how many segments the heading takes (2 when broken
     * over two lines), the text after the heading on its own line, and how well the numbering fits.
     */
    private record Found(SectionSpec spec, int declared, int segment, int line, int taken, String rest, int score) {
    }

    private static List<Found> locate(List<SectionSpec> sections, List<Segment> text, Report report) {
        List<Found> out = new ArrayList<>();
        Heads heads = new Heads(text);
        for (int k = 0; k < sections.size(); k++) {
            SectionSpec s = sections.get(k);
            List<String> headings = s.headings().stream().map(h -> Labels.withoutPrefix(Labels.normalize(h))).toList();
            Found best = null;
            // A section that holds a table stands where the reader found the table (under one of the same
            // headings), whichever other line mentions its heading.
            int tableLine = s.holdsTable() ? report.table(s.table()).filter(t -> !t.isEmpty()).map(Table::line).orElse(0)
                    : 0;
            for (int i = 0; tableLine > 0 && i < text.size() && best == null; i++) {
                if (text.get(i).line() >= tableLine) {
                    best = new Found(s, k, i, text.get(i).line(), 1, "", 0);
                }
            }
            boolean atTable = best != null;
            for (int i = 0; !atTable && i < text.size(); i++) {
                Found f = heading(s, headings, k, heads, i);
                if (f != null && (best == null || f.score() > best.score())) {
                    best = f;
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        out.sort(Comparator.comparingInt(Found::segment));
        return out;
    }

    /**
     * A segment's start read as a heading would be: its numbering and its words. Worked out once per
     * segment (alone, and joined with the next when a heading may be broken there), then compared
     * with every section's headings.
     */
    private record Head(String numeral, boolean sectionStyle, boolean arabic, String words) {
    }

    /** The {@link Head}s of a report's segments, each worked out when first needed. */
    private static final class Heads {
        private final List<Segment> text;
        private final Head[] alone;
        private final Head[] joined;
        private static final Head NONE_HERE = new Head("", false, false, "");

        Heads(List<Segment> text) {
            this.text = text;
            this.alone = new Head[text.size()];
            this.joined = new Head[text.size()];
        }

        Head alone(int i) {
            if (alone[i] == null) {
                alone[i] = head(text.get(i).normalized());
            }
            return alone[i];
        }

        /** Segment {@code i} with the start of the next, or a head without words when no heading is broken there. */
        Head joined(int i) {
            if (joined[i] == null) {
                String start = text.get(i).normalized();
                if (i + 1 >= text.size() || start.isEmpty() || start.length() > BROKEN_HEADING_MAX
                        || Prose.isTableLine(text.get(i).text())) {
                    joined[i] = NONE_HERE;
                } else {
                    String next = text.get(i + 1).normalized();
                    joined[i] = head(start + next.substring(0, Math.min(next.length(), BROKEN_HEADING_NEXT)));
                }
            }
            return joined[i];
        }
    }

    /** The heading of section {@code s} (the {@code k}-th declared) at segment {@code i}, alone or with the next. */
    private static Found heading(SectionSpec s, List<String> headings, int k, Heads heads, int i) {
        Segment at = heads.text.get(i);
        Found alone = heading(s, headings, k, heads.alone(i), i, at.line(), 1);
        if (alone != null || i + 1 >= heads.text.size()) {
            return alone;
        }
        return heading(s, headings, k, heads.joined(i), i, at.line(), 2);
    }

    private static Head head(String normalized) {
        // Marks and numbering stand in the first few characters: only those are matched by patterns, so a
        // hostile line (a million commas) costs no more than its length.
        String head = normalized.substring(0, Math.min(normalized.length(), HEAD));
        String cleaned = LEADING_MARKS.matcher(head).replaceFirst("");
        int wordsStart = head.length() - cleaned.length();
        Matcher m = NUMBERING.matcher(cleaned);
        String numeral = "";
        boolean sectionStyle = false;
        boolean arabic = false;
        if (m.find()) {
            numeral = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : "";
            sectionStyle = m.group(1) != null || m.group(2) != null;
            arabic = m.group(4) != null;
            wordsStart += m.end();
        }
        return new Head(numeral, sectionStyle, arabic, trimPunctuation(normalized.substring(wordsStart)));
    }

    private static Found heading(SectionSpec s, List<String> headings, int k, Head h, int i, int line, int taken) {
        String words = h.words();
        if (words.isEmpty()) {
            return null;
        }
        for (String heading : headings) {
            String rest = null;
            if (words.startsWith(heading) && (h.sectionStyle() || words.length() == heading.length())) {
                rest = words.substring(heading.length()); // 五、存在的主要问题及改进情况：一是… (the heading runs on)
            } else if (Labels.announces(words, heading, h.sectionStyle())) {
                rest = "";
            }
            if (rest != null) {
                boolean ownNumber = h.numeral().equals(numeral(k + 1));
                int score = h.sectionStyle() && ownNumber ? 3 : h.numeral().isEmpty() || h.arabic() ? 2 : ownNumber ? 2 : 1;
                return new Found(s, k, i, line, taken, trimPunctuation(rest), score);
            }
        }
        return null;
    }

    /** The text without punctuation at either end ({@code ：}, {@code 。}, emphasis marks). */
    private static String trimPunctuation(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && EDGE_PUNCTUATION.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && EDGE_PUNCTUATION.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return text.substring(from, to);
    }

    /** 一 for 1 … 十 for 10, 十一 … 九十九 for more (a format may declare more than six sections); "" beyond. */
    private static String numeral(int n) {
        if (n >= 100) {
            return "";
        }
        if (n <= 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        return (n >= 20 ? String.valueOf(NUMERALS.charAt(n / 10 - 1)) : "") + "十"
                + (n % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(n % 10 - 1)));
    }

    // ------------------------------------------------------------------ findings

    private static void missing(List<SectionSpec> sections, List<Found> found, List<Segment> text,
                                List<Violation> out) {
        List<SectionSpec> textSections = sections.stream().filter(s -> !s.holdsTable()).toList();
        List<SectionSpec> absent = textSections.stream()
                .filter(s -> found.stream().noneMatch(f -> f.spec() == s)).toList();
        if (absent.isEmpty()) {
            return;
        }
        if (found.stream().noneMatch(f -> !f.spec().holdsTable())) {
            // No part of the text is found (only tables, or not a report): one finding, not one per section.
            Messages.Text m = Messages.of("structure.section-missing.none-found",
                    "sections", Messages.join(absent.stream().map(SectionCheck::name).toList()));
            out.add(finding("structure.section-missing", Severity.ERROR, 0, m));
            return;
        }
        for (SectionSpec s : absent) {
            int k = sections.indexOf(s);
            Found next = found.stream().filter(f -> f.declared() > k).min(Comparator.comparingInt(Found::declared))
                    .orElse(null);
            Messages.Text m;
            int line;
            if (next != null) {
                line = next.line();
                m = Messages.of("structure.section-missing.before", "section", name(s), "next", name(next.spec()),
                        "line", line);
            } else {
                Found previous = found.stream().filter(f -> f.declared() < k)
                        .max(Comparator.comparingInt(Found::declared)).orElseThrow();
                line = text.get(end(previous, found, text) - 1).line();
                m = Messages.of("structure.section-missing.after", "section", name(s), "previous",
                        name(previous.spec()), "line", previous.line());
            }
            out.add(finding("structure.section-missing", Severity.ERROR, line, m));
        }
    }

    /**
     * The sections out of the declared order: those left out of the longest run that is in order
     * (of equally long runs, the one keeping the earlier sections), each named against a section
     * it passes.
     */
    private static void order(List<Found> found, List<Violation> out) {
        List<Found> declared = found.stream().sorted(Comparator.comparingInt(Found::declared)).toList();
        boolean[] kept = inOrder(declared);
        for (int a = 0; a < declared.size(); a++) {
            if (kept[a]) {
                continue;
            }
            Found s = declared.get(a);
            Found after = null;
            for (int b = a - 1; b >= 0 && after == null; b--) {
                if (kept[b] && declared.get(b).segment() > s.segment()) {
                    after = declared.get(b);
                }
            }
            Found before = null;
            for (int b = a + 1; b < declared.size() && after == null && before == null; b++) {
                if (kept[b] && declared.get(b).segment() < s.segment()) {
                    before = declared.get(b);
                }
            }
            Found other = after != null ? after : before;
            if (other == null) {
                continue;
            }
            Messages.Text m = Messages.of(after != null ? "structure.section-order.before" : "structure.section-order.after",
                    "section", name(s.spec()), "line", s.line(), "other", name(other.spec()), "otherLine", other.line());
            out.add(finding("structure.section-order", Severity.WARNING, s.line(), m));
        }
    }

    /**
     * Which of the sections (in declared order) form the longest run in document order; of equally
     * long runs, the one keeping the earlier-declared sections (at the first section where two runs
     * differ, the run that keeps it). {@code longest[a]} is the longest run starting at section
     * {@code a}; the run is then walked from the earliest start, each time to the earliest next
     * section that still makes a longest run. Quadratic in the number of sections, which is small.
     */
    private static boolean[] inOrder(List<Found> declared) {
        int n = declared.size();
        int[] longest = new int[n];
        for (int a = n - 1; a >= 0; a--) {
            longest[a] = 1;
            for (int b = a + 1; b < n; b++) {
                if (declared.get(b).segment() > declared.get(a).segment()) {
                    longest[a] = Math.max(longest[a], longest[b] + 1);
                }
            }
        }
        boolean[] kept = new boolean[n];
        int want = 0;
        for (int a = 0; a < n; a++) {
            want = Math.max(want, longest[a]);
        }
        int last = -1;
        for (int a = 0; a < n && want > 0; a++) {
            if (longest[a] == want && declared.get(a).segment() > last) {
                kept[a] = true;
                last = declared.get(a).segment();
                want--;
            }
        }
        return kept;
    }

    private static void empty(Found f, List<Segment> text, List<Found> found, List<Violation> out) {
        String content = content(f, text, found);
        if (content.isEmpty()) {
            out.add(finding("structure.section-empty", Severity.WARNING, f.line(),
                    Messages.of("structure.section-empty", "section", name(f.spec()), "line", f.line())));
        } else if (NONE.matcher(NONE_PUNCTUATION.matcher(content).replaceAll("")).matches()) {
            String quoted = quote(f, text, found);
            out.add(finding("structure.section-empty", Severity.INFO, f.line(),
                    Messages.of("structure.section-empty.none", "section", name(f.spec()), "line", f.line(),
                            "text", Messages.verbatim(quoted))));
        }
    }

    private static void statement(RuleCompiler.CompiledStatement compiled, Found f, List<Segment> text,
                                  List<Found> found, List<Violation> out) {
        StatementSpec s = compiled.spec();
        String content = content(f, text, found);
        if (s.phrases().stream().anyMatch(p -> content.contains(Labels.normalize(p)))) {
            return;
        }
        Messages.Text searched = Messages.join(s.phrases().stream()
                .map(p -> Messages.of("piece.quoted", "text", p)).toList());
        Object[] values = {"statement", s.id(), "title", s.title(), "basis", s.basis(), "section", name(f.spec()),
            "line", f.line(), "searched", searched};
        Messages.Text catalogue = Messages.of(s.basis().isEmpty() ? "statement.missing.no-basis" : "statement.missing",
                values);
        String zh = compiled.zh() == null ? catalogue.zh() : compiled.zh().render(placeholders(values, true, f));
        String en = compiled.en() == null ? catalogue.en() : compiled.en().render(placeholders(values, false, f));
        out.add(Violation.builder("statement.missing", s.severity(), Violation.Kind.STRUCTURE)
                .line(f.line()).message(zh, en).build());
    }

    /** The values of a statement's own message template, in one language. */
    private static java.util.function.Function<String, String> placeholders(Object[] values, boolean zh, Found f) {
        return name -> {
            if (name.equals("section.id")) {
                return f.spec().id();
            }
            for (int i = 0; i < values.length; i += 2) {
                if (values[i].equals(name)) {
                    Object v = values[i + 1];
                    return v instanceof Messages.Text t ? (zh ? t.zh() : t.en()) : String.valueOf(v);
                }
            }
            return "{" + name + "}";
        };
    }

    // ------------------------------------------------------------------ helpers

    /** The section's text after its heading, normalised, up to the next section found. */
    private static String content(Found f, List<Segment> text, List<Found> found) {
        StringBuilder b = new StringBuilder(f.rest());
        for (int i = f.segment() + f.taken(); i < end(f, found, text); i++) {
            b.append(text.get(i).normalized());
        }
        return b.toString();
    }

    /** The section's text as written, for quoting (short by nature: it says there is nothing). */
    private static String quote(Found f, List<Segment> text, List<Found> found) {
        List<String> parts = new ArrayList<>();
        if (!f.rest().isEmpty()) {
            parts.add(f.rest());
        }
        for (int i = f.segment() + f.taken(); i < end(f, found, text); i++) {
            parts.add(text.get(i).text().strip());
        }
        return String.join(" ", parts);
    }

    /** The segment where the section's text ends: the next section's heading, or the end of the text. */
    private static int end(Found f, List<Found> found, List<Segment> text) {
        return found.stream().mapToInt(Found::segment).filter(i -> i > f.segment()).min().orElse(text.size());
    }

    private static Messages.Text name(SectionSpec s) {
        return Messages.of("piece.section", "label", s.label(), "id", s.id());
    }

    private static Violation finding(String rule, Severity severity, int line, Messages.Text m) {
        return Violation.builder(rule, severity, Violation.Kind.STRUCTURE).line(line).message(m.zh(), m.en()).build();
    }
}
