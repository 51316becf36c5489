package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an HTML page becomes tokens: blocks and inline elements, tables cell by cell, and the source lines. */
class HtmlTextTest {

    private static SourceText read(String html) {
        return HtmlText.read(html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(String html) {
        return read(html).tokens().stream().map(Token::text).toList();
    }

    @Test
    void theSourceLinesAreTheDecodedPageWithoutItsByteOrderMark() {
        String page = "<html><body>\n<p>一、总体情况</p>\n<p>本机关</p>\n</body></html>";
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.writeBytes(page.getBytes(StandardCharsets.UTF_8));
        for (SourceText t : List.of(read(page), HtmlText.read(withBom.toByteArray()))) {
            assertThat(t.lines()).containsExactly("<html><body>", "<p>一、总体情况</p>", "<p>本机关</p>", "</body></html>");
            assertThat(t.tokens()).extracting(Token::text).containsExactly("一、总体情况", "本机关");
            assertThat(t.tokens()).extracting(Token::line).containsExactly(2, 3);
        }
    }

    @Test
    void inlineElementsStayInTheirBlockAndBlocksEndIt() {
        assertThat(texts("<body><p>本年<span>新收</span>政府<b>信息</b>公开申请</p></body>"))
                .containsExactly("本年新收政府信息公开申请");
        // Text before a block, after it, and at the very end of the page are tokens of their own.
        assertThat(texts("<body>前言<div>一、总体情况</div>正文<p>二、主动公开</p>落款</body>"))
                .containsExactly("前言", "一、总体情况", "正文", "二、主动公开", "落款");
        assertThat(texts("<body>某某县人民政府<br>2023年12月</body>")).containsExactly("某某县人民政府", "2023年12月");
        assertThat(read("<body>某某县人民政府</body>").textLines()).containsExactly("某某县人民政府");
    }

    @Test
    void textBeforeATableIsReadBeforeItsCells() {
        SourceText t = read("<body>一、总体情况<table><tr><td>本年新收</td><td>12</td></tr></table>说明</body>");
        assertThat(t.tokens()).extracting(Token::text).containsExactly("一、总体情况", "本年新收", "12", "说明");
        assertThat(t.tokens()).extracting(Token::isCell).containsExactly(false, true, true, false);
        assertThat(t.textLines()).containsExactly("一、总体情况", "本年新收\t12", "说明");
    }

    @Test
    void aCellsStructureIsKept() {
        List<Token> cells = read("<table><tr>"
                + "<td>1<span>2</span>3</td>"       // inline: one number
                + "<td><div>12</div>3</td>"         // a block, then more text: two lines
                + "<td>5<sup>10</sup></td>"         // a footnote number: superscript digits
                + "<td>7<sup>注</sup></td>"         // a footnote word: as written
                + "</tr></table>").tokens();
        assertThat(cells).extracting(Token::text).containsExactly("123", "12\n3", "5¹⁰", "7注");
        assertThat(cells).extracting(Token::column).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aScriptInARowIsNoCell() {
        List<Token> cells = read("<table><tr><td>本年新收</td><script>var x = 1;</script><td>12</td></tr></table>")
                .tokens();
        assertThat(cells).extracting(Token::text).containsExactly("本年新收", "12");
        assertThat(cells).extracting(Token::column).containsExactly(0, 1);
    }

    @Test
    void aCellIsOnTheLineItsTextStartsOn() {
        // A page saved from Word: the cell's text in a paragraph on a line below the <td> tag.
        String page = "<table>\n<tr>\n<td>\n<p>本年新收</p>\n</td>\n<td></td>\n</tr>\n</table>";
        List<Token> cells = read(page).tokens();
        assertThat(cells).extracting(Token::text).containsExactly("本年新收", "");
        assertThat(cells).extracting(Token::line).containsExactly(4, 6);
    }
}
