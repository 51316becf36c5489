package io.github.crossfoot.rules;

import io.github.crossfoot.model.Severity;
import io.github.crossfoot.rules.internal.Messages;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The finding ids Crossfoot reports by itself, beside the rules of the rule files: table structure
 * ({@code table.*}), reading ({@code read.*}), format ({@code format.*}), suspect cells
 * ({@code suspect.*}), prose against tables ({@code narrative.*}) and checks across the reports of a
 * run ({@code dataset.*}). Each has a short description in Chinese and English (the message
 * catalogue's {@code about.ID}, which other languages translate too) and the severity it is
 * reported with; tool metadata (SARIF {@code tool.driver.rules}) is built from this list. The ids
 * are a public contract (rules/README.md, section 11).
 */
public final class BuiltInFindings {

    /**
     * One built-in finding id.
     *
     * @param id       e.g. {@code table.missing}
     * @param severity the severity it is reported with
     * @param zh       what it means, in Chinese
     * @param en       what it means, in English
     */
    public record Finding(String id, Severity severity, String zh, String en) {
        public Finding {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }
    }

    private static final List<Finding> ALL = List.of(
            // ---- table structure
            finding("table.missing", Severity.ERROR),
            finding("table.missing-cells", Severity.ERROR),
            finding("table.unreadable-cells", Severity.ERROR),
            finding("table.unknown-cells", Severity.ERROR),
            finding("table.blank-cells", Severity.WARNING),
            finding("table.mostly-blank", Severity.WARNING),
            finding("table.unknown", Severity.WARNING),
            // ---- sections and statements (declared in the rule files)
            finding("structure.section-missing", Severity.ERROR),
            finding("structure.section-order", Severity.WARNING),
            finding("structure.section-empty", Severity.WARNING),
            finding("statement.missing", Severity.WARNING),
            // ---- reading
            finding("read.not-text", Severity.ERROR),
            finding("read.unrecognised-text", Severity.WARNING),
            finding("read.nonstandard-label", Severity.WARNING),
            finding("read.cell-value", Severity.WARNING),
            finding("read.failed", Severity.ERROR),
            finding("read.limit", Severity.ERROR),
            finding("read.no-text-layer", Severity.ERROR),
            finding("read.garbled-text", Severity.ERROR),
            finding("read.column-order", Severity.WARNING),
            finding("read.duplicate-table", Severity.ERROR),
            finding("read.duplicate-row", Severity.ERROR),
            finding("read.row-values", Severity.ERROR),
            finding("read.stray-values", Severity.ERROR),
            finding("read.missing-column", Severity.ERROR),
            // ---- format
            finding("format.mismatch", Severity.WARNING),
            finding("format.unknown", Severity.ERROR),
            // ---- suspect cells
            finding("suspect.cell", Severity.INFO),
            finding("suspect.cells", Severity.INFO),
            finding("suspect.blank-line", Severity.INFO),
            finding("suspect.unexplained", Severity.INFO),
            // ---- prose against tables
            finding("narrative.mismatch", Severity.WARNING),
            finding("narrative.claim", Severity.INFO),
            // ---- across the reports of a run
            finding("dataset.carry-over", Severity.ERROR),
            finding("dataset.in-force", Severity.WARNING),
            finding("dataset.duplicate", Severity.WARNING),
            finding("dataset.unidentified", Severity.INFO));

    private BuiltInFindings() {
    }

    /** A finding whose description is the catalogue's {@code about.ID} (io/github/crossfoot/messages). */
    private static Finding finding(String id, Severity severity) {
        Messages.Text about = Messages.of("about." + id);
        return new Finding(id, severity, about.zh(), about.en());
    }

    /** Every built-in finding, grouped by prefix in the order of rules/README.md. */
    public static List<Finding> all() {
        return ALL;
    }

    /** The built-in finding with this id. */
    public static Optional<Finding> find(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Whether {@code id} is a built-in finding id rather than a rule of a rule file. */
    public static boolean isBuiltIn(String id) {
        return find(id).isPresent();
    }
}
