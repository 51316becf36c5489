package io.github.crossfoot.writers;

import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.RuleInstance;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.RuleSpec;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes results as JUnit XML, the test-report format read by Jenkins, GitLab and the GitHub test
 * reporters, so that a CI job shows each report as a test suite and each check as a test.
 *
 * <pre>{@code
 * <testsuites name="crossfoot" tests="…" failures="…" errors="0">
 *   <testsuite name="SOURCE" tests="…" failures="…" errors="0" skipped="…" file="SOURCE">
 *     <properties><property name="format" value="gov-2021"/>…</properties>
 *     <testcase classname="SOURCE_txt.applications" name="applications.row-total[handled.disclosed]">
 *       <failure message="SOURCE:31 表三「（一）予以公开」行：…" type="applications.row-total">…</failure>
 *     </testcase>
 *   </testsuite>
 * </testsuites>
 * }</pre>
 *
 * <p><b>Test cases.</b> Per report (one {@code <testsuite>}, named by its source):
 * <ul>
 *   <li>every finding that is not a rule of a rule file — reading ({@code read.*}), structure
 *       ({@code table.*}), format ({@code format.*}), prose ({@code narrative.*}) and dataset
 *       ({@code dataset.*}) findings — is a test case of its own, named by its id, table and line;
 *       suspect-cell hints ({@code suspect.*}) come last, after the rules they explain;</li>
 *   <li>every instance of every rule of the report's format (the row, column, cell or group it is
 *       applied to) is a test case named {@code rule[row, column]}, passing ones included, so
 *       {@code tests} counts what was checked. A rule whose table is missing from the report was
 *       not checked: it is one {@code <skipped>} test case.</li>
 * </ul>
 *
 * <p><b>Only errors fail the build.</b> An error-severity finding is a {@code <failure>} whose
 * {@code type} is the rule id and whose {@code message} is {@code file:line} plus the message; the
 * body adds the language alongside (English, for {@link Language#ZH}), the table, row and column, the sides of the
 * relation and every cell with its value and line. Warnings and infos do not fail: they are written
 * to the {@code <system-out>} of their test case, which passes. A relation instance that was
 * deliberately not checked (a wholly blank side) is {@code <skipped>}. {@code errors} is always 0:
 * JUnit reserves it for tests that crashed.
 *
 * <p>The {@code classname} is the source with dots replaced by underscores, a dot, and the table id
 * (or {@code report} for findings about the whole report), so that Jenkins shows one package per
 * report and one class per table; the exact source is the suite's {@code name} and {@code file}.
 *
 * <p>Written with the JDK's {@link XMLStreamWriter}; the declaration says UTF-8, so give a writer
 * that encodes UTF-8. Characters XML 1.0 cannot carry are replaced by U+FFFD. Stateless and
 * thread-safe.
 */
public final class JunitXmlWriter implements ResultWriter {

    private static final String INDENT = "  ";

    private final Language language;
    private final RuleSet rules;

    /** Applies the rules of the standard rule set ({@link RuleSet#standard()}). */
    public JunitXmlWriter(Language language) {
        this(language, RuleSet.standard());
    }

    /** {@code rules} is the rule set the results were checked with; it lists the rules of each format. */
    public JunitXmlWriter(Language language, RuleSet rules) {
        this.language = Objects.requireNonNull(language, "language");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * The root element counts every test, which is known only at the end: the suites are written
     * to a temporary file as the reports come, and copied after the root's start tag when the run
     * finishes (the file is deleted then, or when the JVM ends if the run is abandoned).
     */
    @Override
    public Run start(Writer out) throws IOException {
        Path spool = Files.createTempFile("crossfoot-junit-", ".xml");
        spool.toFile().deleteOnExit();
        Writer body = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
        XMLStreamWriter bodyXml;
        try {
            bodyXml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(body);
        } catch (XMLStreamException e) {
            body.close();
            Files.deleteIfExists(spool);
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        return new Run() {
            private long tests;
            private long failures;

            @Override
            public void add(CheckResult result) throws IOException {
                write(suite(result));
            }

            private void write(Suite suite) throws IOException {
                tests += suite.tests();
                failures += suite.failures();
                try {
                    writeSuite(bodyXml, suite);
                } catch (XMLStreamException e) {
                    throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
                }
            }

            @Override
            public void finish(List<DatasetFindings> dataset) throws IOException {
                try {
                    if (!dataset.isEmpty()) {
                        write(datasetSuite(dataset));
                    }
                    bodyXml.flush();
                    body.close();
                    XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
                    x.writeStartDocument("UTF-8", "1.0");
                    newline(x, 0);
                    x.writeStartElement("testsuites");
                    x.writeAttribute("name", "crossfoot");
                    x.writeAttribute("tests", Long.toString(tests));
                    x.writeAttribute("failures", Long.toString(failures));
                    x.writeAttribute("errors", "0");
                    x.writeCharacters(""); // ends the start tag before the suites are copied in
                    x.flush();
                    try (Reader suites = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                        suites.transferTo(out);
                    }
                    newline(x, 0);
                    x.writeEndElement();
                    newline(x, 0);
                    x.writeEndDocument();
                    x.flush();
                    x.close();
                    out.flush();
                } catch (XMLStreamException e) {
                    throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
                } finally {
                    body.close();
                    Files.deleteIfExists(spool);
                }
            }
        };
    }

    // ------------------------------------------------------------------ model

    /** One test case: a failure (an error finding) or not, skipped or not, and findings for system-out. */
    private record Case(String source, String classname, String name, Violation failure, String skipped,
                        List<Violation> notes) {
    }

    /** One test suite: a report's ({@code result} set), or the findings across reports ({@code result} null). */
    private record Suite(CheckResult result, List<Case> cases) {
        int tests() {
            return cases.size();
        }

        int failures() {
            return (int) cases.stream().filter(c -> c.failure() != null).count();
        }

        int skipped() {
            return (int) cases.stream().filter(c -> c.failure() == null && c.skipped() != null).count();
        }
    }

    private Suite suite(CheckResult result) {
        Report report = result.report();
        String base = classBase(report.source());
        Optional<FormatSpec> format = rules.format(report.format());
        Set<String> ruleIds = format.map(f -> f.rules().stream().map(RuleSpec::id).collect(Collectors.toSet()))
                .orElse(Set.of());

        List<Case> cases = new ArrayList<>();
        List<Case> after = new ArrayList<>();
        Set<String> stoppedTables = new HashSet<>();
        for (Violation v : result.violations()) {
            if (v.rule().equals("table.missing")) {
                // without a table id it stands for every table of the format
                v.table().ifPresentOrElse(stoppedTables::add,
                        () -> format.ifPresent(f -> f.tables().forEach(t -> stoppedTables.add(t.id()))));
            }
            if (ruleIds.contains(v.rule())) {
                continue;
            }
            (v.kind() == Violation.Kind.SUSPECT ? after : cases).add(findingCase(report.source(), v));
        }

        if (format.isPresent()) {
            List<RuleInstance> instances = rules.instances(format.get().id());
            for (RuleSpec rule : format.get().rules()) {
                String classname = base + "." + rule.table();
                boolean stopped = stoppedTables.contains(rule.table()) || report.table(rule.table()).isEmpty();
                if (stopped) {
                    cases.add(new Case(report.source(), classname, rule.id(), null,
                            language.text("junit.not-checked", "table", rule.table()), List.of()));
                    continue;
                }
                Map<String, List<Violation>> byInstance = new LinkedHashMap<>();
                for (Violation v : result.violations(rule.id())) {
                    byInstance.computeIfAbsent(bracket(null, v.row().orElse(null), v.column().orElse(null)),
                            k -> new ArrayList<>()).add(v);
                }
                for (RuleInstance instance : instances) {
                    if (!instance.rule().equals(rule.id())) {
                        continue;
                    }
                    String key = bracket(null, instance.row(), instance.column());
                    List<Violation> found = byInstance.getOrDefault(key, List.of());
                    Violation failure = found.stream().filter(v -> v.severity() == Severity.ERROR)
                            .findFirst().orElse(null);
                    List<Violation> notes = found.stream().filter(v -> v != failure).toList();
                    Violation notChecked = found.stream()
                            .filter(v -> v.kind() == Violation.Kind.NOT_CHECKED).findFirst().orElse(null);
                    String skipped = failure == null && notChecked != null ? oneLine(language.message(notChecked)) : null;
                    cases.add(new Case(report.source(), classname, rule.id() + key, failure, skipped, notes));
                }
            }
        }
        cases.addAll(after);
        return new Suite(result, unique(cases));
    }

    /** A finding that is not a rule of a rule file: a test case of its own, failing for an error. */
    private Case findingCase(String source, Violation v) {
        String classname = classBase(source) + "." + v.table().orElse("report");
        String name = v.rule() + bracket(v.table().orElse(null), v.row().orElse(null), v.column().orElse(null))
                + (v.line() > 0 ? " (" + language.text("junit.line", "line", v.line()) + ")" : "");
        return v.severity() == Severity.ERROR
                ? new Case(source, classname, name, v, null, List.of())
                : new Case(source, classname, name, null, null, List.of(v));
    }

    /** The findings across reports, when they come after the reports they concern: one suite. */
    private Suite datasetSuite(List<DatasetFindings> dataset) {
        List<Case> cases = new ArrayList<>();
        for (DatasetFindings d : dataset) {
            d.violations().forEach(v -> cases.add(findingCase(d.source(), v)));
        }
        return new Suite(null, unique(cases));
    }

    /** Makes names unique within a class: a second {@code x} becomes {@code x #2}. */
    private static List<Case> unique(List<Case> cases) {
        record Name(String classname, String name) {
        }
        Map<Name, Integer> seen = new HashMap<>();
        List<Case> out = new ArrayList<>();
        for (Case c : cases) {
            int n = seen.merge(new Name(c.classname(), c.name()), 1, Integer::sum);
            out.add(n == 1 ? c : new Case(c.source(), c.classname(), c.name() + " #" + n, c.failure(), c.skipped(), c.notes()));
        }
        return out;
    }

    private static String bracket(String table, String row, String column) {
        List<String> parts = new ArrayList<>();
        if (table != null) {
            parts.add(table);
        }
        if (row != null) {
            parts.add(row);
        }
        if (column != null) {
            parts.add(column);
        }
        return parts.isEmpty() ? "" : "[" + String.join(", ", parts) + "]";
    }

    /** The source as a class-name prefix: dots would split it into packages, so they become underscores. */
    private static String classBase(String source) {
        String s = source.replace('\\', '/').replace('.', '_');
        return s.isBlank() ? "report" : s;
    }

    // ------------------------------------------------------------------ writing

    private void writeSuite(XMLStreamWriter x, Suite s) throws XMLStreamException {
        newline(x, 1);
        x.writeStartElement("testsuite");
        String name = s.result() == null ? language.text("junit.dataset-suite") : s.result().report().source();
        x.writeAttribute("name", clean(name));
        x.writeAttribute("tests", Integer.toString(s.tests()));
        x.writeAttribute("failures", Integer.toString(s.failures()));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", Integer.toString(s.skipped()));
        if (s.result() != null) {
            Report report = s.result().report();
            x.writeAttribute("file", clean(report.source()));
            newline(x, 2);
            x.writeStartElement("properties");
            property(x, "source", report.source());
            property(x, "format", report.format());
            property(x, "agency", report.agency().orElse(""));
            property(x, "year", report.year().isPresent() ? Integer.toString(report.year().getAsInt()) : "");
            property(x, "passed", Boolean.toString(s.result().passed()));
            newline(x, 2);
            x.writeEndElement();
        }
        for (Case c : s.cases()) {
            writeCase(x, c);
        }
        newline(x, 1);
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        newline(x, 3);
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
    }

    private void writeCase(XMLStreamWriter x, Case c) throws XMLStreamException {
        newline(x, 2);
        boolean empty = c.failure() == null && c.skipped() == null && c.notes().isEmpty();
        if (empty) {
            x.writeEmptyElement("testcase");
        } else {
            x.writeStartElement("testcase");
        }
        x.writeAttribute("classname", clean(c.classname()));
        x.writeAttribute("name", clean(c.name()));
        if (empty) {
            return;
        }
        // Element order as the JUnit schema wants it: skipped, failure, system-out.
        if (c.failure() == null && c.skipped() != null) {
            newline(x, 3);
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", clean(c.skipped()));
        }
        if (c.failure() != null) {
            Violation v = c.failure();
            newline(x, 3);
            x.writeStartElement("failure");
            x.writeAttribute("message", clean(location(c.source(), v) + " " + oneLine(primary(v))));
            x.writeAttribute("type", clean(v.rule()));
            x.writeCharacters(clean("\n" + detail(c.source(), v)));
            x.writeEndElement();
        }
        if (!c.notes().isEmpty()) {
            newline(x, 3);
            x.writeStartElement("system-out");
            String text = c.notes().stream()
                    .map(v -> "[" + severity(v) + "] " + detail(c.source(), v))
                    .collect(Collectors.joining("\n"));
            x.writeCharacters(clean("\n" + text));
            x.writeEndElement();
        }
        newline(x, 2);
        x.writeEndElement();
    }

    /** {@code file:line}, or the file alone when the finding has no line. */
    private static String location(String source, Violation v) {
        return v.line() > 0 ? source + ":" + v.line() : source;
    }

    private String primary(Violation v) {
        return v.message(language.tag());
    }

    private String severity(Violation v) {
        return language.text("page.severity." + v.severity().id());
    }

    /** The full text of a finding: location, message(s), rule, where, sides and cells; ends with a newline. */
    private String detail(String source, Violation v) {
        StringBuilder b = new StringBuilder();
        b.append(location(source, v)).append('\n');
        b.append(language.message(v)).append('\n');
        b.append(language.text("junit.detail.rule", "rule", v.rule(), "severity", severity(v), "kind", v.kind().id()))
                .append('\n');
        List<String> where = new ArrayList<>();
        v.table().ifPresent(t -> where.add(language.text("junit.detail.table", "table", t)));
        v.row().ifPresent(r -> where.add(language.text("junit.detail.row", "row", r)));
        v.column().ifPresent(col -> where.add(language.text("junit.detail.column", "column", col)));
        if (!where.isEmpty()) {
            b.append(language.text("junit.detail.where", "where", String.join(" · ", where))).append('\n');
        }
        // A suspect's sides are its value and the expected one, shown with its cells instead.
        if (v.left().isPresent() && v.right().isPresent() && v.kind() != Violation.Kind.SUSPECT) {
            b.append(language.text("junit.detail.sides", "left", plain(v.left().get()), "right", plain(v.right().get()),
                    "difference", plain(v.difference().orElseThrow()))).append('\n');
        }
        if (!v.cells().isEmpty()) {
            b.append(language.text("junit.detail.cells")).append('\n');
            for (CellRef c : v.cells()) {
                b.append("  ").append(c.label()).append(" [").append(c.row()).append(", ").append(c.column())
                        .append("] = ")
                        .append(c.found() ? c.value().text() : language.text("junit.detail.cell.missing"));
                if (c.line() > 0) {
                    b.append(language.text("junit.detail.cell.line", "line", c.line()));
                }
                if (c.expected() != null) {
                    b.append(language.text("junit.detail.cell.expected", "value", plain(c.expected())));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static void newline(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + INDENT.repeat(depth));
    }

    /** Replaces what XML 1.0 cannot carry (control characters, lone surrogates) by U+FFFD. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                if (ok) {
                    b.appendCodePoint(cp);
                } else {
                    b.append('\uFFFD');
                }
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }
}
