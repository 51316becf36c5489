package io.github.crossfoot.rules;

import static io.github.crossfoot.rules.SuspectMessagesTest.base;
import static io.github.crossfoot.rules.SuspectMessagesTest.suspects;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mistakes no single cell explains, on the small table 三 of {@link SuspectMessagesTest}: a row whose
 * values slipped one column, and two cells wrong together that are no slip at all.
 */
class SuspectSlipsTest {

    @Test
    void aRowWhoseValuesSlippedOneColumnToTheRightIsMovedBack() {
        // 12 and 3 written one column to the right: 自然人 0, 商业企业 12, 科研机构 3; the row's total still holds.
        List<Violation> found = suspects(base(12, 3).table("applications", t -> t
                .value("handled.disclosed", "natural_person", 0).value("handled.disclosed", "commercial", 12)
                .value("handled.disclosed", "research", 3)).build());
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("suspect.cells");
            assertThat(v.messageZh()).isEqualTo("没有单独一个单元格能解释，需同时改正：「（一）予以公开 / 自然人」0 → 12；"
                    + "「（一）予以公开 / 商业企业」12 → 3；「（一）予以公开 / 科研机构」3 → 0（整行数值错位了一格（应整体左移一格））。"
                    + "改正后 applications.outcome-total（自然人）、applications.outcome-total（商业企业）、"
                    + "applications.outcome-total（科研机构） 均成立。");
            assertThat(v.messageEn()).endsWith("[handled.disclosed, research] 3 -> 0 (the row's values slipped one column"
                    + " to the right). Then applications.outcome-total (natural_person), applications.outcome-total"
                    + " (commercial), applications.outcome-total (research) hold.");
            assertThat(v.cells()).extracting(CellRef::column).containsExactly("natural_person", "commercial", "research");
            assertThat(v.cells()).extracting(c -> c.expected().intValue()).containsExactly(12, 3, 0);
        });
    }

    @Test
    void twoCellsWrongTogetherThatAreNoSlipAreNamedWithoutOne() {
        List<Violation> found = suspects(base(12, 3).table("applications", t -> t
                .value("handled.disclosed", "natural_person", 10).value("handled.disclosed", "research", 2)).build());
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("suspect.cells");
            assertThat(v.messageZh()).isEqualTo("没有单独一个单元格能解释，需同时改正：「（一）予以公开 / 自然人」10 → 12；"
                    + "「（一）予以公开 / 科研机构」2 → 0。改正后 applications.outcome-total（自然人）、"
                    + "applications.outcome-total（科研机构） 均成立。");
            assertThat(v.cells()).extracting(c -> c.expected().intValue()).containsExactly(12, 0);
        });
    }

    @Test
    void aValueEnteredOneCellOverIsSaidSo() {
        // 12 of 自然人 written under 商业企业 over its 3: the row total holds, both columns fail.
        List<Violation> found = suspects(base(12, 3).table("applications", t -> t
                .value("handled.disclosed", "natural_person", 3).value("handled.disclosed", "commercial", 0)).build());
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.messageZh()).isEqualTo("没有单独一个单元格能解释，需同时改正：「（一）予以公开 / 自然人」3 → 12；"
                    + "「（一）予以公开 / 商业企业」0 → 3（数值填到了相邻的一格）。改正后 applications.row-total（（一）予以公开）、"
                    + "applications.outcome-total（自然人）、applications.outcome-total（商业企业） 均成立。");
            assertThat(v.messageEn()).contains("(a value was entered one cell over)");
        });
    }
}
