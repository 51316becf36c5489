package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The label forms and the character scans that replaced regular expressions and the normaliser on
 * the readers' hot paths give what the definitions they stand for give: each is compared, on
 * generated texts full of the characters where they could differ, with the definition written
 * plainly here (a regular expression, {@link Normalizer}, a lookup per character).
 */
class LabelFormsTest {

    // ------------------------------------------------------------------ definitions

    /** The enumeration prefix as a regular expression; groups give the numeral of each kind. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:([一二三四五六七八九十]+)[,.]|\\(([一二三四五六七八九十0-9]+)\\)[,.]?|([0-9]+)[.,)])");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\([^()]*\\)$");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\u200c\\u200d\\ufeff]+");
    private static final String TRADITIONAL = "萬與業為舉於會關內決況減製辦務動區單發號後國處復複審對屬廢應開強當執護報據數無機權條構現類糾納組織經結繼續維繳罰範獲補規計訂認議許訟訪訴試詢請負購費轉過這項額穩總書實際態時間網營縣鎮鄉廳級長員統稅環氣資訊領導傳達進選險檔門問題產義閱覽響衛謀諮徵勵幣億價設備";
    private static final String SIMPLIFIED = "万与业为举于会关内决况减制办务动区单发号后国处复复审对属废应开强当执护报据数无机权条构现类纠纳组织经结继续维缴罚范获补规计订认议许讼访诉试询请负购费转过这项额稳总书实际态时间网营县镇乡厅级长员统税环气资讯领导传达进选险档门问题产义阅览响卫谋咨征励币亿价设备";

    private static String normalizeByDefinition(String text) {
        String s = INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int t = TRADITIONAL.indexOf(c);
            char d = t >= 0 ? SIMPLIFIED.charAt(t) : c;
            b.append(switch (d) {
                case '“', '”', '„', '‟', '〝', '〞', '「', '」' -> '"';
                case '‘', '’' -> '\'';
                case '、', '，' -> ',';
                case '【', '〔' -> '(';
                case '】', '〕' -> ')';
                default -> d;
            });
        }
        return b.toString();
    }

    private static String withoutPrefixByDefinition(String s) {
        for (int k = 0; k < 2; k++) {
            String head = s.substring(0, Math.min(s.length(), 32));
            Matcher m = NUMBERING.matcher(head);
            if (!m.find() || m.end() == s.length()) {
                break;
            }
            s = s.substring(m.end());
        }
        return s;
    }

    private static Labels.Numbered numberedByDefinition(String s) {
        Matcher m = NUMBERING.matcher(s).region(0, Math.min(s.length(), 32));
        if (!m.find()) {
            return new Labels.Numbered("", s);
        }
        String numbering = m.group(1) != null ? m.group(1) + ","
                : m.group(2) != null ? "(" + m.group(2) + ")" : m.group(3) + ".";
        return new Labels.Numbered(numbering, s.substring(m.end()));
    }

    private static String coreByDefinition(String s) {
        String w = withoutPrefixByDefinition(s);
        String t = TRAILING_NOTE.matcher(w).replaceFirst("");
        return t.isEmpty() ? w : t;
    }

    // ------------------------------------------------------------------ texts

    /** Texts of numerals, digits, brackets, separators, words and line ends, some longer than the 32 looked at. */
    @Provide
    Arbitrary<String> labelTexts() {
        return Arbitraries.of('一', '三', '十', '(', ')', '0', '1', '9', ',', '.', '规', '章', 'x', '\n', '\u0085',
                '\u2028').list().ofMaxSize(40).map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }

