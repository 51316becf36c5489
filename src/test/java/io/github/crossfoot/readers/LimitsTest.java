package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit of issue 10 has a default, a library setting and a CLI option, and a document over it
 * gets one located error and no cells; the same documents read under the default limits pass.
 */
class LimitsTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path CORPUS = Path.of("src/test/resources/producer-corpus");

    private static List<Violation> errors(Limits limits, Path file) throws IOException {
        return Crossfoot.withRules(RULES).withLimits(limits).check(file).errors();
    }

    private static void refusedAsOverTheLimit(Limits limits, Path file, String... said) throws IOException {
        assertThat(Crossfoot.withRules(RULES).check(file).passed()).as("under the default limits").isTrue();
        List<Violation> errors = errors(limits, file);
        assertThat(errors).extracting(Violation::rule).containsExactly("read.limit");
        assertThat(errors.get(0).messageZh() + " " + errors.get(0).messageEn()).contains(said);
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        Limits d = Limits.defaults();
        assertThat(d.maxFileBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(d.maxPdfPages()).isEqualTo(200);
        assertThat(d.maxCellsPerTable()).isEqualTo(20_000);
        assertThat(d.maxColumnsPerRow()).isEqualTo(200);
        assertThat(d.maxCellChars()).isEqualTo(10_000);
        assertThat(d.timeLimit()).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> d.withMaxPdfPages(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withTimeLimit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileOverTheSizeLimit() throws IOException {
        Path file = FIXTURES.resolve("g21-html-consistent.html");
        refusedAsOverTheLimit(Limits.defaults().withMaxFileBytes(Files.size(file) - 1), file, "limit", "上限");
    }

    @Test
    void aPdfOverThePageLimit() throws IOException {
        refusedAsOverTheLimit(Limits.defaults().withMaxPdfPages(1), CORPUS.resolve("libreoffice-gov-2021-portrait-s3.pdf"),
                "pages, more than the limit of 1", "超过 1 页的上限");
    }

    @Test
    void aTableOverTheCellLimit() throws IOException {
        // Table 三 of a Word document has 25 rows of 9 cells or so: more than 100 cells.
        refusedAsOverTheLimit(Limits.defaults().withMaxCellsPerTable(100), FIXTURES.resolve("g21-docx-consistent.docx"),
                "more than 100 cells", "Line ");
    }

    @Test
    void aRowOverTheColumnLimit() throws IOException {
        refusedAsOverTheLimit(Limits.defaults().withMaxColumnsPerRow(5), FIXTURES.resolve("g21-html-consistent.html"),
                "a table row has more than 5 cells", "Line ");
    }

    @Test
    void aCellOverTheTextLimit(@TempDir Path dir) throws IOException {
        String page = Files.readString(FIXTURES.resolve("g21-html-consistent.html"));
        Path file = dir.resolve("long-cell.html");
        Files.writeString(file, page.replaceFirst("<td([^>]*)>规章", "<td$1>规章" + "注".repeat(20_000)), StandardCharsets.UTF_8);
        List<Violation> errors = errors(Limits.defaults(), file);
        assertThat(errors).extracting(Violation::rule).containsExactly("read.limit");
        assertThat(errors.get(0).messageEn()).contains("characters, more than the limit of 10000").startsWith("Line ");
    }

    @Test
    void aReadingOverTheTimeLimitIsStoppedInTheLibrary(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fan-out.pdf");
        Files.write(file, io.github.crossfoot.cli.IsolationTestSupport.fanOutPdf());
        Crossfoot crossfoot = Crossfoot.withRules(RULES).withLimits(Limits.defaults().withTimeLimit(Duration.ofSeconds(1)));
        CheckResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> crossfoot.check(file));
        assertThat(result.errors()).extracting(Violation::rule).containsExactly("read.failed");
        assertThat(result.errors().get(0).messageEn()).contains("1 s limit");
    }

    @Test
    void aPipeIsNeverOpenedByTheLibrary(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        assertThatThrownBy(() -> Crossfoot.withRules(RULES).check(fifo))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("not a regular file");
    }
}
