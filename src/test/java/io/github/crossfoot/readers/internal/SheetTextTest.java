package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Spreadsheets built in memory with POI, as LibreOffice Calc and Excel save reports: hidden sheets,
 * rows that are absent or blank, merged header cells, formulas, and the row and column caps.
 */
class SheetTextTest {

    /** Each cell token as "line sheet:column text". */
    private static List<String> cells(SourceText text) {
        return text.tokens().stream().map(t -> t.line() + " " + t.grid() + ":" + t.column() + " " + t.text()).toList();
    }

    /** A row of the sheet with the given cells from column 0: numbers as numbers, null for no cell. */
    private static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue((String) values[c]);
            }
        }
        return row;
    }

    @Test
    void everyVisibleSheetInOrderEachFilledRowALine() {
        try (Workbook wb = new HSSFWorkbook()) {
            Sheet main = wb.createSheet("主动公开");
            // The table starts on the third row; rows 4 and 7 are absent.
            row(main, 2, "二、主动公开政府信息情况");
            row(main, 3, "", "本年处理决定数量"); // the empty corner cell of the header
            main.createRow(5); // a row that exists (formatting) but has no cell
            Row licensing = row(main, 6, "行政许可", 12, "");
            licensing.createCell(4).setBlank(); // the sheet's width: blank cells after the last value
            row(main, 8, "", "", ""); // a row of blank cells only
            row(main, 9, "行政处罚", 7);
            row(wb.createSheet("草稿"), 0, "行政许可", 99);
            row(wb.createSheet("模板"), 0, "行政许可", 98);
            row(wb.createSheet("说明"), 0, "本表数据截至2023年12月31日");
            wb.setSheetHidden(1, true);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);

            SourceText text = SheetText.read(wb);
            assertThat(text.kind()).isEqualTo("sheet");
            assertThat(text.lines()).containsExactly(
                    "二、主动公开政府信息情况", "\t本年处理决定数量", "行政许可\t12", "行政处罚\t7", "本表数据截至2023年12月31日");
            assertThat(text.textLines()).isEqualTo(text.lines());
            // The sheet's index is the token's grid: sheet 3 follows sheet 0, the hidden ones are not read.
            assertThat(cells(text)).containsExactly("1 0:0 二、主动公开政府信息情况",
                    "2 0:0 ", "2 0:1 本年处理决定数量",
                    "3 0:0 行政许可", "3 0:1 12",
                    "4 0:0 行政处罚", "4 0:1 7",
                    "5 3:0 本表数据截至2023年12月31日");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMergedCellIsReadOnceAtItsFirstRowAndColumn() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("申请");
            // Calc saves the cells a merge covers, blank.
            row(sheet, 0, "信息内容", "申请人情况", "", "");
            row(sheet, 1, "", "自然人", "法人或其他组织", "总计");
            row(sheet, 2, "行政许可", 1, 2, 3);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 3)); // 申请人情况 over three columns
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0)); // 信息内容 over two rows

            SourceText text = SheetText.read(wb);
            assertThat(text.lines()).containsExactly("信息内容\t申请人情况", "自然人\t法人或其他组织\t总计", "行政许可\t1\t2\t3");
            assertThat(cells(text)).containsExactly("1 0:0 信息内容", "1 0:1 申请人情况",
                    "2 0:1 自然人", "2 0:2 法人或其他组织", "2 0:3 总计",
                    "3 0:0 行政许可", "3 0:1 1", "3 0:2 2", "3 0:3 3");
        }
    }

    @Test
    void cellsReadAsShownWithFormulasEvaluated() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("收费");
            Row row = row(sheet, 0, "行政许可", 2, 3);
            row.createCell(3).setCellFormula("B1+C1");
            row(sheet, 1, "行政事业性收费", 0.81);

            assertThat(SheetText.read(wb).lines()).containsExactly("行政许可\t2\t3\t5", "行政事业性收费\t0.81");
        }
    }

    @Test
    void aFormulaPoiCannotEvaluateShowsTheValueTheProducerSaved() throws IOException {
        for (Workbook wb : List.of(new HSSFWorkbook(), new XSSFWorkbook())) {
            try (wb) {
                Row row = row(wb.createSheet("申请"), 0, "总计", 2, 3);
                // N() is a function POI does not evaluate; Excel saved 5 with the formula.
                Cell total = row.createCell(3);
                total.setCellFormula("N(B1)+N(C1)");
                total.setCellValue(5);

                assertThat(SheetText.read(wb).lines()).as(wb.getClass().getSimpleName()).containsExactly("总计\t2\t3\t5");
            }
        }
    }

    @Test
    void aSheetIsReadToItsTenThousandthRowAndTwoHundredthColumn() throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("附表");
            Row wide = sheet.createRow(0);
            wide.createCell(0).setCellValue("行政许可");
            wide.createCell(199).setCellValue(1);
            wide.createCell(200).setCellValue(2);
            row(sheet, 9_999, "第10000行");
            row(sheet, 10_000, "第10001行");

            SourceText text = SheetText.read(wb);
            assertThat(text.lines()).containsExactly("行政许可" + "\t".repeat(199) + "1", "第10000行");
            assertThat(text.tokens()).hasSize(201).last().extracting(t -> t.line() + " " + t.text()).isEqualTo("2 第10000行");
            assertThat(text.tokens().get(199)).extracting(Token::column, Token::text).containsExactly(199, "1");
        }
    }

    @Test
    void workbookBytesOfEitherKindAreRead() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            row(wb.createSheet("主动公开"), 0, "行政许可", 12);
            wb.write(out);
            assertThat(SheetText.read(out.toByteArray()).lines()).containsExactly("行政许可\t12");
        }
        assertThatThrownBy(() -> SheetText.read("行政许可,12".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }
}
