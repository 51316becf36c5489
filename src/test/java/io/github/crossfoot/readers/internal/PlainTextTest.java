package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How plain text lines become tokens: page markers, pipes, runs of values and labels as written. */
class PlainTextTest {

    private static List<String> texts(String text) {
        return PlainText.read(text).tokens().stream().map(Token::text).toList();
    }

    @Test
    void pageMarkersWithAnyDigitAreDropped() {
        // The digits at both ends of the range: page 9, and a cover counted as page 0.
        assertThat(PlainText.isPageMarker("- 9 -")).isTrue();
        assertThat(PlainText.isPageMarker("第9页")).isTrue();
        assertThat(PlainText.isPageMarker("第 9 页，共 99 页")).isTrue();
        assertThat(PlainText.isPageMarker("- 0 -")).isTrue();
        assertThat(PlainText.isPageMarker("第0页")).isTrue();
        assertThat(PlainText.isPageMarker("第九页")).isFalse();
        assertThat(texts("规章\n- 9 -\n第9页\n9/9\n[第9页 page 9]\n- 0 -\n10")).containsExactly("规章", "10");
    }

    @Test
    void fullWidthPipesPartFieldsLikeAsciiOnes() {
        List<Token> tokens = PlainText.read("本年新收｜12｜3\n本年新收|4|5").tokens();
        assertThat(tokens).extracting(Token::text).containsExactly("本年新收", "12", "3", "本年新收", "4", "5");
        assertThat(tokens).extracting(Token::line).containsExactly(1, 1, 1, 2, 2, 2);
    }

    @Test
    void aLineOfValuesOnlyIsOneTokenPerValue() {
        assertThat(texts("12 3 0")).containsExactly("12", "3", "0");
        assertThat(texts("12　3\u00a0—")).containsExactly("12", "3", "—");
        assertThat(texts("本年新收 12 3")).containsExactly("本年新收", "12", "3");
    }

    @Test
    void aLabelWithoutValuesKeepsItsSpacesAsWritten() {
        // A PDF's text layer spaces out the characters of a heading: the token is the text as written.
        assertThat(texts("本年度  办理结果")).containsExactly("本年度  办理结果");
        assertThat(texts("政府信息\u3000公开")).containsExactly("政府信息\u3000公开");
        assertThat(PlainText.read("本年度  办理结果").tokens().get(0).normalized()).isEqualTo("本年度办理结果");
    }
}
