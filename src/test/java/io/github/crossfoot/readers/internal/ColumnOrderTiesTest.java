package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.readers.internal.ColumnOrder.Entry;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A header label that may name more than one column of no group names the first of them in the official order. */
class ColumnOrderTiesTest {

    private static final TableSpec APPLICATIONS = RuleSet.standard().format("gov-2021").orElseThrow()
            .table("applications").orElseThrow();

    private static Entry label(int line, String... columnIds) {
        return new Entry(null, Set.of(columnIds), line, -1, -1);
    }

    @Test
    void anAmbiguousLabelNamesTheFirstUntakenColumnInOfficialOrder() {
        // The second label may be 商业企业 or 科研机构 (officially in that order); 科研机构 follows.
        List<Entry> header = List.of(label(3, "natural_person"), label(3, "commercial", "research"),
                label(3, "research"), label(3, "nonprofit"), label(3, "legal_service"), label(3, "other_org"),
                label(3, "total"));
        assertThat(ColumnOrder.read(APPLICATIONS, header).order()).containsExactly("natural_person", "commercial",
                "research", "nonprofit", "legal_service", "other_org", "total");
        // Once 商业企业 is taken, the same label names 科研机构.
        List<Entry> afterIt = List.of(label(3, "natural_person"), label(3, "commercial"),
                label(3, "commercial", "research"), label(3, "nonprofit"), label(3, "legal_service"),
                label(3, "other_org"), label(3, "total"));
        assertThat(ColumnOrder.read(APPLICATIONS, afterIt).order()).containsExactly("natural_person", "commercial",
                "research", "nonprofit", "legal_service", "other_org", "total");
    }
}
