package io.github.crossfoot.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue of built-in findings' messages is complete in every language and used as written. */
class MessagesTest {

    @Test
    void everyLanguageHasTheSameKeys() {
        assertThat(Messages.keys("zh")).isNotEmpty().isEqualTo(Messages.keys("en"));
    }

    @Test
    void noKeyIsWrittenTwiceInAFile() throws IOException {
        for (String language : Messages.LANGUAGES) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/io/github/crossfoot/messages/"
                    + language + ".properties"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    seen.merge(line.substring(0, line.indexOf('=')).strip(), 1, Integer::sum);
                }
            }
            assertThat(seen).as(language).isNotEmpty().allSatisfy((key, count) -> assertThat(count).as(key).isOne());
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheCatalogue() throws IOException {
        // Keys written literally in Messages.of("...") calls; composed keys are checked by the tests that reach them.
        Pattern call = Pattern.compile("Messages\\.of\\(\\s*\"([^\"]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(Messages.keys("zh")).containsAll(used);
    }

    @Test
    void valuesFillTheNamedPlaceholdersPerLanguage() {
        Messages.Text table = Messages.of("piece.table", "label", "三、收到和处理政府信息公开申请情况", "id", "applications");
        assertThat(table).isEqualTo(new Messages.Text("表「三、收到和处理政府信息公开申请情况」", "Table 'applications'"));
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
}
