package io.github.crossfoot.rules;

import io.github.crossfoot.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A statement a section of the report must make (section 六's statement on the 信息处理费 collected),
 * as a rule file declares it with the document that asks for it. It counts as made when the
 * section's text contains any of {@code phrases}; when it does not, {@code statement.missing} is
 * reported with {@code severity}.
 *
 * @param id       e.g. {@code fee-collected}
 * @param title    what the statement is about, in Chinese
 * @param basis    the official document (and its part) that asks for it
 * @param severity the severity of {@code statement.missing}
 * @param section  the id of the section that must make it
 * @param phrases  the phrases looked for (matched after the same normalisation as labels)
 * @param file     the rule file that declares it
 * @param line     its line there
 */
public record StatementSpec(String id, String title, String basis, Severity severity, String section,
                            List<String> phrases, String file, int line) {
    public StatementSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(section, "section");
        phrases = List.copyOf(phrases);
        Objects.requireNonNull(file, "file");
    }
}
