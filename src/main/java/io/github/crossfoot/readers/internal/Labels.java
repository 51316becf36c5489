package io.github.crossfoot.readers.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Matcher;
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

    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\u200c\\u200d\\ufeff]+");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[,.]|\\([一二三四五六七八九十0-9]+\\)[,.]?|[0-9]+[.,)])");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\([^()]*\\)$");

    /**
     * Traditional characters that occur in the format's labels and their simplified forms, so that
     * a report copied through a traditional-script mirror (主動公開 for 主动公开) still matches.
     */
    private static final String TRADITIONAL = "萬與業為舉於會關內決況減製辦務動區單發號後國處復複審對屬廢應開強當執護報據數無機權條構現類糾納組織經結繼續維繳罰範獲補規計訂認議許訟訪訴試詢請負購費轉過這項額穩總書實際態時間網營縣鎮鄉廳級長員統稅環氣資訊領導傳達進選險檔門問題產義閱覽響衛謀諮徵勵幣億價設備";
    private static final String SIMPLIFIED = "万与业为举于会关内决况减制办务动区单发号后国处复复审对属废应开强当执护报据数无机权条构现类纠纳组织经结继续维缴罚范获补规计订认议许讼访诉试询请负购费转过这项额稳总书实际态时间网营县镇乡厅级长员统税环气资讯领导传达进选险档门问题产义阅览响卫谋咨征励币亿价设备";
    private static final char[] TRADITIONAL_SORTED = new char[TRADITIONAL.length()];
    private static final char[] SIMPLIFIED_SORTED = new char[TRADITIONAL.length()];

    static {
        // Sorted by the traditional character, for a binary search per character.
        Integer[] order = new Integer[TRADITIONAL.length()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Character.compare(TRADITIONAL.charAt(a), TRADITIONAL.charAt(b)));
        for (int i = 0; i < order.length; i++) {
            TRADITIONAL_SORTED[i] = TRADITIONAL.charAt(order[i]);
            SIMPLIFIED_SORTED[i] = SIMPLIFIED.charAt(order[i]);
        }
    }

    /** One enumeration prefix: 一、 (section), （一） (item), 1. (sub-item); groups give the numeral. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:([一二三四五六七八九十]+)[,.]|\\(([一二三四五六七八九十0-9]+)\\)[,.]?|([0-9]+)[.,)])");

    private Labels() {
    }

    /** The canonical form used for all comparisons. */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (mayHoldInvisible(s)) {
            s = INVISIBLE.matcher(s).replaceAll("");
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b.append(c); // nothing ASCII is folded
                continue;
            }
            int t = Arrays.binarySearch(TRADITIONAL_SORTED, c);
            if (t >= 0) {
                c = SIMPLIFIED_SORTED[t];
            }
            switch (c) {
                case '“', '”', '„', '‟', '〝', '〞', '「', '」' -> b.append('"');
                case '‘', '’' -> b.append('\'');
                case '、', '，' -> b.append(',');
                case '【', '〔' -> b.append('(');
                case '】', '〕' -> b.append(')');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@code s} may hold a character {@link #INVISIBLE} removes; most texts do not, and need no matcher. */
    private static boolean mayHoldInvisible(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '\u00a0' || c == '\u3000' || c >= '\u200b' && c <= '\u200d' || c == '\ufeff') {
                return true;
            }
        }
        return false;
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
            // A prefix is a few characters at the start: match on the head only, so that a long text
            // (a line of 10^6 digits) costs the same as a label.
            String head = s.substring(0, Math.min(s.length(), PREFIX_HEAD));
            String rest = PREFIX.matcher(head).replaceFirst("");
            if (rest.length() == head.length() || rest.length() + s.length() - head.length() == 0) {
                break;
            }
            s = s.substring(head.length() - rest.length());
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
        // The numbering is a few characters at the start: look only there, whatever the text's length.
        Matcher m = NUMBERING.matcher(normalized).region(0, Math.min(normalized.length(), PREFIX_HEAD));
        if (!m.find()) {
            return new Numbered("", normalized);
        }
        String numbering = m.group(1) != null ? m.group(1) + ","
                : m.group(2) != null ? "(" + m.group(2) + ")" : m.group(3) + ".";
        return new Numbered(numbering, normalized.substring(m.end()));
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
