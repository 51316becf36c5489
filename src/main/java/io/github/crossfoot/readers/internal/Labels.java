package io.github.crossfoot.readers.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Label normalisation, so that the same printed label matches however a report typed it:
 * full-width or half-width brackets and digits, spaces and line breaks inside, curly or straight
 * quotes, {@code 1.} / {@code 1、} / {@code 1．} numbering.
 *
 * <p>Reading a table compares every text with every label of the table, several times: a text's
 * derived forms (without prefix, core, numbering) are worked out once into a {@link Form}, each
 * label's once per rule set, and the comparisons then only compare strings. The methods taking
 * strings work out the forms on each call.
 */
public final class Labels {

    /** How closely a text matched a label. Higher is closer. */
    public enum Match {
        NONE,
        /** Different words, but within a few characters of the label ({@link #distance}); always reported. */
        SIMILAR,
        /** Same words, but a filling note in parentheses differs or is missing. */
        CORE,
        /** Same words; only the enumeration prefix ({@code 一、}, {@code （一）}, {@code 1.}) differs. */
        PREFIX,
        /** Identical after normalisation. */
        EXACT
    }

    private static final Pattern TRAILING_NOTE = Pattern.compile("\\([^()]*\\)$");

    /**
     * Traditional characters that occur in the format's labels and their simplified forms, so that
     * a report copied through a traditional-script mirror (主動公開 for 主动公开) still matches.
     */
    private static final String TRADITIONAL = "萬與業為舉於會關內決況減製辦務動區單發號後國處復複審對屬廢應開強當執護報據數無機權條構現類糾納組織經結繼續維繳罰範獲補規計訂認議許訟訪訴試詢請負購費轉過這項額穩總書實際態時間網營縣鎮鄉廳級長員統稅環氣資訊領導傳達進選險檔門問題產義閱覽響衛謀諮徵勵幣億價設備";
    private static final String SIMPLIFIED = "万与业为举于会关内决况减制办务动区单发号后国处复复审对属废应开强当执护报据数无机权条构现类纠纳组织经结继续维缴罚范获补规计订认议许讼访诉试询请负购费转过这项额稳总书实际态时间网营县镇乡厅级长员统税环气资讯领导传达进选险档门问题产义阅览响卫谋咨征励币亿价设备";
    private static final char[] TRADITIONAL_SORTED = new char[TRADITIONAL.length()];
    private static final char[] SIMPLIFIED_SORTED = new char[TRADITIONAL.length()];

    /** The quotes and brackets folded to one spelling, each followed by what it becomes. */
    private static final String PUNCTUATION = "“\"”\"„\"‟\"〝\"〞\"「\"」\"‘'’'、,，,【(〔(】)〕)";
    /** One bit per character: whether {@link #fold} changes it. */
    private static final long[] FOLDED = new long[1 << 10];

    static {
        // Sorted by the traditional character, for a binary search per character.
        Integer[] order = new Integer[TRADITIONAL.length()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Character.compare(TRADITIONAL.charAt(a), TRADITIONAL.charAt(b)));
        for (int i = 0; i < order.length; i++) {
            TRADITIONAL_SORTED[i] = TRADITIONAL.charAt(order[i]);
            SIMPLIFIED_SORTED[i] = SIMPLIFIED.charAt(order[i]);
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            setFolded(TRADITIONAL.charAt(i));
        }
        for (int i = 0; i < PUNCTUATION.length(); i += 2) {
            setFolded(PUNCTUATION.charAt(i));
        }
    }

    private static void setFolded(char c) {
        FOLDED[c >>> 6] |= 1L << c;
    }

    private Labels() {
    }

