package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How printed labels are normalised and compared, whatever way a report typed them. */
class LabelsTest {

    private static String n(String text) {
        return Labels.normalize(text);
    }

    @Test
    void normalisationFoldsWidthsSpacesQuotesAndTraditionalCharacters() {
        assertThat(n("（一）予以公开")).isEqualTo("(一)予以公开");
        assertThat(n("1、属于 国家\u3000秘密\n")).isEqualTo("1,属于国家秘密");
        assertThat(n("3.危及“三安全一稳定”")).isEqualTo(n("3.危及\"三安全一稳定\""));
        assertThat(n("‘x’")).isEqualTo("'x'");
        assertThat(n("【注】〔1〕")).isEqualTo("(注)(1)");
        assertThat(n("其他主動公開檔案")).isEqualTo("其他主动公开档案");
        assertThat(n("ＡＢ１２")).isEqualTo("AB12");
    }

    @Test
    void prefixesAreTheNumberingAtTheStart() {
        assertThat(Labels.withoutPrefix(n("三、本年度办理结果"))).isEqualTo("本年度办理结果");
        assertThat(Labels.withoutPrefix(n("（三）不予公开"))).isEqualTo("不予公开");
        assertThat(Labels.withoutPrefix(n("（三）1.属于国家秘密"))).isEqualTo("属于国家秘密");
        assertThat(Labels.withoutPrefix(n("12)其他"))).isEqualTo("其他");
        assertThat(Labels.withoutPrefix(n("三、"))).isEqualTo("三,"); // nothing would be left: kept
        assertThat(Labels.withoutPrefix(n("规章"))).isEqualTo("规章");
        assertThat(Labels.withoutPrefix("1".repeat(40) + ".x")).isEqualTo("1".repeat(40) + ".x");
    }

