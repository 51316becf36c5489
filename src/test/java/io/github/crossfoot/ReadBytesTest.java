package io.github.crossfoot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Crossfoot#read(String, byte[])}, the reading of uploads: the same report as reading the
 * file, within the same limits (time and size), never an exception for the content.
 */
class ReadBytesTest {

    private static List<String> findings(CheckResult r) {
        return r.violations().stream().map(v -> v.rule() + " " + v.line() + " " + v.messageEn()).toList();
    }

    @Test
    void bytesAreReadAsTheFileIs() throws Exception {
        Crossfoot crossfoot = Crossfoot.standardRules();
        for (String file : List.of("examples/example-2023-with-errors.txt", "src/test/resources/fixtures/g21-docx-consistent.docx",
                "src/test/resources/fixtures/g19-pdf-wrong-total.pdf")) {
            Path path = Path.of(file);
            Report fromFile = crossfoot.read(path);
            Report fromBytes = crossfoot.read(file, Files.readAllBytes(path));
            assertThat(fromBytes.source()).isEqualTo(fromFile.source());
            assertThat(fromBytes.tables().keySet()).isEqualTo(fromFile.tables().keySet());
            fromFile.tables().forEach((id, t) -> assertThat(fromBytes.tables().get(id).cells()).isEqualTo(t.cells()).isNotEmpty());
            assertThat(fromBytes.lines()).isEqualTo(fromFile.lines());
            assertThat(findings(crossfoot.check(fromBytes))).isEqualTo(findings(crossfoot.check(fromFile)));
        }
    }

    @Test
    void bytesAreReadWithinTheLimits() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/fixtures/g19-pdf-wrong-total.pdf"));
        Report late = Crossfoot.standardRules().withLimits(Limits.defaults().withTimeLimit(Duration.ofMillis(1))).read("a.pdf", pdf);
        assertThat(late.readingProblems()).extracting(Violation::rule).containsExactly("read.failed");
        assertThat(late.readingProblems().get(0).messageEn()).contains("limit per file; reading was stopped");
        Report large = Crossfoot.standardRules().withLimits(Limits.defaults().withMaxFileBytes(1024)).read("a.pdf", pdf);
        assertThat(large.readingProblems()).extracting(Violation::rule).containsExactly("read.limit");
        assertThat(Crossfoot.standardRules().check(large).passed()).isFalse();
    }
}
