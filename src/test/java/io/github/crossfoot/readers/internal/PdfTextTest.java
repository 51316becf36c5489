package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crossfoot.model.Box;
import io.github.crossfoot.model.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * What {@link PdfText} reads from pages drawn here with PDFBox, each placing glyphs and rulings
 * exactly where one of its comparisons decides: a number wrapped in a narrow ruled cell or two
 * numbers on two lines that fit, a glyph low in a tight row, a ruled box around a heading, runs
 * of glyphs parted by half a character, spaces between glyphs, superscript footnote marks, lines
 * with tight leading or drawn out of order, pages at the page limit, garbled pages, text in forms
 * and under {@code /ActualText}, and a reading stopped by a time limit.
 *
 * <p>The glyphs are Times digits and letters: a digit is exactly half the font size wide, so the
 * geometry is exact; Times' height is 0.558 of the font size. Coordinates are as displayed, from
 * the top left of a 600 × 800 page.
 */
class PdfTextTest {

    private static final float H = 800;
    private static final PDFont TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    interface Drawing {
        void draw(PDDocument doc, PDPageContentStream cs) throws IOException;
    }

    /** A PDF of one page per drawing (a null drawing: a page with no content at all). */
    private static byte[] pdf(Drawing... pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Drawing drawing : pages) {
                PDPage page = new PDPage(new PDRectangle(600, H));
                doc.addPage(page);
                if (drawing != null) {
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        drawing.draw(doc, cs);
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static SourceText read(Drawing... pages) throws IOException {
        return PdfText.read(pdf(pages), 10);
    }

    /** {@code s} in {@code font} at {@code size}, its baseline at {@code y} from the top. */
    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, H - y);
        cs.showText(s);
        cs.endText();
    }

    private static void text(PDPageContentStream cs, float size, float x, float y, String s) throws IOException {
        text(cs, TIMES, size, x, y, s);
    }

    private static void hline(PDPageContentStream cs, float y, float x1, float x2) throws IOException {
        cs.moveTo(x1, H - y);
        cs.lineTo(x2, H - y);
        cs.stroke();
    }

    private static void vline(PDPageContentStream cs, float x, float y1, float y2) throws IOException {
        cs.moveTo(x, H - y1);
        cs.lineTo(x, H - y2);
        cs.stroke();
    }

    /** A ruled grid with rules at {@code ys} across and {@code xs} down. */
    private static void grid(PDPageContentStream cs, float[] xs, float[] ys) throws IOException {
        for (float y : ys) {
            hline(cs, y, xs[0], xs[xs.length - 1]);
        }
        for (float x : xs) {
            vline(cs, x, ys[0], ys[ys.length - 1]);
        }
    }

    private static List<Token> cells(SourceText t) {
        return t.tokens().stream().filter(Token::isCell).toList();
    }

    @Test
    void aNumberWrappedInANarrowCellIsOneNumberAndNumbersOnLinesThatFitStayApart() throws IOException {
        SourceText t = read((doc, cs) -> {
            grid(cs, new float[] {50, 77, 96, 114.5f}, new float[] {100, 140});
            // 27 wide, 2 of padding each side: 1077 (20) and 9 (5) need 25 > 23 + 0.5, so Word wrapped 10779.
            text(cs, 10, 52, 115, "1077");
            text(cs, 10, 52, 127, "9");
            // 19 wide: 12 (10) and 3 (5) fit in the 15 between the paddings; the break is the author's.
            text(cs, 10, 79, 115, "12");
            text(cs, 10, 79, 127, "3");
            // 18.5 wide: 15 needed against 14.5 available, within the half point allowed for rounding.
            text(cs, 10, 98, 115, "12");
            text(cs, 10, 98, 127, "3");
        });
        assertThat(t.lines()).containsExactly("[第1页 page 1]", "10779\t12 3\t12 3");
        assertThat(cells(t)).containsExactly(
                Token.pdfCell("10779", 2, 2, 1001, 0, new Box(1, 50, 100, 77, 140)),
                Token.pdfCell("12\n3", 2, 2, 1001, 1, new Box(1, 77, 100, 96, 140)),
                Token.pdfCell("12\n3", 2, 2, 1001, 2, new Box(1, 96, 100, 114.5f, 140)));
    }

