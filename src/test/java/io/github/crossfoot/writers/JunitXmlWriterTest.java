package io.github.crossfoot.writers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.RuleSpec;
import io.github.crossfoot.testing.ReportGenerator;
import io.github.crossfoot.testing.ReportGenerator.CellPos;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class JunitXmlWriterTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final Set<String> RULE_IDS = RULES.format("gov-2021").orElseThrow().rules().stream()
            .map(RuleSpec::id).collect(Collectors.toSet());

    private static Schema schema;
    private static List<CheckResult> seeds;

    @BeforeAll
    static void load() throws Exception {
        URL xsd = Objects.requireNonNull(JunitXmlWriterTest.class.getResource("/schemas/junit-10.xsd"));
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        ReportReader reader = new ReportReader(RULES);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        seeds = new ArrayList<>();
        for (Path p : files) {
            seeds.add(RULES.check(reader.read(p)));
        }
    }

    // ------------------------------------------------------------------ seeds

    @Test
    void seedsGiveOneValidSuitePerReportWithConsistentCounts() throws Exception {
        byte[] xml = write(new JunitXmlWriter(Language.ZH, RULES), seeds);
        validate(xml);
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");

        List<Element> suites = children(root, "testsuite");
        assertThat(suites).hasSize(seeds.size());
        int tests = 0;
        int failures = 0;
        for (int i = 0; i < suites.size(); i++) {
            Element suite = suites.get(i);
            CheckResult result = seeds.get(i);
            assertThat(suite.getAttribute("name")).isEqualTo(result.report().source());
            List<Element> cases = children(suite, "testcase");
            long failing = cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
            long skipped = cases.stream().filter(c -> !children(c, "skipped").isEmpty()).count();
            assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases.size()));
            assertThat(suite.getAttribute("failures")).isEqualTo(Long.toString(failing));
            assertThat(suite.getAttribute("skipped")).isEqualTo(Long.toString(skipped));
            assertThat(suite.getAttribute("errors")).isEqualTo("0");
            // A report fails exactly when one of its test cases does.
            assertThat(failing > 0).isEqualTo(!result.passed());
            // Every error finding is a failure somewhere; no warning or info is.
            long errorInstances = result.errors().stream()
                    .map(v -> v.rule() + "|" + v.row().orElse("") + "|" + v.column().orElse("") + "|"
                            + (RULE_IDS.contains(v.rule()) ? "" : v.line() + "|" + v.messageEn()))
                    .distinct().count();
            assertThat(failing).isEqualTo(errorInstances);
            // Every rule of the format has at least one test case.
            Set<String> names = cases.stream().map(c -> c.getAttribute("name")).collect(Collectors.toSet());
            for (String rule : RULE_IDS) {
                assertThat(names).anyMatch(n -> n.equals(rule) || n.startsWith(rule + "["));
            }
            tests += cases.size();
            failures += (int) failing;
        }
        assertThat(root.getAttribute("tests")).isEqualTo(Integer.toString(tests));
        assertThat(root.getAttribute("failures")).isEqualTo(Integer.toString(failures));
    }

    @Test
    void failuresCarryFileLineRuleAndBothLanguages() throws Exception {
        CheckResult planted = seed("example-2023-with-errors.txt");
        Document doc = parse(write(new JunitXmlWriter(Language.ZH, RULES), List.of(planted)));
        Element suite = children(doc.getDocumentElement(), "testsuite").get(0);
        assertThat(suite.getAttribute("failures")).isEqualTo("3");

        Element rowTotal = testcase(suite, "applications.row-total[handled.disclosed]");
        assertThat(rowTotal.getAttribute("classname"))
                .isEqualTo("examples/example-2023-with-errors_txt.applications");
        Element failure = children(rowTotal, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("applications.row-total");
        assertThat(failure.getAttribute("message"))
                .startsWith("examples/example-2023-with-errors.txt:31 ")
                .contains("表三「（一）予以公开」行：总计为 27，但六类申请人之和为 18，相差 9。");
        assertThat(failure.getTextContent())
                .contains("examples/example-2023-with-errors.txt:31")
                .contains("Table 3, row handled.disclosed: total is 27, but the six applicant columns sum to 18")
                .contains("规则 rule: applications.row-total · 错误 error · failed")
                .contains("表 table applications · 行 row handled.disclosed")
                .contains("左边 left: 27 · 右边 right: 18 · 相差 difference: 9")
                .contains("（一）予以公开 / 总计 [handled.disclosed, total] = 27（第31行 line 31）");

        Element group = testcase(suite, "reviews.group-total[reconsideration]");
        assertThat(children(group, "failure").get(0).getAttribute("message"))
                .startsWith("examples/example-2023-with-errors.txt:60 ");

        // Suspect cells are hints: a passing test case whose system-out names the expected value.
        Element suspect = cases(suite).stream().filter(c -> c.getAttribute("name").startsWith("suspect.cell"))
                .findFirst().orElseThrow();
        assertThat(children(suspect, "failure")).isEmpty();
        assertThat(children(suspect, "system-out").get(0).getTextContent())
                .contains("[提示 info]")
                .contains("→ 应为 expected 21");

        // Rule instances that hold are passing test cases without children.
        Element balance = testcase(suite, "applications.balance[natural_person]");
        assertThat(balance.getChildNodes().getLength()).isZero();
        assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases(suite).size()));
        assertThat(cases(suite).stream().filter(c -> c.getAttribute("name").startsWith("applications.non-negative[")))
                .hasSize(200); // 175 official cells and the 25 of the optional subtotal column
    }

    @Test
    void warningsGoToSystemOutAndDoNotFail() throws Exception {
        CheckResult seed = seed("000_683628c7d948b694.txt");
        assertThat(seed.warnings()).isNotEmpty();
        assertThat(seed.passed()).isTrue();
        Document doc = parse(write(new JunitXmlWriter(Language.ZH, RULES), List.of(seed)));
        Element suite = children(doc.getDocumentElement(), "testsuite").get(0);
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        Element warning = cases(suite).stream()
                .filter(c -> c.getAttribute("name").startsWith("read.nonstandard-label")).findFirst().orElseThrow();
        assertThat(warning.getAttribute("name")).isEqualTo("read.nonstandard-label[proactive] (第24行 line 24)");
        assertThat(children(warning, "failure")).isEmpty();
        assertThat(children(warning, "system-out").get(0).getTextContent())
                .contains("[警告 warning] examples/000_683628c7d948b694.txt:24")
                .contains("本年度止件数");
    }

    @Test
    void missingTablesFailAndTheirRulesAreSkipped() throws Exception {
        CheckResult seed = seed("003_80eb4e39c25afce7.txt");
        Document doc = parse(write(new JunitXmlWriter(Language.EN, RULES), List.of(seed)));
        Element suite = children(doc.getDocumentElement(), "testsuite").get(0);
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo(Integer.toString(RULE_IDS.size()));
        Element missing = cases(suite).stream()
                .filter(c -> c.getAttribute("name").startsWith("table.missing")).findFirst().orElseThrow();
        assertThat(missing.getAttribute("name")).isEqualTo("table.missing (line 30)");
        assertThat(children(missing, "failure").get(0).getAttribute("message"))
                .startsWith("examples/003_80eb4e39c25afce7.txt:30 Table headings are at lines 30, 31, 32");
        Element balance = testcase(suite, "applications.balance");
        assertThat(children(balance, "skipped").get(0).getAttribute("message"))
                .isEqualTo("Not checked: table applications is missing.");
    }

    // ------------------------------------------------------------------ generated reports

    @Test
    void generatedFailingReportsHaveOneFailurePerFailingInstance() throws Exception {
        List<CheckResult> results = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            Report ok = ReportGenerator.generate(seed);
            CheckResult clean = RULES.check(ok);
            assertThat(clean.passed()).isTrue();
            results.add(clean);
            String row = seed % 2 == 0 ? "new" : "handled.disclosed";
            String column = seed % 3 == 0 ? "commercial" : "natural_person";
            results.add(RULES.check(ReportGenerator.addDelta(ok, new CellPos("applications", row, column), seed)));
        }
        byte[] xml = write(new JunitXmlWriter(Language.EN, RULES), results);
        validate(xml);
        List<Element> suites = children(parse(xml).getDocumentElement(), "testsuite");
        assertThat(suites).hasSize(results.size());
        for (int i = 0; i < results.size(); i++) {
            CheckResult r = results.get(i);
            Element suite = suites.get(i);
            List<Violation> ruleErrors = r.errors().stream().filter(v -> RULE_IDS.contains(v.rule())).toList();
            if (i % 2 == 0) {
                assertThat(suite.getAttribute("failures")).isEqualTo("0");
                // Every rule instance is a test: 8 + 25 + 25 + 8 + 200 + 200 (三, the per-column rules and cells
                // counting the optional subtotal column), 3 + 15 + 15 (四), 13 + 12 (二, with the optional row).
                assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(RULES.instances("gov-2021").size()))
                        .isEqualTo("524");
                continue;
            }
            // A changed cell breaks its row total and its column's balance or outcome total.
            assertThat(ruleErrors).isNotEmpty();
            assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(ruleErrors.size()));
            for (Violation v : ruleErrors) {
                String name = v.rule() + "[" + Stream.of(v.row().orElse(null), v.column().orElse(null))
                        .filter(Objects::nonNull).collect(Collectors.joining(", ")) + "]";
                Element failure = children(testcase(suite, name), "failure").get(0);
                assertThat(failure.getAttribute("type")).isEqualTo(v.rule());
                // Generated reports have no source lines: the location is the source alone.
                assertThat(failure.getAttribute("message")).isEqualTo(r.report().source() + " " + v.messageEn());
                assertThat(failure.getTextContent()).doesNotContain("规则");
            }
        }
    }

    // ------------------------------------------------------------------ escaping and encoding

    @Test
    void escapesMarkupAndReplacesCharactersXmlCannotCarry() throws Exception {
        String source = "a<b>&\"c'\u0001\uD800.txt";
        Report report = ReportGenerator.generate(7).toBuilder().build();
        Report renamed = Report.builder(source).format(report.format()).year(2023).agency("局 <&>")
                .table(report.table("applications").orElseThrow())
                .table(report.table("reviews").orElseThrow())
                .table(report.table("proactive").orElseThrow())
                .readingProblem(Violation.builder("read.unrecognised-text", Severity.WARNING, Violation.Kind.READING)
                        .table("applications").line(3)
                        .message("文字「</system-out>]]>&amp;\u000C」无法识别。", "Text '</system-out>]]>&amp;\u000C' not recognised.")
                        .build())
                .build();
        CheckResult result = RULES.check(ReportGenerator.addDelta(renamed, new CellPos("applications", "new", "natural_person"), 1));
        byte[] xml = write(new JunitXmlWriter(Language.ZH, RULES), List.of(result));
        validate(xml);
        Element suite = children(parse(xml).getDocumentElement(), "testsuite").get(0);
        assertThat(suite.getAttribute("name")).isEqualTo("a<b>&\"c'\uFFFD\uFFFD.txt");
        Element unrecognised = cases(suite).stream()
                .filter(c -> c.getAttribute("name").startsWith("read.unrecognised-text")).findFirst().orElseThrow();
        assertThat(children(unrecognised, "system-out").get(0).getTextContent())
                .contains("文字「</system-out>]]>&amp;\uFFFD」无法识别。");
        Element agency = children(children(suite, "properties").get(0), "property").stream()
                .filter(p -> p.getAttribute("name").equals("agency")).findFirst().orElseThrow();
        assertThat(agency.getAttribute("value")).isEqualTo("局 <&>");
        assertThat(suite.getAttribute("failures")).isNotEqualTo("0");
    }

    @Test
    void writesUtf8ChineseAndDeclaresIt() throws Exception {
        byte[] xml = write(new JunitXmlWriter(Language.ZH, RULES), List.of(seed("example-2023-with-errors.txt")));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(text).contains("表三「（一）予以公开」行");
        assertThat(xml).containsSequence("表三".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void englishLeavesChineseMessagesOut() throws Exception {
        Document doc = parse(write(new JunitXmlWriter(Language.EN, RULES), List.of(seed("example-2023-with-errors.txt"))));
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(3);
        for (int i = 0; i < failures.getLength(); i++) {
            Element f = (Element) failures.item(i);
            assertThat(f.getAttribute("message")).doesNotContain("表");
            assertThat(f.getTextContent()).contains("rule: ").doesNotContain("规则");
        }
    }

    @Test
    void noResultsIsAnEmptyValidDocument() throws Exception {
        byte[] xml = write(new JunitXmlWriter(Language.ZH), List.of());
        validate(xml);
        Element root = parse(xml).getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("0");
        assertThat(children(root, "testsuite")).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static CheckResult seed(String name) {
        return seeds.stream().filter(r -> r.report().source().endsWith(name)).findFirst().orElseThrow();
    }

    static byte[] write(ResultWriter writer, List<CheckResult> results) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(results, out);
        }
        return bytes.toByteArray();
    }

    private static void validate(byte[] xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> cases(Element suite) {
        return children(suite, "testcase");
    }

    private static Element testcase(Element suite, String name) {
        return cases(suite).stream().filter(c -> c.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no test case " + name + " in "
                        + cases(suite).stream().map(c -> c.getAttribute("name")).toList()));
    }
}
