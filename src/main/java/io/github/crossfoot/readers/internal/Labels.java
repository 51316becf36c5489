package io.github.crossfoot.readers.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Label normalisation, so that the same printed label matches however a report typed it:
 * full-width or half-width brackets and digits, spaces and line breaks inside, curly or straight
 * quotes, {@code 1.} / {@code 1、} / {@code 1．} numbering.
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
    /** One enumeration prefix: 一、 (section), （一） (item), 1. (sub-item); groups give the numeral. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:([一二三四五六七八九十]+)[,.]|\\(([一二三四五六七八九十0-9]+)\\)[,.]?|([0-9]+)[.,)])");

    private Labels() {
    }

    /** The canonical form used for all comparisons. */
    public static String normalize(String text) {
        return memo(NORMALIZED, text, Labels::normalizeNow);
    }

    /**
     * Label matching compares every token with every label of a table, so the derived forms of a
     * text are computed once and kept (the cache is cleared when it grows large; it is a cache,
     * not a store).
     */
    private static final int MEMO_LIMIT = 50_000;
    /** Longest text kept: caches hold at most MEMO_LIMIT keys of this length (a few MB). */
    static final int MEMO_KEY_MAX = 64;
    private static final java.util.Map<String, String> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, String> WITHOUT_PREFIX = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, String> CORE = new java.util.concurrent.ConcurrentHashMap<>();

    private static String memo(java.util.Map<String, String> cache, String key,
                               java.util.function.Function<String, String> f) {
        if (key.length() > MEMO_KEY_MAX) {
            return f.apply(key); // long texts are not labels: not kept in the host application's memory
        }
        String v = cache.get(key);
        if (v == null) {
            if (cache.size() > MEMO_LIMIT) {
                cache.clear();
            }
            v = f.apply(key);
            cache.put(key, v);
        }
        return v;
    }

    private static String normalizeNow(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int t = TRADITIONAL.indexOf(c);
            if (t >= 0) {
                c = SIMPLIFIED.charAt(t);
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

    /** The normalised label without its enumeration prefix. */
    public static String withoutPrefix(String normalized) {
        return memo(WITHOUT_PREFIX, normalized, Labels::withoutPrefixNow);
    }

    private static String withoutPrefixNow(String normalized) {
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

    /** Longest enumeration prefix looked for ({@code （十二）} and the like are far shorter). */
    private static final int PREFIX_HEAD = 32;

    /**
     * Longest text compared with labels: the longest label with its filling note has under 60
     * characters, so a longer text (a paragraph, a line of 10^6 digits) is no label, decided at once.
     */
    static final int MAX_LABEL_CHARS = 300;

    /** The normalised label without prefix and without a trailing note in parentheses. */
    public static String core(String normalized) {
        return memo(CORE, normalized, Labels::coreNow);
    }

    private static String coreNow(String normalized) {
        String s = withoutPrefix(normalized);
        String t = TRAILING_NOTE.matcher(s).replaceFirst("");
        return t.isEmpty() ? s : t;
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
        java.util.regex.Matcher m = NUMBERING.matcher(normalized).region(0, Math.min(normalized.length(), PREFIX_HEAD));
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
        Numbered t = numbered(text);
        Numbered l = numbered(label);
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
        String a = core(text);
        String b = core(label);
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
        if (text.equals(label)) {
            return Match.EXACT;
        }
        if (withoutPrefix(text).equals(withoutPrefix(label))) {
            return Match.PREFIX;
        }
        return core(text).equals(core(label)) ? Match.CORE : Match.NONE;
    }
}
