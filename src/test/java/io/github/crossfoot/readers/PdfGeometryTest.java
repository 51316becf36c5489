package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.testing.DocumentRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PDF pages drawn here with PDFBox: a ruled table 四 whose borders are stroked lines or the thin
 * filled rectangles Word and WPS draw, with merged header cells and labels wrapped in narrow cells,
 * on a landscape page and on upright pages turned by {@code /Rotate 90} and {@code 270};
 * a scanned page; a page whose text does not decode to Chinese.
 */
class PdfGeometryTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);

    /** Column edges of table 四: 15 columns, 30 points each. */
    private static float x(int column) {
        return 40 + 30 * column;
    }

    /**
     * Table 四 drawn as Word draws it: a group row (行政复议 over 5 columns, 行政诉讼 over 10), a
     * sub-group row, a row of the 15 result labels each wrapped over two lines, and the values.
     */
    private static byte[] reviewsPage(boolean rectangles, int rotation) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = DocumentRenderer.loadCjkFont(pdf);
            float w = PDRectangle.A4.getWidth();
            float longSide = PDRectangle.A4.getHeight();
            // A landscape page: drawn on a landscape media box, or on an upright one turned by /Rotate.
            PDPage page = rotation == 0 ? new PDPage(new PDRectangle(longSide, w)) : new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            pdf.addPage(page);
            float[] ys = {100, 120, 140, 175, 195}; // from the top, as displayed
            float h = w; // the displayed page's height
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                if (rotation == 90) {
                    cs.transform(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, w, 0));
                } else if (rotation == 270) {
                    cs.transform(new org.apache.pdfbox.util.Matrix(0, -1, 1, 0, 0, longSide));
                }
                text(cs, font, 10, 40, h - 60, "某某县人民政府2023年政府信息公开工作年度报告");
                text(cs, font, 9, 40, h - 85, "四、政府信息公开行政复议、行政诉讼情况");
                // Horizontal rulings: full width except where the merged group cells span.
                hline(cs, rectangles, h, ys[0], x(0), x(15));
                hline(cs, rectangles, h, ys[1], x(5), x(15));
                hline(cs, rectangles, h, ys[2], x(0), x(15));
                hline(cs, rectangles, h, ys[3], x(0), x(15));
                hline(cs, rectangles, h, ys[4], x(0), x(15));
                for (int c = 0; c <= 15; c++) {
                    boolean groupEdge = c == 0 || c == 5 || c == 10 || c == 15;
                    float top = groupEdge ? ys[0] : c < 5 ? ys[2] : ys[2];
                    if (c == 10) {
                        top = ys[1];
                    }
                    vline(cs, rectangles, h, x(c), top, ys[4]);
                }
                text(cs, font, 8, x(0) + 2, h - 114, "行政复议");
                text(cs, font, 8, x(5) + 2, h - 114, "行政诉讼");
                text(cs, font, 8, x(5) + 2, h - 134, "未经复议直接起诉");
                text(cs, font, 8, x(10) + 2, h - 134, "复议后起诉");
                String[][] labels = {{"结果", "维持"}, {"结果", "纠正"}, {"其他", "结果"}, {"尚未", "审结"}, {"总计", ""}};
                for (int c = 0; c < 15; c++) {
                    String[] l = labels[c % 5];
                    text(cs, font, 8, x(c) + 2, h - 154, l[0]);
                    text(cs, font, 8, x(c) + 2, h - 166, l[1]);
                }
                int[] values = {1, 2, 0, 1, 4, 0, 0, 3, 0, 3, 5, 0, 0, 1, 6};
                for (int c = 0; c < 15; c++) {
                    text(cs, font, 8, x(c) + 8, h - 189, String.valueOf(values[c]));
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static void hline(PDPageContentStream cs, boolean rect, float h, float y, float x1, float x2)
            throws IOException {
        if (rect) {
            cs.addRect(x1, h - y - 0.25f, x2 - x1, 0.5f);
            cs.fill();
        } else {
            cs.moveTo(x1, h - y);
            cs.lineTo(x2, h - y);
            cs.stroke();
        }
    }

    private static void vline(PDPageContentStream cs, boolean rect, float h, float x, float y1, float y2)
            throws IOException {
        if (rect) {
            cs.addRect(x - 0.25f, h - y2, 0.5f, y2 - y1);
            cs.fill();
        } else {
            cs.moveTo(x, h - y1);
            cs.lineTo(x, h - y2);
            cs.stroke();
        }
    }

    @ParameterizedTest(name = "borders as rectangles: {0}, page rotated {1}")
    @org.junit.jupiter.params.provider.CsvSource({"false, 0", "true, 0", "false, 90", "true, 270"})
    void aRuledTableIsReadFromItsRulings(boolean rectangles, int rotation) throws IOException {
        Assumptions.assumeTrue(DocumentRenderer.canRenderPdf(), "no CJK font to draw the test PDF");
        Report report = READER.read("drawn.pdf", reviewsPage(rectangles, rotation));
        var reviews = report.table("reviews").orElseThrow();
        assertThat(reviews.number("all", "reconsideration.total")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
        assertThat(reviews.number("all", "litigation_direct.total")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(reviews.number("all", "litigation_after_reconsideration.total"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6"));
        assertThat(reviews.cells()).hasSize(15);
        // Each label wrapped over two lines of its cell is one cell: the row of labels is one line.
        int labelLine = report.lines().indexOf(String.join("\t", java.util.Collections.nCopies(3,
                "结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计"))) + 1;
        assertThat(labelLine).as("the header row as one line: %s", report.lines()).isPositive();
        CheckResult result = RULES.check(report);
        assertThat(result.violations()).filteredOn(v -> v.table().map("reviews"::equals).orElse(false)).isEmpty();
    }

    @Test
    void aScannedPageSaysSo() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int k = 0; k < 2; k++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
                PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        Report report = READER.read("scan.pdf", pdf);
        CheckResult result = RULES.check(report);
        assertThat(report.readingProblems()).filteredOn(v -> v.rule().equals("read.no-text-layer")).singleElement()
                .satisfies(v -> {
                    assertThat(v.severity()).isEqualTo(Severity.ERROR);
                    assertThat(v.messageZh()).contains("第1–2页").contains("OCR");
                });
        assertThat(result.passed()).isFalse();
    }

    @Test
    void textThatDoesNotDecodeToChineseSaysSo() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PDType1Font latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                for (int k = 0; k < 6; k++) {
                    cs.beginText();
                    cs.setFont(latin, 11);
                    cs.newLineAtOffset(50, 780 - 20 * k);
                    cs.showText("\u00bf\u201d\u00bf\u00a1fl\u2039\u2026 \u00c6\u00d0\u00de\u00f0\u00be \u00ba\u00aa\u00b5\u00df");
                    cs.endText();
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        Report report = READER.read("garbled.pdf", pdf);
        List<Violation> garbled = report.readingProblems().stream().filter(v -> v.rule().equals("read.garbled-text")).toList();
        assertThat(garbled).singleElement().satisfies(v -> assertThat(v.messageZh()).contains("第1页"));
        assertThat(RULES.check(report).passed()).isFalse();
    }
}
