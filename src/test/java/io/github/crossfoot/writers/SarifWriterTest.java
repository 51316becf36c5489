package io.github.crossfoot.writers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.BuiltInFindings;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.RuleSpec;
import io.github.crossfoot.testing.ReportGenerator;
import io.github.crossfoot.testing.ReportGenerator.CellPos;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifWriterTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Schema schema;
    private static List<CheckResult> seeds;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = Objects.requireNonNull(
                SarifWriterTest.class.getResourceAsStream("/schemas/sarif-2.1.0.json"))) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        }
        ReportReader reader = new ReportReader(RULES);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        seeds = new ArrayList<>();
        for (Path p : files) {
            seeds.add(RULES.check(reader.read(p)));
        }
    }

    // ------------------------------------------------------------------ seeds

    @Test
    void seedsGiveAValidLogWithOneResultPerViolation() throws Exception {
        String text = write(new SarifWriter(Language.ZH, RULES), seeds);
        assertValid(text);
        JsonNode log = MAPPER.readTree(text);
        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("crossfoot");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        assertThat(driver.get("version").asText()).isNotBlank();

        List<String> ruleIds = new ArrayList<>();
        driver.get("rules").forEach(r -> ruleIds.add(r.get("id").asText()));
        assertThat(ruleIds).doesNotHaveDuplicates();
        for (FormatSpec f : RULES.formats()) {
            f.rules().forEach(r -> assertThat(ruleIds).contains(r.id()));
        }
        BuiltInFindings.all().forEach(f -> assertThat(ruleIds).contains(f.id()));

        List<Violation> violations = seeds.stream().flatMap(r -> r.violations().stream()).toList();
        JsonNode results = run.get("results");
        assertThat(results).hasSize(violations.size());
        int i = 0;
        for (CheckResult r : seeds) {
            for (Violation v : r.violations()) {
                JsonNode res = results.get(i++);
                assertThat(res.get("ruleId").asText()).isEqualTo(v.rule());
                assertThat(ruleIds.get(res.get("ruleIndex").asInt())).isEqualTo(v.rule());
                assertThat(res.get("level").asText()).isEqualTo(switch (v.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "note";
                });
                assertThat(res.get("message").get("text").asText()).isEqualTo(v.messageZh() + "\n" + v.messageEn());
                JsonNode physical = res.get("locations").get(0).get("physicalLocation");
                assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo(r.report().source());
                assertThat(physical.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
                if (v.line() > 0) {
                    assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(v.line());
                } else {
                    assertThat(physical.has("region")).isFalse();
                }
                assertThat(res.get("partialFingerprints").get(SarifWriter.FINGERPRINT).asText())
                        .matches("[0-9a-f]{32}:[0-9]+");
                assertThat(res.get("properties").get("message").get("en").asText()).isEqualTo(v.messageEn());
            }
        }
    }

    @Test
    void rulesDescribeTheirFileLevelAndLanguage() throws Exception {
        JsonNode rules = MAPPER.readTree(write(new SarifWriter(Language.ZH, RULES), seeds))
                .get("runs").get(0).get("tool").get("driver").get("rules");
        JsonNode balance = byId(rules, "applications.balance");
        assertThat(balance.get("name").asText()).isEqualTo("ApplicationsBalance");
        assertThat(balance.get("shortDescription").get("text").asText()).isEqualTo("本年新收 + 上年结转 = 办理结果总计 + 结转下年度");
        assertThat(balance.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        JsonNode props = balance.get("properties");
        assertThat(props.get("table").asText()).isEqualTo("applications");
        assertThat(props.get("file").asText()).isEqualTo("rules/gov-2021.rules");
        assertThat(props.get("line").asInt()).isPositive();
        Set<String> formats = new TreeSet<>();
        props.get("definedIn").forEach(d -> {
            formats.add(d.get("format").asText());
            assertThat(d.get("file").asText()).isEqualTo("rules/" + d.get("format").asText() + ".rules");
        });
        assertThat(formats).containsExactly("gov-2019", "gov-2021");
        RuleSpec spec = RULES.format("gov-2021").orElseThrow().rules().stream()
                .filter(r -> r.id().equals("applications.balance")).findFirst().orElseThrow();
        assertThat(balance.get("fullDescription").get("text").asText()).contains(spec.file() + ":" + spec.line());

        JsonNode blank = byId(rules, "table.blank-cells");
        assertThat(blank.get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
        assertThat(blank.get("shortDescription").get("text").asText()).startsWith("空白单元格");
        assertThat(byId(rules, "suspect.cell").get("defaultConfiguration").get("level").asText()).isEqualTo("note");

        JsonNode english = MAPPER.readTree(write(new SarifWriter(Language.EN, RULES), seeds))
                .get("runs").get(0).get("tool").get("driver").get("rules");
        assertThat(byId(english, "table.blank-cells").get("shortDescription").get("text").asText())
                .startsWith("Blank cells");
        assertThat(byId(english, "applications.balance").get("shortDescription").get("text").asText())
                .isEqualTo("Rule applications.balance on table applications");
    }

    @Test
    void plantedErrorsPointAtTheirLineAndCells() throws Exception {
        CheckResult planted = seeds.stream().filter(r -> r.report().source().endsWith("example-2023-with-errors.txt"))
                .findFirst().orElseThrow();
        JsonNode results = MAPPER.readTree(write(new SarifWriter(Language.EN, RULES), List.of(planted)))
                .get("runs").get(0).get("results");
        JsonNode rowTotal = null;
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals("applications.row-total")) {
                rowTotal = r;
            }
        }
        assertThat(rowTotal).isNotNull();
        assertThat(rowTotal.get("message").get("text").asText())
                .isEqualTo("Table 3, row handled.disclosed: total is 27, but the six applicant columns sum to 18 (difference 9).");
        JsonNode location = rowTotal.get("locations").get(0);
        assertThat(location.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(31);
        JsonNode logical = location.get("logicalLocations").get(0);
        assertThat(logical.get("name").asText()).isEqualTo("handled.disclosed");
        assertThat(logical.get("kind").asText()).isEqualTo("row");
        assertThat(logical.get("fullyQualifiedName").asText()).isEqualTo("table:applications/row:handled.disclosed");
        JsonNode props = rowTotal.get("properties");
        assertThat(props.get("kind").asText()).isEqualTo("failed");
        assertThat(props.get("left").asInt()).isEqualTo(27);
        assertThat(props.get("right").asInt()).isEqualTo(18);
        assertThat(props.get("difference").asInt()).isEqualTo(9);
        assertThat(props.get("cells").get(0).get("label").asText()).isEqualTo("（一）予以公开 / 总计");
    }

    // ------------------------------------------------------------------ generated reports

    @Test
    void generatedFailingReportsAreValidAndFingerprintsIgnoreValues() throws Exception {
        CellPos pos = new CellPos("applications", "handled.disclosed", "natural_person");
        List<CheckResult> small = new ArrayList<>();
        List<CheckResult> large = new ArrayList<>();
        for (long seed = 1; seed <= 10; seed++) {
            Report ok = named(ReportGenerator.generate(seed), "generated-" + seed + ".txt");
            small.add(RULES.check(ReportGenerator.addDelta(ok, pos, 1)));
            large.add(RULES.check(ReportGenerator.addDelta(ok, pos, 7)));
        }
        SarifWriter writer = new SarifWriter(Language.ZH, RULES);
        String first = write(writer, small);
        assertValid(first);
        assertValid(write(writer, large));
        assertThat(write(writer, small)).as("same input, same log").isEqualTo(first);

        Map<String, String> smallPrints = fingerprints(MAPPER.readTree(first));
        Map<String, String> largePrints = fingerprints(MAPPER.readTree(write(writer, large)));
        assertThat(smallPrints).isNotEmpty();
        // The failing relations of a changed cell keep their identity whatever the size of the slip.
        for (Map.Entry<String, String> e : smallPrints.entrySet()) {
            if (!e.getKey().startsWith("suspect.")) {
                assertThat(largePrints).containsEntry(e.getKey(), e.getValue());
            }
        }
        // Fingerprints differ between findings.
        assertThat(new HashSet<>(smallPrints.values())).hasSize(smallPrints.size());

        JsonNode results = MAPPER.readTree(first).get("runs").get(0).get("results");
        for (JsonNode r : results) {
            // Generated reports carry no source lines: no region.
            assertThat(r.get("locations").get(0).get("physicalLocation").has("region")).isFalse();
            assertThat(r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                    .startsWith("generated-");
        }
    }

    // ------------------------------------------------------------------ URIs

    @Test
    void sourcePathsBecomeUriReferences() throws Exception {
        assertThat(SarifWriter.uri("examples/a.txt")).isEqualTo("examples/a.txt");
        assertThat(SarifWriter.isAbsolute("examples/a.txt")).isFalse();
        assertThat(SarifWriter.uri("./报告 2023.txt")).isEqualTo("./%E6%8A%A5%E5%91%8A%202023.txt");
        assertThat(SarifWriter.uri("reports\\2023\\a.txt")).isEqualTo("reports/2023/a.txt");
        assertThat(SarifWriter.uri("c:a.txt")).isEqualTo("c%3Aa.txt");
        assertThat(SarifWriter.uri("/srv/报告/a b.txt")).isEqualTo("file:///srv/%E6%8A%A5%E5%91%8A/a%20b.txt");
        assertThat(SarifWriter.isAbsolute("/srv/a.txt")).isTrue();
        assertThat(SarifWriter.uri("C:\\报告\\a.txt")).isEqualTo("file:///C:/%E6%8A%A5%E5%91%8A/a.txt");
        assertThat(SarifWriter.uri("\\\\server\\share\\a.txt")).isEqualTo("file://server/share/a.txt");
        assertThat(SarifWriter.uri("https://example.org/r?id=1")).isEqualTo("https://example.org/r?id=1");

        List<CheckResult> results = new ArrayList<>();
        for (String source : List.of("/srv/报告/a b.txt", "C:\\报告\\a.txt", "相对/报告.txt")) {
            Report named = named(ReportGenerator.generate(3), source);
            results.add(RULES.check(ReportGenerator.addDelta(named, new CellPos("applications", "new", "total"), 2)));
        }
        String text = write(new SarifWriter(Language.ZH, RULES), results);
        assertValid(text);
        JsonNode out = MAPPER.readTree(text).get("runs").get(0).get("results");
        Set<String> uris = new TreeSet<>();
        for (JsonNode r : out) {
            JsonNode artifact = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            uris.add(artifact.get("uri").asText() + (artifact.has("uriBaseId") ? " @" + artifact.get("uriBaseId").asText() : ""));
        }
        assertThat(uris).containsExactly("%E7%9B%B8%E5%AF%B9/%E6%8A%A5%E5%91%8A.txt @%SRCROOT%",
                "file:///C:/%E6%8A%A5%E5%91%8A/a.txt", "file:///srv/%E6%8A%A5%E5%91%8A/a%20b.txt");
    }

    @Test
    void emptyRunIsValid() throws Exception {
        String text = write(new SarifWriter(Language.EN), List.of());
        assertValid(text);
        assertThat(MAPPER.readTree(text).get("runs").get(0).get("results")).isEmpty();
    }

    @Test
    void schemaRejectsABrokenLog() throws Exception {
        // The validator really checks: a result without a message and with a bad level is refused.
        String broken = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
                + "\"results\":[{\"ruleId\":\"a\",\"level\":\"fatal\"}]}]}";
        assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    // ------------------------------------------------------------------ catalogue

    /** Every finding id the code reports by itself is in {@link BuiltInFindings}. */
    @Test
    void catalogueListsEveryBuiltInIdInTheCode() throws Exception {
        Pattern id = Pattern.compile("\"((?:table|read|format|suspect|narrative|dataset)\\.[a-z]+(?:-[a-z]+)*)\"");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (p.endsWith("BuiltInFindings.java")) {
                    continue;
                }
                Matcher m = id.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        assertThat(found).contains("table.missing", "read.row-values", "format.unknown", "suspect.cell");
        for (String f : found) {
            assertThat(BuiltInFindings.find(f)).as(f).isPresent();
        }
        Set<String> ids = new HashSet<>();
        BuiltInFindings.all().forEach(f -> assertThat(ids.add(f.id())).as("duplicate " + f.id()).isTrue());
    }

    // ------------------------------------------------------------------ helpers

    private static String write(SarifWriter writer, List<CheckResult> results) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        writer.write(results, out);
        return out.toString();
    }

    /** The generated report under another source name. */
    private static Report named(Report report, String source) {
        Report.Builder b = RULES.newReport(source, report.format()).year(report.year().orElse(2023));
        report.agency().ifPresent(b::agency);
        report.tables().values().forEach(b::table);
        return b.build();
    }

    private static void assertValid(String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertThat(errors).as("SARIF schema errors").isEmpty();
    }

    private static JsonNode byId(JsonNode rules, String id) {
        for (JsonNode r : rules) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    /** Fingerprints by report index, rule, table, row and column. */
    private static Map<String, String> fingerprints(JsonNode log) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode r : log.get("runs").get(0).get("results")) {
            JsonNode p = r.get("properties");
            String key = r.get("ruleId").asText() + "|" + r.get("locations").get(0).get("physicalLocation")
                    .get("artifactLocation").get("uri").asText() + "|" + p.get("table").asText() + "|"
                    + p.get("row").asText() + "|" + p.get("column").asText() + "|"
                    + r.get("partialFingerprints").get(SarifWriter.FINGERPRINT).asText().split(":")[1];
            out.merge(key, r.get("partialFingerprints").get(SarifWriter.FINGERPRINT).asText(), (a, b) -> a + "," + b);
        }
        return out;
    }
}