    @Test
    void aGlyphSittingLowInATightRowStaysInItsRow() throws IOException {
        // Rows 12 high with 10-point digits on a baseline 2 above the row's lower rule: the
        // glyph's middle, not its baseline or a point above its top, decides its cell.
        SourceText t = read((doc, cs) -> {
            grid(cs, new float[] {50, 80, 110}, new float[] {100, 112, 124});
            text(cs, 10, 55, 110, "5");
            text(cs, 10, 85, 110, "6");
            text(cs, 10, 55, 122, "7");
            text(cs, 10, 85, 122, "8");
        });
        assertThat(t.lines()).containsExactly("[第1页 page 1]", "5\t6", "7\t8");
        assertThat(cells(t)).extracting(Token::text).containsExactly("5", "6", "7", "8");
    }

    @Test
    void aRuledBoxAroundAHeadingIsNotATable() throws IOException {
        // Two ruled cells, only one holding text: a frame, read as text.
        SourceText t = read((doc, cs) -> {
            grid(cs, new float[] {50, 300, 550}, new float[] {100, 130});
            text(cs, 10, 60, 120, "Annual report");
        });
        assertThat(t.lines()).containsExactly("[第1页 page 1]", "Annual report");
        assertThat(t.tokens()).singleElement().satisfies(token -> {
            assertThat(token.text()).isEqualTo("Annual report");
            assertThat(token.isCell()).isFalse();
            assertThat(token.isPlaced()).isTrue();
        });
    }

    @Test
    void tablesAreNumberedByPageAndEachRowIsALine() throws IOException {
        // Two tables of two filled cells on page 1 with a line of text between, one on page 2.
        SourceText t = read((doc, cs) -> {
            grid(cs, new float[] {50, 150, 250}, new float[] {100, 120});
            text(cs, 10, 55, 115, "Total");
            text(cs, 10, 155, 115, "12");
            text(cs, 10, 55, 160, "Note");
            grid(cs, new float[] {50, 150, 250}, new float[] {200, 220});
            text(cs, 10, 55, 215, "Cases");
            text(cs, 10, 155, 215, "3");
        }, (doc, cs) -> {
            grid(cs, new float[] {50, 150, 250}, new float[] {100, 120});
            text(cs, 10, 55, 115, "Fees");
            text(cs, 10, 155, 115, "4");
        });
        assertThat(t.lines()).containsExactly("[第1页 page 1]", "Total\t12", "Note", "Cases\t3", "[第2页 page 2]", "Fees\t4");
        assertThat(cells(t)).containsExactly(
                Token.pdfCell("Total", 2, 2, 1001, 0, new Box(1, 50, 100, 150, 120)),
                Token.pdfCell("12", 2, 2, 1001, 1, new Box(1, 150, 100, 250, 120)),
                Token.pdfCell("Cases", 4, 4, 1002, 0, new Box(1, 50, 200, 150, 220)),
                Token.pdfCell("3", 4, 4, 1002, 1, new Box(1, 150, 200, 250, 220)),
                Token.pdfCell("Fees", 6, 6, 2001, 0, new Box(2, 50, 100, 150, 120)),
                Token.pdfCell("4", 6, 6, 2001, 1, new Box(2, 150, 100, 250, 120)));
        assertThat(t.tokens()).filteredOn(token -> token.text().equals("Note")).singleElement()
                .satisfies(token -> assertThat(token.line()).isEqualTo(3));
    }

    @Test
    void runsOfGlyphsArePartedByAGapOfHalfACharacter() throws IOException {
        // 10-point digits: 12 ends at 60; 34 five points on (half the size) is a cell of its own,
        // 4.5 points on it is the same run, written with a space.
        SourceText t = read((doc, cs) -> {
            text(cs, 10, 50, 200, "12");
            text(cs, 10, 65, 200, "34");
            text(cs, 10, 50, 230, "56");
            text(cs, 10, 64.5f, 230, "78");
        });
        assertThat(t.lines()).containsExactly("[第1页 page 1]", "12 34", "56 78");
        // Each run that is one token keeps its place on the page; 56 78 is two numbers, unplaced.
        assertThat(t.tokens()).extracting(Token::text).containsExactly("12", "34", "56", "78");
        assertThat(t.tokens()).extracting(Token::line).containsExactly(2, 2, 3, 3);
        assertThat(t.tokens().subList(2, 4)).allSatisfy(token -> assertThat(token.isPlaced()).isFalse());
        Box twelve = t.tokens().get(0).box();
        Box thirtyFour = t.tokens().get(1).box();
        assertThat(List.of(twelve.x1(), twelve.x2(), twelve.y2(), thirtyFour.x1(), thirtyFour.x2(), thirtyFour.y2()))
                .containsExactly(50f, 60f, 200f, 65f, 75f, 200f);
        assertThat(twelve.y1()).isCloseTo(200 - 5.58f, within(0.01f));
    }

