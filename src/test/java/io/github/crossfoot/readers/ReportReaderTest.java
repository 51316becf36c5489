package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public entry point: a file read from its path within the size limit, each document kind
 * dispatched by content, what a document that cannot be read becomes, and the body, year and format
 * worked out for the report. Small documents built in memory; LimitsTest covers the CLI and library
 * settings of each limit.
 */
class ReportReaderTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);

    /** A small text report whose last byte is a figure of its table. */
    private static final String REPORT = "某某县人民政府2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
            + "信息内容\t本年处理决定数量\n行政许可\t12";

    private static String licensing(Report report) {
        return report.table("proactive").flatMap(t -> t.cell("licensing", "decisions")).orElseThrow().value().toString();
    }

    /** Whether the document was read: no finding says it was not (its partial table has findings of its own). */
    private static void wasRead(Report report) {
        assertThat(report.readingProblems()).extracting(Violation::rule)
                .doesNotContain("read.limit", "read.not-text", "read.failed");
    }

    private static Violation onlyProblem(Report report) {
        assertThat(report.readingProblems()).hasSize(1);
        return report.readingProblems().get(0);
    }

    @Test
    void aFileIsReadFromItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, REPORT, StandardCharsets.UTF_8);
        Report report = READER.read(file);
        assertThat(report.source()).isEqualTo(file.toString());
        assertThat(report.agency()).contains("某某县人民政府");
        assertThat(report.year()).hasValue(2023);
        assertThat(report.format()).isEqualTo("gov-2021");
        assertThat(licensing(report)).isEqualTo("12");
        wasRead(report);
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsReadWholeAndOneByteMoreIsNot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, REPORT, StandardCharsets.UTF_8);
        long size = Files.size(file);
        Report atTheLimit = new ReportReader(RULES, Limits.defaults().withMaxFileBytes(size)).read(file);
        assertThat(licensing(atTheLimit)).as("the last byte read too").isEqualTo("12");
        wasRead(atTheLimit);

        Report over = new ReportReader(RULES, Limits.defaults().withMaxFileBytes(size - 1)).read(file);
        assertThat(onlyProblem(over).rule()).isEqualTo("read.limit");
        assertThat(over.tables()).isEmpty();
    }

    @Test
    void theSizeLimitIsNamedInMegabytesWhenItIsWholeMegabytes() {
        Report mb = new ReportReader(RULES, Limits.defaults().withMaxFileBytes(1024 * 1024))
                .read("big.txt", new byte[1024 * 1024 + 1]);
        assertThat(onlyProblem(mb).messageEn()).isEqualTo("The file is larger than the 1 MB limit; it was not read.");
        assertThat(onlyProblem(mb).messageZh()).isEqualTo("文件超过 1 MB 的上限，未读取。");
        Report bytes = new ReportReader(RULES, Limits.defaults().withMaxFileBytes(1000)).read("big.txt", new byte[1001]);
        assertThat(onlyProblem(bytes).messageEn()).isEqualTo("The file is larger than the 1000 bytes limit; it was not read.");
    }

    @Test
    void aPdfOverThePageLimitIsNotRead() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(out);
            pdf = out.toByteArray();
        }
        Report report = new ReportReader(RULES, Limits.defaults().withMaxPdfPages(1)).read("two-pages.pdf", pdf);
        Violation limit = onlyProblem(report);
        assertThat(limit.rule()).isEqualTo("read.limit");
        assertThat(limit.messageEn()).isEqualTo("The PDF has 2 pages, more than the limit of 1; it was not read.");
    }

    @Test
    void aDamagedWordFileIsReportedAsUnreadable() {
        byte[] zip = Arrays.copyOf(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, 64);
        Violation problem = onlyProblem(READER.read("report.docx", zip));
        assertThat(problem.rule()).isEqualTo("read.not-text");
        assertThat(problem.messageEn()).startsWith("The file's content cannot be read: ");
    }

    @Test
    void aPdfNestedTooDeepForTheParserIsAFailedReadingNotACrash() {
        // PDFBox parses nested arrays recursively: 100,000 levels overflow the stack while reading.
        String pdf = "%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R/Extra " + "[".repeat(100_000) + "]".repeat(100_000)
                + ">>\nendobj\n2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n"
                + "3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]>>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n";
        Violation problem = onlyProblem(READER.read("deep.pdf", pdf.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(problem.rule()).isEqualTo("read.failed");
        assertThat(problem.messageEn()).isEqualTo(
                "Processing failed (读取 reading): StackOverflowError. This file was not checked; the others were.");
    }

    @Test
    void aFailureNamesTheCauseOnOneLineOfAtMostThreeHundredCharacters() {
        Violation plain = onlyProblem(ReportReader.failure("a.pdf", "识别表格 finding the tables",
                new IllegalStateException("row 3\n\t has  no cells ")));
        assertThat(plain.rule()).isEqualTo("read.failed");
        assertThat(plain.messageEn()).isEqualTo("Processing failed (识别表格 finding the tables): "
                + "IllegalStateException: row 3 has no cells. This file was not checked; the others were.");
        assertThat(onlyProblem(ReportReader.failure("a.pdf", "读取 reading", new OutOfMemoryError())).messageEn())
                .isEqualTo("Processing failed (读取 reading): OutOfMemoryError. This file was not checked; the others were.");
        String exactly300 = "x".repeat(300);
        assertThat(onlyProblem(ReportReader.failure("a.pdf", "读取 reading", new IllegalStateException(exactly300)))
                .messageEn()).contains("IllegalStateException: " + exactly300 + ". ");
        assertThat(onlyProblem(ReportReader.failure("a.pdf", "读取 reading", new IllegalStateException(exactly300 + "yz")))
                .messageEn()).contains("IllegalStateException: " + exactly300 + "…. ");
    }

    @Test
    void aMissingOptionalLibraryIsNamedByThePackageOfTheMissingClass() throws Exception {
        // The NoClassDefFoundError itself needs a class path without the library (CoreOnlyClassPathTest,
        // in a JVM of its own); the naming of the library is checked here, where it runs in this JVM.
        Method libraryOf = ReportReader.class.getDeclaredMethod("libraryOf", String.class);
        libraryOf.setAccessible(true);
        String poi = "Apache POI (org.apache.poi:poi-ooxml, poi-scratchpad)";
        assertThat(libraryOf.invoke(null, "org/apache/poi/xwpf/usermodel/XWPFDocument")).isEqualTo(poi);
        assertThat(libraryOf.invoke(null, "org.apache.xmlbeans.XmlObject")).isEqualTo(poi);
        assertThat(libraryOf.invoke(null, "org/openxmlformats/schemas/wordprocessingml/x2006/main/CTTc")).isEqualTo(poi);
        String pdfbox = "Apache PDFBox (org.apache.pdfbox:pdfbox)";
        assertThat(libraryOf.invoke(null, "org/apache/pdfbox/Loader")).isEqualTo(pdfbox);
        assertThat(libraryOf.invoke(null, "org/apache/fontbox/ttf/TrueTypeFont")).isEqualTo(pdfbox);
        assertThat(libraryOf.invoke(null, "org/jsoup/Jsoup")).isEqualTo("jsoup (org.jsoup:jsoup)");
        assertThat(libraryOf.invoke(null, "org/apache/commons/csv/CSVFormat"))
                .isEqualTo("Commons CSV (org.apache.commons:commons-csv)");
        assertThat(libraryOf.invoke(null, "com/example/Unknown")).isEqualTo("an optional library");
    }

    @Test
    void aWorkbookAndAWord97DocumentAreToldByTheirContent() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("年报");
            String[][] rows = {{"某某县人民政府2023年政府信息公开工作年度报告"}, {"二、主动公开政府信息情况"},
                    {"信息内容", "本年处理决定数量"}, {"行政许可", "12"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        // No extension: the bytes say what the file is.
        Report sheet = READER.read("upload-1", xlsx);
        wasRead(sheet);
        assertThat(sheet.agency()).contains("某某县人民政府");
        assertThat(licensing(sheet)).isEqualTo("12");

        byte[] doc;
        try (InputStream in = ReportReaderTest.class.getResourceAsStream("/ole/cells.doc")) {
            doc = in.readAllBytes();
        }
        Report word = READER.read("upload-2", doc);
        wasRead(word);
        assertThat(word.agency()).contains("某某镇人民政府");
        assertThat(word.year()).hasValue(2023);
        assertThat(word.lines()).startsWith("某某镇人民政府2023年政府信息公开工作年度报告", "二、主动公开政府信息情况");
    }

    @Test
    void aPageTitleGivesTheBodyTheTextDoesNotName() {
        String html = "<html><head><title>某某县人民政府2023年政府信息公开工作年度报告 - 某某县人民政府网</title></head><body>"
                + "<p>2023年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>"
                + "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>12</td></tr></table>"
                + "</body></html>";
        Report report = READER.read("report.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(report.agency()).contains("某某县人民政府");
        assertThat(report.year()).hasValue(2023);
        assertThat(licensing(report)).isEqualTo("12");
    }

    @Test
    void aReportWithoutTheLabelsOfEitherFormatIsReadInTheFormatOfItsYear() {
        // Neither format's own labels appear: the 2019 report is read in the 2019 format, with no mismatch.
        String text = "某某县人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                + "信息内容\t本年处理决定数量\n行政许可\t12\n";
        Report report = READER.read("report-2019.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(report.format()).isEqualTo("gov-2019");
        assertThat(report.readingProblems()).extracting(Violation::rule).doesNotContain("format.mismatch");
        assertThat(new ReportReader(RULES).read("report-2023.txt", REPORT.getBytes(StandardCharsets.UTF_8)).format())
                .isEqualTo("gov-2021");
    }
}
