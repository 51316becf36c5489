package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The edges of label normalisation and comparison: every white-space and zero-width character
 * normalisation removes, every line end a trailing note may stand before, the 、 after a bracketed
 * numbering, and the limits of {@link Labels#distance} and {@link Labels#announces}.
 */
class LabelsEdgesTest {

    private static String n(String text) {
        return Labels.normalize(text);
    }

    @Test
    void everyInvisibleCharacterIsRemoved() {
        // A label copied out of a table cell keeps its line breaks (\r\n from Word), tabs and joiners.
        assertThat(n("本年\r\n新收")).isEqualTo("本年新收");
        assertThat(n("本年\r新收")).isEqualTo("本年新收");
        assertThat(n("本年\t新收\u000b申请")).isEqualTo("本年新收申请");
        assertThat(n("本年\u200b新收\u200c申请\u200d数量\ufeff")).isEqualTo("本年新收申请数量");
        assertThat(n("本年\u00a0新收")).isEqualTo("本年新收");
        // Just past the zero-width range: a word joiner is no space and stays.
        assertThat(n("本年\u2060新收")).isEqualTo("本年\u2060新收");
    }

    @Test
    void aTrailingNoteIsFoundBeforeEveryKindOfLineEnd() {
        assertThat(Labels.core("部分公开(只计这一情形)\r")).isEqualTo("部分公开\r");
        assertThat(Labels.core("部分公开(只计这一情形)\u0085")).isEqualTo("部分公开\u0085");
        assertThat(Labels.core("部分公开(只计这一情形)\u2028")).isEqualTo("部分公开\u2028");
        assertThat(Labels.core("部分公开(只计这一情形)x")).isEqualTo("部分公开(只计这一情形)x");
    }

    @Test
    void aBracketedNumberingMayBeFollowedByAComma() {
        // （一）、 as some reports type it: the 、 belongs to the numbering, not to the words.
        assertThat(n("（一）、予以公开")).isEqualTo("(一),予以公开");
        assertThat(Labels.numbered(n("（一）、予以公开"))).isEqualTo(new Labels.Numbered("(一)", "予以公开"));
        assertThat(Labels.withoutPrefix(n("（一）、予以公开"))).isEqualTo("予以公开");
        assertThat(Labels.match(n("（一）、予以公开"), n("（一）予以公开"))).isEqualTo(Labels.Match.PREFIX);
    }

    @Test
    void distanceCountsAMissingFirstCharacter() {
        // The first characters of the label count like any other: 年新收… lacks one of 本年新收….
        assertThat(Labels.distance(n("年新收政府信息公开申请数量"), n("本年新收政府信息公开申请数量"))).isEqualTo(1);
        assertThat(Labels.distance(n("政许可"), n("行政许可"))).isEqualTo(1);
    }

    @Test
    void distanceTakesTextsUpToTheLongestLabelText() {
        String longest = "规".repeat(Labels.MAX_LABEL_CHARS);
        assertThat(Labels.distance(longest, longest)).isZero();
        assertThat(Labels.distance(Labels.form(longest), Labels.form(longest))).isZero();
        String longer = "规".repeat(Labels.MAX_LABEL_CHARS + 1);
        assertThat(Labels.distance(Labels.form(longer), Labels.form(n("行政许可")))).isEqualTo(-1);
        assertThat(Labels.distance(Labels.form(longer), Labels.form(longer))).isEqualTo(-1);
    }

    @Test
    void aLineAnnouncesAHeadingItHoldsWithAFewCharactersMore() {
        String heading = n("行政机关收到和处理政府信息公开申请情况");
        String twelveMore = n("本机关") + heading + n("（单位：件，截至）");
        assertThat(twelveMore.length()).isEqualTo(heading.length() + 12);
        assertThat(Labels.announces(twelveMore, heading, false)).isTrue();
        assertThat(Labels.announces(twelveMore + "年", heading, false)).isFalse();
        assertThat(Labels.announces(heading, "", false)).isFalse();
    }

    @Test
    void aSectionNumberedLineAnnouncesAHeadingWithinAFewCharacters() {
        // 四、政府信息公开行政复议、行政诉讼情况（本年度无…）: the words with a note longer than the
        // extra characters allowed; without the note they are the heading's words.
        String heading = n("政府信息公开行政复议、行政诉讼情况");
        String withNote = n("政府信息公开行政复议、行政诉讼情况（本年度未发生行政复议和行政诉讼案件）");
        assertThat(Labels.announces(withNote, heading, true)).isTrue();
        assertThat(Labels.announces(withNote, heading, false)).isFalse();
        // Six characters are enough for the looser test: 其他报告事项 is three from 其他需要报告的事项.
        assertThat(Labels.announces(n("其他报告事项"), n("其他需要报告的事项"), true)).isTrue();
        assertThat(Labels.announces(n("其他报告事项"), n("其他需要报告的事项"), false)).isFalse();
        // Five are too few, however close: 问题及改进 is two from 主要问题及改进, which a third of seven allows.
        assertThat(Labels.distance(n("问题及改进"), n("主要问题及改进"))).isEqualTo(2);
        assertThat(Labels.announces(n("问题及改进"), n("主要问题及改进"), true)).isFalse();
    }

    @Test
    void announcingTakesWordsUpToTheLongestLabelText() {
        String heading = "规".repeat(Labels.MAX_LABEL_CHARS - 10);
        assertThat(Labels.announces("规".repeat(Labels.MAX_LABEL_CHARS), heading, false)).isTrue();
        assertThat(Labels.announces("规".repeat(Labels.MAX_LABEL_CHARS + 1), heading, false)).isFalse();
    }
}
