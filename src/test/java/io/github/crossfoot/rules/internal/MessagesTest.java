package io.github.crossfoot.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crossfoot.model.Severity;
import io.github.crossfoot.rules.BuiltInFindings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue of messages and writers' words is complete in Chinese and English and used as written. */
class MessagesTest {

    @Test
    void everyLanguageHasTheSameKeys() {
        assertThat(Messages.keys("zh")).isNotEmpty().isEqualTo(Messages.keys("en"));
    }

    @Test
    void noKeyIsWrittenTwiceInAFile() throws IOException {
        List<Path> catalogues = new ArrayList<>();
        for (String root : List.of("src/main/resources/", "src/test/resources/")) {
            try (Stream<Path> files = Files.list(Path.of(root + Messages.FOLDER))) {
                files.filter(f -> f.toString().endsWith(".properties")).forEach(catalogues::add);
            }
        }
        assertThat(catalogues).hasSizeGreaterThan(2);
        for (Path catalogue : catalogues) {
            Map<String, Integer> seen = new HashMap<>();
            for (String line : Files.readAllLines(catalogue)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    seen.merge(line.substring(0, line.indexOf('=')).strip(), 1, Integer::sum);
                }
            }
            assertThat(seen).as(catalogue.toString()).isNotEmpty()
                    .allSatisfy((key, count) -> assertThat(count).as(key).isOne());
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInChineseAndEnglish() throws IOException {
        // Keys written literally: in Messages.of("...") calls, and every literal of the writers' and the rule
        // compiler's namespaces (language.text("html.title"), t(passed ? "html.passed" : "html.failed")).
        Pattern call = Pattern.compile("Messages\\.of\\(\\s*\"([^\"]+)\"");
        Pattern namespaced = Pattern.compile("\"((?:html|text|junit|sarif|summary|page|language|rule)\\.[a-z0-9.-]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                for (Pattern p : List.of(call, namespaced)) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        used.removeIf(key -> key.endsWith(".")); // the start of a key composed from an id: below
        // Keys the code composes from an id.
        for (Severity severity : Severity.values()) {
            used.add("page.severity." + severity.id());
            used.add("text.severity." + severity.id());
        }
        BuiltInFindings.all().forEach(f -> used.add("about." + f.id()));
        assertThat(used).contains("html.title", "junit.detail.cell.expected", "rule.failed", "rule.not-checked.left-blank",
                "summary.by-rule", "about.dataset.unidentified", "table.missing-cells");
        assertThat(Messages.keys("zh")).containsAll(used);
        assertThat(Messages.keys("en")).containsAll(used);
    }

    @Test
    void everyOtherLanguageTranslatesKeysOfEnglishWithPlaceholdersTheCodeGives() {
        // Checked when the catalogue is loaded: a file that does not is refused (ThirdLanguageTest shows one).
        assertThat(Messages.languages()).contains("zh", "en", "fr");
        for (String language : Messages.languages()) {
            assertThat(Messages.keys("en")).as(language).containsAll(Messages.keys(language));
        }
        assertThat(Messages.refused()).containsOnlyKeys("qaa");
    }

    @Test
    void valuesFillTheNamedPlaceholdersPerLanguage() {
        Messages.Text table = Messages.of("piece.table", "label", "三、收到和处理政府信息公开申请情况", "id", "applications");
        assertThat(table.zh()).isEqualTo("表「三、收到和处理政府信息公开申请情况」");
        assertThat(table.en()).isEqualTo("Table 'applications'");
        // Every language of the catalogue is rendered; the test's fr file does not translate this key.
        assertThat(table.byLanguage()).containsOnlyKeys(Messages.languages().toArray(String[]::new));
        assertThat(table.in("fr")).isEqualTo("Table 'applications'");
        assertThat(table.in("de")).isEqualTo("Table 'applications'");
        Messages.Text m = Messages.of("table.missing-cells", "table", table, "count", 2,
                "cells", Messages.join(java.util.List.of(Messages.verbatim("甲"), Messages.verbatim("乙"))));
        assertThat(m.zh()).isEqualTo("表「三、收到和处理政府信息公开申请情况」缺少 2 个单元格：甲、乙。");
        assertThat(m.en()).isEqualTo("Table 'applications' lacks 2 cells: 甲, 乙.");
    }

    @Test
    void aMissingValueOrKeyIsAnErrorNamingIt() {
        assertThatThrownBy(() -> Messages.of("table.missing-cells", "table", "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value for {count}");
        assertThatThrownBy(() -> Messages.of("no.such-finding"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no message 'no.such-finding'");
    }

    @Test
    void theCatalogueLoadedAfreshHasEveryFileOnTheClassPathAndRefusesTheBrokenOne() {
        // Loaded here rather than taken from the class's own copy, so that this test is the one that runs the loading.
        Messages.Catalogue c = Messages.Catalogue.load();
        assertThat(c.languages()).containsExactly("en", "fr", "zh");
        assertThat(c.templates()).containsOnlyKeys("en", "fr", "zh");
        assertThat(c.templates().get("en").keySet()).isEqualTo(c.templates().get("zh").keySet())
                .containsAll(c.templates().get("fr").keySet()).contains("rule.failed", "language.html");
        assertThat(c.templates().get("fr")).containsKey("language.html").hasSizeLessThan(c.templates().get("en").size());
        assertThat(c.refused()).containsOnlyKeys("qaa");
        assertThat(c.refused().get("qaa")).containsExactly(
                "'table.missing-cells' uses {missing}, which the code does not give there (it gives {cells}, {count},"
                        + " {table})",
                "key 'table.missing.no-cels' is not in en.properties");
        assertThat(c.languages()).isEqualTo(Messages.languages());
        assertThat(c.refused()).isEqualTo(Messages.refused());
    }

    @Test
    void aLanguageTagIsAnsweredAsTheCatalogueNamesIt() {
        assertThat(Messages.language("ZH")).isEqualTo("zh");
        assertThat(Messages.language("en")).isEqualTo("en");
        assertThat(Messages.language("FR")).isEqualTo("fr");
        assertThatThrownBy(() -> Messages.language("de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no message catalogue for language 'de' (io/github/crossfoot/messages/de.properties);"
                        + " available: en, fr, zh");
        assertThatThrownBy(() -> Messages.language("not a tag!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no message catalogue for language 'not a tag!'");
        assertThatThrownBy(() -> Messages.language("qaa")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the message catalogue io/github/crossfoot/messages/qaa.properties cannot be used: ")
                .hasMessageContaining("key 'table.missing.no-cels' is not in en.properties");
    }

    @Test
    void aLanguagesOwnWordsAreNeverTakenFromAnother() {
        assertThat(Messages.own("fr", "language.html")).contains("fr");
        assertThat(Messages.own("en", "language.html")).contains("en");
        // English leaves language.alongside empty: nothing of its own.
        assertThat(Messages.own("en", "language.alongside")).isEmpty();
        assertThat(Messages.own("fr", "piece.table")).isEmpty(); // English has it, French does not
        assertThat(Messages.own("fr", "rule.failed")).hasValueSatisfying(t -> assertThat(t).startsWith("La règle {rule} "));
        assertThat(Messages.own("de", "language.html")).isEmpty();
    }
}
