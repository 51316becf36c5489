package io.github.crossfoot.readers.internal;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a list of labels a text may match, found by hashing instead of comparing the text with
 * every spelling of every label. {@link Labels#match} is an equality of one of three forms (the
 * whole text, the text without its numbering, its core): a label can match only when it shares one
 * of them with the text. The candidates are a superset of the labels that match, in declared order;
 * callers still decide the match with {@link Labels#match}, so the outcome is the same as a scan.
 */
final class LabelIndex {

    private static final BitSet NONE = new BitSet();

    private final Map<String, BitSet> byForm = new HashMap<>();

    /** An index of {@code labels}: each entry is one label (its position is its number) with all its spellings. */
    LabelIndex(List<List<Labels.Form>> labels) {
        for (int i = 0; i < labels.size(); i++) {
            for (Labels.Form f : labels.get(i)) {
                add(f.text(), i);
                add(f.withoutPrefix(), i);
                add(f.core(), i);
            }
        }
    }

    private void add(String key, int label) {
        if (!key.isEmpty()) {
            byForm.computeIfAbsent(key, k -> new BitSet()).set(label);
        }
    }

    /** The numbers of the labels {@code text} may match; never modify the answer. */
    BitSet candidates(Labels.Form text) {
        BitSet out = NONE;
        boolean copied = false;
        for (String key : new String[] {text.text(), text.withoutPrefix(), text.core()}) {
            BitSet hits = byForm.get(key);
            if (hits == null || hits == out) {
                continue; // most texts share their forms, and most share them with no label
            }
            if (out == NONE) {
                out = hits;
            } else {
                if (!copied) {
                    out = (BitSet) out.clone();
                    copied = true;
                }
                out.or(hits);
            }
        }
        return out;
    }
}
