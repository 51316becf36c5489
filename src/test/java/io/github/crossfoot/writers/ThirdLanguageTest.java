package io.github.crossfoot.writers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import io.github.crossfoot.testing.ModulePathLanguagesMain;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third language is a file: {@code src/test/resources/io/github/crossfoot/messages/fr.properties}, a
 * partial French catalogue that no Java code names, gives French findings and French text, HTML,
 * JSON and SARIF output; what it does not translate is English.
 */
class ThirdLanguageTest {

    private static final Crossfoot CROSSFOOT = Crossfoot.standardRules();
    private static final Language FRENCH = Language.of("fr");
    private static List<CheckResult> examples;

    @BeforeAll
    static void checkTheExamples() throws IOException {
        List<Report> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                reports.add(CROSSFOOT.read(f));
            }
        }
        examples = CROSSFOOT.checkAll(reports);
    }

    @Test
    void theLanguagesAreTheCatalogueFilesOnTheClassPath() throws IOException {
        assertThat(Language.available()).containsExactly("en", "fr", "zh");
        assertThat(Language.of("FR")).isEqualTo(FRENCH).hasToString("fr");
        assertThat(FRENCH.alongside()).isEmpty();
        assertThat(Language.ZH.alongside()).contains(Language.EN);
        assertThat(Language.EN.alongside()).isEmpty();
        // No Java source of the library names the language.
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            assertThat(sources.filter(p -> p.toString().endsWith(".java")))
                    .allSatisfy(p -> assertThat(Files.readString(p)).as(p.toString()).doesNotContain("\"fr\""));
        }
    }

    @Test
    void aNamedModuleFindsTheCatalogueFilesInsideItAndOnTheClassPath(@TempDir Path copy) throws Exception {
        // The library as the module io.github.crossfoot, from a copy of its classes with one more file (eo,
        // Esperanto) inside the module; the test resources' fr is on the class path.
        Path classes = Path.of(location(Crossfoot.class));
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(classes.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(copy.resolve("io/github/crossfoot/messages/eo.properties"),
                "summary.by-rule = Laux regulo: {counts}\n", StandardCharsets.UTF_8);
        String modulePath = String.join(File.pathSeparator, copy.toString(),
                location(org.apache.commons.lang3.StringUtils.class));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "--add-modules", "io.github.crossfoot",
                "-cp", location(ModulePathLanguagesMain.class), ModulePathLanguagesMain.class.getName(),
                "examples/example-2023-with-errors.txt", "eo").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines()).containsExactly("module io.github.crossfoot", "languages [en, eo, fr, zh]",
                "message Table 3, row handled.disclosed: total is 27, but the six applicant columns sum to 18 (difference 9).",
                "by rule Laux regulo: applications.outcome-total 1, applications.row-total 1, reviews.group-total 1, "
                        + "suspect.cell 2");
    }

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    @Test
    void aLanguageWithoutAFileIsRefusedNamingTheAvailableOnes() {
        assertThatThrownBy(() -> Language.of("de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no message catalogue for language 'de' (io/github/crossfoot/messages/de.properties);"
                        + " available: en, fr, zh");
        assertThatThrownBy(() -> Language.of("../en")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no message catalogue for language '../en'").hasMessageEndingWith("available: en, fr, zh");
    }

    @Test
    void aFileWithUnknownKeysOrPlaceholdersIsRefusedWithItsProblems() {
        assertThat(Language.available()).doesNotContain("qaa");
        assertThatThrownBy(() -> Language.of("qaa")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the message catalogue io/github/crossfoot/messages/qaa.properties cannot be used: ")
                .hasMessageContaining("'table.missing-cells' uses {missing}, which the code does not give there "
                        + "(it gives {cells}, {count}, {table})")
                .hasMessageContaining("key 'table.missing.no-cels' is not in en.properties");
    }

    @Test
    void findingsAreInFrenchWhereTheFileTranslatesAndInEnglishElsewhere() {
        Violation noTable = only("examples/003_80eb4e39c25afce7.txt", "table.missing");
        assertThat(noTable.message("fr")).isEqualTo("Des titres de tableaux figurent aux lignes 30, 31, 32, mais aucune "
                + "cellule d'aucun tableau (proactive, applications, reviews) n'a pu être lue ; aucune des 11 règles "
                + "n'a été vérifiée.");
        assertThat(noTable.messages()).containsKeys("zh", "en", "fr");

        Violation label = only("examples/000_683628c7d948b694.txt", "read.nonstandard-label");
        assertThat(label.message("fr")).isEqualTo("Ligne 24 : l'intitulé « 本年度止件数 » n'est pas la formulation "
                + "officielle ; lu comme « 本年废止件数 ».");

        // Nested pieces: the French ones where translated (the change, the slip), English ones elsewhere (the relations).
        Violation suspect = violations("examples/example-2023-with-errors.txt", "suspect.cell").get(0);
        assertThat(suspect.message("fr")).isEqualTo("Cellule suspecte : [handled.disclosed, natural_person] 12 -> 21 "
                + "(ligne 31, chiffres apparemment inversés (21 écrit 12)). Alors applications.row-total "
                + "(handled.disclosed), applications.outcome-total (natural_person) sont respectées.");

        // Keys the file lacks: English, for built-in findings and for rules whose file writes no French.
        for (String rule : List.of("narrative.claim", "dataset.carry-over", "applications.row-total")) {
            List<Violation> found = examples.stream().flatMap(r -> r.violations(rule).stream()).toList();
            assertThat(found).as(rule).isNotEmpty().allSatisfy(v -> {
                assertThat(v.message("fr")).isEqualTo(v.messageEn());
                assertThat(v.messageZh()).isNotEqualTo(v.messageEn());
            });
        }
        // A language nobody has a file for: English.
        assertThat(noTable.message("de")).isEqualTo(noTable.messageEn());
    }

    @Test
    void aRuleFileWritesAMessageInAnyLanguageAndOtherwiseFallsBackToEnglish() {
        RuleSet rules = RuleSet.builder().standard().add("ours.rules", String.join("\n",
                "format gov-2021",
                "rule applications.own-french {",
                "  table applications",
                "  check [handled.disclosed, natural_person] <= [new, natural_person]",
                "  message zh \"予以公开 {left} 件，多于本年新收 {right} 件。\"",
                "  message en \"{left} disclosed, more than the {right} received.\"",
                "  message fr \"{left} communiquées, plus que les {right} reçues.\"",
                "  message pt-br \"{left} divulgados, mais que os {right} recebidos.\"",
                "}",
                "rule applications.english-only {",
                "  table applications",
                "  check [handled.disclosed, natural_person] <= [new, natural_person]",
                "  message en \"{left} disclosed, more than the {right} received.\"",
                "}",
                "rule applications.no-message {",
                "  title \"予以公开不多于本年新收\"",
                "  table applications",
                "  check [handled.disclosed, natural_person] <= [new, natural_person]",
                "}")).build();
        Report.Builder b = rules.newReport("ours.txt", "gov-2021");
        for (TableSpec t : rules.format("gov-2021").orElseThrow().tables()) {
            b.table(t.id(), tb -> t.cells().forEach(rc -> tb.value(rc.row(), rc.column(), 0)));
        }
        CheckResult r = rules.check(b.table("applications", tb -> tb.value("new", "natural_person", 3)
                .value("handled.disclosed", "natural_person", 5)).build());

        Violation own = r.violations("applications.own-french").get(0);
        assertThat(own.message("fr")).isEqualTo("5 communiquées, plus que les 3 reçues.");
        assertThat(own.message("pt-BR")).isEqualTo("5 divulgados, mais que os 3 recebidos.");
        assertThat(own.messages()).containsOnlyKeys("zh", "en", "fr", "pt-BR");

        Violation english = r.violations("applications.english-only").get(0);
        assertThat(english.message("fr")).isEqualTo("5 disclosed, more than the 3 received.");
        assertThat(english.messageZh()).isEqualTo("「applications.english-only」不成立：左边 5，右边 3，相差 2。");

        // No message at all: the catalogue's default, which the French file translates.
        Violation none = r.violations("applications.no-message").get(0);
        assertThat(none.message("fr")).isEqualTo("La règle applications.no-message n'est pas respectée : côté gauche 5, "
                + "côté droit 3, écart 2.");
        assertThat(none.messageZh()).isEqualTo("「予以公开不多于本年新收」不成立：左边 5，右边 3，相差 2。");
        assertThat(none.messageEn()).isEqualTo("applications.no-message does not hold: left side 5, right side 3, difference 2.");
    }

    @Test
    void theTextOutputIsFrench() throws IOException {
        String text = write(new TextWriter(FRENCH));
        assertThat(text).contains("""
                == examples/003_80eb4e39c25afce7.txt ==
                威海市文登区文登营镇人民政府 · 2022 · format gov-2021 · NON CONFORME (1 erreurs, 0 avertissements, 7 informations)
                  [erreur] table.missing  examples/003_80eb4e39c25afce7.txt:30
                    Des titres de tableaux figurent aux lignes 30, 31, 32, mais aucune cellule d'aucun tableau (proactive, \
                applications, reviews) n'a pu être lue ; aucune des 11 règles n'a été vérifiée.
                  [information] narrative.claim  examples/003_80eb4e39c25afce7.txt:20
                    Line 20 says '共收到政府信息公开申请4件' (applications received: 4), but the report has no table 3 to check \
                it against; table 3 [new, total] should be 4.
                """);
        // A relation's cells: the French words and punctuation; the cell labels are the format's own (Chinese).
        assertThat(text).contains("    cellules : （一）予以公开 / 总计 = 27 (ligne 31); （一）予以公开 / 自然人 = 12 (ligne 31); ");
        assertThat(text).endsWith("""
                Bilan : 8 rapports, 6 conformes, 2 non conformes ; 7 erreurs, 6 avertissements, 11 informations.
                Par règle : applications.outcome-total 1, applications.row-total 1, dataset.carry-over 3, \
                dataset.in-force 2, narrative.claim 7, read.nonstandard-label 2, reviews.group-total 1, \
                statement.missing 2, structure.section-empty 2, suspect.cell 2, table.missing 1
                """);
        assertThat(text).doesNotContain("合计", "Summary:", "未通过", "[错误");
        // Every finding's message, once, in French (or English where the file lacks it), and no other language.
        for (CheckResult r : examples) {
            for (Violation v : r.violations()) {
                assertThat(text).contains("    " + v.message("fr").replace("\n", "\n    ") + "\n");
                assertThat(text).doesNotContain(v.messageZh());
            }
        }
    }

    @Test
    void theHtmlPageIsFrench() throws IOException {
        Document doc = Jsoup.parse(write(new HtmlWriter(FRENCH, CROSSFOOT.rules())));
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(doc.title()).isEqualTo("Vérification de cohérence · Crossfoot");
        assertThat(doc.selectFirst("h1").text()).isEqualTo(
                "Vérification de cohérence des rapports annuels sur la publicité de l'information administrative");
        assertThat(doc.selectFirst("#cf-summary h2").text()).isEqualTo("Bilan");
        // Words the file does not translate are English.
        assertThat(doc.selectFirst("#cf-toolbar").text()).contains("Show:", "suspect (should be)", "erreur (7)");
        assertThat(doc.select("#cf-counts th").eachText()).startsWith("Reports", "Passed", "Failed", "erreur");

        List<Element> rows = doc.select("tr.cf-violation");
        List<Violation> all = examples.stream().flatMap(r -> r.violations().stream()).toList();
        assertThat(rows).hasSize(all.size());
        for (int i = 0; i < rows.size(); i++) {
            Element message = rows.get(i).selectFirst("td.cf-message");
            assertThat(message.select("div[lang]")).hasSize(1);
            assertThat(message.selectFirst("div.cf-msg-fr[lang=fr]").text()).isEqualTo(all.get(i).message("fr").strip());
        }
        assertThat(doc.select(".cf-msg-zh, .cf-msg-en")).isEmpty();
        assertThat(doc.select("tr.cf-violation[data-line=31] td.cf-line").eachText()).contains("ligne 31");
        assertThat(doc.select("section.cf-report h3").eachText()).contains("Constats (10)");
    }

    @Test
    void jsonAndSarifAddTheLanguageToChineseAndEnglish() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(write(new JsonWriter(FRENCH)));
        JsonNode message = json.at("/reports/3/violations/0/message");
        Violation noTable = only("examples/003_80eb4e39c25afce7.txt", "table.missing");
        assertThat(message.get("zh").asText()).isEqualTo(noTable.messageZh());
        assertThat(message.get("en").asText()).isEqualTo(noTable.messageEn());
        assertThat(message.get("fr").asText()).isEqualTo(noTable.message("fr"));
        assertThat(mapper.readTree(write(new JsonWriter())).at("/reports/3/violations/0/message").size()).isEqualTo(2);

        JsonNode sarif = mapper.readTree(write(new SarifWriter(FRENCH, CROSSFOOT.rules()))).at("/runs/0");
        JsonNode described = null;
        JsonNode untranslated = null;
        for (JsonNode rule : sarif.at("/tool/driver/rules")) {
            if (rule.get("id").asText().equals("table.missing")) {
                described = rule;
            } else if (rule.get("id").asText().equals("table.missing-cells")) {
                untranslated = rule;
            }
        }
        assertThat(described.at("/shortDescription/text").asText()).isEqualTo("Le tableau est absent, ou son titre a "
                + "été trouvé sans aucune cellule lisible ; nomme les règles non vérifiées.");
        assertThat(described.at("/fullDescription/text").asText()).isEqualTo(described.at("/shortDescription/text").asText());
        assertThat(untranslated.at("/shortDescription/text").asText()).isEqualTo("Cells of the table that were not found.");
        JsonNode result = null;
        for (JsonNode r : sarif.at("/results")) {
            if (r.at("/ruleId").asText().equals("table.missing")) {
                result = r;
            }
        }
        assertThat(result.at("/message/text").asText()).isEqualTo(noTable.message("fr"));
        assertThat(result.at("/properties/message/fr").asText()).isEqualTo(noTable.message("fr"));
    }

    private static String write(ResultWriter writer) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(examples, out);
        return out.toString();
    }

    private static List<Violation> violations(String source, String rule) {
        return examples.stream().filter(r -> r.report().source().equals(source)).findFirst().orElseThrow()
                .violations(rule);
    }

    private static Violation only(String source, String rule) {
        List<Violation> found = violations(source, rule);
        assertThat(found).as(source + " " + rule).hasSize(1);
        return found.get(0);
    }
}
