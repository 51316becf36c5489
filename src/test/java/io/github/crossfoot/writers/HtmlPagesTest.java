package io.github.crossfoot.writers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crossfoot.dataset.DatasetCheck;
import io.github.crossfoot.dataset.DatasetEntry;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.writers.ResultWriter.DatasetFindings;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML of a large run: a summary page linking to one page per report, written as each report
 * is checked, with the findings across reports on the summary page; a small run keeps its one page.
 */
class HtmlPagesTest {

    private static final RuleSet RULES = RuleSet.standard();

    @TempDir
    Path dir;

    @Test
    void aRunWithinTheLimitWritesTheSameOnePageAsBeforeAndNoFolder() throws IOException {
        List<CheckResult> results = HtmlWriterTest.seedResults();
        List<DatasetFindings> dataset = datasetFindings(results);
        Path page = dir.resolve("report.html");

        String paged = write(results, dataset, page, results.size());

        StringWriter one = new StringWriter();
        ResultWriter.Run run = new HtmlWriter(Language.ZH, RULES).start(one);
        for (CheckResult r : results) {
            run.add(r);
        }
        run.finish(dataset);
        assertThat(paged).isEqualTo(one.toString());
        assertThat(HtmlWriter.reportPages(page)).doesNotExist();
    }

    @Test
    void beyondTheLimitEachReportHasItsOwnPageAndTheSummaryLinksToIt() throws IOException {
        List<CheckResult> results = HtmlWriterTest.seedResults();
        assertThat(results).hasSizeGreaterThan(3);
        List<DatasetFindings> dataset = datasetFindings(results);
        assertThat(dataset).as("the examples hold a carry-over across years").isNotEmpty();
        Path page = dir.resolve("run.html");

        Document summary = Jsoup.parse(write(results, dataset, page, 2));

        Path pages = dir.resolve("run-reports");
        assertThat(HtmlWriter.reportPages(page)).isEqualTo(pages);
        try (Stream<Path> files = Files.list(pages)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyInAnyOrderElementsOf(numberedPages(results.size()));
        }
        // The summary page: counts over the run (dataset findings included), one row per report with its link,
        // and no report's tables.
        assertThat(summary.select("#cf-index tbody tr")).hasSize(results.size());
        assertThat(summary.select("section.cf-report")).isEmpty();
        assertThat(summary.select("#cf-counts tr[data-count=reports] td").text()).isEqualTo(String.valueOf(results.size()));
        Summary expected = Summary.of(DatasetFindings.into(results, dataset));
        assertThat(summary.select("#cf-counts tr[data-count=failed] td").text()).isEqualTo(String.valueOf(expected.failed()));
        assertThat(summary.select("#cf-counts tr[data-count=errors] td").text()).isEqualTo(String.valueOf(expected.errors()));
        for (int i = 0; i < results.size(); i++) {
            Element row = summary.select("#cf-index tbody tr").get(i);
            Element link = row.selectFirst("a");
            assertThat(link.attr("href")).isEqualTo("run-reports/" + (i + 1) + ".html");
            assertThat(link.text()).isEqualTo(results.get(i).report().source());
            CheckResult withDataset = DatasetFindings.into(List.of(results.get(i)), dataset).get(0);
            assertThat(row.hasClass("cf-index-failed")).isEqualTo(!withDataset.passed());
            assertThat(row.select("td.cf-n").get(1).text())
                    .isEqualTo(String.valueOf(withDataset.violations(io.github.crossfoot.model.Severity.ERROR).size()));
        }
        // Findings across reports are on the summary page, under a link to their report's page.
        List<Violation> across = dataset.stream().flatMap(d -> d.violations().stream()).toList();
        assertThat(summary.select("#cf-dataset tr.cf-violation")).hasSize(across.size());
        assertThat(summary.select("#cf-dataset tr.cf-violation").eachAttr("data-rule"))
                .containsExactlyElementsOf(across.stream().map(Violation::rule).toList());
        for (DatasetFindings d : dataset) {
            int index = sources(results).indexOf(d.source()) + 1;
            assertThat(summary.select("#cf-dataset h3 a[href=run-reports/" + index + ".html]").text())
                    .isEqualTo(index + ". " + d.source());
        }

        // Each report's page: that report's tables and findings, and a link back.
        for (int i = 0; i < results.size(); i++) {
            CheckResult r = results.get(i);
            Document own = Jsoup.parse(Files.readString(pages.resolve((i + 1) + ".html"), StandardCharsets.UTF_8));
            assertThat(own.select("section.cf-report")).hasSize(1);
            Element section = own.selectFirst("section.cf-report");
            assertThat(section.id()).isEqualTo("report-" + (i + 1));
            assertThat(section.attr("data-source")).isEqualTo(r.report().source());
            assertThat(section.select("tr.cf-violation")).hasSize(r.violations().size());
            assertThat(own.selectFirst("p.cf-back a").attr("href")).isEqualTo("../run.html#cf-index");
        }
    }

    @Test
    void aRunWithNoFindingsAcrossReportsSaysSo() throws IOException {
        List<CheckResult> results = HtmlWriterTest.seedResults().subList(0, 2);
        Document summary = Jsoup.parse(write(results, List.of(), dir.resolve("two"), 0));

        assertThat(summary.select("#cf-dataset p.cf-none")).hasSize(1);
        assertThat(summary.select("#cf-index a").eachAttr("href")).containsExactly("two-reports/1.html", "two-reports/2.html");
        assertThat(dir.resolve("two-reports/2.html")).exists();
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> new HtmlWriter(Language.EN, RULES).start(new StringWriter(), dir.resolve("x.html"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    private String write(List<CheckResult> results, List<DatasetFindings> dataset, Path page, int limit)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            ResultWriter.Run run = new HtmlWriter(Language.ZH, RULES).start(w, page, limit);
            for (CheckResult r : results) {
                run.add(r);
            }
            run.finish(dataset);
        }
        return Files.readString(page, StandardCharsets.UTF_8);
    }

    /** The findings across reports, as the command line computes them from each report's entry. */
    private static List<DatasetFindings> datasetFindings(List<CheckResult> results) {
        List<DatasetEntry> entries = results.stream().map(r -> DatasetEntry.of(r.report(), RULES)).toList();
        List<List<Violation>> found = DatasetCheck.findings(entries, entries.size(), RULES);
        List<DatasetFindings> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!found.get(i).isEmpty()) {
                out.add(new DatasetFindings(entries.get(i).source(), entries.get(i).format(), found.get(i)));
            }
        }
        return out;
    }

    private static List<String> sources(List<CheckResult> results) {
        return results.stream().map(r -> r.report().source()).toList();
    }

    private static List<String> numberedPages(int count) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(i + ".html");
        }
        return out;
    }
}
