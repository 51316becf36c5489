package io.github.crossfoot.readers.internal;

import io.github.crossfoot.model.Box;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.LabelSpec;
import io.github.crossfoot.rules.TableSpec;
import io.github.crossfoot.rules.internal.Messages;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds one table of a format in a token stream and reads it by its labels.
 *
 * <p>The table starts at its heading and ends at the next section heading. Inside, a token that
 * matches a row label starts that row; the values that follow it, up to the next label, are the
 * row's cells in the official column order. Column headers are recognised by their labels and
 * must all be present. A row with a different number of values than it has columns is refused
 * with a located error rather than guessed at.
 *
 * <p>Text taken from a PDF's text layer breaks labels apart, and two steps put them together
 * again before the table is read:
 * <ul>
 *   <li>Row and group labels broken over lines are joined from their pieces, even when the row's
 *       values or pieces of other labels stand between them (a vertically centred row puts its
 *       values on the middle line of a wrapped label; a group label written top to bottom puts one
 *       character on each line among the rows). The first piece must begin the label with the
 *       label's own numbering; the values then belong to the joined row.
 *   <li>Header text that is not read as labels as it stands (labels broken by letter spacing,
 *       several labels on one line, a label wrapped in its cell) is accepted when the whole of it,
 *       spaces removed, is made up of the table's header labels, each taken from the start of
 *       what is left of a line and continued at the start of later lines. Otherwise it is read as
 *       before, so unexplained header text is still reported.
 * </ul>
 */
public final class TableParser {

    /** The table as read (possibly without cells) and the problems met. */
    public record Result(Table table, List<Violation> problems) {
    }

    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+,");
    private static final int MAX_JOIN = 3;
    /** Lines one header label may be wrapped over (the checksum note wraps in its narrow cell). */
    private static final int MAX_PIECES = 6;
    /** Longest run of header text that is taken apart into labels. */
    private static final int MAX_HEADER_RUN = 40;

    private final FormatSpec format;
    private final TableSpec spec;
    /** Every accepted spelling of the row and group labels, normalised. */
    private final List<Variant> labelVariants = new ArrayList<>();
    /** Every accepted spelling of the header labels (columns, groups, notes), normalised, distinct. */
    private final List<String> headerVariants;
    /** Every accepted spelling of the column labels and notes, normalised. */
    private final List<Labels.Form> columnAndNoteVariants = new ArrayList<>();
    /** The rows with their spellings, in declared order. */
    private final List<Spellings> rows;
    /** The columns with their spellings, in declared order. */
    private final List<Spellings> columns;
    /** The notes, then the groups' labels: header text that names no column of its own. */
    private final List<Fixed> fixed = new ArrayList<>();
    /** Which rows, columns, notes and groups, whole row or group labels, column or note labels a text may match. */
    private final LabelIndex rowIndex;
    private final LabelIndex columnIndex;
    private final LabelIndex fixedIndex;
    private final LabelIndex labelVariantIndex;
    private final LabelIndex columnAndNoteIndex;
    /** The groups' labels, normalised (a wording that names a group and an optional column). */
    private final Set<String> groupWordings = new HashSet<>();
    /** The label of each column by its id. */
    private final Map<String, String> columnLabels = new HashMap<>();
    /** The ids of the optional (local) columns. */
    private final Set<String> optionalColumns = new HashSet<>();
    /** The headings of each table of the format, in the format's order. */
    private final List<List<Heading>> headings = new ArrayList<>();
    /** This table's headings. */
    private final List<Heading> ownHeadings;

    /** Where a header label stands on its PDF page, and the columns it names. */
    private record Slot(Box box, Set<String> ids) {
        float x() {
            return box.centreX();
        }
    }

    /** One normalised spelling of a row or group label. */
    private record Variant(Labels.Form form, boolean row) {
    }

    /** How well a text matches a whole row or group label, and whether the best match is a row. */
    private record Hit(Labels.Match match, boolean row) {
    }

    /** One accepted spelling of a row or column label: the official label, an alias or a typo. */
    private record Spelling(String written, Labels.Form form, boolean alias, boolean typo) {
    }

    /**
     * A row or column with its spellings, official label first, and the ids of the columns printed
     * with the same label (结果维持 in each group of table 四; for a row, its own id).
     */
    private record Spellings(LabelSpec spec, List<Spelling> spellings, Set<String> sameLabel) {
    }

    /** A note or a group's label, as written and as compared. */
    private record Fixed(String written, Labels.Form form) {
    }

    /** A table heading without its numbering, as {@link #isHeading} compares it. */
    private record Heading(String text, Labels.Form form) {
    }

