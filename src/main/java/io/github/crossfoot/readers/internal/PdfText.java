package io.github.crossfoot.readers.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a PDF with Apache PDFBox, page by page in reading order, then reads
 * that text like any other: labels broken across lines or pages are joined by the table parser,
 * page numbers such as {@code - 4 -} are dropped. A line {@code [第N页 page N]} marks each page so
 * a person can find a line. A PDF without a text layer (a scan) yields no text.
 */
public final class PdfText {

    private PdfText() {
    }

    public static boolean accepts(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }

    /** Converts PDF bytes; throws IOException when they are not a readable PDF. */
    public static SourceText read(byte[] bytes) throws IOException {
        List<String> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                lines.add("[第" + page + "页 page " + page + "]");
                String text = stripper.getText(doc);
                for (String l : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
                    lines.add(l);
                }
            }
        }
        return new SourceText("pdf", lines, lines, PlainText.tokenize(lines));
    }
}
