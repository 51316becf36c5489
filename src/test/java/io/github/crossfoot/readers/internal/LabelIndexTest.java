package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which labels a text may match, found by hashing: every label that matches, and asking changes nothing. */
class LabelIndexTest {

    private static final List<String> LABELS = List.of("（一）予以公开", "予以公开", "规章", "规章（设区的市提供）",
            "（三）1.属于国家秘密");

    private static Labels.Form form(String text) {
        return Labels.form(Labels.normalize(text));
    }

    private static LabelIndex index() {
        return new LabelIndex(LABELS.stream().map(l -> List.of(form(l))).toList());
    }

    /** The labels that {@link Labels#match} matches with {@code text}, by comparing with each. */
    private static BitSet matching(String text) {
        BitSet out = new BitSet();
        for (int i = 0; i < LABELS.size(); i++) {
            if (Labels.match(form(text), form(LABELS.get(i))) != Labels.Match.NONE) {
                out.set(i);
            }
        }
        return out;
    }

    @Test
    void everyLabelThatMatchesIsACandidate() {
        LabelIndex index = index();
        for (String text : List.of("（一）予以公开", "1.予以公开", "予以公开", "(二)予以公开", "规章", "规章（设区的市提供）",
                "规章（说明）", "三、规章", "1.属于国家秘密", "属于国家秘密（注）", "不予公开")) {
            BitSet candidates = index.candidates(form(text));
            BitSet missed = matching(text);
            missed.andNot(candidates);
            assertThat(missed.isEmpty()).as("labels %s match %s but are no candidates", missed, text).isTrue();
        }
        // The text of one label and the words of another: both are found.
        assertThat(index.candidates(form("（一）予以公开")).get(1)).isTrue();
        assertThat(index.candidates(form("不予公开")).isEmpty()).isTrue();
    }

    @Test
    void askingDoesNotChangeLaterAnswers() {
        // 规章（设区的市提供）（注）: its core is the whole of label 3, whose core is label 2.
        String later = "规章（设区的市提供）（注）";
        BitSet fresh = (BitSet) index().candidates(form(later)).clone();
        LabelIndex index = index();
        for (String text : List.of("规章（设区的市提供）", "（一）予以公开", "1.予以公开", "规章")) {
            index.candidates(form(text));
        }
        assertThat(index.candidates(form(later))).isEqualTo(fresh);
        assertThat(fresh.get(3)).isTrue();
    }
}
