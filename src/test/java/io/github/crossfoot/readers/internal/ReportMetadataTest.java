package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which body and year a report is, from its first lines; and which kind of document some bytes are. */
class ReportMetadataTest {

    @Test
    void theTitleNamesTheBodyAndTheYear() {
        assertThat(ReportMetadata.of(List.of("", "宁晋县大曹庄镇人民政府2023年政府信息公开工作年度报告", "一、总体情况")))
                .isEqualTo(new ReportMetadata("宁晋县大曹庄镇人民政府", 2023));
        assertThat(ReportMetadata.of(List.of("某某市教育局二〇二二年度政府信息公开工作年度报告")))
                .isEqualTo(new ReportMetadata("某某市教育局", 2022));
        assertThat(ReportMetadata.of(List.of("某某区司法局二零二一年政府信息公开工作年度报告")).year()).isEqualTo(2021);
    }

    @Test
    void aBodyOnTheLineAboveOrATitleWrappedOverTwoLines() {
        assertThat(ReportMetadata.of(List.of("某某县人民政府办公室", "2023年政府信息公开工作年度报告")))
                .isEqualTo(new ReportMetadata("某某县人民政府办公室", 2023));
        assertThat(ReportMetadata.of(List.of("某某县民政局2024年政府信息公开工作年度报", "告")))
                .isEqualTo(new ReportMetadata("某某县民政局", 2024));
        // a line above that is itself a report's name is not the body
        assertThat(ReportMetadata.of(List.of("关于报告的说明", "2023年政府信息公开工作年度报告")))
                .isEqualTo(new ReportMetadata(null, 2023));
    }

    @Test
    void withoutATitleTheFirstYearNearTheTopIsKept() {
        assertThat(ReportMetadata.of(List.of("说明", "本报告统计期限为2022年1月1日至12月31日。")))
                .isEqualTo(new ReportMetadata(null, 2022));
        assertThat(ReportMetadata.of(List.of("没有年份", "也没有标题"))).isEqualTo(new ReportMetadata(null, null));
        List<String> late = new java.util.ArrayList<>(java.util.Collections.nCopies(20, "正文"));
        late.add("某某县2023年政府信息公开工作年度报告");
        assertThat(ReportMetadata.of(late)).isEqualTo(new ReportMetadata(null, null)); // beyond the first 15 lines
        assertThat(ReportMetadata.of(List.of("某某县2023年政府信息公开工作年度报告" + "很".repeat(300))).agency()).isNull();
    }

    @Test
    void titlesAreRecognisedAndCutFromPageTitles() {
        assertThat(ReportMetadata.isTitle(Labels.normalize("某某县人民政府2023年政府信息公开工作年度报告"))).isTrue();
        assertThat(ReportMetadata.isTitle(Labels.normalize("某某县人民政府2023年工作报告"))).isFalse();
        assertThat(ReportMetadata.isTitle(Labels.normalize("某".repeat(70) + "2023年政府信息公开工作年度报告"))).isFalse();
        assertThat(ReportMetadata.titleFrom("某某区人民政府2023年政府信息公开工作年度报告 - 某某区人民政府网"))
                .isEqualTo("某某区人民政府2023年政府信息公开工作年度报告");
        assertThat(ReportMetadata.titleFrom("首页_政府信息公开年度报告_某某市人民政府信息公开工作报告汇编"))
                .isEqualTo("某某市人民政府信息公开工作报告汇编");
        assertThat(ReportMetadata.titleFrom("某某区人民政府网")).isNull();
        assertThat(ReportMetadata.titleFrom(null)).isNull();
        assertThat(ReportMetadata.withDigitYears("二〇二三年和二零二〇年")).isEqualTo("2023年和2020年");
    }

    @Test
    void theKindOfADocumentComesFromItsBytes() {
        assertThat(DocumentKind.of("a.txt", "%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(DocumentKind.PDF);
        assertThat(DocumentKind.of("a.pdf", new byte[] {'P', 'K', 3, 4, 'w', 'o', 'r', 'd', '/', 'd', 'o', 'c'}))
                .isEqualTo(DocumentKind.DOCX);
        byte[] xlsx = "PK\u0003\u0004....xl/workbook.xml".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(DocumentKind.of("a.docx", xlsx)).isEqualTo(DocumentKind.XLSX);
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThat(DocumentKind.of("a.txt", ole)).isEqualTo(DocumentKind.OLE2);
        assertThat(DocumentKind.of("a.HTM", "plain".getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentKind.HTML);
        assertThat(DocumentKind.of("a.txt", "<!DOCTYPE html><p>x".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentKind.HTML);
        assertThat(DocumentKind.of("a.txt", "x<TABLE>".getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentKind.HTML);
        assertThat(DocumentKind.of("a.txt", "规章 1 2 3".getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentKind.TEXT);
        assertThat(DocumentKind.of("a.pdf", new byte[] {'%', 'P'})).isEqualTo(DocumentKind.TEXT);
        assertThat(DocumentKind.of("a.txt", new byte[0])).isEqualTo(DocumentKind.TEXT);
    }
}
