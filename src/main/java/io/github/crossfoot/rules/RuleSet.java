package io.github.crossfoot.rules;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.narrative.NarrativeCheck;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.internal.Engine;
import io.github.crossfoot.rules.internal.Messages;
import io.github.crossfoot.rules.internal.RuleCompiler;
import io.github.crossfoot.rules.internal.SuspectFinder;
import io.github.crossfoot.rules.internal.RuleCompiler.CompiledFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report formats Crossfoot knows and the checks it applies, loaded from rule files. Immutable
 * and thread-safe: build it once and check any number of reports with it.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.standard();
 * CheckResult result = rules.check(report);
 * }</pre>
 */
public final class RuleSet {

    /** The standard rule files bundled in the jar (copied from the project's rules/ folder). */
    static final List<String> STANDARD_FILES = List.of("gov-2019.rules", "gov-2021.rules");

    private static final String STANDARD_ROOT = "/io/github/crossfoot/rules/standard/";

    private final Map<String, CompiledFormat> formats;

    private RuleSet(Map<String, CompiledFormat> formats) {
        this.formats = formats;
    }

    /** The bundled rule sets for the national formats. */
    public static RuleSet standard() {
        return Standard.SET;
    }

    /** Built once, on first use; a second thread asking meanwhile waits for it instead of building another. */
    private static final class Standard {
        static final RuleSet SET = builder().standard().build();
    }

    /** Starts a rule set from the standard files, your own files, or both. */
    public static Builder builder() {
        return new Builder();
    }

    /** The formats, in the order they were declared. */
    public List<FormatSpec> formats() {
        return formats.values().stream().map(CompiledFormat::spec).toList();
    }

    public Optional<FormatSpec> format(String id) {
        return Optional.ofNullable(formats.get(id)).map(CompiledFormat::spec);
    }

    /**
     * The format for a report year: the one whose years cover it, else the newest one. Returns
     * empty only when the rule set has no format.
     */
    public Optional<FormatSpec> formatForYear(Integer year) {
        List<FormatSpec> all = formats();
        if (year != null) {
            Optional<FormatSpec> covering = all.stream().filter(f -> f.coversYear(year)).findFirst();
            if (covering.isPresent()) {
                return covering;
            }
        }
        return all.stream().max(Comparator.comparingInt(FormatSpec::firstYear));
    }

    /**
     * Every instance of the format's rules, in rule-file order then binding order: what a test
     * report counts as one test. Empty for an unknown format.
     */
    public List<RuleInstance> instances(String formatId) {
        CompiledFormat f = formats.get(formatId);
        if (f == null) {
            return List.of();
        }
        List<RuleInstance> out = new ArrayList<>();
        for (var rule : f.rules()) {
            for (var instance : rule.instances()) {
                out.add(new RuleInstance(rule.spec().id(), rule.table().id(), instance.row(), instance.column()));
            }
        }
        return out;
    }

    /**
     * An empty report in the given format, with every table's rows, columns and labels declared,
     * for systems that hold the numbers in their own forms.
     */
    public Report.Builder newReport(String source, String formatId) {
        CompiledFormat f = formats.get(formatId);
        if (f == null) {
            throw new IllegalArgumentException("unknown format '" + formatId + "'; known: " + formats.keySet());
        }
        Report.Builder b = Report.builder(source).format(formatId);
        f.spec().tables().forEach(t -> b.table(t.newTable().build()));
        return b;
    }

    /** Checks a report against the rules of its format. Never throws for bad report content. */
    public CheckResult check(Report report) {
        // A document that could not be read at all has one finding saying so; the tables it would
        // have held are not each reported missing as well.
        if (report.readingProblems().stream().anyMatch(v -> v.rule().equals("read.failed") || v.rule().equals("read.not-text")
                || v.rule().equals("read.limit"))) {
            return new CheckResult(report, report.readingProblems());
        }
        CompiledFormat f = formats.get(report.format());
        if (f == null && report.format().isEmpty()) {
            f = formatForYear(report.year().isPresent() ? report.year().getAsInt() : null)
                    .map(spec -> formats.get(spec.id())).orElse(null);
        }
        if (f == null) {
            List<Violation> out = new ArrayList<>(report.readingProblems());
            Messages.Text m = Messages.of("format.unknown", "format", report.format(), "known", formats.keySet());
            out.add(Violation.builder("format.unknown", Severity.ERROR, Violation.Kind.STRUCTURE)
                    .message(m.byLanguage())
                    .build());
            return new CheckResult(report, out);
        }
        Report checked = report.format().equals(f.spec().id()) ? report : report.toBuilder().format(f.spec().id()).build();
        List<Violation> violations = new ArrayList<>(Engine.check(f, checked));
        violations.addAll(SuspectFinder.find(f, checked, violations));
        violations.addAll(NarrativeCheck.check(checked, f.spec()));
        return new CheckResult(checked, violations);
    }

    /** Collects rule files; later files may add rules and tables to formats declared earlier. */
    public static final class Builder {
        private final List<RuleCompiler.Source> sources = new ArrayList<>();

        private Builder() {
        }

        /** Adds the bundled standard rule files. */
        public Builder standard() {
            for (String name : STANDARD_FILES) {
                try (InputStream in = RuleSet.class.getResourceAsStream(STANDARD_ROOT + name)) {
                    if (in == null) {
                        throw new IllegalStateException("standard rule file " + name + " is not on the classpath");
                    }
                    sources.add(new RuleCompiler.Source("rules/" + name,
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return this;
        }

        /** Adds a rule file from disk (UTF-8). */
        public Builder add(Path file) throws IOException {
            return add(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }

        /** Adds rule-file text; {@code name} locates errors. */
        public Builder add(String name, String text) {
            sources.add(new RuleCompiler.Source(name, text));
            return this;
        }

        /**
         * Compiles the files.
         *
         * @throws RuleFileException with every problem located as {@code file:line:col}
         */
        public RuleSet build() {
            return new RuleSet(RuleCompiler.compile(sources));
        }
    }
}
