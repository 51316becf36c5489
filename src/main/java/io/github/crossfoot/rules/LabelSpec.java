package io.github.crossfoot.rules;

import java.util.List;
import java.util.Objects;

/**
 * A row or column as declared in a rule file: its id, its official label, other accepted
 * spellings ({@code alias}, accepted silently) and known misspellings ({@code typo}, accepted with
 * a warning), and for a row the columns it has (all when the list is empty).
 */
public record LabelSpec(String id, String label, List<String> aliases, List<String> typos, List<String> columns) {
    public LabelSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        typos = List.copyOf(typos);
        columns = List.copyOf(columns);
    }
}
