package io.github.crossfoot.rules;

import java.util.List;
import java.util.Optional;

/**
 * A national report format (2019 trial, 2021 revised...): the years it applies to, the label
 * markers that identify it, its tables and its rules.
 *
 * @param id        e.g. {@code gov-2021}; appears in outputs
 * @param title     the format's Chinese name
 * @param basis     the document that issued it
 * @param firstYear first report year it applies to (0 when open)
 * @param lastYear  last report year it applies to (0 when open)
 * @param markers   labels that only this format prints
 * @param tables     its tables in report order
 * @param rules      its rules in file order
 * @param sections   the parts of the report, in the order it must print them
 * @param statements what its sections must state
 */
public record FormatSpec(String id, String title, String basis, int firstYear, int lastYear,
                         List<String> markers, List<TableSpec> tables, List<RuleSpec> rules,
                         List<SectionSpec> sections, List<StatementSpec> statements) {
    public FormatSpec {
        markers = List.copyOf(markers);
        tables = List.copyOf(tables);
        rules = List.copyOf(rules);
        sections = List.copyOf(sections);
        statements = List.copyOf(statements);
    }

    /** A format without sections or statements (tables and rules only). */
    public FormatSpec(String id, String title, String basis, int firstYear, int lastYear,
                      List<String> markers, List<TableSpec> tables, List<RuleSpec> rules) {
        this(id, title, basis, firstYear, lastYear, markers, tables, rules, List.of(), List.of());
    }

    public Optional<SectionSpec> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    public Optional<TableSpec> table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst();
    }

    /** Whether reports of {@code year} use this format. */
    public boolean coversYear(int year) {
        return (firstYear == 0 || year >= firstYear) && (lastYear == 0 || year <= lastYear);
    }
}
