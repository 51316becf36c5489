package io.github.crossfoot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's promise that the core needs only commons-lang3 (issue 11): in a JVM whose class path
 * is the library's classes, commons-lang3 and this test's driver, a text report is read and checked,
 * numbers built in code are checked, and a Word document gets a clear error naming Apache POI.
 */
class CoreOnlyClassPathTest {

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    @Test
    void theCoreRunsOnCommonsLang3Alone() throws Exception {
        String classPath = String.join(File.pathSeparator, location(Crossfoot.class),
                location(org.apache.commons.lang3.StringUtils.class), location(io.github.crossfoot.testing.CoreOnlyMain.class));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, io.github.crossfoot.testing.CoreOnlyMain.class.getName(),
                "examples/example-2023-consistent.txt", "src/test/resources/fixtures/g21-docx-consistent.docx")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("present org.jsoup.Jsoup false", "present org.apache.pdfbox.Loader false",
                "present com.fasterxml.jackson.databind.ObjectMapper false");
        assertThat(out).contains("text passed true errors 0 cells 175");
        assertThat(out).contains("code rules [applications.balance, applications.outcome-total, applications.row-total, "
                + "table.missing, table.missing-cells]");
        assertThat(out).contains("docx read.not-text Reading this kind of file needs Apache POI");
    }
}
