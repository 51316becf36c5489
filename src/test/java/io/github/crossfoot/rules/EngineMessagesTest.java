package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact wording and location of the engine's own findings (table structure, rules that could
 * not be evaluated or checked), on one report built in code with a problem of each kind: an
 * unreadable cell at line 12, a missing cell, blank cells with and without a line, a cell the
 * format does not define, a table of no format, and tables 二 and 四 left out.
 */
class EngineMessagesTest {

    private static final Crossfoot CROSSFOOT = Crossfoot.standardRules();
    private static final String APPLICATIONS = "表「三、收到和处理政府信息公开申请情况」";

    private static final CheckResult RESULT = CROSSFOOT.check(report());

    private static Report report() {
        TableSpec spec = CROSSFOOT.rules().format("gov-2021").orElseThrow().table("applications").orElseThrow();
        return CROSSFOOT.newReport("t.txt", "gov-2021").table("applications", t -> {
            spec.cells().forEach(p -> t.value(p.row(), p.column(), 0));
            t.cell("new", "natural_person", CellValue.text("约5"), 12);
            t.remove("new", "commercial");
            t.cell("handled.partial", "research", CellValue.blank(), 17);
            t.cell("handled.partial", "nonprofit", CellValue.blank(), 0);
            t.cell("handled.withheld.state_secret", "made_up", CellValue.of(3), 19);
            t.cell("handled.disclosed", "natural_person", CellValue.blank(), 15);
            t.cell("handled.total", "natural_person", CellValue.blank(), 30);
        }).table("extra_table", t -> t.value("r", "c", 1)).build();
    }

    private static Violation only(String rule) {
        List<Violation> found = RESULT.violations(rule).stream().filter(v -> v.kind() != Violation.Kind.SUSPECT).toList();
        assertThat(found).as(rule).hasSize(1);
        return found.get(0);
    }

    @Test
    void aTableOfNoFormatIsAWarning() {
        Violation v = only("table.unknown");
        assertThat(v.severity().id()).isEqualTo("warning");
        assertThat(v.messageZh()).isEqualTo("报告中的表「extra_table」不属于格式 gov-2021，未核对。");
        assertThat(v.messageEn()).isEqualTo("Table 'extra_table' is not part of format gov-2021; it was not checked.");
    }

    @Test
    void aMissingTableNamesTheRulesItStops() {
        assertThat(RESULT.violations("table.missing")).extracting(v -> v.table().orElseThrow())
                .containsExactly("proactive", "reviews");
        Violation reviews = RESULT.violations("table.missing").get(1);
        assertThat(reviews.messageZh()).isEqualTo("缺少表「四、政府信息公开行政复议、行政诉讼情况」：报告中未找到该表。"
                + "以下规则未核对：reviews.group-total、reviews.non-negative、reviews.integer。");
        assertThat(reviews.messageEn()).isEqualTo("Table 'reviews' is missing: it was not found in the report. "
                + "Not checked: reviews.group-total, reviews.non-negative, reviews.integer.");
        assertThat(RESULT.violations("reviews.group-total")).isEmpty();
    }

    @Test
    void structureFindingsListTheirCellsWithLines() {
        assertThat(only("table.missing-cells").messageZh())
                .isEqualTo(APPLICATIONS + "缺少 1 个单元格：「一、本年新收政府信息公开申请数量 / 商业企业」。");
        assertThat(only("table.missing-cells").messageEn()).isEqualTo("Table 'applications' lacks 1 cells: [new, commercial].");
        Violation unreadable = only("table.unreadable-cells");
        assertThat(unreadable.line()).isEqualTo(12);
        assertThat(unreadable.messageZh()).isEqualTo(APPLICATIONS
                + "有 1 个单元格无法识别为数字：「一、本年新收政府信息公开申请数量 / 自然人」为“约5”（第12行）。");
        assertThat(unreadable.messageEn())
                .isEqualTo("Table 'applications' has 1 cells that are not numbers: [new, natural_person]@12.");
        Violation unknown = only("table.unknown-cells");
        assertThat(unknown.line()).isEqualTo(19);
        assertThat(unknown.messageZh()).isEqualTo(APPLICATIONS + "中有格式未定义的单元格：[handled.withheld.state_secret, made_up]@19。");
        Violation blank = only("table.blank-cells");
        assertThat(blank.severity().id()).isEqualTo("warning");
        assertThat(blank.line()).isEqualTo(15);
        assertThat(blank.messageZh()).isEqualTo(APPLICATIONS + "有 4 个空白单元格（在等式中按 0 计；整边空白的等式不核对）："
                + "「（一）予以公开 / 自然人」（第15行）、「（二）部分公开（区分处理的，只计这一情形，不计其他情形） / 科研机构」（第17行）、"
                + "「（二）部分公开（区分处理的，只计这一情形，不计其他情形） / 社会公益组织」、「（七）总计 / 自然人」（第30行）。");
        assertThat(blank.messageEn()).isEqualTo("Table 'applications' has 4 blank cells (counted as 0; equations with a "
                + "wholly blank side are not checked): [handled.disclosed, natural_person]@15, [handled.partial, research]@17, "
                + "[handled.partial, nonprofit], [handled.total, natural_person]@30.");
    }

    @Test
    void aRuleThroughAnUnreadableOrMissingCellIsNotEvaluatedAndSaysWhy() {
        List<Violation> rowTotal = RESULT.violations("applications.row-total").stream()
                .filter(v -> v.kind() == Violation.Kind.NOT_EVALUATED).toList();
        assertThat(rowTotal).singleElement().satisfies(v -> {
            assertThat(v.severity().id()).isEqualTo("error");
            assertThat(v.row()).contains("new");
            assertThat(v.line()).isEqualTo(12);
            assertThat(v.messageZh()).isEqualTo("无法核对「每行总计 = 六类申请人之和」（一、本年新收政府信息公开申请数量）："
                    + "「一、本年新收政府信息公开申请数量 / 自然人」无法识别（约5，第12行）、「一、本年新收政府信息公开申请数量 / 商业企业」缺失。");
            assertThat(v.messageEn()).isEqualTo("Could not evaluate applications.row-total (r=new): "
                    + "[new, natural_person]@12 is not a number, [new, commercial] is missing.");
        });
        assertThat(RESULT.violations("applications.balance")).filteredOn(v -> v.column().orElse("").equals("commercial"))
                .singleElement().satisfies(v -> assertThat(v.messageEn())
                        .isEqualTo("Could not evaluate applications.balance (c=commercial): [new, commercial] is missing."));
        assertThat(RESULT.passed()).isFalse();
    }

    @Test
    void aRuleWithAWhollyBlankSideIsNotCheckedAndSaysWhichSide() {
        Violation v = RESULT.violations("applications.outcome-total").stream()
                .filter(x -> x.kind() == Violation.Kind.NOT_CHECKED).findFirst().orElseThrow();
        assertThat(v.severity().id()).isEqualTo("info");
        assertThat(v.column()).contains("natural_person");
        assertThat(v.messageZh()).isEqualTo("未核对「（七）总计 = 各项办理结果之和」（自然人）：等式左边的单元格全部空白。");
        assertThat(v.messageEn()).isEqualTo("Not checked applications.outcome-total (c=natural_person): "
                + "the left side is entirely blank.");
    }
}
