package io.github.crossfoot.rules;

import java.util.List;
import java.util.Objects;

/**
 * A row or column as declared in a rule file: its id, its official label, other accepted
 * spellings ({@code alias}, accepted silently) and known misspellings ({@code typo}, accepted with
 * a warning), for a row the columns it has (all when the list is empty), and whether it is
 * {@code optional}: a local addition (such as a 其他主动公开文件 row or a 法人或其他组织 subtotal
 * column) that is read and checked when a report has it and not missed when it does not.
 */
public record LabelSpec(String id, String label, List<String> aliases, List<String> typos, List<String> columns,
                        boolean optional) {
    public LabelSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        typos = List.copyOf(typos);
        columns = List.copyOf(columns);
    }

    /** A required row or column. */
    public LabelSpec(String id, String label, List<String> aliases, List<String> typos, List<String> columns) {
        this(id, label, aliases, typos, columns, false);
    }
}
