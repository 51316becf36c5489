package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suspect findings' exact wording for the usual slips, on a small hand-made table 三: 本年新收,
 * （一）予以公开 and （七）总计 hold 12 natural-person and 3 commercial applications, everything else 0.
 */
class SuspectMessagesTest {

    private static final Crossfoot CROSSFOOT = Crossfoot.standardRules();

    /** The small table 三 of this class, shared with {@link SuspectSlipsTest}. */
    static Report.Builder base(long naturalPerson, long commercial) {
        return CROSSFOOT.newReport("t.txt", "gov-2021").table("applications", t -> {
            TableSpec spec = CROSSFOOT.rules().format("gov-2021").orElseThrow().table("applications").orElseThrow();
            spec.cells().forEach(p -> t.value(p.row(), p.column(), 0));
            for (String r : List.of("new", "handled.disclosed", "handled.total")) {
                t.value(r, "natural_person", naturalPerson).value(r, "commercial", commercial)
                        .value(r, "total", naturalPerson + commercial);
            }
        });
    }

    static List<Violation> suspects(Report r) {
        return CROSSFOOT.check(r).violations().stream().filter(v -> v.kind() == Violation.Kind.SUSPECT).toList();
    }

    @Test
    void swappedDigits() {
        Violation v = suspects(base(12, 3).table("applications",
                t -> t.value("handled.disclosed", "natural_person", 21)).build()).get(0);
        assertThat(v.rule()).isEqualTo("suspect.cell");
        assertThat(v.messageZh()).isEqualTo("疑似填错：「（一）予以公开 / 自然人」21 → 12（疑似数字顺序颠倒（12 写成了 21））。"
                + "改正后 applications.row-total（（一）予以公开）、applications.outcome-total（自然人） 均成立。");
        assertThat(v.messageEn()).isEqualTo("Suspect: [handled.disclosed, natural_person] 21 -> 12 (digits look swapped "
                + "(12 written as 21)). Then applications.row-total (handled.disclosed), applications.outcome-total "
                + "(natural_person) hold.");
        assertThat(v.left()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("21"));
        assertThat(v.right()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("12"));
    }

    @Test
    void aValueCopiedFromTheNeighbour() {
        Violation v = suspects(base(12, 3).table("applications",
                t -> t.value("handled.disclosed", "commercial", 12)).build()).get(0);
        assertThat(v.messageZh()).isEqualTo("疑似填错：「（一）予以公开 / 商业企业」12 → 3（疑似照抄了相邻单元格「（一）予以公开 / 自然人」"
                + "的数值 12）。改正后 applications.row-total（（一）予以公开）、applications.outcome-total（商业企业） 均成立。");
        assertThat(v.messageEn()).contains("(looks copied from the neighbouring cell handled.disclosed/natural_person)");
    }

    @Test
    void twoNeighboursExchanged() {
        Violation v = suspects(base(12, 3).table("applications", t -> t.value("handled.disclosed", "natural_person", 3)
                .value("handled.disclosed", "commercial", 12)).build()).get(0);
        assertThat(v.rule()).isEqualTo("suspect.cells");
        assertThat(v.messageZh()).isEqualTo("没有单独一个单元格能解释，需同时改正：「（一）予以公开 / 自然人」3 → 12；"
                + "「（一）予以公开 / 商业企业」12 → 3（两个相邻单元格的数值填反了）。"
                + "改正后 applications.outcome-total（自然人）、applications.outcome-total（商业企业） 均成立。");
        assertThat(v.messageEn()).isEqualTo("No single cell explains it; change together: [handled.disclosed, "
                + "natural_person] 3 -> 12; [handled.disclosed, commercial] 12 -> 3 (two neighbouring cells were "
                + "exchanged). Then applications.outcome-total (natural_person), applications.outcome-total "
                + "(commercial) hold.");
        assertThat(v.cells()).extracting(CellRef::column).containsExactly("natural_person", "commercial");
    }

    @Test
    void aRowLeftBlank() {
        List<Violation> found = suspects(base(12, 3).table("applications", t -> t
                .cell("handled.disclosed", "natural_person", CellValue.blank(), 0)
                .cell("handled.disclosed", "commercial", CellValue.blank(), 0)
                .cell("handled.disclosed", "total", CellValue.blank(), 0)).build());
        assertThat(found).extracting(Violation::rule)
                .containsExactly("suspect.cell", "suspect.cell", "suspect.cell", "suspect.blank-line");
        assertThat(found.get(0).messageZh()).isEqualTo("疑似填错：「（一）予以公开 / 自然人」（空白） → 12（该单元格留空）。"
                + "改正后 applications.outcome-total（自然人） 均成立。");
        assertThat(found.get(0).messageEn()).isEqualTo("Suspect: [handled.disclosed, natural_person] blank -> 12 "
                + "(the cell was left blank). Then applications.outcome-total (natural_person) hold.");
        assertThat(found.get(3).messageZh()).isEqualTo("整行「（一）予以公开」似乎漏填了（留空）：「自然人」应为 12，「商业企业」应为 3，"
                + "「总计」应为 15。");
        assertThat(found.get(3).messageEn()).isEqualTo("The row handled.disclosed looks left blank; filling 3 cells "
                + "with the values above mends the table.");
        assertThat(found.get(3).row()).contains("handled.disclosed");
    }

    @Test
    void twoIndependentMistakesEachGetTheirCell() {
        List<Violation> found = suspects(base(12, 3).table("applications", t -> t
                .value("handled.disclosed", "natural_person", 20).value("new", "commercial", 9)).build());
        assertThat(found).extracting(Violation::messageZh).containsExactly(
                "疑似填错：「一、本年新收政府信息公开申请数量 / 商业企业」9 → 3。改正后 applications.balance（商业企业）、"
                        + "applications.row-total（一、本年新收政府信息公开申请数量） 均成立。",
                "疑似填错：「（一）予以公开 / 自然人」20 → 12。改正后 applications.row-total（（一）予以公开）、"
                        + "applications.outcome-total（自然人） 均成立。");
    }
}