    /**
     * Texts of the characters where the scans could part from the normaliser: the bounds of the
     * ranges taken as they are (ASCII, CJK unified ideographs, CJK punctuation 、 to 〩, full-width
     * ASCII), the ideographic space, and characters just past them or that NFKC changes or
     * composes (combining marks, half-width forms, compatibility ideographs, Hangul jamo).
     */
    @Provide
    Arbitrary<String> mixedTexts() {
        return Arbitraries.of('a', ' ', '\t', '\n', '\u000b', '\u007f', '\u0080', '\u00a0', '\u0301', '\u3000',
                '\u3001', '\u3029', '\u302a', '\u3036', '\u3038', '\u3099', '\u4dff', '\u4e00', '\u9fff', '\ua000',
                '\uf900', '\uff01', '\uff08', '\uff10', '\uff5e', '\uff5f', '\uff61', '\u1100', '\u1161', '\u200b',
                '\u200d', '\ufeff', '萬', '備', '规', '“', '」', '’', '、', '，', '【', '〕', '(', '-').list().ofMaxSize(12)
                .map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 3000)
    void nfkcIsTheNormalisersForm(@ForAll("mixedTexts") String s) {
        assertThat(Labels.nfkc(s)).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC));
    }

    @Property(tries = 3000)
    void normalizeFollowsItsDefinition(@ForAll("mixedTexts") String s) {
        assertThat(Labels.normalize(s)).isEqualTo(normalizeByDefinition(s));
    }

    @Property(tries = 3000)
    void prefixesNumberingAndCoresFollowTheirDefinitions(@ForAll("labelTexts") String s) {
        assertThat(Labels.withoutPrefix(s)).isEqualTo(withoutPrefixByDefinition(s));
        assertThat(Labels.numbered(s)).isEqualTo(numberedByDefinition(s));
        assertThat(Labels.core(s)).isEqualTo(coreByDefinition(s));
    }

    @Property(tries = 1000)
    void aFormHoldsTheDerivedTextsAndComparesAsTheTextsDo(@ForAll("labelTexts") String a, @ForAll("labelTexts") String b) {
        Labels.Form fa = Labels.form(a);
        Labels.Form fb = Labels.form(b);
        assertThat(fa.text()).isEqualTo(a);
        assertThat(fa.withoutPrefix()).isEqualTo(Labels.withoutPrefix(a));
        assertThat(fa.core()).isEqualTo(Labels.core(a));
        assertThat(fa.numbered()).isEqualTo(Labels.numbered(a));
        assertThat(Labels.match(fa, fb)).isEqualTo(Labels.match(a, b));
        assertThat(Labels.begins(fa, fb)).isEqualTo(Labels.begins(a, b));
        assertThat(Labels.distance(fa, fb)).isEqualTo(Labels.distance(a, b));
    }

    // ------------------------------------------------------------------ examples

    @Test
    void fullWidthFormsAndTheIdeographicSpaceBecomeAscii() {
        assertThat(Labels.nfkc("（一）予以公开\u3000１２")).isEqualTo("(一)予以公开 12");
        assertThat(Labels.nfkc("三、本年度办理结果")).isSameAs(Labels.nfkc("三、本年度办理结果")); // kept as it is
        assertThat(Labels.nfkc("ｶ")).isEqualTo("カ"); // half-width katakana: the normaliser's own form
    }

    @Test
    void aNoteAtTheEndIsFoundBeforeAFinalLineEnd() {
        assertThat(Labels.core("部分公开(只计这一情形)")).isEqualTo("部分公开");
        assertThat(Labels.core("部分公开(只计这一情形)\n")).isEqualTo("部分公开\n");
        assertThat(Labels.core("部分公开(只计这一情形)\u2029")).isEqualTo("部分公开\u2029");
        assertThat(Labels.core("部分公开(只计)这一情形")).isEqualTo("部分公开(只计)这一情形");
    }

    @Test
    void prefixesOfEachKindWithinTheHead() {
        assertThat(Labels.numbered("十二,x")).isEqualTo(new Labels.Numbered("十二,", "x"));
        assertThat(Labels.numbered("十二.x")).isEqualTo(new Labels.Numbered("十二,", "x"));
        assertThat(Labels.numbered("(12).x")).isEqualTo(new Labels.Numbered("(12)", "x"));
        assertThat(Labels.numbered("(12)x")).isEqualTo(new Labels.Numbered("(12)", "x"));
        assertThat(Labels.numbered("()x")).isEqualTo(new Labels.Numbered("", "()x"));
        assertThat(Labels.numbered("12)x")).isEqualTo(new Labels.Numbered("12.", "x"));
        assertThat(Labels.numbered("12x")).isEqualTo(new Labels.Numbered("", "12x"));
        assertThat(Labels.numbered("1".repeat(31) + ".x").numbering()).isEqualTo("1".repeat(31) + ".");
        assertThat(Labels.numbered("1".repeat(32) + ".x").numbering()).isEmpty(); // past the 32 characters looked at
        assertThat(Labels.numbered("(" + "1".repeat(30) + ")").numbering()).isEqualTo("(" + "1".repeat(30) + ")");
        assertThat(Labels.numbered("(" + "1".repeat(31) + ")").numbering()).isEmpty();
        assertThat(Labels.withoutPrefix("三,")).isEqualTo("三,"); // nothing would be left
        assertThat(Labels.withoutPrefix("三,(一)1.x")).isEqualTo("1.x"); // two prefixes at most
    }
}