    /** The canonical form used for all comparisons. */
    public static String normalize(String text) {
        String s = withoutInvisible(nfkc(text));
        char[] folded = null; // copied when the first character is folded: most texts keep every one
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((FOLDED[c >>> 6] & 1L << c) != 0) {
                if (folded == null) {
                    folded = s.toCharArray();
                }
                folded[i] = fold(c);
            }
        }
        return folded == null ? s : new String(folded);
    }

    /** A traditional character's simplified form; a quote or bracket's one spelling; else the character. */
    private static char fold(char c) {
        int t = Arrays.binarySearch(TRADITIONAL_SORTED, c);
        if (t >= 0) {
            return SIMPLIFIED_SORTED[t];
        }
        int p = PUNCTUATION.indexOf(c);
        return p >= 0 && p % 2 == 0 ? PUNCTUATION.charAt(p + 1) : c;
    }

    /**
     * The NFKC form of {@code s}. Most of a report is ASCII, CJK unified ideographs, CJK
     * punctuation and full-width ASCII: NFKC keeps the first three and turns full-width forms and
     * the ideographic space into ASCII, and composes none of them. Such a text is mapped here
     * without the normaliser; any other character sends the whole text through it.
     */
    static String nfkc(String s) {
        char[] mapped = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 || c >= 0x4e00 && c <= 0x9fff || c >= 0x3001 && c <= 0x3029) {
                continue;
            }
            char ascii;
            if (c >= 0xff01 && c <= 0xff5e) {
                ascii = (char) (c - 0xfee0);
            } else if (c == 0x3000) {
                ascii = ' ';
            } else {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
            if (mapped == null) {
                mapped = s.toCharArray();
            }
            mapped[i] = ascii;
        }
        return mapped == null ? s : new String(mapped);
    }

    /** {@code s} without spaces, line breaks and zero-width characters; most labels have none, and are not copied. */
    private static String withoutInvisible(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** The characters normalisation removes: white space ({@code \s}), no-break, ideographic and zero-width spaces. */
    private static boolean isInvisible(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c == '\u3000' || c >= '\u200b' && c <= '\u200d'
                || c == '\ufeff';
    }

    /**
     * A length past the texts the former memo of derived forms kept (a label is shorter); tests use
     * it for a long text, which must follow the same rules as a short one.
     */
    static final int MEMO_KEY_MAX = 64;

    /** Longest enumeration prefix looked for ({@code （十二）} and the like are far shorter). */
    private static final int PREFIX_HEAD = 32;

    /**
     * Longest text compared with labels: the longest label with its filling note has under 60
     * characters, so a longer text (a paragraph, a line of 10^6 digits) is no label, decided at once.
     */
    static final int MAX_LABEL_CHARS = 300;

    /**
     * A normalised text with the forms label matching compares, each worked out once.
     *
     * @param text          the normalised text
     * @param withoutPrefix {@link #withoutPrefix(String)} of it
     * @param core          {@link #core(String)} of it
     * @param numbered      {@link #numbered(String)} of it
     */
    public record Form(String text, String withoutPrefix, String core, Numbered numbered) {
    }

    /** The forms of a normalised text. */
    public static Form form(String normalized) {
        String withoutPrefix = withoutPrefix(normalized);
        return new Form(normalized, withoutPrefix, coreOf(withoutPrefix), numbered(normalized));
    }

    /** The normalised label without its enumeration prefix. */
    public static String withoutPrefix(String normalized) {
        String s = normalized;
        for (int k = 0; k < 2; k++) {
            Prefix p = prefix(s);
            if (p == null || p.end() == s.length()) {
                break; // no prefix, or nothing would be left
            }
            s = s.substring(p.end());
        }
        return s;
    }

    /** The normalised label without prefix and without a trailing note in parentheses. */
    public static String core(String normalized) {
        return coreOf(withoutPrefix(normalized));
    }

    private static String coreOf(String withoutPrefix) {
        if (withoutPrefix.isEmpty() || !mayEndInNote(withoutPrefix.charAt(withoutPrefix.length() - 1))) {
            return withoutPrefix; // no trailing note: no matcher needed
        }
        String t = TRAILING_NOTE.matcher(withoutPrefix).replaceFirst("");
        return t.isEmpty() ? withoutPrefix : t;
    }

    /** Whether a text ending in {@code last} may end in a note: a bracket, or a line end after one ({@code $}). */
    private static boolean mayEndInNote(char last) {
        return last == ')' || last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }

    /**
     * A normalised label split into its enumeration prefix, in one canonical spelling per kind
     * ({@code 三,} {@code (三)} {@code 3.}) so that {@code 1、} and {@code 1.} compare equal, and the rest.
     */
    public record Numbered(String numbering, String body) {
    }

    /** Splits off the first enumeration prefix of a normalised label; the numbering is "" when there is none. */
    public static Numbered numbered(String normalized) {
        Prefix p = prefix(normalized);
        return p == null ? new Numbered("", normalized) : new Numbered(p.numbering(), normalized.substring(p.end()));
    }

    /** An enumeration prefix: where it ends, and its numbering in the canonical spelling of its kind. */
    private record Prefix(int end, String numbering) {
    }

    /**
     * The enumeration prefix at the start of a normalised text, or null: 一、 (section: Chinese
     * numerals, then {@code ,} or {@code .}), （一） (item: numerals or digits in brackets, then
     * perhaps {@code ,} or {@code .}), 1. (sub-item: digits, then {@code .} {@code ,} or {@code )}).
     * A prefix is a few characters at the start: only the first {@link #PREFIX_HEAD} are looked at,
     * so that a long text (a line of 10^6 digits) costs the same as a label.
     */
    private static Prefix prefix(String s) {
        int head = Math.min(s.length(), PREFIX_HEAD);
        if (head == 0) {
            return null;
        }
        char first = s.charAt(0);
        if (isChineseNumeral(first)) {
            int i = 1;
            while (i < head && isChineseNumeral(s.charAt(i))) {
                i++;
            }
            return i < head && (s.charAt(i) == ',' || s.charAt(i) == '.') ? new Prefix(i + 1, s.substring(0, i) + ",") : null;
        }
        if (first == '(') {
            int i = 1;
            while (i < head && (isChineseNumeral(s.charAt(i)) || isDigit(s.charAt(i)))) {
                i++;
            }
            if (i == 1 || i == head || s.charAt(i) != ')') {
                return null;
            }
            int end = i + 1 < head && (s.charAt(i + 1) == ',' || s.charAt(i + 1) == '.') ? i + 2 : i + 1;
            return new Prefix(end, "(" + s.substring(1, i) + ")");
        }
        if (isDigit(first)) {
            int i = 1;
            while (i < head && isDigit(s.charAt(i))) {
                i++;
            }
            boolean closed = i < head && (s.charAt(i) == '.' || s.charAt(i) == ',' || s.charAt(i) == ')');
            return closed ? new Prefix(i + 1, s.substring(0, i) + ".") : null;
        }
        return null;
    }

    private static boolean isChineseNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether {@code text} is the beginning of {@code label} and not all of it (both normalised), as
     * when a label is broken over lines: {@code （二）部分公开（区分处理的，只计这一情} begins
     * {@code （二）部分公开（区分处理的，只计这一情形，不计其他情形）}, and {@code 三、} alone begins
     * {@code 三、本年度办理结果}. The numbering must be the label's own (in any spelling); a label
     * without numbering needs at least two characters of its words, so that a stray character
     * does not begin it.
     */
    public static boolean begins(String text, String label) {
        if (text.isEmpty() || text.length() > MAX_LABEL_CHARS) {
            return false;
        }
        return begins(form(text), form(label));
    }

    /** {@link #begins(String, String)} on forms. */
    public static boolean begins(Form text, Form label) {
        if (text.text().isEmpty() || text.text().length() > MAX_LABEL_CHARS) {
            return false;
        }
        Numbered t = text.numbered();
        Numbered l = label.numbered();
        if (!t.numbering().equals(l.numbering())) {
            return false;
        }
        if (l.numbering().isEmpty() && t.body().length() < 2) {
            return false;
        }
        return t.body().length() < l.body().length() && l.body().startsWith(t.body());
    }

    /**
     * How many characters of {@code text} differ from {@code label} (edit distance of their cores,
     * both normalised), or -1 when more than a label of that length may differ: at most a third of
     * its characters, none for a label of three or fewer ({@code 本年新收政府信息公开申请数} is 1 from
     * {@code 本年新收政府信息公开申请数量}; {@code 法律服务组织} 2 from {@code 法律服务机构}; {@code 结果纠正}
     * is not near {@code 结果维持}).
     */
    public static int distance(String text, String label) {
        if (text.length() > MAX_LABEL_CHARS) {
            return -1;
        }
        return distance(form(text), form(label));
    }

    /** {@link #distance(String, String)} on forms. */
    public static int distance(Form text, Form label) {
        if (text.text().length() > MAX_LABEL_CHARS) {
            return -1;
        }
        String a = text.core();
        String b = label.core();
        int allowed = allowedDistance(b.length());
        if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) {
            return -1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > allowed) {
                return -1;
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        int d = previous[b.length()];
        return d <= allowed ? d : -1;
    }

    private static int allowedDistance(int length) {
        return length <= 3 ? 0 : Math.max(1, (int) Math.floor(length * 0.34));
    }

    /** How many characters a heading line may hold beyond the heading's words (行政机关, 的, a colon...). */
    private static final int HEADING_EXTRA = 12;

    /**
     * Whether a line's words announce a heading's words (both normalised, numbering taken off): the
     * line holds them with at most a few characters more ({@code 行政机关收到和处理政府信息公开申请情况}),
     * or, when the line is numbered as a section ({@code 四、}), it is within a few characters of them
     * ({@code 政府信息公开行政复议和行政诉讼情况}). A table's own header text reads much like a heading,
     * which is why the looser test needs the section number.
     */
    public static boolean announces(String words, String heading, boolean sectionNumbered) {
        if (heading.isEmpty() || words.length() > MAX_LABEL_CHARS) {
            return false;
        }
        if (words.contains(heading) && words.length() <= heading.length() + HEADING_EXTRA) {
            return true;
        }
        return sectionNumbered && words.length() >= 6 && distance(words, heading) >= 0;
    }

    /** How well {@code text} matches {@code label}; both already normalised. */
    public static Match match(String text, String label) {
        if (text.isEmpty() || label.isEmpty() || text.length() > MAX_LABEL_CHARS) {
            return Match.NONE;
        }
        return match(form(text), form(label));
    }

    /** {@link #match(String, String)} on forms. */
    public static Match match(Form text, Form label) {
        String t = text.text();
        if (t.isEmpty() || label.text().isEmpty() || t.length() > MAX_LABEL_CHARS) {
            return Match.NONE;
        }
        if (t.equals(label.text())) {
            return Match.EXACT;
        }
        if (text.withoutPrefix().equals(label.withoutPrefix())) {
            return Match.PREFIX;
        }
        return text.core().equals(label.core()) ? Match.CORE : Match.NONE;
    }
}
