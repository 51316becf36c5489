package io.github.crossfoot.rules;

import java.util.List;
import java.util.Objects;

/**
 * A part of the report a format asks for ({@code 一、总体情况} … {@code 六、其他需要报告的事项}), as a rule
 * file declares it: the sections of a format come in the order the report must print them.
 *
 * @param id       e.g. {@code problems}
 * @param label    the heading as the format prints it, e.g. {@code 五、存在的主要问题及改进情况}
 * @param headings every wording that announces the section, matched loosely: the label, the declared
 *                 variants, and the headings of the section's table
 * @param table    the id of the table the section holds (its content), or "" when it holds text only
 */
public record SectionSpec(String id, String label, List<String> headings, String table) {
    public SectionSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        headings = List.copyOf(headings);
        Objects.requireNonNull(table, "table");
    }

    /** Whether the section's content is one of the format's tables rather than text. */
    public boolean holdsTable() {
        return !table.isEmpty();
    }
}
