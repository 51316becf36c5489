package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits of the title search are inclusive: the 15th line, a 200-character line, a 40-character body. */
class ReportMetadataLimitsTest {

    private static final String TITLE_WORDS = "2023年政府信息公开工作年度报告";

    private static List<String> after(int bodyLines, String line) {
        List<String> lines = new ArrayList<>(Collections.nCopies(bodyLines, "正文"));
        lines.add(line);
        return lines;
    }

    @Test
    void aTitleOnTheFifteenthLineIsFound() {
        assertThat(ReportMetadata.of(after(14, "某某县" + TITLE_WORDS))).isEqualTo(new ReportMetadata("某某县", 2023));
        assertThat(ReportMetadata.of(after(15, "某某县" + TITLE_WORDS))).isEqualTo(new ReportMetadata(null, null));
        // Blank lines are not counted.
        List<String> spaced = after(14, "某某县" + TITLE_WORDS);
        spaced.add(3, "");
        assertThat(ReportMetadata.of(spaced)).isEqualTo(new ReportMetadata("某某县", 2023));
    }

    @Test
    void withoutATitleAYearOnTheFifteenthLineIsKept() {
        assertThat(ReportMetadata.of(after(14, "统计期限为2022年1月1日至12月31日"))).isEqualTo(new ReportMetadata(null, 2022));
        assertThat(ReportMetadata.of(after(15, "统计期限为2022年1月1日至12月31日"))).isEqualTo(new ReportMetadata(null, null));
    }

    @Test
    void aTitleLineOfTwoHundredCharactersIsATitle() {
        String body = "某".repeat(200 - TITLE_WORDS.length());
        assertThat(ReportMetadata.of(List.of(body + TITLE_WORDS))).isEqualTo(new ReportMetadata(body, 2023));
        assertThat(ReportMetadata.of(List.of("某" + body + TITLE_WORDS))).isEqualTo(new ReportMetadata(null, 2023));
    }

    @Test
    void aBodyNameOfFortyCharactersOnTheLineAbove() {
        String body = "中共某某省某某市某某区委员会办公室".repeat(3);
        body = body.substring(0, 40);
        assertThat(ReportMetadata.of(List.of(body, TITLE_WORDS))).isEqualTo(new ReportMetadata(body, 2023));
        assertThat(ReportMetadata.of(List.of(body + "室", TITLE_WORDS))).isEqualTo(new ReportMetadata(null, 2023));
    }

    @Test
    void aTitleWrappedInItsLastTenCharacters() {
        assertThat(ReportMetadata.of(List.of("某某县民政局2023年政府", "信息公开工作年度报告")))
                .isEqualTo(new ReportMetadata("某某县民政局", 2023));
        assertThat(ReportMetadata.of(List.of("某某县民政局2023年", "政府信息公开工作年度报告")))
                .isEqualTo(new ReportMetadata(null, 2023));
    }

    @Test
    void aTitleOfEightyCharactersIsATitle() {
        String body = "某".repeat(80 - TITLE_WORDS.length());
        assertThat(ReportMetadata.isTitle(body + TITLE_WORDS)).isTrue();
        assertThat(ReportMetadata.isTitle("某" + body + TITLE_WORDS)).isFalse();
    }

    @Test
    void ofTwoEquallyLongReportNamesInAPageTitleTheFirstIsKept() {
        // The page's own report comes first; a related one of the same length follows.
        assertThat(ReportMetadata.titleFrom("某某区人民政府2023年政府信息公开工作年度报告_某某区人民政府2022年政府信息公开工作年度报告"))
                .isEqualTo("某某区人民政府2023年政府信息公开工作年度报告");
    }
}