    @Test
    void aSpaceIsWrittenWhereGlyphsStandMoreThanAThirdOfACharacterApart() throws IOException {
        // 9-point digits 4.5 wide: a third of that is 1.5.
        SourceText t = read((doc, cs) -> {
            text(cs, 9, 50, 200, "1");
            text(cs, 9, 56, 200, "2"); // 1.5 after the 1 ends: kerned, one number
            text(cs, 9, 50, 230, "3");
            text(cs, 9, 57.5f, 230, "4"); // 3 after: two numbers
            text(cs, 9, 50, 260, "56"); // set without a gap
        });
        assertThat(t.lines()).containsExactly("[第1页 page 1]", "12", "3 4", "56");
    }

    @Test
    void aRaisedSmallerGlyphIsASuperscriptMark() throws IOException {
        SourceText t = read((doc, cs) -> {
            superscripted(cs, 300, 6, 2.5f);   // a footnote mark: smaller and raised
            superscripted(cs, 330, 8, 2.5f);   // 0.8 of the size is not smaller enough
            superscripted(cs, 360, 6, 2);      // raised 0.2 of the size is not raised enough
            superscripted(cs, 390, 9, 2.5f);   // nearly full size
            superscripted(cs, 420, 6, 0);      // small, on the baseline
            // Full-size glyphs a point apart: the raise is measured from the last of them.
            text(cs, 10, 50, 450, "1");
            text(cs, 10, 55, 451, "2");
            text(cs, 6, 60, 448.5f, "3");
        });
        assertThat(t.lines()).containsExactly("[第1页 page 1]", "12³", "123", "123", "123", "123", "12³");
    }

    /** 12 at 10 points on {@code baseline}, then 3 at {@code size} raised by {@code raise}. */
    private static void superscripted(PDPageContentStream cs, float baseline, float size, float raise) throws IOException {
        text(cs, 10, 50, baseline, "12");
        text(cs, size, 60, baseline - raise, "3");
    }

    @Test
    void glyphsAreGroupedIntoLinesByBaselineWhateverTheOrderTheyAreDrawnIn() throws IOException {
        SourceText t = read((doc, cs) -> {
            text(cs, 10, 50, 230, "34"); // drawn before the line above it
            text(cs, 10, 50, 200, "12");
            text(cs, 10, 50, 300, "56"); // 8 points of leading: tight, still two lines
            text(cs, 10, 50, 308, "78");
            text(cs, 10, 50, 400, "90");
            text(cs, 3, 60, 401, "1"); // a tiny mark a point low: within the one point allowed
        });
        assertThat(t.lines()).containsExactly("[第1页 page 1]", "12", "34", "56", "78", "901");
    }

    @Test
    void aPdfOfAsManyPagesAsTheLimitIsReadAndABlankPageIsNoScan() throws IOException {
        byte[] pdf = pdf((doc, cs) -> text(cs, 10, 50, 200, "12"), null);
        SourceText t = PdfText.read(pdf, 2);
        assertThat(t.lines()).containsExactly("[第1页 page 1]", "12", "[第2页 page 2]");
        assertThat(t.problems()).isEmpty();
        assertThatThrownBy(() -> PdfText.read(pdf, 1)).isInstanceOf(LimitExceeded.class);
    }

