package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Office 97–2003 documents: a Word .doc made by LibreOffice ({@code src/test/resources/ole/make.sh})
 * with merged cells, a cell of two paragraphs and a superscript footnote mark; an .xls workbook; and
 * OLE2 files that are neither.
 */
class OleTextTest {

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = OleTextTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    /** Each cell token as "line grid:column text". */
    private static List<String> cells(SourceText text) {
        return text.tokens().stream().filter(Token::isCell)
                .map(t -> t.line() + " " + t.grid() + ":" + t.column() + " " + t.text()).toList();
    }

    /** An OLE2 file holding one stream of the given name. */
    private static byte[] oleWith(String entry) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), entry);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWordDocumentIsOneLinePerParagraphAndOnePerTableRow() throws IOException {
        SourceText text = OleText.read(resource("/ole/cells.doc"));
        assertThat(text.kind()).isEqualTo("doc");
        // The empty paragraph after the title is no line; a cell's two paragraphs are one line of the row.
        assertThat(text.lines()).containsExactly(
                "某某镇人民政府2023年政府信息公开工作年度报告",
                "二、主动公开政府信息情况",
                "信息内容\t本年处理决定数量",
                "上半年\t下半年",
                "行政许可 （含备案）\t12¹\t3",
                "注：1.含补办的许可。",
                "行政处罚\t7");
        assertThat(text.textLines()).isEqualTo(text.lines());
        assertThat(text.tokens()).filteredOn(t -> !t.isCell()).extracting(t -> t.line() + " " + t.text())
                .containsExactly("1 某某镇人民政府2023年政府信息公开工作年度报告", "2 二、主动公开政府信息情况",
                        "6 注：1.含补办的许可。");
    }

    @Test
    void eachCellIsATokenAtTheGridColumnItsLeftEdgeStandsAt() throws IOException {
        SourceText text = OleText.read(resource("/ole/cells.doc"));
        // 信息内容 is merged over two rows: read once, at its first row, so 上半年 stands at column 1.
        // 本年处理决定数量 spans two columns and starts at column 1. The second table is grid 1 with its
        // own columns. Paragraphs of a cell stay lines of it; the superscript 1 stays a mark.
        assertThat(cells(text)).containsExactly(
                "3 0:0 信息内容", "3 0:1 本年处理决定数量",
                "4 0:1 上半年", "4 0:2 下半年",
                "5 0:0 行政许可\n（含备案）", "5 0:1 12¹", "5 0:2 3",
                "7 1:0 行政处罚", "7 1:1 7");
    }

    @Test
    void anExcel97WorkbookIsReadAsASpreadsheet() throws IOException {
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("主动公开");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("行政许可");
            row.createCell(1).setCellValue(12);
            wb.write(out);
            xls = out.toByteArray();
        }
        SourceText text = OleText.read(xls);
        assertThat(text.kind()).isEqualTo("sheet");
        assertThat(text.lines()).containsExactly("行政许可\t12");
    }

    @Test
    void anOle2FileThatIsNeitherWordNorExcelIsRefused() throws IOException {
        byte[] slides = oleWith("PowerPoint Document");
        assertThatThrownBy(() -> OleText.read(slides)).isInstanceOf(IOException.class)
                .hasMessage("an Office 97-2003 file that is neither a Word document nor a workbook");
    }

    @Test
    void anExcel5WorkbookIsTakenForAWorkbookThatPoiCannotRead() throws IOException {
        // Excel 5.0/7.0 keeps its sheets in a stream named Book; POI reads only the Workbook of Excel 97 on.
        byte[] excel5 = oleWith("Book");
        assertThatThrownBy(() -> OleText.read(excel5)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("not a readable Office 97-2003 document: ")
                .hasMessageContaining("Excel 5.0/7.0");
    }
}
