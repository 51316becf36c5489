package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table built in memory the ways Word and WPS write them: merges over rows (with and without
 * {@code w:val="continue"}), a cell over two grid columns, cells with and without properties, a cell
 * of two paragraphs, a superscript mark and a table nested in a cell.
 */
class DocxTextTest {

    /** The cell's properties, added when it has none. */
    private static CTTcPr pr(XWPFTableCell cell) {
        CTTc tc = cell.getCTTc();
        return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
    }

    /** A cell with no properties at all ({@code <w:tc>} with no {@code <w:tcPr>}), holding {@code text}. */
    private static XWPFTableCell bare(XWPFTableCell cell, String text) {
        if (cell.getCTTc().isSetTcPr()) {
            cell.getCTTc().unsetTcPr();
        }
        if (!text.isEmpty()) {
            cell.setText(text);
        }
        return cell;
    }

    /** A new row of exactly {@code n} cells. */
    private static XWPFTableRow row(XWPFTable table, int n) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > n) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        while (row.getTableCells().size() < n) {
            row.addNewTableCell();
        }
        return row;
    }

    private static byte[] report() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("某某县人民政府2023年政府信息公开工作年度报告");
            doc.createParagraph(); // an empty paragraph: no line
            doc.createParagraph().createRun().setText("二、主动公开政府信息情况");

            XWPFTable table = doc.createTable();
            XWPFTableRow header = row(table, 3);
            table.removeRow(0);
            XWPFTableCell content = bare(header.getCell(0), "信息内容");
            pr(content).addNewVMerge().setVal(STMerge.RESTART);
            XWPFTableCell decisions = bare(header.getCell(1), "本年处理决定数量");
            pr(decisions).addNewGridSpan().setVal(BigInteger.TWO);
            bare(header.getCell(2), "备注");

            XWPFTableRow halves = row(table, 4);
            pr(bare(halves.getCell(0), "")).addNewVMerge(); // no w:val: continues the merge
            pr(bare(halves.getCell(1), "上半年")).addNewTcW().setW(BigInteger.valueOf(1200)); // properties, no span
            bare(halves.getCell(2), "下半年");
            bare(halves.getCell(3), "");

            XWPFTableRow licensing = row(table, 4);
            XWPFTableCell label = bare(licensing.getCell(0), "行政许可");
            label.addParagraph().createRun().setText("（含备案）");
            pr(label).addNewVMerge().setVal(STMerge.RESTART);
            XWPFTableCell marked = bare(licensing.getCell(1), "12");
            marked.getParagraphs().get(0).createRun().setText("1");
            marked.getParagraphs().get(0).getRuns().get(1).setVerticalAlignment("superscript");
            bare(licensing.getCell(2), "3");
            bare(licensing.getCell(3), "含补办");

            XWPFTableRow licensing2 = row(table, 4);
            pr(bare(licensing2.getCell(0), "")).addNewVMerge().setVal(STMerge.CONTINUE);
            bare(licensing2.getCell(1), "4");
            bare(licensing2.getCell(2), "5");
            bare(licensing2.getCell(3), "");

            doc.createParagraph().createRun().setText("注：1.含补办的许可。");

            XWPFTable penalties = doc.createTable();
            XWPFTableRow p = row(penalties, 2);
            penalties.removeRow(0);
            XWPFTableCell penalty = bare(p.getCell(0), "行政处罚");
            // A table inside the cell, one row of two cells: read when the document is parsed again.
            CTRow nested = penalty.getCTTc().addNewTbl().addNewTr();
            nested.addNewTc().addNewP().addNewR().addNewT().setStringValue("其中：罚款");
            nested.addNewTc().addNewP().addNewR().addNewT().setStringValue("5");
            bare(p.getCell(1), "7");

            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void paragraphsAndTableRowsAreLines() throws IOException {
        SourceText text = DocxText.read(report());
        assertThat(text.kind()).isEqualTo("docx");
        assertThat(text.lines()).containsExactly(
                "某某县人民政府2023年政府信息公开工作年度报告",
                "二、主动公开政府信息情况",
                "信息内容\t本年处理决定数量\t备注",
                "上半年\t下半年\t",
                "行政许可 （含备案）\t12¹\t3\t含补办",
                "4\t5\t",
                "注：1.含补办的许可。",
                "行政处罚 其中：罚款 5\t7");
    }

    @Test
    void eachCellStandsAtItsGridColumnAndMergedCellsAreReadOnce() throws IOException {
        List<String> cells = DocxText.read(report()).tokens().stream().filter(Token::isCell)
                .map(t -> t.line() + " " + t.grid() + ":" + t.column() + " " + t.text()).toList();
        // 本年处理决定数量 spans columns 1 and 2, so 备注 is column 3; the cells continuing a merge over
        // rows (with or without w:val) are skipped but keep their column.
        assertThat(cells).containsExactly(
                "3 0:0 信息内容", "3 0:1 本年处理决定数量", "3 0:3 备注",
                "4 0:1 上半年", "4 0:2 下半年", "4 0:3 ",
                "5 0:0 行政许可\n（含备案）", "5 0:1 12¹", "5 0:2 3", "5 0:3 含补办",
                "6 0:1 4", "6 0:2 5", "6 0:3 ",
                "8 1:0 行政处罚\n其中：罚款\n5", "8 1:1 7");
    }

    @Test
    void aTableSpanDeclaredWithoutItsValueIsOneColumn() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable();
            XWPFTableRow row = row(table, 2);
            table.removeRow(0);
            pr(bare(row.getCell(0), "行政许可")).addNewGridSpan(); // <w:gridSpan/> with no w:val
            bare(row.getCell(1), "12");
            doc.write(out);
            docx = out.toByteArray();
        }
        assertThat(DocxText.read(docx).tokens()).extracting(Token::column, Token::text)
                .containsExactly(tuple(0, "行政许可"), tuple(1, "12"));
    }
}
