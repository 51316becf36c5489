package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How the engine treats blank, missing and unreadable cells, and reports built in code. */
class EngineSemanticsTest {

    private static final RuleSet RULES = RuleSet.standard();

    /** A consistent report held in code: 10 new + 2 carried = 9 disclosed + 1 withheld + 2 forward. */
    private static Report.Builder consistent() {
        return RULES.newReport("system:42", "gov-2021").year(2023).agency("示例局")
                .table("applications", t -> {
                    for (TableSpec.Position rc : RULES.format("gov-2021").orElseThrow().table("applications").orElseThrow()
                            .cells()) {
                        t.value(rc.row(), rc.column(), 0);
                    }
                    t.value("new", "natural_person", 10).value("new", "total", 10);
                    t.value("carried_over", "natural_person", 2).value("carried_over", "total", 2);
                    t.value("handled.disclosed", "natural_person", 9).value("handled.disclosed", "total", 9);
                    t.value("handled.withheld.third_party", "natural_person", 1)
                            .value("handled.withheld.third_party", "total", 1);
                    t.value("handled.total", "natural_person", 10).value("handled.total", "total", 10);
                    t.value("carried_forward", "natural_person", 2).value("carried_forward", "total", 2);
                })
                .table("reviews", t -> {
                    for (String g : new String[] {"reconsideration", "litigation_direct",
                            "litigation_after_reconsideration"}) {
                        t.value("all", g + ".upheld", 1).value("all", g + ".corrected", 0)
                                .value("all", g + ".other", 0).value("all", g + ".pending", 1)
                                .value("all", g + ".total", 2);
                    }
                })
                .table("proactive", t -> t.value("regulations", "issued", 1).value("regulations", "repealed", 0)
                        .value("regulations", "in_force", 5).value("normative_documents", "issued", 2)
                        .value("normative_documents", "repealed", 1).value("normative_documents", "in_force", 9)
                        .value("licensing", "decisions", 404).value("penalty", "decisions", 1)
                        .value("enforcement", "decisions", 0)
                        .value("fees", "amount_10k_yuan", new BigDecimal("96171.6")));
    }

    @Test
    void aConsistentReportBuiltInCodePassesWithoutFindings() {
        CheckResult r = RULES.check(consistent().build());
        assertThat(r.violations()).isEmpty();
        assertThat(r.passed()).isTrue();
    }

    @Test
    void aBlankPartCountsAsZero() {
        Report report = consistent().table("applications", t -> t.blank("new", "commercial")).build();
        CheckResult r = RULES.check(report);
        assertThat(r.passed()).isTrue();
        assertThat(r.violations()).extracting(Violation::rule).containsExactly("table.blank-cells");
        assertThat(r.warnings()).hasSize(1);
    }

