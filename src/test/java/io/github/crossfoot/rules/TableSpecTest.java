package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the standard rule files declare about each table, as {@link TableSpec} and {@link FormatSpec} give it. */
class TableSpecTest {

    // Compiled afresh for each test, not taken from the shared standard rule set: what is checked here
    // is worked out when the files are compiled, and each test should be the one that runs that code.
    private final RuleSet rules = RuleSet.builder().standard().build();
    private final FormatSpec f2021 = rules.format("gov-2021").orElseThrow();
    private final FormatSpec f2019 = rules.format("gov-2019").orElseThrow();
    private final TableSpec proactive = f2021.table("proactive").orElseThrow();
    private final TableSpec applications = f2021.table("applications").orElseThrow();
    private final TableSpec reviews = f2021.table("reviews").orElseThrow();

    @Test
    void labelsAreQualifiedByTheirGroupOnlyWhereAmbiguous() {
        assertThat(applications.rowDisplay("handled.disclosed")).isEqualTo("（一）予以公开");
        // starts with a digit: 1.属于国家秘密 exists in several groups
        assertThat(applications.rowDisplay("handled.withheld.state_secret")).isEqualTo("（三）不予公开 1.属于国家秘密");
        // the same wording in three groups
        assertThat(reviews.columnDisplay("litigation_direct.total")).isEqualTo("未经复议直接起诉 总计");
        assertThat(applications.columnDisplay("total")).isEqualTo("总计");
        assertThat(reviews.cellDisplay("all", "reconsideration.upheld")).isEqualTo("行政复议 结果维持");
        assertThat(applications.cellDisplay("new", "research")).isEqualTo("一、本年新收政府信息公开申请数量 / 科研机构");
        assertThat(applications.rowDisplay("no_such_row")).isEqualTo("no_such_row");
    }

    @Test
    void shortNamesComeFromTheTitlesNumeral() {
        assertThat(proactive.shortName()).isEqualTo("表二");
        assertThat(applications.shortName()).isEqualTo("表三");
        assertThat(reviews.shortNameEn()).isEqualTo("table 4");
        TableSpec untitled = new TableSpec("x", "某表", java.util.List.of(), java.util.List.of(), java.util.Map.of(),
                java.util.List.of(), java.util.List.of());
        assertThat(untitled.shortName()).isEqualTo("表「某表」");
        assertThat(untitled.shortNameEn()).isEqualTo("table 'x'");
    }

    @Test
    void sparseRowsAndOptionalColumns() {
        assertThat(proactive.columnsOf("licensing")).containsExactly("decisions");
        assertThat(proactive.hasCell("licensing", "issued")).isFalse();
        assertThat(applications.columnsOf("new")).doesNotContain("legal_entity_subtotal").contains("total");
        assertThat(applications.allColumnsOf("new")).contains("legal_entity_subtotal");
        assertThat(applications.isOptional("new", "legal_entity_subtotal")).isTrue();
        assertThat(applications.isOptional("new", "total")).isFalse();
        assertThat(proactive.isOptional("other_documents", "issued")).isTrue();
        assertThat(applications.cells()).hasSize(25 * 7);
        assertThat(applications.allCells()).hasSize(25 * 8);
    }

    @Test
    void layoutDeclarations() {
        assertThat(applications.spanOf("legal_entity"))
                .containsExactly("commercial", "research", "nonprofit", "legal_service", "other_org");
        assertThat(applications.spanOf("applicant")).startsWith("natural_person").endsWith("total").hasSize(8);
        assertThat(reviews.spanOf("litigation")).containsExactly("litigation_direct", "litigation_after_reconsideration");
        assertThat(reviews.spanOf("reconsideration")).isEmpty();
        assertThat(proactive.corner()).contains("信息内容");
        assertThat(reviews.corner()).isEmpty();
        assertThat(proactive.captionOf("enforcement")).contains("第二十条第（六）项");
        assertThat(proactive.captionOf("no_such_row")).isEmpty();
        // the corner and captions are fixed texts for the reader
        assertThat(proactive.notes()).contains("信息内容", "第二十条第（八）项");
        assertThat(f2019.table("proactive").orElseThrow().captionOf("procurement")).contains("第二十条第（九）项");
    }

    @Test
    void acrossYearsAndProseDeclarations() {
        assertThat(applications.carries()).containsExactly(new TableSpec.Carry("carried_forward", "carried_over"));
        assertThat(proactive.stocks()).containsExactly(new TableSpec.Stock("in_force", "issued", "repealed",
                java.util.List.of("regulations", "normative_documents")));
        assertThat(f2019.table("proactive").orElseThrow().stocks()).isEmpty();
        assertThat(applications.quantities().get("withheld").cells()).hasSize(8)
                .allMatch(p -> p.column().equals("total") && p.row().startsWith("handled.withheld."));
        assertThat(reviews.quantities().get("litigation").label()).isEqualTo("行政诉讼（未经复议直接起诉 + 复议后起诉） / 总计");
    }

    @Test
    void formatsCoverTheirYears() {
        assertThat(f2019.coversYear(2019)).isTrue();
        assertThat(f2019.coversYear(2020)).isTrue();
        assertThat(f2019.coversYear(2021)).isFalse();
        assertThat(f2019.coversYear(2018)).isFalse();
        assertThat(f2021.coversYear(2021)).isTrue();
        assertThat(f2021.coversYear(2035)).isTrue();
        assertThat(f2021.coversYear(2020)).isFalse();
        assertThat(RuleSet.standard().formatForYear(2020).map(FormatSpec::id)).contains("gov-2019");
        assertThat(RuleSet.standard().formatForYear(2024).map(FormatSpec::id)).contains("gov-2021");
    }
}