    /**
     * The parser of {@code spec}, a table of {@code format}. Every label's forms are worked out here,
     * once: a parser serves any number of reports.
     */
    public TableParser(FormatSpec format, TableSpec spec) {
        this.format = format;
        this.spec = spec;
        Set<String> header = new LinkedHashSet<>();
        for (LabelSpec r : spec.rows()) {
            for (String v : spellings(r)) {
                labelVariants.add(new Variant(form(v), true));
            }
        }
        List<String> columnAndNotes = new ArrayList<>();
        for (Map.Entry<String, String> g : spec.groups().entrySet()) {
            if (spec.spanOf(g.getKey()).isEmpty()) {
                labelVariants.add(new Variant(form(g.getValue()), false));
                header.add(Labels.normalize(g.getValue()));
            } else {
                // a group drawn over columns (申请人情况, 行政诉讼) is header text, never a row's label
                columnAndNotes.add(Labels.normalize(g.getValue()));
            }
        }
        for (LabelSpec c : spec.columns()) {
            spellings(c).forEach(v -> columnAndNotes.add(Labels.normalize(v)));
        }
        spec.notes().forEach(n -> columnAndNotes.add(Labels.normalize(n)));
        columnAndNotes.removeIf(String::isEmpty);
        columnAndNotes.forEach(v -> columnAndNoteVariants.add(Labels.form(v)));
        header.addAll(columnAndNotes);
        header.remove("");
        labelVariants.removeIf(v -> v.form().text().isEmpty());
        this.headerVariants = List.copyOf(header);
        this.rows = spec.rows().stream().map(r -> spellingsOf(r, spec.rows())).toList();
        this.columns = spec.columns().stream().map(c -> spellingsOf(c, spec.columns())).toList();
        for (LabelSpec c : spec.columns()) {
            columnLabels.putIfAbsent(c.id(), c.label());
            if (spec.column(c.id()).map(LabelSpec::optional).orElse(false)) {
                optionalColumns.add(c.id());
            }
        }
        List<String> notesThenGroups = new ArrayList<>(spec.notes());
        notesThenGroups.addAll(spec.groups().values());
        notesThenGroups.forEach(f -> fixed.add(new Fixed(f, form(f))));
        spec.groups().values().forEach(g -> groupWordings.add(Labels.normalize(g)));
        List<Heading> own = List.of();
        for (TableSpec t : format.tables()) {
            List<Heading> hs = t.headings().stream()
                    .map(h -> Labels.withoutPrefix(Labels.normalize(h)))
                    .map(n -> new Heading(n, Labels.form(n)))
                    .toList();
            headings.add(hs);
            if (t == spec) {
                own = hs;
            }
        }
        this.ownHeadings = own;
        this.rowIndex = new LabelIndex(rows.stream().map(TableParser::forms).toList());
        this.columnIndex = new LabelIndex(columns.stream().map(TableParser::forms).toList());
        this.fixedIndex = new LabelIndex(fixed.stream().map(f -> List.of(f.form())).toList());
        this.labelVariantIndex = new LabelIndex(labelVariants.stream().map(v -> List.of(v.form())).toList());
        this.columnAndNoteIndex = new LabelIndex(columnAndNoteVariants.stream().map(List::of).toList());
    }

    private static List<Labels.Form> forms(Spellings s) {
        return s.spellings().stream().map(Spelling::form).toList();
    }

    private static Labels.Form form(String written) {
        return Labels.form(Labels.normalize(written));
    }

    private static Spellings spellingsOf(LabelSpec s, List<LabelSpec> all) {
        List<Spelling> out = new ArrayList<>();
        out.add(new Spelling(s.label(), form(s.label()), false, false));
        s.aliases().forEach(a -> out.add(new Spelling(a, form(a), true, false)));
        s.typos().forEach(t -> out.add(new Spelling(t, form(t), true, true)));
        Set<String> ids = new LinkedHashSet<>();
        all.stream().filter(x -> x.label().equals(s.label())).forEach(x -> ids.add(x.id()));
        return new Spellings(s, List.copyOf(out), Set.copyOf(ids));
    }

    /** Whether {@code text} holds at least two Han characters (a label-like text, worth comparing by distance). */
    private static boolean twoHanCharacters(String text) {
        int han = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && ++han == 2) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static List<String> spellings(LabelSpec s) {
        List<String> out = new ArrayList<>();
        out.add(s.label());
        out.addAll(s.aliases());
        out.addAll(s.typos());
        return out;
    }

    /**
     * One place the table's heading stands, with what was read there.
     *
     * @param heading index of the heading token
     * @param end     index just past the table's last token (the next section or table heading)
     * @param result  the table as read from this place alone
     */
    public record Occurrence(int heading, int end, Result result) {
    }

