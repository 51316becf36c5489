package org.example.crossfoot.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** Which listed files are reports and what they are called: as the command line does it. */
class ReportFilesTest {

    private static final String CWD = "file:" + Path.of("").toAbsolutePath();

    @Test
    void reportsAreNamedByTheInputPathAsGiven() {
        ReportFiles files = ReportFiles.of(List.of("data/", "..", "/srv/reports/one.pdf"), new Configuration());

        assertThat(files.source(CWD + "/data/2023/报告 一.txt")).isEqualTo("data/2023/报告 一.txt");
        assertThat(files.source(CWD.substring(0, CWD.lastIndexOf('/')) + "/example.txt")).isEqualTo("../example.txt");
        assertThat(files.source("file:/srv/reports/one.pdf")).isEqualTo("/srv/reports/one.pdf");
        // Not below an input path as given (a glob matched it): the full URI.
        assertThat(files.source("hdfs://cluster/reports/x.txt")).isEqualTo("hdfs://cluster/reports/x.txt");
    }

    @Test
    void buildAndHiddenFoldersBelowTheInputPathAreSkipped() {
        ReportFiles files = ReportFiles.of(List.of("target/data"), new Configuration());

        assertThat(files.source(CWD + "/target/data/a/target/x.txt")).isNull();
        assertThat(files.source(CWD + "/target/data/.git/x.txt")).isNull();
        assertThat(files.source(CWD + "/target/data/a/.x.txt")).isEqualTo("target/data/a/.x.txt");
        assertThat(files.source(CWD + "/target/data/targets/x.txt")).isEqualTo("target/data/targets/x.txt");
    }

    @Test
    void theGlobTakesTheReportExtensionsInAnyCase() {
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + ReportFiles.glob());

        assertThat(List.of("a.txt", "B.TXT", "c.Docx", "报告.pdf", "d.text", "e.htm", "f.html", "g.xls", "h.xlsx",
                "i.doc", "j.csv")).allMatch(n -> glob.matches(Path.of(n)));
        assertThat(List.of("a.md", "b.txt.bak", "c.pdfx", "pom.xml", "txt")).noneMatch(n -> glob.matches(Path.of(n)));
    }
}
