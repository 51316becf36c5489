package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.readers.internal.ColumnOrder.Entry;
import io.github.crossfoot.readers.internal.ColumnOrder.Reading;
import io.github.crossfoot.rules.LabelSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the order of a header's labels becomes the order of the table's columns. */
class ColumnOrderTest {

    private static final TableSpec PROACTIVE = table("proactive");
    private static final TableSpec APPLICATIONS = table("applications");
    private static final TableSpec REVIEWS = table("reviews");
    private static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research", "nonprofit",
            "legal_service", "other_org", "total");

    private static TableSpec table(String id) {
        return RuleSet.standard().format("gov-2021").orElseThrow().table(id).orElseThrow();
    }

    /** A column label met on a text line: every column of the table with that wording. */
    private static Entry label(TableSpec spec, String wording, int line) {
        return label(spec, wording, line, -1, -1);
    }

    private static Entry label(TableSpec spec, String wording, int line, int grid, int gridColumn) {
        Set<String> ids = new LinkedHashSet<>();
        for (LabelSpec c : spec.columns()) {
            if (c.label().equals(wording)) {
                ids.add(c.id());
            }
        }
        assertThat(ids).as("columns worded %s", wording).isNotEmpty();
        return new Entry(null, ids, line, grid, gridColumn);
    }

    private static Entry group(String id, int line, int grid, int gridColumn) {
        return new Entry(id, Set.of(), line, grid, gridColumn);
    }

    private static List<Entry> applicantLabels(int line, String... wordings) {
        List<Entry> out = new ArrayList<>();
        for (String w : wordings) {
            out.add(label(APPLICATIONS, w, line));
        }
        return out;
    }

    @Test
    void onlyTablesWhoseRowsHaveEveryColumnAreOrderedByTheirHeader() {
        assertThat(ColumnOrder.applies(APPLICATIONS)).isTrue();
        assertThat(ColumnOrder.applies(REVIEWS)).isTrue();
        assertThat(ColumnOrder.applies(PROACTIVE)).isFalse();
        assertThat(ColumnOrder.required(APPLICATIONS)).isEqualTo(APPLICANTS); // the optional subtotal left out
    }

    @Test
    void labelsOnOneTextLineAreReadLeftToRight() {
        List<Entry> header = new ArrayList<>(applicantLabels(3, "自然人"));
        header.addAll(applicantLabels(4, "科研机构", "商业企业", "社会公益组织", "法律服务机构", "其他", "总计"));
        Reading reading = ColumnOrder.read(APPLICATIONS, header);
        assertThat(reading.order()).containsExactly("natural_person", "research", "commercial", "nonprofit",
                "legal_service", "other_org", "total");
        assertThat(reading.grid()).isEqualTo(-1);
        assertThat(reading.byGridColumn()).isNull();
    }

    @Test
    void labelsOnDifferentLinesKeepTheirOfficialPlaces() {
        // 科研机构 on a line above 商业企业: a PDF's text layer says nothing about left and right.
        List<Entry> header = new ArrayList<>(applicantLabels(3, "自然人", "科研机构"));
        header.addAll(applicantLabels(4, "商业企业", "社会公益组织", "法律服务机构", "其他", "总计"));
        assertThat(ColumnOrder.read(APPLICATIONS, header).order()).isEqualTo(APPLICANTS);
    }

    @Test
    void aRunOfLinesWithOneLabelEachIsOneLine() {
        // One cell per line (a text copy of a Word table): the run reads left to right.
        List<Entry> header = new ArrayList<>();
        String[] wordings = {"自然人", "科研机构", "商业企业", "社会公益组织", "法律服务机构", "其他", "总计"};
        for (int k = 0; k < wordings.length; k++) {
            header.add(label(APPLICATIONS, wordings[k], 10 + k));
        }
        assertThat(ColumnOrder.read(APPLICATIONS, header).order()).containsExactly("natural_person", "research",
                "commercial", "nonprofit", "legal_service", "other_org", "total");
    }

    @Test
    void aSingleLabelAfterALineOfSeveralStartsItsOwnRun() {
        // 自然人 and 商业企业 on one line, then 其他 and 法律服务机构 alone on lines of their own, then
        // the rest. The singles after the line of two form one run of their own.
        List<Entry> header = new ArrayList<>(applicantLabels(1, "自然人", "商业企业"));
        header.addAll(applicantLabels(2, "其他"));
        header.addAll(applicantLabels(3, "法律服务机构"));
        header.addAll(applicantLabels(4, "科研机构", "社会公益组织", "总计"));
        // The run 其他, 法律服务机构 reads right to left here; the last line keeps its official places.
        assertThat(ColumnOrder.read(APPLICATIONS, header).order()).containsExactly("natural_person", "commercial",
                "research", "nonprofit", "other_org", "legal_service", "total");
    }

    @Test
    void theTotalDrawnAcrossTheHeaderIsLastWhereverTheTextPutsIt() {
        List<Entry> header = new ArrayList<>(applicantLabels(3, "总计", "自然人"));
        header.addAll(applicantLabels(4, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
        assertThat(ColumnOrder.read(APPLICATIONS, header).order()).isEqualTo(APPLICANTS);
    }

    @Test
    void aTotalSharedByColumnGroupsDoesNotFloat() {
        // Table 四 has five columns worded 总计: none of them is drawn across the header.
        List<Entry> header = new ArrayList<>();
        for (String g : List.of("reconsideration", "litigation_direct", "litigation_after_reconsideration")) {
            header.add(group(g, 1, -1, -1));
        }
        String[] wordings = {"总计", "结果维持", "结果纠正", "其他结果", "尚未审结"};
        for (int k = 0; k < 3; k++) {
            for (String w : wordings) {
                header.add(label(REVIEWS, w, 2));
            }
        }
        Reading reading = ColumnOrder.read(REVIEWS, header);
        assertThat(reading.order().subList(0, 5)).containsExactly("reconsideration.total",
                "reconsideration.upheld", "reconsideration.corrected", "reconsideration.other",
                "reconsideration.pending");
    }

    @Test
    void aLabelSharedByColumnGroupsNamesTheGroupTheHeaderNamesFirst() {
        List<Entry> header = new ArrayList<>();
        header.add(group("litigation", 1, -1, -1)); // spans two groups: names no column of its own
        header.add(group("litigation_direct", 1, -1, -1));
        header.add(group("reconsideration", 1, -1, -1));
        header.add(group("litigation_after_reconsideration", 1, -1, -1));
        String[] wordings = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        for (int k = 0; k < 3; k++) {
            for (String w : wordings) {
                header.add(label(REVIEWS, w, 2));
            }
        }
        Reading reading = ColumnOrder.read(REVIEWS, header);
        assertThat(reading.order()).hasSize(15);
        assertThat(reading.order().subList(0, 5)).allMatch(id -> id.startsWith("litigation_direct."));
        assertThat(reading.order().subList(5, 10)).allMatch(id -> id.startsWith("reconsideration."));
        assertThat(reading.order().subList(10, 15)).allMatch(id -> id.startsWith("litigation_after_reconsideration."));
    }

    @Test
    void groupsTheHeaderDoesNotNameKeepTheOfficialOrder() {
        List<Entry> header = new ArrayList<>();
        header.add(group("litigation_after_reconsideration", 1, -1, -1));
        String[] wordings = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        for (int k = 0; k < 3; k++) {
            for (String w : wordings) {
                header.add(label(REVIEWS, w, 2));
            }
        }
        List<String> order = ColumnOrder.read(REVIEWS, header).order();
        assertThat(order.subList(0, 5)).allMatch(id -> id.startsWith("litigation_after_reconsideration."));
        assertThat(order.subList(5, 10)).allMatch(id -> id.startsWith("reconsideration."));
        assertThat(order.subList(10, 15)).allMatch(id -> id.startsWith("litigation_direct."));
    }

    @Test
    void gridColumnsDecideTheOrderOfTheWholeHeader() {
        // A Word table: 总计 first, 科研机构 before 商业企业, met in a scrambled order.
        String[] wordings = {"总计", "自然人", "科研机构", "商业企业", "社会公益组织", "法律服务机构", "其他"};
        List<Entry> header = new ArrayList<>();
        for (int k = wordings.length - 1; k >= 0; k--) {
            header.add(label(APPLICATIONS, wordings[k], 20 + k % 2, 5, 2 + k));
        }
        Reading reading = ColumnOrder.read(APPLICATIONS, header);
        assertThat(reading.order()).containsExactly("total", "natural_person", "research", "commercial",
                "nonprofit", "legal_service", "other_org");
        assertThat(reading.grid()).isEqualTo(5);
        assertThat(reading.byGridColumn()).containsExactlyInAnyOrderEntriesOf(Map.of(2, "total",
                3, "natural_person", 4, "research", 5, "commercial", 6, "nonprofit", 7, "legal_service",
                8, "other_org"));
    }

    @Test
    void groupsInAGridAreRankedByTheirGridColumn() {
        List<Entry> header = new ArrayList<>();
        header.add(group("reconsideration", 1, 0, 6));
        header.add(group("litigation_direct", 1, 0, 1));
        header.add(group("litigation_after_reconsideration", 1, 0, 11));
        String[] wordings = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        for (int k = 0; k < 15; k++) {
            header.add(label(REVIEWS, wordings[k % 5], 2, 0, 1 + k));
        }
        Reading reading = ColumnOrder.read(REVIEWS, header);
        assertThat(reading.order().get(0)).isEqualTo("litigation_direct.upheld");
        assertThat(reading.order().get(5)).isEqualTo("reconsideration.upheld");
        assertThat(reading.byGridColumn()).containsEntry(1, "litigation_direct.upheld")
                .containsEntry(15, "litigation_after_reconsideration.total");
    }

    @Test
    void twoLabelsInOneGridColumnOrTwoGridsFallBackToTheTextLines() {
        String[] wordings = {"自然人", "科研机构", "商业企业", "社会公益组织", "法律服务机构", "其他", "总计"};
        List<Entry> sharedColumn = new ArrayList<>();
        List<Entry> twoGrids = new ArrayList<>();
        List<Entry> unplaced = new ArrayList<>();
        for (int k = 0; k < wordings.length; k++) {
            int line = k < 2 ? 1 : 2; // 自然人 and 科研机构 above the rest
            sharedColumn.add(label(APPLICATIONS, wordings[k], line, 0, Math.min(k, 5)));
            twoGrids.add(label(APPLICATIONS, wordings[k], line, k == 6 ? 1 : 0, k));
            unplaced.add(label(APPLICATIONS, wordings[k], line, 0, k == 3 ? -1 : k));
        }
        for (List<Entry> header : List.of(sharedColumn, twoGrids, unplaced)) {
            Reading reading = ColumnOrder.read(APPLICATIONS, header);
            assertThat(reading.order()).isEqualTo(APPLICANTS);
            assertThat(reading.grid()).isEqualTo(-1);
            assertThat(reading.byGridColumn()).isNull();
        }
    }

    @Test
    void aMissingOrRepeatedLabelLeavesTheOrderUndecided() {
        List<Entry> missing = applicantLabels(3, "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "总计");
        List<Entry> repeated = applicantLabels(3, "自然人", "自然人", "商业企业", "科研机构", "社会公益组织",
                "法律服务机构", "总计");
        for (List<Entry> header : List.of(missing, repeated, List.<Entry>of())) {
            Reading reading = ColumnOrder.read(APPLICATIONS, header);
            assertThat(reading.order()).isNull();
            assertThat(reading.grid()).isEqualTo(-1);
            assertThat(reading.byGridColumn()).isNull();
        }
    }

    @Test
    void aRowsOptionalColumnGoesBeforeItsOfficialSuccessor() {
        List<String> withSubtotal = List.of("natural_person", "commercial", "research", "nonprofit", "legal_service",
                "other_org", "legal_entity_subtotal", "total");
        List<String> order = List.of("natural_person", "research", "commercial", "nonprofit", "legal_service",
                "other_org", "total");
        assertThat(ColumnOrder.arrange(APPLICATIONS, withSubtotal, order)).containsExactly("natural_person",
                "research", "commercial", "nonprofit", "legal_service", "other_org", "legal_entity_subtotal", "total");
        // Read in a header that put 总计 first: the subtotal still goes before 总计.
        List<String> totalFirst = List.of("total", "natural_person", "commercial", "research", "nonprofit",
                "legal_service", "other_org");
        assertThat(ColumnOrder.arrange(APPLICATIONS, withSubtotal, totalFirst)).containsExactly("legal_entity_subtotal",
                "total", "natural_person", "commercial", "research", "nonprofit", "legal_service", "other_org");
        // With no official successor in the row it is put at the end; columns the row lacks are dropped.
        assertThat(ColumnOrder.arrange(APPLICATIONS, List.of("research", "commercial", "legal_entity_subtotal"), order))
                .containsExactly("research", "commercial", "legal_entity_subtotal");
        assertThat(ColumnOrder.arrange(APPLICATIONS, List.of("legal_entity_subtotal", "natural_person", "total"),
                List.of("total", "natural_person"))).containsExactly("total", "legal_entity_subtotal", "natural_person");
    }
}