    @Test
    void pagesWithAnImageAndNoTextAreNamedAsScans() throws IOException {
        Drawing scan = (doc, cs) -> {
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
                    new java.awt.image.BufferedImage(20, 28, java.awt.image.BufferedImage.TYPE_INT_RGB));
            cs.drawImage(image, 0, 0, 600, H);
        };
        SourceText t = read(scan, (doc, cs) -> text(cs, 10, 50, 200, "2023"), scan);
        assertThat(t.lines()).containsExactly("[第1页 page 1]", "[第2页 page 2]", "2023", "[第3页 page 3]");
        assertThat(t.problems()).extracting(Violation::rule).containsExactly("read.no-text-layer");
        assertThat(t.problems().get(0).messageZh()).startsWith("PDF 第1、3页只有图像");
    }

    @Test
    void anInterruptedReadingStopsEvenOnABlankPage() throws IOException {
        byte[] pdf = pdf((Drawing) null);
        assertThat(PdfText.read(pdf, 1).lines()).containsExactly("[第1页 page 1]");
        assertThatThrownBy(() -> PdfRulingsTest.interrupted(() -> PdfText.read(pdf, 1)))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void pagesWhoseTextDoesNotDecodeToChineseAreNamed() throws IOException {
        // Times with a ToUnicode map: A decodes to U+FFFD, W X Y Z to 总计年度, other letters as Latin.
        SourceText t;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            COSStream cmap = doc.getDocument().createCOSStream();
            try (OutputStream os = cmap.createOutputStream()) {
                os.write(toUnicode("<41> <FFFD>", "<57> <603B>", "<58> <8BA1>", "<59> <5E74>", "<5A> <5EA6>"));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, cmap);
            String[] pages = {
                "AAAAAAAAAAAAAAAAAAAA", // 20 undecodable glyphs
                "abcdefghijklmnopqrst", // 20 letters, none Chinese
                "abcdefghijklmnopWXYZ", // 20 letters, a fifth of them Chinese: decodes
            };
            for (String s : pages) {
                PDPage page = new PDPage(new PDRectangle(600, H));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, font, 10, 50, 200, s);
                }
            }
            doc.save(out);
            t = PdfText.read(out.toByteArray(), 10);
        }
        assertThat(t.lines()).contains("abcdefghijklmnop总计年度");
        assertThat(t.problems()).extracting(Violation::rule).containsExactly("read.garbled-text");
        assertThat(t.problems().get(0).messageZh()).startsWith("PDF 第1–2页的文字层不能解码为中文");
    }

    private static byte[] toUnicode(String... pairs) {
        String cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CMapName /Test-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                + pairs.length + " beginbfchar\n" + String.join("\n", pairs) + "\nendbfchar\n"
                + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        return cmap.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void textDrawnInsideAFormIsRead() throws IOException {
        SourceText t = read((doc, cs) -> {
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(new PDRectangle(600, H));
            form.setResources(new PDResources());
            try (PDFormContentStream f = new PDFormContentStream(form)) {
                f.beginText();
                f.setFont(TIMES, 10);
                f.newLineAtOffset(50, H - 200);
                f.showText("2023");
                f.endText();
            }
            cs.drawForm(form);
        });
        assertThat(t.lines()).containsExactly("[第1页 page 1]", "2023");
    }

    @Test
    void actualTextStandsForTheGlyphsItSpans() throws IOException {
        // Glyphs whose own codes say nothing, their text given by a marked-content /ActualText
        // (总计 in UTF-16), as producers write it for glyphs without a Unicode map.
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(600, H));
            doc.addPage(page);
            PDResources resources = new PDResources();
            COSName font = resources.add(TIMES);
            page.setResources(resources);
            String content = "BT /" + font.getName() + " 10 Tf 50 600 Td /Span <</ActualText <FEFF603B8BA1>>> BDC (AB) Tj EMC"
                    + " ( 12) Tj ET\n";
            page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertThat(PdfText.read(pdf, 1).lines()).containsExactly("[第1页 page 1]", "总计 12");
    }

    /**
     * The glyph collector stops a reading whose thread was interrupted (a time limit) at the next
     * glyph or form it meets: content can nest and repeat without end. {@link PdfText#read} checks
     * before each page too, so the collector is driven here on its own.
     */
    @Test
    void theGlyphCollectorStopsAtAGlyphOrAFormWhenInterrupted() throws Exception {
        byte[] glyphs = pdf((doc, cs) -> text(cs, 10, 50, 200, "12"));
        byte[] form = pdf((doc, cs) -> {
            PDFormXObject f = new PDFormXObject(doc);
            f.setBBox(new PDRectangle(600, H));
            try (PDFormContentStream fs = new PDFormContentStream(f)) {
                fs.moveTo(50, 50);
                fs.lineTo(100, 50);
                fs.stroke();
            }
            cs.drawForm(f);
        });
        for (byte[] pdf : List.of(glyphs, form)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(collector().getText(doc)).isNotNull();
                PDFTextStripper collector = collector();
                assertThatThrownBy(() -> PdfRulingsTest.interrupted(() -> collector.getText(doc)))
                        .isInstanceOf(CancellationException.class);
            }
        }
    }

    private static PDFTextStripper collector() throws ReflectiveOperationException {
        var constructor = Class.forName(PdfText.class.getName() + "$Glyphs").getDeclaredConstructor();
        constructor.setAccessible(true);
        return (PDFTextStripper) constructor.newInstance();
    }
}