    @Test
    void aBlankPartIsNotZeroWhenTheTotalSaysOtherwise() {
        Report report = consistent().table("applications", t -> t.blank("handled.disclosed", "natural_person"))
                .build();
        CheckResult r = RULES.check(report);
        assertThat(r.violations("applications.row-total")).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.FAILED);
            assertThat(v.row()).contains("handled.disclosed");
            assertThat(v.left()).contains(BigDecimal.valueOf(9));
            assertThat(v.right()).contains(BigDecimal.ZERO);
            assertThat(v.difference()).contains(BigDecimal.valueOf(9));
        });
    }

    @Test
    void aWhollyBlankSideIsNotCheckedAndSaysSo() {
        // Like the 2019 Shanghai report: the 总计 column left empty on outcome rows.
        Report report = consistent().table("applications", t -> t.blank("handled.disclosed", "total")
                .blank("handled.withheld.third_party", "total")).build();
        CheckResult r = RULES.check(report);
        assertThat(r.violations("applications.row-total"))
                .extracting(Violation::row, Violation::severity, Violation::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("handled.disclosed"), Severity.INFO,
                                Violation.Kind.NOT_CHECKED),
                        org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("handled.withheld.third_party"),
                                Severity.INFO, Violation.Kind.NOT_CHECKED));
        // The outcome-total of the 总计 column still sees its blank parts as zero: 10 != 0.
        assertThat(r.violations("applications.outcome-total")).singleElement()
                .satisfies(v -> assertThat(v.difference()).contains(BigDecimal.TEN));
    }

    @Test
    void aMissingCellMakesEveryEquationThroughItNotEvaluated() {
        Report report = consistent().table("applications", t -> t.remove("carried_forward", "total")).build();
        CheckResult r = RULES.check(report);
        assertThat(r.passed()).isFalse();
        assertThat(r.violations("table.missing-cells")).singleElement()
                .satisfies(v -> assertThat(v.cells()).extracting(c -> c.row() + "/" + c.column())
                        .containsExactly("carried_forward/total"));
        assertThat(r.violations("applications.balance")).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.NOT_EVALUATED);
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.column()).contains("total");
            assertThat(v.messageZh()).contains("缺失");
        });
        assertThat(r.violations("applications.row-total")).singleElement()
                .satisfies(v -> assertThat(v.row()).contains("carried_forward"));
    }

    @Test
    void anUnreadableCellIsAnErrorAndStopsItsEquations() {
        Report report = consistent().table("reviews",
                t -> t.cell("all", "litigation_direct.total", CellValue.text("无"), 7)).build();
        CheckResult r = RULES.check(report);
        assertThat(r.violations("table.unreadable-cells")).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.line()).isEqualTo(7);
            assertThat(v.messageZh()).contains("无");
        });
        assertThat(r.violations("reviews.group-total")).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.NOT_EVALUATED);
            assertThat(v.column()).contains("litigation_direct");
        });
    }

    @Test
    void countsMustBeWholeAndNonNegativeButFeesMayHaveDecimals() {
        Report report = consistent()
                .table("proactive", t -> t.value("penalty", "decisions", new BigDecimal("1.5")))
                .table("reviews", t -> t.value("all", "reconsideration.upheld", -1)
                        .value("all", "reconsideration.pending", 3))
                .build();
        CheckResult r = RULES.check(report);
        assertThat(r.violations("proactive.integer")).singleElement().satisfies(v -> {
            assertThat(v.row()).contains("penalty");
            assertThat(v.messageZh()).contains("1.5");
        });
        assertThat(r.violations("reviews.non-negative")).singleElement()
                .satisfies(v -> assertThat(v.column()).contains("reconsideration.upheld"));
        assertThat(r.violations("reviews.group-total")).isEmpty(); // -1 + 0 + 0 + 3 = 2
        assertThat(r.violations()).extracting(Violation::rule).doesNotContain("proactive.non-negative");
    }

    @Test
    void misspelledIdsInCodeAreReportedNotIgnored() {
        Report report = consistent().table("applications", t -> t.value("new", "natual_person", 10)).build();
        CheckResult r = RULES.check(report);
        assertThat(r.violations("table.unknown-cells")).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("natual_person"));
        assertThat(r.passed()).isFalse();
    }

    @Test
    void aTableLeftEmptyInCodeIsMissing() {
        Report report = consistent().table(RULES.format("gov-2021").orElseThrow().table("reviews").orElseThrow()
                .newTable().build()).build();
        CheckResult r = RULES.check(report);
        assertThat(r.errors()).extracting(Violation::rule).containsExactly("table.missing");
        assertThat(r.errors().get(0).messageZh()).contains("reviews.group-total");
    }

    @Test
    void anUnknownFormatIsAnError() {
        CheckResult r = RULES.check(Report.builder("x").format("gov-1999").build());
        assertThat(r.errors()).extracting(Violation::rule).containsExactly("format.unknown");
    }

    @Test
    void messagesQuoteLabelsAndValues() {
        Report report = consistent().table("applications", t -> t.value("new", "natural_person", 11)
                .value("new", "total", 11)).build();
        Violation v = RULES.check(report).violations("applications.balance").get(0);
        assertThat(v.messageZh()).isEqualTo("表三「自然人」列：本年新收 + 上年结转 = 13，办理结果总计 + 结转下年度 = 12，相差 1。");
        assertThat(v.messageEn()).isEqualTo(
                "Table 3, column natural_person: new + carried over = 13, but handled total + carried forward = 12 "
                        + "(difference 1).");
        assertThat(v.cells()).extracting(c -> c.label()).containsExactly(
                "一、本年新收政府信息公开申请数量 / 自然人", "二、上年结转政府信息公开申请数量 / 自然人",
                "（七）总计 / 自然人", "四、结转下年度继续办理 / 自然人");
    }

    @Test
    void resultsAreImmutableAndRepeatable() {
        Report report = consistent().table("applications", t -> t.value("new", "total", 99)).build();
        CheckResult a = RULES.check(report);
        CheckResult b = RULES.check(report);
        assertThat(a.violations()).map(Violation::toString).isEqualTo(b.violations().stream().map(Violation::toString)
                .toList());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.violations().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