    /**
     * Every place the table's heading stands in {@code tokens}, each read on its own; which of them
     * is the report's own table is decided by {@link TableFinder}.
     */
    public List<Occurrence> occurrences(List<Token> tokens) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (isHeading(tokens.get(i), ownHeadings)) {
                starts.add(i);
            }
        }
        List<Occurrence> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int next = k + 1 < starts.size() ? starts.get(k + 1) : tokens.size();
            Token heading = tokens.get(start);
            List<Token> after = tokens.subList(start + 1, next);
            int end = start + 1 + new Region(heading, after).end();
            out.add(new Occurrence(start, end, parse(heading, tokens.subList(start + 1, end))));
        }
        return out;
    }

    /**
     * The table read from {@code first} and its continuation {@code second} (the same heading
     * printed again over the rest of the table, as after a page break), as one table.
     */
    public Result continued(List<Token> tokens, Occurrence first, Occurrence second) {
        List<Token> body = new ArrayList<>(tokens.subList(first.heading() + 1, first.end()));
        body.addAll(tokens.subList(second.heading() + 1, second.end()));
        return parse(tokens.get(first.heading()), body);
    }

    /** A table with no cells, for a table whose heading was not found. */
    public Result notFound() {
        return new Result(spec.newTable().build(), List.of());
    }

    private Result parse(Token heading, List<Token> region) {
        List<Token> body = joinBrokenLabels(region);
        body = new Region(heading, body).withHeadersExplained();
        return new Region(heading, body).parse();
    }

    /** Whether {@code t} is one of {@code headings} (a table's), as written or worded a little differently. */
    private static boolean isHeading(Token t, List<Heading> headings) {
        if (!t.isText()) {
            return false;
        }
        Labels.Form form = t.form();
        String s = form.withoutPrefix();
        // The numbering in its canonical spelling: only a section number (三,) ends in a comma.
        boolean sectionNumbered = form.numbered().numbering().endsWith(",");
        Labels.Form withoutPrefix = null;
        for (Heading h : headings) {
            String n = h.text();
            if (s.length() <= n.length() + 12 && s.contains(n)) {
                return true;
            }
            // A section heading worded a little differently (三、…申请的情况, 四、…行政复议和行政诉讼情况);
            // only with its section number, since a table's own header text reads much like it.
            if (sectionNumbered && s.length() >= 6) {
                if (withoutPrefix == null) {
                    withoutPrefix = Labels.form(s);
                }
                if (Labels.distance(withoutPrefix, h.form()) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The labels nearest a text ({@link Labels#distance}), each target (a row, a column wording, a note) once. */
    private static final class Nearest {
        private final Labels.Form text;
        private int best = Integer.MAX_VALUE;
        private final Map<String, Recognised> targets = new LinkedHashMap<>();

        Nearest(Labels.Form text) {
            this.text = text;
        }

        void offer(Labels.Form spelling, String target, java.util.function.Supplier<Recognised> recognised) {
            int d = Labels.distance(text, spelling);
            if (d < 0 || d > best) {
                return;
            }
            if (d < best) {
                best = d;
                targets.clear();
            }
            targets.computeIfAbsent(target, t -> recognised.get());
        }

        /** The one nearest target, or null when there is none or several are equally near. */
        Recognised only() {
            return targets.size() == 1 ? targets.values().iterator().next() : null;
        }
    }

    /** What a label-like token was recognised as. */
    private record Recognised(String rowId, Set<String> columnIds, boolean header, Labels.Match match,
                              String standard, boolean typo, int width) {
        boolean isRow() {
            return rowId != null;
        }
    }

    // ------------------------------------------------------------------ labels broken over lines

    /** A row or group label being put together from pieces broken over lines. */
    private static final class Pieces {
        final List<Integer> at = new ArrayList<>();
        String text = "";
        /** How well the pieces so far match a whole label; NONE while incomplete. */
        Labels.Match match;
        final boolean row;

        Pieces(int i, String piece, boolean row, Labels.Match match) {
            add(i, piece);
            this.row = row;
            this.match = match;
        }

        void add(int i, String piece) {
            at.add(i);
            text += piece;
        }

        boolean joined() {
            return at.size() > 1 && match != Labels.Match.NONE;
        }
    }

    /**
     * Joins row and group labels broken over lines (see the class comment). A joined row label
     * becomes one token where its first piece stood, with that piece's line, so the values that
     * stood among its pieces follow it; a joined group label carries no values and is dropped.
     * Each piece is used once; a piece first completes an open label, else counts as a whole
     * label of its own, else continues an open label, else may begin one. A new row label closes
     * a row label still open, since rows do not interleave.
     */
    private List<Token> joinBrokenLabels(List<Token> body) {
        List<Pieces> open = new ArrayList<>();
        List<Pieces> joined = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Token t = body.get(i);
            if (!t.isText() || t.isWholeCell()) {
                continue;
            }
            String piece = t.normalized();
            Labels.Form pieceForm = t.form();
            Pieces target = null;
            Labels.Match best = Labels.Match.NONE;
            for (int k = open.size() - 1; k >= 0; k--) {
                Pieces p = open.get(k);
                Labels.Match m = wholeMatch(Labels.form(p.text + piece)).match();
                if (m.compareTo(p.match) > 0 && m.compareTo(best) > 0) {
                    target = p;
                    best = m;
                }
            }
            if (target != null) {
                target.add(i, piece);
                target.match = best;
                if (best.compareTo(Labels.Match.PREFIX) >= 0 || !beginsLabel(Labels.form(target.text), false)) {
                    open.remove(target);
                    joined.add(target);
                }
                continue;
            }
            Hit own = wholeMatch(pieceForm);
            if (own.match() == Labels.Match.NONE) {
                Pieces continued = null;
                for (int k = open.size() - 1; k >= 0 && continued == null; k--) {
                    if (beginsLabel(Labels.form(open.get(k).text + piece), false)) {
                        continued = open.get(k);
                    }
                }
                if (continued != null) {
                    continued.add(i, piece);
                    continued.match = wholeMatch(Labels.form(continued.text)).match();
                    continue;
                }
            }
            boolean begins = beginsLabel(pieceForm, false);
            // As when reading: a text matching a column or note at least as closely is header, not a row.
            boolean row = begins ? beginsLabel(pieceForm, true)
                    : own.row() && own.match() != Labels.Match.NONE
                            && own.match().compareTo(headerMatch(pieceForm)) >= 0;
            if (row) {
                for (Pieces p : List.copyOf(open)) {
                    if (p.row) {
                        open.remove(p);
                        if (p.joined()) {
                            joined.add(p);
                        }
                    }
                }
            }
            if (begins) {
                open.add(new Pieces(i, piece, row, own.match()));
            }
        }
        open.stream().filter(Pieces::joined).forEach(joined::add);
        if (joined.isEmpty()) {
            return body;
        }
        Map<Integer, Token> replaced = new HashMap<>();
        Set<Integer> dropped = new HashSet<>();
        for (Pieces p : joined) {
            int first = p.at.get(0);
            if (wholeMatch(Labels.form(p.text)).row()) {
                StringBuilder written = new StringBuilder();
                p.at.forEach(k -> written.append(body.get(k).text()));
                replaced.put(first, body.get(first).withText(written.toString()));
                dropped.addAll(p.at.subList(1, p.at.size()));
            } else {
                dropped.addAll(p.at);
            }
        }
        List<Token> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            if (!dropped.contains(i)) {
                out.add(replaced.getOrDefault(i, body.get(i)));
            }
        }
        return out;
    }

    /** The closest whole row or group label {@code text} (normalised) matches. */
    private Hit wholeMatch(Labels.Form text) {
        Hit best = new Hit(Labels.Match.NONE, false);
        BitSet candidates = labelVariantIndex.candidates(text);
        for (int k = candidates.nextSetBit(0); k >= 0; k = candidates.nextSetBit(k + 1)) {
            Variant v = labelVariants.get(k);
            Labels.Match m = Labels.match(text, v.form());
            if (m.compareTo(best.match()) > 0 || m != Labels.Match.NONE && m == best.match() && v.row() && !best.row()) {
                best = new Hit(m, v.row());
            }
        }
        return best;
    }

    /** The closest column or note label {@code text} (normalised) matches. */
    private Labels.Match headerMatch(Labels.Form text) {
        Labels.Match best = Labels.Match.NONE;
        BitSet candidates = columnAndNoteIndex.candidates(text);
        for (int k = candidates.nextSetBit(0); k >= 0; k = candidates.nextSetBit(k + 1)) {
            Labels.Match m = Labels.match(text, columnAndNoteVariants.get(k));
            best = m.compareTo(best) > 0 ? m : best;
        }
        return best;
    }

    /** Whether {@code text} (normalised) begins a row label, or with {@code rowsOnly} false a row or group label. */
    private boolean beginsLabel(Labels.Form text, boolean rowsOnly) {
        for (Variant v : labelVariants) {
            if ((v.row() || !rowsOnly) && Labels.begins(text, v.form())) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ header text

    /**
     * Header text as lines, taken apart into header labels: each label starts at the start of what
     * is left of a line and, if it is wrapped, continues at the start of what is left of later
     * lines, up to {@link #MAX_PIECES} pieces. The topmost line with text left is always taken
     * next, so labels side by side on a line are taken left to right, in column order.
     */
    private static final class HeaderLayout {
        private final String[] text;
        private final int[] used;
        private final List<String> labels;
        /** Where each piece of text stands on its PDF page (null when not known). */
        private final Box[] box;
        /** The piece a label being taken starts in: its continuations must stand below it. */
        private int start;

        HeaderLayout(List<Token> lines, List<String> labels) {
            this.text = lines.stream().map(Token::normalized).toArray(String[]::new);
            this.used = new int[text.length];
            this.labels = labels;
            this.box = lines.stream().map(Token::box).toArray(Box[]::new);
        }

        /**
         * Whether piece {@code j} may continue a label that starts in piece {@link #start}: on a
         * page without rulings, only when the two overlap horizontally (a wrapped label goes on in
         * its own column, not in the next column's label).
         */
        private boolean below(int j) {
            if (box[start] == null || box[j] == null) {
                return true;
            }
            return box[j].x1() < box[start].x2() && box[start].x1() < box[j].x2();
        }

        /** The labels in the order taken, each with the line (index) it starts on; null when text is left over. */
        List<Map.Entry<String, Integer>> labels() {
            List<Map.Entry<String, Integer>> out = new ArrayList<>();
            while (true) {
                int q = 0;
                while (q < text.length && used[q] == text[q].length()) {
                    q++;
                }
                if (q == text.length) {
                    return out;
                }
                String label = takeLabelAt(q);
                if (label == null) {
                    return null;
                }
                out.add(Map.entry(label, q));
            }
        }

        /**
         * Takes the label that starts at the head of line {@code q}. Of the labels that can be
         * completed, the one with the longest first piece wins, then the one whose pieces continue
         * on the nearest lines (a wrapped cell goes on at the next line that has its column's
         * text), then the first declared.
         */
        private String takeLabelAt(int q) {
            start = q;
            String best = null;
            List<int[]> bestPieces = null;
            for (String label : labels) {
                for (int n = common(q, label); n >= 1; n--) {
                    List<int[]> pieces = new ArrayList<>();
                    pieces.add(new int[] {q, n});
                    if (n == label.length() || rest(label.substring(n), q + 1, pieces)) {
                        if (bestPieces == null || closer(pieces, bestPieces)) {
                            best = label;
                            bestPieces = pieces;
                        }
                        break;
                    }
                }
            }
            if (best != null) {
                bestPieces.forEach(p -> used[p[0]] += p[1]);
            }
            return best;
        }

        /** Whether pieces {@code a} make a better reading than {@code b}: a longer first piece, then nearer lines. */
        private static boolean closer(List<int[]> a, List<int[]> b) {
            if (a.get(0)[1] != b.get(0)[1]) {
                return a.get(0)[1] > b.get(0)[1];
            }
            for (int k = 1; k < Math.min(a.size(), b.size()); k++) {
                if (a.get(k)[0] != b.get(k)[0]) {
                    return a.get(k)[0] < b.get(k)[0];
                }
            }
            return a.size() < b.size();
        }

        private boolean rest(String rest, int from, List<int[]> pieces) {
            if (pieces.size() >= MAX_PIECES) {
                return false;
            }
            for (int j = from; j < text.length; j++) {
                if (!below(j)) {
                    continue;
                }
                for (int n = common(j, rest); n >= 1; n--) {
                    pieces.add(new int[] {j, n});
                    if (n == rest.length() || rest(rest.substring(n), j + 1, pieces)) {
                        return true;
                    }
                    pieces.remove(pieces.size() - 1);
                }
            }
            return false;
        }

        /** Length of the common beginning of what is left of line {@code q} and {@code s}. */
        private int common(int q, String s) {
            String t = text[q];
            int n = 0;
            while (used[q] + n < t.length() && n < s.length() && t.charAt(used[q] + n) == s.charAt(n)) {
                n++;
            }
            return n;
        }
    }

    /** A run of header text explained as the table's header labels, or null when it cannot be. */
    private List<Token> explainHeaderRun(List<Token> run) {
        List<Token> lines = run.stream().filter(Token::isText).toList();
        if (lines.isEmpty() || lines.size() > MAX_HEADER_RUN) {
            return null;
        }
        List<Map.Entry<String, Integer>> found =
                new HeaderLayout(lines, headerVariants).labels();
        if (found == null) {
            return null;
        }
        List<Token> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : found) {
            out.add(lines.get(e.getValue()).withText(e.getKey()));
        }
        return out;
    }

    // ------------------------------------------------------------------ reading a region

    /** One candidate table region: the tokens after its heading. */
    private final class Region {
        private final List<Token> tokens;
        private final Token heading;
        private final int limit;
        private final Table.Builder table;
        private final List<Violation> problems = new ArrayList<>();
        private final Set<String> rowsSeen = new HashSet<>();
        private final Set<String> columnsSeen = new HashSet<>();
        /**
         * The columns the header names at each grid column of each grid (see {@link #gridKey}):
         * the latest header label standing there, or the column {@link ColumnOrder} gave it.
         */
        private final Map<Long, Set<String>> headerAt = new HashMap<>();
        /** How strongly the header named each optional column (see {@link #countOptionalHeader}). */
        private final Map<String, Integer> optionalHeaders = new HashMap<>();
        /** The header labels met before the first row, for {@link ColumnOrder}. */
        private final List<ColumnOrder.Entry> header = new ArrayList<>();
        /** Where the header labels stand on a PDF page without rulings, left to right as met. */
        private final List<Slot> headerSlots = new ArrayList<>();
        /** The required columns in the header's order once decided; null while undecided or official. */
        private List<String> columnOrder;
        private boolean columnOrderDecided;

        private String currentRow;
        /** Whether the current row is one met a second time, whose values are passed over. */
        private boolean skippingDuplicate;
        private int currentRowLine;
        private int currentTableRow = -1;
        private final List<Token> pending = new ArrayList<>();
        private final List<Token> stray = new ArrayList<>();

        Region(Token heading, List<Token> tokens) {
            this.tokens = tokens;
            this.heading = heading;
            this.limit = tokens.size();
            this.table = spec.newTable().line(heading.line());
        }

        /** Index of the token that ends the table: the next section or another table's heading. */
        int end() {
            int i = 0;
            while (i < limit) {
                if (!tokens.get(i).isText()) {
                    i++;
                    continue;
                }
                if (endsTable(i)) {
                    return i;
                }
                Recognised r = recognise(i);
                i += r == null ? 1 : r.width();
            }
            return limit;
        }

        /**
         * The tokens with each run of header text that is not read as labels as it stands replaced
         * by the header labels it is made of, when it is made of nothing else. A run is the text
         * between values and row labels.
         */
        List<Token> withHeadersExplained() {
            List<Token> out = new ArrayList<>(limit);
            int i = 0;
            while (i < limit) {
                Token t = tokens.get(i);
                if (!t.isText() || t.isWholeCell()) {
                    out.add(t);
                    i++;
                    continue;
                }
                Recognised first = recognise(i);
                if (first != null && first.isRow()) {
                    out.addAll(tokens.subList(i, i + first.width()));
                    i += first.width();
                    continue;
                }
                int j = i;
                boolean unread = false;
                while (j < limit) {
                    Token u = tokens.get(j);
                    if (u.isValue() || u.isWholeCell()) {
                        break;
                    }
                    if (u.isEmpty()) {
                        j++;
                        continue;
                    }
                    Recognised r = recognise(j);
                    if (r != null && r.isRow()) {
                        break;
                    }
                    // A label read only as near to one may be a piece of a wrapped label: try the pieces first.
                    unread |= r == null || r.match() != Labels.Match.EXACT && r.match() != Labels.Match.PREFIX;
                    j += r == null ? 1 : r.width();
                }
                List<Token> run = tokens.subList(i, j);
                List<Token> explained = unread ? explainHeaderRun(run) : null;
                out.addAll(explained != null ? explained : run);
                i = j;
            }
            return out;
        }

        Result parse() {
            int i = 0;
            while (i < limit) {
                Token t = tokens.get(i);
                if (t.isEmpty() || t.isValue()) {
                    if (currentRow == null && t.isValue()) {
                        startUnlabelledRow(t);
                    }
                    if (currentRow != null) {
                        pending.add(t);
                    } else if (t.isValue()) {
                        stray.add(t);
                    }
                    i++;
                    continue;
                }
                Recognised r = recognise(i);
                if (r == null && rowWantsValues()) {
                    // Unrecognised text where the current row still lacks values is that cell's content.
                    pending.add(t);
                    i++;
                    continue;
                }
                if (r == null) {
                    finishRow();
                    flushStray();
                    problem("read.unrecognised-text", Severity.WARNING, t.line(),
                            Messages.of("read.unrecognised-text", "table", spec.label(), "tableId", spec.id(),
                                    "line", t.line(), "text", t.text()));
                    i++;
                    continue;
                }
                Token last = tokens.get(i + r.width() - 1);
                String written = joined(i, r.width());
                if (r.typo() || r.match() == Labels.Match.CORE || r.match() == Labels.Match.SIMILAR) {
                    problem("read.nonstandard-label", Severity.WARNING, t.line(),
                            Messages.of("read.nonstandard-label", "line", t.line(), "written", written,
                                    "standard", r.standard()));
                }
                if (r.isRow()) {
                    finishRow();
                    flushStray();
                    if (!rowsSeen.add(r.rowId())) {
                        problem("read.duplicate-row", Severity.ERROR, t.line(),
                                Messages.of("read.duplicate-row", "line", t.line(), "label", r.standard(),
                                        "row", r.rowId()));
                        currentRow = r.rowId();
                        skippingDuplicate = true;
                    } else {
                        currentRow = r.rowId();
                    }
                    currentRowLine = last.line();
                    currentTableRow = last.tableRow();
                } else {
                    finishRow();
                    flushStray();
                    columnsSeen.addAll(r.columnIds());
                    countOptionalHeader(r, joined(i, r.width()));
                    if (t.grid() >= 0 && t.column() >= 0 && !r.columnIds().isEmpty()) {
                        headerAt.put(gridKey(t.grid(), t.column()), r.columnIds());
                    }
                    if (t.isPlaced() && !r.columnIds().isEmpty() && rowsSeen.isEmpty()) {
                        headerSlots.add(new Slot(t.box(), r.columnIds()));
                    }
                    if (rowsSeen.isEmpty()) {
                        header.add(new ColumnOrder.Entry(groupId(r), r.columnIds(), t.line(), t.grid(), t.column()));
                    }
                }
                i += r.width();
            }
            finishRow();
            flushStray();
            if (!rowsSeen.isEmpty()) {
                for (LabelSpec c : spec.columns()) {
                    if (!c.optional() && !columnsSeen.contains(c.id())) {
                        problem("read.missing-column", Severity.ERROR, heading.line(),
                                Messages.of("read.missing-column", "table", spec.label(), "tableId", spec.id(),
                                        "column", spec.columnDisplay(c.id()), "label", c.label(), "columnId", c.id()));
                    }
                }
            }
            return new Result(table.build(), List.copyOf(problems));
        }

        /**
         * Counts a header label naming an optional column: by a wording of its own (小计), or by a
         * wording that is also a group's (法人或其他组织 heads the five organisation columns too).
         */
        private void countOptionalHeader(Recognised r, String written) {
            for (String id : r.columnIds()) {
                if (optionalColumns.contains(id)) {
                    boolean groupWording = groupWordings.contains(Labels.normalize(written));
                    optionalHeaders.merge(id, groupWording ? 1 : 2, Integer::sum);
                }
            }
        }

        /**
         * Whether the header names each optional column among {@code columns}: once in a wording of
         * its own, or twice in a group's wording (the group and, below it, the subtotal column).
         */
        private boolean optionalHeadersRead(List<String> columns) {
            for (String id : columns) {
                if (optionalColumns.contains(id) && optionalHeaders.getOrDefault(id, 0) < 2) {
                    return false;
                }
            }
            return true;
        }

        private static long gridKey(int grid, int column) {
            return ((long) grid << 32) | column;
        }

        /**
         * The row's values placed by the grid column each stands in, under the header label of that
         * column in the same grid: the way a document table is read, never by counting. Null when
         * the row is not a row of document cells, or a value stands under no header of the row's
         * columns: then the row is read as text is. A column with no cell under it stays missing.
         */
        private Map<String, Token> placeByColumn(String row, List<Token> values) {
            if (values.isEmpty() || !values.stream().allMatch(t -> t.isCell() && t.grid() >= 0 && t.column() >= 0)) {
                return null;
            }
            List<String> allowed = spec.allColumnsOf(row);
            Map<String, Token> out = new LinkedHashMap<>();
            for (Token t : values) {
                Set<String> ids = headerAt.get(gridKey(t.grid(), t.column()));
                List<String> mine = ids == null ? List.of() : ids.stream().filter(allowed::contains).toList();
                if (mine.size() != 1) {
                    if (t.isEmpty()) {
                        continue; // an empty cell under no column of the row: a spanned or spare cell
                    }
                    return null;
                }
                if (out.put(mine.get(0), t) != null) {
                    return null;
                }
            }
            // A column of the row with no cell under it is missing, and reported as such by the engine.
            if (out.isEmpty() || !optionalHeadersRead(List.copyOf(out.keySet()))) {
                return null;
            }
            return out;
        }

        /**
         * The values of a row of a table drawn without rulings, where some cells are blank, placed
         * under the header labels they stand beneath (stream mode): each value goes to the column
         * whose label's centre is nearest to its own, clearly nearer than to any other, and each
         * column takes at most one value. Null unless every value has its position on the page and
         * the header labels give exactly one position to each column of the row; a row with all its
         * values is left to the reading in order, which needs no positions.
         */
        private Map<String, Token> placeByPosition(String row, List<Token> values) {
            List<Token> filled = values.stream().filter(t -> !t.isEmpty()).toList();
            List<String> columns = spec.columnsOf(row);
            if (filled.isEmpty() || filled.size() >= columns.size() || !filled.stream().allMatch(Token::isPlaced)) {
                return null;
            }
            Map<String, Slot> at = slotsOf(columns);
            if (at == null) {
                return null;
            }
            Map<String, Token> out = new LinkedHashMap<>();
            for (Token t : filled) {
                String column = nearest(at, t);
                // Between two labels, or a second value under one label: the column is not clear.
                if (column == null || out.put(column, t) != null) {
                    return null;
                }
            }
            // A blank cell the document draws keeps its own place; one it does not is where its label
            // stands, on the row's line.
            for (Token t : values) {
                String column = t.isEmpty() && t.isPlaced() ? nearest(at, t) : null;
                if (column != null) {
                    out.putIfAbsent(column, t);
                }
            }
            Box rowBox = filled.get(0).box();
            for (String c : columns) {
                Box label = at.get(c).box();
                out.putIfAbsent(c, Token.placed("", currentRowLine,
                        new Box(rowBox.page(), label.x1(), rowBox.y1(), label.x2(), rowBox.y2())));
            }
            return out;
        }

        /** The column whose label is nearest to the token, clearly nearer than any other; null if none is. */
        private static String nearest(Map<String, Slot> at, Token t) {
            String nearest = null;
            float best = Float.MAX_VALUE;
            float second = Float.MAX_VALUE;
            for (Map.Entry<String, Slot> e : at.entrySet()) {
                float d = Math.abs(e.getValue().x() - t.centre());
                if (d < best) {
                    second = best;
                    best = d;
                    nearest = e.getKey();
                } else if (d < second) {
                    second = d;
                }
            }
            return best * 1.5f < second ? nearest : null;
        }

        /**
         * The header label standing over each of {@code columns}: a label naming one of them stands
         * over it; a label that names several (结果维持 under each group of table 四) stands, at its
         * n-th place from the left, over the n-th of them in the official order. Null unless every
         * column gets exactly one label.
         */
        private Map<String, Slot> slotsOf(List<String> columns) {
            List<Slot> slots = new ArrayList<>(headerSlots);
            slots.sort(java.util.Comparator.comparingDouble(Slot::x));
            Map<Set<String>, Integer> seen = new HashMap<>();
            Map<String, Slot> at = new LinkedHashMap<>();
            for (Slot slot : slots) {
                List<String> mine = columns.stream().filter(slot.ids()::contains).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                int n = seen.merge(slot.ids(), 1, Integer::sum) - 1;
                if (n >= mine.size() || at.put(mine.get(n), slot) != null) {
                    return null;
                }
            }
            return at.size() == columns.size() ? at : null;
        }

        private String groupId(Recognised r) {
            if (!r.columnIds().isEmpty()) {
                return null;
            }
            for (Map.Entry<String, String> g : spec.groups().entrySet()) {
                if (g.getValue().equals(r.standard())) {
                    return g.getKey();
                }
            }
            return null;
        }

        /**
         * Decides, at the first row, the order in which the header prints the columns (and, in a
         * document grid, the column at each grid position) from the header labels met before it;
         * reports it once when it is not the official order. See {@link ColumnOrder}.
         */
        private void decideColumnOrder() {
            if (columnOrderDecided) {
                return;
            }
            columnOrderDecided = true;
            if (!ColumnOrder.applies(spec)) {
                return;
            }
            ColumnOrder.Reading reading = ColumnOrder.read(spec, header);
            if (reading.byGridColumn() != null) {
                reading.byGridColumn().forEach((c, id) -> headerAt.put(gridKey(reading.grid(), c), Set.of(id)));
            }
            List<String> order = reading.order();
            List<String> official = ColumnOrder.required(spec);
            if (order == null || order.equals(official)) {
                return;
            }
            columnOrder = order;
            List<Messages.Text> misplaced = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                if (!order.get(k).equals(official.get(k))) {
                    Messages.Text c = Messages.of("read.column-order.column", "index", k + 1,
                            "found", spec.columnDisplay(order.get(k)), "foundId", order.get(k),
                            "official", spec.columnDisplay(official.get(k)), "officialId", official.get(k));
                    misplaced.add(c);
                }
            }
            problem("read.column-order", Severity.WARNING, heading.line(),
                    Messages.of("read.column-order", "table", spec.label(), "tableId", spec.id(),
                            "columns", Messages.join(misplaced, "piece.comma")));
        }

        /** A row's columns in the order the header prints them, once {@link #decideColumnOrder} has run. */
        private List<String> inHeaderOrder(List<String> columns) {
            return columnOrder == null ? columns : ColumnOrder.arrange(spec, columns, columnOrder);
        }

        private boolean rowWantsValues() {
            if (currentRow == null || skippingDuplicate) {
                return false;
            }
            long filled = pending.stream().filter(t -> !t.isEmpty()).count();
            return filled < spec.columnsOf(currentRow).size();
        }

        private void startUnlabelledRow(Token t) {
            for (LabelSpec r : spec.rows()) {
                if (r.label().isEmpty() && !rowsSeen.contains(r.id())) {
                    rowsSeen.add(r.id());
                    currentRow = r.id();
                    currentRowLine = t.line();
                    currentTableRow = t.tableRow();
                    return;
                }
            }
        }

        private boolean endsTable(int i) {
            Token t = tokens.get(i);
            for (List<Heading> other : headings) {
                if (other != ownHeadings && isHeading(t, other)) {
                    return true;
                }
            }
            // A section number alone or with the first words of a label of this table (三、 of a
            // group label written top to bottom) does not end it.
            return SECTION.matcher(t.normalized()).find() && recognise(i) == null
                    && !beginsLabel(t.form(), false);
        }

        /** Recognises the label starting at token {@code i}, joining up to three split tokens. */
        private Recognised recognise(int i) {
            Recognised best = null;
            StringBuilder joined = new StringBuilder();
            for (int w = 1; w <= MAX_JOIN && i + w - 1 < limit; w++) {
                Token t = tokens.get(i + w - 1);
                if (!t.isText()) {
                    break;
                }
                joined.append(t.normalized());
                Recognised r = recogniseText(w == 1 ? t.form() : Labels.form(joined.toString()), w, i + w);
                if (r != null && (best == null || r.match().compareTo(best.match()) > 0)) {
                    best = r;
                }
                if (best != null && best.match() == Labels.Match.EXACT) {
                    break;
                }
            }
            return best;
        }

        private Recognised recogniseText(Labels.Form text, int width, int next) {
            Recognised row = null;
            BitSet rowCandidates = rowIndex.candidates(text);
            for (int k = rowCandidates.nextSetBit(0); k >= 0; k = rowCandidates.nextSetBit(k + 1)) {
                row = better(row, variants(rows.get(k), text, width, true));
            }
            Recognised header = null;
            Set<String> columns = new LinkedHashSet<>();
            BitSet columnCandidates = columnIndex.candidates(text);
            for (int k = columnCandidates.nextSetBit(0); k >= 0; k = columnCandidates.nextSetBit(k + 1)) {
                Spellings c = TableParser.this.columns.get(k);
                Recognised m = variants(c, text, width, false);
                if (m != null) {
                    if (header == null || m.match().compareTo(header.match()) > 0) {
                        columns.clear();
                        header = m;
                    }
                    if (m.match() == header.match()) {
                        columns.add(c.spec().id());
                    }
                }
            }
            if (header != null) {
                header = new Recognised(null, Set.copyOf(columns), true, header.match(), header.standard(),
                        header.typo(), width);
            }
            BitSet fixedCandidates = fixedIndex.candidates(text);
            for (int k = fixedCandidates.nextSetBit(0); k >= 0; k = fixedCandidates.nextSetBit(k + 1)) {
                Fixed f = fixed.get(k);
                Labels.Match m = Labels.match(text, f.form());
                if (m != Labels.Match.NONE && (header == null || m.compareTo(header.match()) > 0)) {
                    header = new Recognised(null, Set.of(), true, m, f.written(), false, width);
                }
            }
            if (row == null && header == null && width == 1) {
                return similar(text);
            }
            if (row == null) {
                return header;
            }
            if (header == null) {
                return row;
            }
            // A label followed by values is a row; otherwise the closer match wins, rows on a tie.
            boolean valuesFollow = next < limit && nextNonEmpty(next) != null && nextNonEmpty(next).isValue();
            if (valuesFollow || row.match().compareTo(header.match()) >= 0) {
                return row;
            }
            return header;
        }

        /**
         * The one label {@code text} is within a few characters of ({@link Labels#distance}), when no
         * label matches it otherwise: a row, a column (all columns of that wording), or a note or
         * group. Null when none is near, or when two labels are equally near (then the text is
         * reported as unrecognised and its values as stray, never given to either).
         */
        private Recognised similar(Labels.Form text) {
            if (!twoHanCharacters(text.text())) {
                return null;
            }
            Nearest nearest = new Nearest(text);
            for (Spellings row : rows) {
                LabelSpec r = row.spec();
                for (Spelling v : row.spellings()) {
                    nearest.offer(v.form(), "row " + r.id(),
                            () -> new Recognised(r.id(), Set.of(), false, Labels.Match.SIMILAR, r.label(), false, 1));
                }
            }
            for (Spellings column : TableParser.this.columns) {
                LabelSpec c = column.spec();
                for (Spelling v : column.spellings()) {
                    nearest.offer(v.form(), "column " + c.label(), () -> new Recognised(null, column.sameLabel(), true,
                            Labels.Match.SIMILAR, c.label(), false, 1));
                }
            }
            for (Fixed f : fixed) {
                nearest.offer(f.form(), "fixed " + f.written(),
                        () -> new Recognised(null, Set.of(), true, Labels.Match.SIMILAR, f.written(), false, 1));
            }
            return nearest.only();
        }

        private Token nextNonEmpty(int from) {
            for (int k = from; k < limit; k++) {
                if (!tokens.get(k).isEmpty()) {
                    return tokens.get(k);
                }
            }
            return null;
        }

        private Recognised better(Recognised a, Recognised b) {
            if (b == null) {
                return a;
            }
            return a == null || b.match().compareTo(a.match()) > 0 ? b : a;
        }

        /** The closest of the label's spellings (official label, aliases, typos) {@code text} matches. */
        private Recognised variants(Spellings s, Labels.Form text, int width, boolean isRow) {
            Recognised best = null;
            for (Spelling v : s.spellings()) {
                best = better(best, variant(s.spec(), v, text, width, isRow));
            }
            return best;
        }

        private Recognised variant(LabelSpec s, Spelling spelling, Labels.Form text, int width, boolean isRow) {
            Labels.Match m = Labels.match(text, spelling.form());
            if (m == Labels.Match.NONE) {
                return null;
            }
            // An alias or typo ranks just below the official label at the same closeness.
            Labels.Match rank = spelling.alias() && m == Labels.Match.EXACT ? Labels.Match.PREFIX : m;
            return new Recognised(isRow ? s.id() : null, isRow ? Set.of() : Set.of(s.id()), !isRow, rank, s.label(),
                    spelling.typo(), width);
        }

        private void finishRow() {
            if (currentRow == null) {
                pending.clear();
                return;
            }
            String row = currentRow;
            currentRow = null;
            List<Token> values = new ArrayList<>(pending);
            pending.clear();
            if (skippingDuplicate) {
                skippingDuplicate = false; // a row met again: its values are not read (the first one counts)
                return;
            }
            decideColumnOrder();
            Map<String, Token> placed = placeByColumn(row, values);
            if (placed == null) {
                placed = placeByPosition(row, values);
            }
            if (placed != null) {
                for (String column : spec.allColumnsOf(row)) {
                    Token t = placed.get(column);
                    if (t != null) {
                        put(row, column, t, t.isEmpty() ? currentRowLine : t.line());
                    }
                }
                return;
            }
            List<String> columns = inHeaderOrder(spec.allColumnsOf(row));
            int labelRow = currentTableRow;
            List<Token> ownCells = labelRow < 0 ? List.of()
                    : values.stream().filter(t -> t.tableRow() == labelRow).toList();
            while (!values.isEmpty() && values.get(0).isEmpty()) {
                values.remove(0);
            }
            // Blank cells at the end of a row are kept aside: they count only when the row has its
            // columns with them (a web page copied with trailing blank cells), not otherwise.
            List<Token> withTrailingBlanks = List.copyOf(values);
            while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
                values.remove(values.size() - 1);
            }
            List<Token> filled = values.stream().filter(t -> !t.isEmpty()).toList();
            List<String> required = inHeaderOrder(spec.columnsOf(row));
            if (filled.size() != columns.size() || !optionalHeadersRead(columns)) {
                // Optional (local) columns count only when their header was read and every one of
                // the row's values is there; otherwise the row has the official columns, blanks included.
                columns = required;
            }
            List<Token> cells;
            if (filled.size() == columns.size()) {
                cells = filled;
            } else if (ownCells.size() == columns.size()) {
                // A document table row: its cells are exact, empty ones are blank wherever they stand.
                cells = ownCells;
            } else if (values.size() == columns.size()) {
                cells = values;
            } else if (withTrailingBlanks.size() == columns.size()) {
                cells = withTrailingBlanks;
            } else {
                String label = spec.rowDisplay(row).isEmpty() ? spec.label() : spec.rowDisplay(row);
                int line = filled.isEmpty() ? currentRowLine : filled.get(0).line();
                problem("read.row-values", Severity.ERROR, line,
                        Messages.of(filled.isEmpty() ? "read.row-values.none" : "read.row-values.some",
                                "line", currentRowLine, "label", label, "row", row, "expected", columns.size(),
                                "count", filled.size(), "values", texts(filled)));
                return;
            }
            for (int k = 0; k < cells.size(); k++) {
                Token t = cells.get(k);
                put(row, columns.get(k), t, t.isEmpty() ? currentRowLine : t.line());
            }
        }

        /** Reads one cell's text into the table, noting text that needed interpreting. */
        private void put(String row, String column, Token t, int line) {
            CellValues.Parsed parsed = CellValues.parse(t.text(), columnLabels.getOrDefault(column, ""));
            table.cell(row, column, parsed.value(), line, t.box());
            if (parsed.noted()) {
                String label = spec.cellDisplay(row, column);
                problem("read.cell-value", Severity.WARNING, line,
                        Messages.of("read.cell-value", "line", line, "cell", label, "row", row, "column", column,
                                "text", t.text(), "note", parsed.note()));
            }
        }

        private void flushStray() {
            if (stray.isEmpty()) {
                return;
            }
            int line = stray.get(0).line();
            problem("read.stray-values", Severity.ERROR, line,
                    Messages.of("read.stray-values.no-row-label", "table", spec.label(), "tableId", spec.id(),
                            "line", line, "values", texts(stray)));
            stray.clear();
        }

        private String joined(int i, int width) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < i + width; k++) {
                b.append(tokens.get(k).text());
            }
            return b.toString();
        }

        private void problem(String rule, Severity severity, int line, Messages.Text message) {
            problems.add(Violation.builder(rule, severity, Violation.Kind.READING)
                    .table(spec.id()).line(line).message(message.byLanguage()).build());
        }
    }

    private static String texts(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            out.add(t.text());
        }
        return String.join(" ", out);
    }
}
