package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Box;
import org.junit.jupiter.api.Test;

/** What a token says of where it stands, and when two tokens are the same. */
class TokenTest {

    private static final Box BOX = new Box(2, 10f, 20f, 60f, 32f);

    @Test
    void aCellOfARowOfADocumentTable() {
        Token cell = Token.cell("（一）予以公开", 7, 0);
        assertThat(cell.text()).isEqualTo("（一）予以公开");
        assertThat(cell.normalized()).isEqualTo("(一)予以公开");
        assertThat(cell.line()).isEqualTo(7);
        assertThat(cell.tableRow()).isZero();
        assertThat(cell.grid()).isEqualTo(-1);
        assertThat(cell.column()).isEqualTo(-1);
        assertThat(cell.isCell()).isTrue(); // the first row of the document is row 0
        assertThat(cell.isWholeCell()).isTrue();
        assertThat(cell.splittable()).isFalse();
        assertThat(cell.isPlaced()).isFalse();
        assertThat(new Token("（一）予以公开", 7).isCell()).isFalse();
    }

    @Test
    void aPdfCellMayBeJoinedWithItsContinuation() {
        Token cell = Token.pdfCell("（二）部分公开", 4, 0, 1, 3, BOX);
        assertThat(cell.splittable()).isTrue();
        assertThat(cell.isCell()).isTrue();
        assertThat(cell.isWholeCell()).isFalse();
        assertThat(cell.box()).isEqualTo(BOX);
        assertThat(cell.withText("（二）部分公开（区分处理的）").splittable()).isTrue();
        assertThat(Token.placed("12", 4, BOX).splittable()).isFalse();
    }

    @Test
    void tokensAreEqualWhenEveryFieldIs() {
        Token a = Token.pdfCell("12", 4, 1, 0, 3, BOX);
        assertThat(a).isEqualTo(Token.pdfCell("12", 4, 1, 0, 3, BOX)).hasSameHashCodeAs(Token.pdfCell("12", 4, 1, 0, 3, BOX));
        assertThat(a).isNotEqualTo(new Token("１２", "12", 4, 1, 0, 3, true, BOX)); // the text as written differs
        assertThat(a).isNotEqualTo(new Token("12", "12x", 4, 1, 0, 3, true, BOX));
        assertThat(a).isNotEqualTo(Token.pdfCell("12", 5, 1, 0, 3, BOX));
        assertThat(a).isNotEqualTo(Token.pdfCell("12", 4, 2, 0, 3, BOX));
        assertThat(a).isNotEqualTo(Token.pdfCell("12", 4, 1, 1, 3, BOX));
        assertThat(a).isNotEqualTo(Token.pdfCell("12", 4, 1, 0, 4, BOX));
        assertThat(a).isNotEqualTo(new Token("12", "12", 4, 1, 0, 3, false, BOX));
        assertThat(a).isNotEqualTo(Token.pdfCell("12", 4, 1, 0, 3, new Box(3, 10f, 20f, 60f, 32f)));
        assertThat(a).isNotEqualTo("12");
        assertThat(a.hashCode()).isNotEqualTo(Token.pdfCell("13", 4, 1, 0, 3, BOX).hashCode());
    }

    @Test
    void aTokenPrintsItsFields() {
        assertThat(Token.cell("规章", 3, 2, 0, 1)).hasToString(
                "Token[text=规章, normalized=规章, line=3, tableRow=2, grid=0, column=1, splittable=false, box=null]");
    }
}