    @Test
    void theCoreDropsATrailingNote() {
        assertThat(Labels.core(n("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))).isEqualTo("部分公开");
        assertThat(Labels.core(n("（说明）"))).isEqualTo("(说明)"); // nothing but the note: kept
        assertThat(Labels.core(n("规章"))).isEqualTo("规章");
    }

    @Test
    void numberingHasOneSpellingPerKind() {
        assertThat(Labels.numbered(n("1、重复申请"))).isEqualTo(new Labels.Numbered("1.", "重复申请"));
        assertThat(Labels.numbered(n("1.重复申请"))).isEqualTo(new Labels.Numbered("1.", "重复申请"));
        assertThat(Labels.numbered(n("（五）不予处理"))).isEqualTo(new Labels.Numbered("(五)", "不予处理"));
        assertThat(Labels.numbered(n("四、结转下年度继续办理"))).isEqualTo(new Labels.Numbered("四,", "结转下年度继续办理"));
        assertThat(Labels.numbered(n("规章"))).isEqualTo(new Labels.Numbered("", "规章"));
    }

    @Test
    void aLabelBrokenOverLinesIsBegunByItsFirstPart() {
        String partial = n("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(Labels.begins(n("（二）部分公开（区分处理的，只计这一情"), partial)).isTrue();
        assertThat(Labels.begins(n("(二)部分公开"), partial)).isTrue();
        assertThat(Labels.begins(partial, partial)).isFalse(); // all of it is not a beginning
        assertThat(Labels.begins(n("三、"), n("三、本年度办理结果"))).isTrue();
        assertThat(Labels.begins(n("四、"), n("三、本年度办理结果"))).isFalse();
        assertThat(Labels.begins(n("本"), n("本年新收"))).isFalse(); // one character without numbering
        assertThat(Labels.begins(n("本年"), n("本年新收"))).isTrue();
        assertThat(Labels.begins("", n("本年新收"))).isFalse();
        assertThat(Labels.begins("本".repeat(301), "本".repeat(400))).isFalse();
    }

    @Test
    void distanceAllowsAThirdOfTheLabel() {
        assertThat(Labels.distance(n("本年新收政府信息公开申请数"), n("一、本年新收政府信息公开申请数量"))).isEqualTo(1);
        assertThat(Labels.distance(n("法律服务组织"), n("法律服务机构"))).isEqualTo(2);
        assertThat(Labels.distance(n("结果纠正"), n("结果维持"))).isEqualTo(-1);
        assertThat(Labels.distance(n("规章"), n("规则"))).isEqualTo(-1); // three characters or fewer: exact only
        assertThat(Labels.distance(n("行政许可"), n("行政许可"))).isZero();
        assertThat(Labels.distance(n("行政许"), n("行政许可"))).isEqualTo(1);
        assertThat(Labels.distance(n("行"), n("行政许可"))).isEqualTo(-1);
        assertThat(Labels.distance("x".repeat(301), n("行政许可"))).isEqualTo(-1);
    }

    @Test
    void matchesFromExactToCore() {
        assertThat(Labels.match(n("（一）予以公开"), n("（一）予以公开"))).isEqualTo(Labels.Match.EXACT);
        assertThat(Labels.match(n("1.予以公开"), n("（一）予以公开"))).isEqualTo(Labels.Match.PREFIX);
        assertThat(Labels.match(n("规章（设区的市提供）"), n("规章"))).isEqualTo(Labels.Match.CORE);
        assertThat(Labels.match(n("规则"), n("规章"))).isEqualTo(Labels.Match.NONE);
        assertThat(Labels.match("", n("规章"))).isEqualTo(Labels.Match.NONE);
        assertThat(Labels.match(n("规章"), "")).isEqualTo(Labels.Match.NONE);
        assertThat(Labels.match("规".repeat(301), "规".repeat(301))).isEqualTo(Labels.Match.NONE);
    }

    /**
     * Texts longer than the memo's keys are worked out afresh on every call: the same rules must
     * hold for them (and tests of them cannot be answered from a cache filled earlier).
     */
    @Test
    void longTextsFollowTheSameRules() {
        String body = "属于国家秘密" + "的".repeat(Labels.MEMO_KEY_MAX);
        assertThat(n("萬" + body)).isEqualTo("万" + body); // the first traditional character too
        assertThat(n("（三）1、" + body)).isEqualTo("(三)1," + body);
        // At most two prefixes go (an item and its sub-item); a third is part of the words.
        assertThat(Labels.withoutPrefix("三,(三)1." + body)).isEqualTo("1." + body);
        assertThat(Labels.withoutPrefix("(三)1." + body)).isEqualTo(body);
        assertThat(Labels.withoutPrefix("12)" + body)).isEqualTo(body);
        assertThat(Labels.withoutPrefix(body)).isEqualTo(body);
        assertThat(Labels.core("(二)部分公开" + body + "(只计这一情形)")).isEqualTo("部分公开" + body);
        String onlyNote = "(" + body + ")";
        assertThat(Labels.core(onlyNote)).isEqualTo(onlyNote);
    }

    @Test
    void limitsAreInclusive() {
        assertThat(Labels.begins(n("部分"), n("部分公开"))).isTrue(); // two characters of words suffice
        assertThat(Labels.distance(n("法律服务"), n("法律服务机构"))).isEqualTo(2); // a third of six may differ
        assertThat(Labels.distance(n("甲乙丁"), n("甲乙丙"))).isEqualTo(-1); // three characters: exact only
        assertThat(Labels.distance(n("甲乙丙丁"), n("甲乙丙戊"))).isEqualTo(1);
        String longest = "规".repeat(Labels.MAX_LABEL_CHARS);
        assertThat(Labels.match(longest, longest)).isEqualTo(Labels.Match.EXACT);
        assertThat(Labels.begins("规".repeat(Labels.MAX_LABEL_CHARS), "规".repeat(Labels.MAX_LABEL_CHARS + 1))).isTrue();
    }
}
