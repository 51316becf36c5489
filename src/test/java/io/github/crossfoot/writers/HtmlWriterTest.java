package io.github.crossfoot.writers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.testing.ReportGenerator;
import io.github.crossfoot.testing.ReportGenerator.CellPos;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML page, parsed back with jsoup: cells, highlights, suspects, findings, layout, escaping. */
class HtmlWriterTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static List<CheckResult> seeds;
    private static List<CheckResult> seedCache;
    private static String seedsHtml;

    @BeforeAll
    static void readSeeds() throws Exception {
        seeds = seedResults();
        seedsHtml = html(seeds, Language.ZH);
    }

    /** Every {@code examples/*.txt} read and checked, in path order (read once per test run). */
    static synchronized List<CheckResult> seedResults() throws IOException {
        if (seedCache == null) {
            seedCache = List.copyOf(readSeedResults());
        }
        return seedCache;
    }

    private static List<CheckResult> readSeedResults() throws IOException {
        ReportReader reader = new ReportReader(RULES);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        List<CheckResult> out = new ArrayList<>();
        for (Path f : files) {
            out.add(RULES.check(reader.read(f)));
        }
        return out;
    }

    /** Generated 2021 reports, each with one equation cell changed by a non-zero amount. */
    static List<CheckResult> brokenResults(int count, long seed) {
        Random random = new Random(seed);
        List<CellPos> cells = ReportGenerator.equationCells();
        List<CheckResult> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Report r = ReportGenerator.generate(seed + i);
            CellPos pos = cells.get(random.nextInt(cells.size()));
            long delta = 1 + random.nextInt(9);
            Report broken = ReportGenerator.addDelta(r, pos, delta);
            Report.Builder named = Report.builder("generated/" + (seed + i) + "-" + pos.row() + "-" + pos.column() + "+" + delta
                    + ".txt").format(broken.format()).agency(broken.agency().orElse(null));
            broken.year().ifPresent(named::year);
            broken.tables().values().forEach(named::table);
            out.add(RULES.check(named.build()));
        }
        return out;
    }

    static String html(List<CheckResult> results, Language language) {
        StringWriter w = new StringWriter();
        try {
            new HtmlWriter(language, RULES).write(results, w);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return w.toString();
    }

    /** {@code table|row|column} of each cell of the given kind of finding. */
    static Set<String> cellsOf(CheckResult r, Violation.Kind kind) {
        return r.violations().stream().filter(v -> v.kind() == kind).flatMap(v -> v.cells().stream())
                .map(c -> c.table() + "|" + c.row() + "|" + c.column()).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> rendered(Element section, String cssClass) {
        return section.select("td.cf-cell." + cssClass).stream()
                .map(td -> td.attr("data-table") + "|" + td.attr("data-row") + "|" + td.attr("data-column"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Checks the page against the results it was written from. */
    static void assertPageMatches(Document doc, List<CheckResult> results) {
        Elements sections = doc.select("section.cf-report");
        assertThat(sections).as("one section per report").hasSize(results.size());
        for (int i = 0; i < results.size(); i++) {
            CheckResult r = results.get(i);
            Element section = sections.get(i);
            String where = r.report().source() + " (#" + (i + 1) + ")";
            assertThat(section.attr("data-source")).isEqualTo(r.report().source());
            assertThat(section.hasClass(r.passed() ? "cf-passed" : "cf-failed")).as(where).isTrue();

            assertThat(rendered(section, "cf-failing")).as("failing cells of " + where)
                    .isEqualTo(cellsOf(r, Violation.Kind.FAILED));
            assertThat(rendered(section, "cf-suspect")).as("suspect cells of " + where)
                    .isEqualTo(cellsOf(r, Violation.Kind.SUSPECT));

            // each suspect cell shows its value as written and the value it should have
            Map<String, List<BigDecimal>> expected = new HashMap<>();
            for (Violation v : r.violations()) {
                if (v.kind() == Violation.Kind.SUSPECT) {
                    for (CellRef c : v.cells()) {
                        assertThat(c.expected()).as("suspect cell carries a value").isNotNull();
                        expected.computeIfAbsent(c.table() + "|" + c.row() + "|" + c.column(), k -> new ArrayList<>())
                                .add(c.expected());
                    }
                }
            }
            for (Element td : section.select("td.cf-suspect")) {
                String key = td.attr("data-table") + "|" + td.attr("data-row") + "|" + td.attr("data-column");
                String shown = td.selectFirst(".cf-expected").text();
                for (BigDecimal e : expected.get(key)) {
                    assertThat(shown).as("expected value of " + key).contains(e.toPlainString());
                }
                assertThat(td.text()).contains("→");
                assertThat(td.attr("title")).as("tooltip of " + key).contains("suspect.");
            }

            // every cell value is on the page, once per cell, with its source line
            Map<String, List<Element>> tds = section.select("td.cf-cell").stream().collect(Collectors.groupingBy(
                    td -> td.attr("data-table") + "|" + td.attr("data-row") + "|" + td.attr("data-column")));
            for (Table t : r.report().tables().values()) {
                for (io.github.crossfoot.model.Cell c : t.cells()) {
                    List<Element> same = tds.getOrDefault(t.id() + "|" + c.row() + "|" + c.column(), List.of());
                    assertThat(same).as(where + " " + t.id() + c.key()).hasSize(1);
                    Element td = same.get(0);
                    assertThat(written(td)).isEqualTo(c.value().text().strip());
                    if (c.line() > 0) {
                        assertThat(td.attr("data-line")).isEqualTo(String.valueOf(c.line()));
                    }
                }
            }

            // every finding is listed with its severity, rule, line and both messages
            Elements rows = section.select("tr.cf-violation");
            assertThat(rows).hasSize(r.violations().size());
            for (int k = 0; k < rows.size(); k++) {
                Violation v = r.violations().get(k);
                Element tr = rows.get(k);
                assertThat(tr.hasClass("cf-sev-" + v.severity().id())).isTrue();
                assertThat(tr.attr("data-rule")).isEqualTo(v.rule());
                assertThat(tr.selectFirst(".cf-msg-zh").text()).isEqualTo(v.messageZh().strip());
                assertThat(tr.selectFirst(".cf-msg-en").text()).isEqualTo(v.messageEn().strip());
                if (v.line() > 0) {
                    assertThat(tr.selectFirst("td.cf-line").text()).isEqualTo("第" + v.line() + "行");
                }
            }
        }
    }

    static void assertSelfContained(Document doc, String html) {
        assertThat(html).startsWith("<!doctype html>");
        assertThat(doc.selectFirst("head > meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.select("[src]")).as("no loaded resources").isEmpty();
        assertThat(doc.select("link")).isEmpty();
        for (Element a : doc.select("[href]")) {
            assertThat(a.attr("href")).as("only links within the page").startsWith("#");
        }
        for (Element e : doc.getAllElements()) {
            for (String name : List.of("src", "srcset", "href", "action", "formaction", "poster", "data", "background")) {
                String value = e.attr(name).strip().toLowerCase();
                assertThat(value).as(name + " of " + e.tagName()).doesNotStartWith("http").doesNotStartWith("//");
            }
        }
        String css = doc.select("style").html().toLowerCase();
        assertThat(css).doesNotContain("url(", "@import", "http:", "https:");
        assertThat(doc.select("script").html()).doesNotContain("http:", "https:", "fetch(", "XMLHttpRequest", "import(");
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("script")).hasSize(1);
    }

    @Test
    void seedsPageHasEveryReportCellHighlightAndFinding() {
        String html = seedsHtml;
        Document doc = Jsoup.parse(html);
        assertSelfContained(doc, html);
        assertThat(html.toLowerCase()).doesNotContain("src=\"http", "src=http", "href=\"http", "href=http");
        assertPageMatches(doc, seeds);

        Summary s = Summary.of(seeds);
        assertThat(doc.select("#cf-counts tr[data-count=reports] td").text()).isEqualTo(String.valueOf(s.reports()));
        assertThat(doc.select("#cf-counts tr[data-count=passed] td").text()).isEqualTo(String.valueOf(s.passed()));
        assertThat(doc.select("#cf-counts tr[data-count=failed] td").text()).isEqualTo(String.valueOf(s.failed()));
        assertThat(doc.select("#cf-counts tr[data-count=errors] td").text()).isEqualTo(String.valueOf(s.errors()));
        assertThat(doc.select("#cf-counts tr[data-count=warnings] td").text()).isEqualTo(String.valueOf(s.warnings()));
        assertThat(doc.select("#cf-counts tr[data-count=infos] td").text()).isEqualTo(String.valueOf(s.infos()));
        s.byRule().forEach((rule, n) ->
                assertThat(doc.select("#cf-byrule tr[data-rule=" + rule + "] td.cf-n").text()).isEqualTo(String.valueOf(n)));
        assertThat(doc.select("#cf-index tbody tr")).hasSize(seeds.size());
        for (Severity sev : Severity.values()) {
            assertThat(doc.select("input#cf-filter-" + sev.id() + "[type=checkbox][data-cf-severity=" + sev.id() + "]"))
                    .hasSize(1);
        }
    }

    @Test
    void plantedErrorsAreHighlightedAndTheSuspectShowsItsValue() {
        int i = indexOf("example-2023-with-errors.txt");
        Element section = Jsoup.parse(seedsHtml).select("section.cf-report").get(i);
        assertThat(section.hasClass("cf-failed")).isTrue();
        Element disclosed = cellTd(section, "applications", "handled.disclosed", "natural_person");
        assertThat(disclosed.classNames()).contains("cf-failing", "cf-suspect");
        assertThat(disclosed.text()).isEqualTo("12 → 21");
        assertThat(disclosed.attr("data-expected")).isEqualTo("21");
        assertThat(disclosed.attr("data-line")).isEqualTo("31");
        assertThat(disclosed.attr("title")).contains("第31行", "疑似填错", "applications.row-total");
        Element total = cellTd(section, "applications", "handled.disclosed", "total");
        assertThat(total.classNames()).contains("cf-failing").doesNotContain("cf-suspect");
        assertThat(total.text()).isEqualTo("27");
        // a cell in no failing relation is plain
        Element plain = cellTd(section, "applications", "new", "commercial");
        assertThat(plain.classNames()).doesNotContain("cf-failing", "cf-suspect");
        // the review group: any one of five cells would do
        assertThat(section.select("td.cf-suspect[data-table=reviews]")).hasSize(5);
        assertThat(cellTd(section, "reviews", "all", "reconsideration.total").text()).isEqualTo("5 → 4");

        Element missingTables = Jsoup.parse(seedsHtml).select("section.cf-report")
                .get(indexOf("003_80eb4e39c25afce7.txt"));
        assertThat(missingTables.select("p.cf-table-missing")).hasSize(3);
        assertThat(missingTables.select("td.cf-cell")).isEmpty();
    }

    @Test
    void tablesAreLaidOutLikeTheOfficialFormat() {
        Element section = Jsoup.parse(seedsHtml).select("section.cf-report")
                .get(indexOf("example-2023-consistent.txt"));
        // 表二: four stacked sub-tables with their article captions; single-value rows span three columns
        Element proactive = section.selectFirst("table.cf-grid[data-table=proactive]");
        assertThat(proactive.select("th.cf-caption").eachText())
                .containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
        assertThat(cellTd(section, "proactive", "licensing", "decisions").attr("colspan")).isEqualTo("3");
        assertThat(proactive.select("td.cf-cell")).hasSize(10);
        // 表三: three header rows, the note in a 3×3 corner, grouped row labels
        Element applications = section.selectFirst("table.cf-grid[data-table=applications]");
        assertThat(applications.select("thead tr")).hasSize(3);
        Element corner = applications.selectFirst("th.cf-corner");
        assertThat(corner.attr("colspan")).isEqualTo("3");
        assertThat(corner.attr("rowspan")).isEqualTo("3");
        assertThat(corner.text()).contains("勾稽关系");
        assertThat(headerCell(applications, "申请人情况").attr("colspan")).isEqualTo("7");
        assertThat(headerCell(applications, "法人或其他组织").attr("colspan")).isEqualTo("5");
        assertThat(headerCell(applications, "自然人").attr("rowspan")).isEqualTo("2");
        assertThat(headerCell(applications, "总计").attr("rowspan")).isEqualTo("2");
        assertThat(applications.select("thead tr").get(2).select("th").eachText())
                .containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        assertThat(groupCell(applications, "handled").attr("rowspan")).isEqualTo("22");
        assertThat(groupCell(applications, "handled.withheld").attr("rowspan")).isEqualTo("8");
        assertThat(groupCell(applications, "handled.other").attr("rowspan")).isEqualTo("3");
        assertThat(applications.selectFirst("tr[data-row=new] th.cf-rowlabel").attr("colspan")).isEqualTo("3");
        assertThat(applications.selectFirst("tr[data-row=handled.disclosed] th.cf-rowlabel").attr("colspan")).isEqualTo("2");
        assertThat(applications.select("td.cf-cell")).hasSize(175);
        assertThat(rowWidths(applications)).as("every row of 表三 fills 3 label + 7 data columns")
                .hasSize(28).containsOnly(10);
        // 表四: two-level header over one unlabelled row of 15 cells
        Element reviews = section.selectFirst("table.cf-grid[data-table=reviews]");
        assertThat(reviews.select("thead tr")).hasSize(3);
        assertThat(headerCell(reviews, "行政复议").attr("colspan")).isEqualTo("5");
        assertThat(headerCell(reviews, "行政诉讼").attr("colspan")).isEqualTo("10");
        assertThat(headerCell(reviews, "未经复议直接起诉").attr("colspan")).isEqualTo("5");
        assertThat(headerCell(reviews, "复议后起诉").attr("colspan")).isEqualTo("5");
        assertThat(reviews.select("thead tr").get(1).select("th[rowspan=2]")).hasSize(5);
        assertThat(reviews.select("thead tr").get(2).select("th")).hasSize(10);
        assertThat(reviews.select("th.cf-rowlabel, th.cf-corner")).isEmpty();
        assertThat(reviews.select("tbody tr td.cf-cell")).hasSize(15);
        assertThat(rowWidths(reviews)).containsOnly(15);
        assertThat(rowWidths(proactive)).containsOnly(4);
    }

    @Test
    void the2019FormatHasFiveSubTablesAndOneOtherHandlingRow() {
        List<CheckResult> results = List.of(RULES.check(ReportGenerator.generate(7, ReportGenerator.FORMAT_2019)));
        Document doc = Jsoup.parse(html(results, Language.ZH));
        assertPageMatches(doc, results);
        Element proactive = doc.selectFirst("table.cf-grid[data-table=proactive]");
        assertThat(proactive.select("th.cf-caption").eachText()).containsExactly(
                "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项");
        assertThat(proactive.select("td.cf-cell")).hasSize(22);
        Element applications = doc.selectFirst("table.cf-grid[data-table=applications]");
        assertThat(groupCell(applications, "handled").attr("rowspan")).isEqualTo("20");
        assertThat(applications.select("td.cf-cell")).hasSize(161);
    }

    @Test
    void generatedFailingReportsHighlightExactlyTheirFailingCells() {
        List<CheckResult> results = brokenResults(15, 20240601L);
        assertThat(results).allMatch(r -> !r.passed());
        String html = html(results, Language.ZH);
        Document doc = Jsoup.parse(html);
        assertSelfContained(doc, html);
        assertPageMatches(doc, results);
        for (Element section : doc.select("section.cf-report")) {
            assertThat(section.select("td.cf-failing")).isNotEmpty();
        }
    }

    @Test
    void missingBlankAndUnreadableCellsAreMarked() {
        Report r = ReportGenerator.generate(3);
        r = ReportGenerator.withValue(r, new CellPos("applications", "new", "research"), CellValue.text("无"));
        r = ReportGenerator.withValue(r, new CellPos("applications", "carried_over", "research"), CellValue.blank());
        r = ReportGenerator.withValue(r, new CellPos("reviews", "all", "reconsideration.other"), CellValue.blank("-"));
        Report removed = r.toBuilder().table("applications", t -> t.remove("handled.partial", "nonprofit")).build();
        List<CheckResult> results = List.of(RULES.check(removed));
        Document doc = Jsoup.parse(html(results, Language.ZH));
        assertPageMatches(doc, results);
        Element section = doc.selectFirst("section.cf-report");
        Element text = cellTd(section, "applications", "new", "research");
        assertThat(text.classNames()).contains("cf-text");
        assertThat(text.text()).isEqualTo("无");
        Element blank = cellTd(section, "applications", "carried_over", "research");
        assertThat(blank.classNames()).contains("cf-blank");
        assertThat(written(blank)).isEmpty(); // the blank may be suspect, then shown as "→ 9"
        Element dash = cellTd(section, "reviews", "all", "reconsideration.other");
        assertThat(dash.classNames()).contains("cf-blank");
        assertThat(written(dash)).isEqualTo("-");
        Element missing = cellTd(section, "applications", "handled.partial", "nonprofit");
        assertThat(missing.classNames()).contains("cf-missing");
        assertThat(missing.text()).isEmpty();
        assertThat(missing.attr("title")).contains("缺失");
    }

    @Test
    void englishOnlyPageHasNoChineseMessages() {
        List<CheckResult> results = List.of(seeds.get(indexOf("example-2023-with-errors.txt")));
        Document doc = Jsoup.parse(html(results, Language.EN));
        assertThat(doc.select(".cf-msg-zh")).isEmpty();
        assertThat(doc.select("tr.cf-violation .cf-msg-en")).hasSize(results.get(0).violations().size());
        assertThat(doc.select("tr.cf-violation td.cf-line").first().text()).startsWith("line ");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        for (Violation v : results.get(0).violations()) {
            assertThat(doc.body().text()).doesNotContain(v.messageZh());
        }
        assertThat(rendered(doc.selectFirst("section.cf-report"), "cf-failing"))
                .isEqualTo(cellsOf(results.get(0), Violation.Kind.FAILED));
    }

    @Test
    void everythingIsEscaped() {
        String evil = "<script>alert('x')</script><img src=http://example.com/x.png>";
        Report base = ReportGenerator.generate(11);
        Report.Builder b = Report.builder("reports/" + evil + ".txt").format(base.format()).agency("某局 " + evil).year(2023);
        base.tables().values().forEach(b::table);
        b.table("applications", t -> t.cell("new", "research", CellValue.text(evil + " & \"q\""), 0));
        b.table("unknown_table", t -> t.label(evil).row("r", evil).column("c", "<b>c</b>").cell("r", "c", CellValue.text(evil), 0));
        List<CheckResult> results = List.of(RULES.check(b.build()));
        String html = html(results, Language.ZH);
        Document doc = Jsoup.parse(html);
        assertSelfContained(doc, html);
        assertThat(doc.select("img, b")).isEmpty();
        assertThat(doc.selectFirst("section.cf-report h2").text()).contains(evil);
        assertThat(cellTd(doc.selectFirst("section.cf-report"), "applications", "new", "research").text())
                .isEqualTo(evil + " & \"q\"");
        assertThat(cellTd(doc.selectFirst("section.cf-report"), "unknown_table", "r", "c").text()).isEqualTo(evil);
    }

    @Test
    void reportsWithoutAKnownFormatStillShowTheirTables() {
        Report r = Report.builder("odd.txt").format("gov-1999")
                .table("things", t -> t.label("某表").row("a", "甲").column("x", "件数").value("a", "x", 4)).build();
        List<CheckResult> results = List.of(RULES.check(r));
        Document doc = Jsoup.parse(html(results, Language.ZH));
        assertPageMatches(doc, results);
        assertThat(cellTd(doc.selectFirst("section.cf-report"), "things", "a", "x").text()).isEqualTo("4");
        assertThat(doc.select("tr.cf-violation[data-rule=format.unknown]")).hasSize(1);
    }

    @Test
    void emptyRunIsAValidPage() {
        Document doc = Jsoup.parse(html(List.of(), Language.ZH));
        assertThat(doc.select("section.cf-report")).isEmpty();
        assertThat(doc.select("#cf-counts tr[data-count=reports] td").text()).isEqualTo("0");
    }

    static Element cellTd(Element section, String table, String row, String column) {
        Element td = section.selectFirst("td.cf-cell[data-table=" + table + "][data-row=" + row + "][data-column=" + column + "]");
        assertThat(td).as(table + "[" + row + ", " + column + "]").isNotNull();
        return td;
    }

    /** The cell's text as written in the report (without a suspect's expected value). */
    static String written(Element td) {
        Element was = td.selectFirst(".cf-was");
        return was != null ? was.text() : td.text();
    }

    static Element headerCell(Element table, String text) {
        Element th = table.select("thead th").stream().filter(e -> e.text().equals(text)).findFirst().orElse(null);
        assertThat(th).as("header " + text).isNotNull();
        return th;
    }

    static Element groupCell(Element table, String group) {
        Element th = table.selectFirst("th.cf-group[data-group=" + group + "]");
        assertThat(th).as("row group " + group).isNotNull();
        return th;
    }

    private static int indexOf(String fileName) {
        for (int i = 0; i < seeds.size(); i++) {
            if (seeds.get(i).report().source().endsWith(fileName)) {
                return i;
            }
        }
        throw new AssertionError("no seed " + fileName);
    }

    /** The number of grid columns each row of {@code table} occupies, counting cells spanned from rows above. */
    static List<Integer> rowWidths(Element table) {
        List<Integer> widths = new ArrayList<>();
        Map<Integer, Integer> carried = new HashMap<>(); // row index -> columns taken by rowspans from above
        Elements rows = table.select("tr");
        for (int i = 0; i < rows.size(); i++) {
            int width = carried.getOrDefault(i, 0);
            for (Element cell : rows.get(i).children()) {
                int colspan = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
                int rowspan = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
                width += colspan;
                for (int k = 1; k < rowspan; k++) {
                    carried.merge(i + k, colspan, Integer::sum);
                }
            }
            widths.add(width);
        }
        return widths;
    }
}
