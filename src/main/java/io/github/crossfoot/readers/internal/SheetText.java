package io.github.crossfoot.readers.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a spreadsheet (.xlsx, or .xls of Excel 97–2003) with Apache POI: every sheet in order, each
 * row one line, each cell one token with its column, as shown (formulas evaluated, numbers as
 * formatted). A cell covered by a merged region other than its first is not a cell of its own.
 */
public final class SheetText {

    /** Most rows and columns read from one sheet: a report's tables are far smaller. */
    private static final int MAX_ROWS = 10_000;
    private static final int MAX_COLUMNS = 200;

    private SheetText() {
    }

    /** Converts spreadsheet bytes; throws IOException when they are not a workbook. */
    public static SourceText read(byte[] bytes) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            return read(wb);
        } catch (RuntimeException e) {
            throw new IOException("not a spreadsheet: " + e.getMessage(), e);
        }
    }

    static SourceText read(Workbook wb) {
        List<String> lines = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
                continue;
            }
            Sheet sheet = wb.getSheetAt(s);
            List<CellRangeAddress> merged = sheet.getMergedRegions();
            int last = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
            for (int r = sheet.getFirstRowNum(); r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getLastCellNum() <= 0) {
                    continue;
                }
                int line = lines.size() + 1;
                List<String> shown = new ArrayList<>();
                List<Token> cells = new ArrayList<>();
                for (int c = 0; c < Math.min(row.getLastCellNum(), MAX_COLUMNS); c++) {
                    if (coveredNotFirst(merged, r, c)) {
                        continue;
                    }
                    Cell cell = row.getCell(c);
                    String text = cell == null ? "" : CellText.tidy(text(cell, formatter, evaluator));
                    cells.add(Token.cell(text, line, line, s, c));
                    shown.add(CellText.oneLine(text));
                }
                if (cells.stream().allMatch(Token::isEmpty)) {
                    continue;
                }
                // Empty cells after the last filled one are the sheet's width, not blanks of the row.
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                    shown.remove(shown.size() - 1);
                }
                tokens.addAll(cells);
                lines.add(String.join("\t", shown));
            }
        }
        return new SourceText("sheet", lines, lines, tokens);
    }

    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        try {
            return formatter.formatCellValue(cell, evaluator);
        } catch (RuntimeException e) {
            // A formula POI cannot evaluate: the value the producer saved with it (without this
            // setting a formatter given no evaluator shows the formula itself).
            DataFormatter saved = new DataFormatter();
            saved.setUseCachedValuesForFormulaCells(true);
            return saved.formatCellValue(cell);
        }
    }

    private static boolean coveredNotFirst(List<CellRangeAddress> merged, int r, int c) {
        for (CellRangeAddress m : merged) {
            if (m.isInRange(r, c)) {
                return r != m.getFirstRow() || c != m.getFirstColumn();
            }
        }
        return false;
    }
}
