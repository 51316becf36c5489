package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the standard rule files declare about each table, as {@link TableSpec} and {@link FormatSpec} give it. */
class TableSpecTest {

    private static final FormatSpec F2021 = RuleSet.standard().format("gov-2021").orElseThrow();
    private static final FormatSpec F2019 = RuleSet.standard().format("gov-2019").orElseThrow();
    private static final TableSpec PROACTIVE = F2021.table("proactive").orElseThrow();
    private static final TableSpec APPLICATIONS = F2021.table("applications").orElseThrow();
    private static final TableSpec REVIEWS = F2021.table("reviews").orElseThrow();

    @Test
    void labelsAreQualifiedByTheirGroupOnlyWhereAmbiguous() {
        assertThat(APPLICATIONS.rowDisplay("handled.disclosed")).isEqualTo("（一）予以公开");
        // starts with a digit: 1.属于国家秘密 exists in several groups
        assertThat(APPLICATIONS.rowDisplay("handled.withheld.state_secret")).isEqualTo("（三）不予公开 1.属于国家秘密");
        // the same wording in three groups
        assertThat(REVIEWS.columnDisplay("litigation_direct.total")).isEqualTo("未经复议直接起诉 总计");
        assertThat(APPLICATIONS.columnDisplay("total")).isEqualTo("总计");
        assertThat(REVIEWS.cellDisplay("all", "reconsideration.upheld")).isEqualTo("行政复议 结果维持");
        assertThat(APPLICATIONS.cellDisplay("new", "research")).isEqualTo("一、本年新收政府信息公开申请数量 / 科研机构");
        assertThat(APPLICATIONS.rowDisplay("no_such_row")).isEqualTo("no_such_row");
    }

    @Test
    void shortNamesComeFromTheTitlesNumeral() {
        assertThat(PROACTIVE.shortName()).isEqualTo("表二");
        assertThat(APPLICATIONS.shortName()).isEqualTo("表三");
        assertThat(REVIEWS.shortNameEn()).isEqualTo("table 4");
        TableSpec untitled = new TableSpec("x", "某表", java.util.List.of(), java.util.List.of(), java.util.Map.of(),
                java.util.List.of(), java.util.List.of());
        assertThat(untitled.shortName()).isEqualTo("表「某表」");
        assertThat(untitled.shortNameEn()).isEqualTo("table 'x'");
    }

    @Test
    void sparseRowsAndOptionalColumns() {
        assertThat(PROACTIVE.columnsOf("licensing")).containsExactly("decisions");
        assertThat(PROACTIVE.hasCell("licensing", "issued")).isFalse();
        assertThat(APPLICATIONS.columnsOf("new")).doesNotContain("legal_entity_subtotal").contains("total");
        assertThat(APPLICATIONS.allColumnsOf("new")).contains("legal_entity_subtotal");
        assertThat(APPLICATIONS.isOptional("new", "legal_entity_subtotal")).isTrue();
        assertThat(APPLICATIONS.isOptional("new", "total")).isFalse();
        assertThat(PROACTIVE.isOptional("other_documents", "issued")).isTrue();
        assertThat(APPLICATIONS.cells()).hasSize(25 * 7);
        assertThat(APPLICATIONS.allCells()).hasSize(25 * 8);
    }

    @Test
    void layoutDeclarations() {
        assertThat(APPLICATIONS.spanOf("legal_entity"))
                .containsExactly("commercial", "research", "nonprofit", "legal_service", "other_org");
        assertThat(APPLICATIONS.spanOf("applicant")).startsWith("natural_person").endsWith("total").hasSize(8);
        assertThat(REVIEWS.spanOf("litigation")).containsExactly("litigation_direct", "litigation_after_reconsideration");
        assertThat(REVIEWS.spanOf("reconsideration")).isEmpty();
        assertThat(PROACTIVE.corner()).contains("信息内容");
        assertThat(REVIEWS.corner()).isEmpty();
        assertThat(PROACTIVE.captionOf("enforcement")).contains("第二十条第（六）项");
        assertThat(PROACTIVE.captionOf("no_such_row")).isEmpty();
        // the corner and captions are fixed texts for the reader
        assertThat(PROACTIVE.notes()).contains("信息内容", "第二十条第（八）项");
        assertThat(F2019.table("proactive").orElseThrow().captionOf("procurement")).contains("第二十条第（九）项");
    }

    @Test
    void acrossYearsAndProseDeclarations() {
        assertThat(APPLICATIONS.carries()).containsExactly(new TableSpec.Carry("carried_forward", "carried_over"));
        assertThat(PROACTIVE.stocks()).containsExactly(new TableSpec.Stock("in_force", "issued", "repealed",
                java.util.List.of("regulations", "normative_documents")));
        assertThat(F2019.table("proactive").orElseThrow().stocks()).isEmpty();
        assertThat(APPLICATIONS.quantities().get("withheld").cells()).hasSize(8)
                .allMatch(p -> p.column().equals("total") && p.row().startsWith("handled.withheld."));
        assertThat(REVIEWS.quantities().get("litigation").label()).isEqualTo("行政诉讼（未经复议直接起诉 + 复议后起诉） / 总计");
    }

    @Test
    void formatsCoverTheirYears() {
        assertThat(F2019.coversYear(2019)).isTrue();
        assertThat(F2019.coversYear(2020)).isTrue();
        assertThat(F2019.coversYear(2021)).isFalse();
        assertThat(F2019.coversYear(2018)).isFalse();
        assertThat(F2021.coversYear(2021)).isTrue();
        assertThat(F2021.coversYear(2035)).isTrue();
        assertThat(F2021.coversYear(2020)).isFalse();
        assertThat(RuleSet.standard().formatForYear(2020).map(FormatSpec::id)).contains("gov-2019");
        assertThat(RuleSet.standard().formatForYear(2024).map(FormatSpec::id)).contains("gov-2021");
    }
}
