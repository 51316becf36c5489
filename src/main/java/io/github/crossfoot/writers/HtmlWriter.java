package io.github.crossfoot.writers;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Label;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.LabelSpec;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.rules.TableSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes the results of a run as one self-contained HTML page (inline CSS and script, no network,
 * UTF-8): a summary, then per report its details, its tables laid out like the official format with
 * every cell value, and its findings.
 *
 * <p>In the tables, every cell of a relation that was evaluated and does not hold ({@link
 * Violation.Kind#FAILED}) has the class {@code cf-failing}; a suspect cell ({@link
 * Violation.Kind#SUSPECT}) has {@code cf-suspect} and shows the value it should have
 * ({@code 12 → 21}). A cell that was not found is an empty cell with {@code cf-missing}, a blank
 * one has {@code cf-blank}, text that is not a number is shown as written with {@code cf-text}.
 * Each cell carries {@code data-table}, {@code data-row}, {@code data-column} and, when known, its
 * source line in {@code data-line}; its {@code title} names it, its line and the findings about it.
 * Findings are table rows {@code tr.cf-violation.cf-sev-SEVERITY} that check boxes can hide.
 *
 * <p>Needs jsoup on the class path. The page's words and the findings are in the chosen {@link
 * Language}: {@link Language#ZH} writes Chinese with English alongside, {@link Language#EN} English
 * only (the official table labels stay Chinese: they are the format). A finding's message is a
 * {@code div.cf-msg-TAG} per language shown.
 */
public final class HtmlWriter implements ResultWriter {

    private static final String CSS = resource("html-report.css");
    private static final String SCRIPT = resource("html-report.js");
    private static final int MAX_TITLE_FINDINGS = 6;

    private final Language language;
    private final RuleSet rules;

    /**
     * @param language Chinese with English alongside, or English only
     * @param rules    the rules the results were checked with; they give each format's table layout
     */
    public HtmlWriter(Language language, RuleSet rules) {
        this.language = Objects.requireNonNull(language, "language");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * The page shows a summary over all reports at its top, so it is written when the run finishes,
     * from the results kept until then (findings across reports put back into their reports). For
     * runs of any size, see {@link #start(Writer, Path, int)}.
     */
    @Override
    public Run start(Writer out) {
        List<CheckResult> results = new ArrayList<>();
        return new Run() {
            @Override
            public void add(CheckResult result) {
                results.add(result);
            }

            @Override
            public void finish(List<DatasetFindings> dataset) throws IOException {
                write(onePage(DatasetFindings.into(results, dataset)), out);
            }
        };
    }

    /** Up to this many reports, {@link #start(Writer, Path, int)} still writes one page. */
    public static final int ONE_PAGE_REPORTS = 200;

    /**
     * Starts a run whose pages stay small however many reports it has; {@code out} writes the file
     * {@code page}. Up to {@code onePageReports} reports it writes the same one page as {@link
     * #start(Writer)}. Beyond that, each report gets a page of its own in the folder {@link
     * #reportPages(Path) reportPages(page)} ({@code 1.html}, {@code 2.html}, … in output order),
     * written as soon as the report is checked and then dropped; {@code page} gets, at the end, the
     * summary, the list of reports linking to their pages and the findings across reports, which only
     * the end of the run gives. One page with every report of a large run would be too big for a
     * browser (733 MB at 10,000 reports), and holding it would make memory grow with the run.
     */
    public Run start(Writer out, Path page, int onePageReports) {
        Objects.requireNonNull(out, "out");
        if (onePageReports < 0) {
            throw new IllegalArgumentException("onePageReports must not be negative: " + onePageReports);
        }
        Path pages = reportPages(page);
        String folder = pages.getFileName().toString();
        String back = "../" + page.getFileName() + "#cf-index";
        return new Run() {
            private List<CheckResult> held = new ArrayList<>();
            private final List<IndexRow> rows = new ArrayList<>();
            private final Summary.Tally tally = new Summary.Tally();

            @Override
            public void add(CheckResult result) throws IOException {
                if (held != null && held.size() < onePageReports) {
                    held.add(result);
                    return;
                }
                if (held != null) {
                    Files.createDirectories(pages);
                    for (CheckResult r : held) {
                        page(r);
                    }
                    held = null;
                }
                page(result);
            }

            private void page(CheckResult result) throws IOException {
                int index = rows.size() + 1;
                String name = index + ".html";
                try (Writer w = Files.newBufferedWriter(pages.resolve(name), StandardCharsets.UTF_8)) {
                    write(reportPage(index, result, back), w);
                }
                rows.add(IndexRow.of(index, folder + "/" + name, result));
                tally.add(result);
            }

            @Override
            public void finish(List<DatasetFindings> dataset) throws IOException {
                if (held != null) {
                    write(onePage(DatasetFindings.into(held, dataset)), out);
                    return;
                }
                write(indexPage(rows, tally, dataset), out);
            }
        };
    }

    /** The folder of the per-report pages of {@code page}: beside it, named {@code NAME-reports}. */
    public static Path reportPages(Path page) {
        String name = page.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return page.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-reports");
    }

    private static void write(Document page, Writer out) throws IOException {
        out.write(page.outerHtml());
        out.write('\n');
        out.flush();
    }

    /** A report's line in the list of reports: what the summary shows of it, and where its details are. */
    private record IndexRow(int index, String href, String source, String agency, String year, boolean passed,
                            int errors, int warnings, int infos) {

        static IndexRow of(int index, String href, CheckResult r) {
            Report report = r.report();
            return new IndexRow(index, href, report.source(), report.agency().orElse(""),
                    report.year().isPresent() ? String.valueOf(report.year().getAsInt()) : "", r.passed(),
                    r.violations(Severity.ERROR).size(), r.violations(Severity.WARNING).size(),
                    r.violations(Severity.INFO).size());
        }

        /** The row with findings across reports added (an error makes the report fail). */
        IndexRow plus(List<Violation> dataset) {
            int e = count(dataset, Severity.ERROR);
            return new IndexRow(index, href, source, agency, year, passed && e == 0, errors + e,
                    warnings + count(dataset, Severity.WARNING), infos + count(dataset, Severity.INFO));
        }

        private static int count(List<Violation> violations, Severity severity) {
            return (int) violations.stream().filter(v -> v.severity() == severity).count();
        }
    }

    /** One page with every report: the summary, then each report's details. */
    private Document onePage(List<CheckResult> results) {
        Document doc = shell();
        Element body = doc.body();
        Summary summary = Summary.of(results);
        toolbar(body, summary);
        body.appendElement("h1").text(t("html.heading"));
        List<IndexRow> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            rows.add(IndexRow.of(i + 1, "#report-" + (i + 1), results.get(i)));
        }
        summary(body, summary, rows);
        for (int i = 0; i < results.size(); i++) {
            report(body, i + 1, results.get(i));
        }
        return withScript(doc);
    }

    /** The page of a large run: the summary, the reports linking to their pages, the findings across reports. */
    private Document indexPage(List<IndexRow> rows, Summary.Tally tally, List<DatasetFindings> dataset) {
        Map<String, List<Violation>> bySource = new LinkedHashMap<>();
        for (DatasetFindings d : dataset) {
            bySource.computeIfAbsent(d.source(), k -> new ArrayList<>()).addAll(d.violations());
        }
        bySource.forEach(tally::addDataset);
        List<IndexRow> shown = rows.stream()
                .map(r -> bySource.containsKey(r.source()) ? r.plus(bySource.get(r.source())) : r).toList();
        Document doc = shell();
        Element body = doc.body();
        Summary summary = tally.summary();
        toolbar(body, summary);
        body.appendElement("h1").text(t("html.heading"));
        summary(body, summary, shown);
        Element section = body.appendElement("section").addClass("cf-dataset").attr("id", "cf-dataset");
        section.appendElement("h2").text(t("html.dataset", "count", bySource.values().stream().mapToInt(List::size).sum()));
        if (bySource.isEmpty()) {
            section.appendElement("p").addClass("cf-none").text(t("html.findings.none"));
        }
        for (IndexRow row : shown) {
            List<Violation> found = bySource.get(row.source());
            if (found != null) {
                section.appendElement("h3").appendElement("a").attr("href", row.href()).text(row.index() + ". " + row.source());
                violationTable(section, new ReportContext(row.index(), null, Map.of()), found);
            }
        }
        return withScript(doc);
    }

    /** The page of one report of a large run, linking back to the run's page. */
    private Document reportPage(int index, CheckResult result, String back) {
        Document doc = shell();
        Element body = doc.body();
        toolbar(body, Summary.of(List.of(result)));
        body.appendElement("h1").text(t("html.heading"));
        body.appendElement("p").addClass("cf-back").appendElement("a").attr("href", back)
                .text(t("html.back"));
        report(body, index, result);
        return withScript(doc);
    }

    /** An empty page: the head with the style, and a body. */
    private Document shell() {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true).indentAmount(1);
        doc.prependChild(new DocumentType("html", "", ""));
        Element html = doc.selectFirst("html");
        html.attr("lang", language.htmlLang());
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "Crossfoot");
        head.appendElement("title").text(t("html.title"));
        head.appendElement("style").appendChild(new DataNode(CSS));
        return doc;
    }

    private static Document withScript(Document doc) {
        doc.body().appendElement("script").appendChild(new DataNode(SCRIPT));
        return doc;
    }

    // ------------------------------------------------------------------ page top

    private void toolbar(Element body, Summary s) {
        Element bar = body.appendElement("div").addClass("cf-toolbar").attr("id", "cf-toolbar");
        bar.appendElement("strong").text(t("html.show"));
        severityBox(bar, Severity.ERROR, s.errors());
        severityBox(bar, Severity.WARNING, s.warnings());
        severityBox(bar, Severity.INFO, s.infos());
        Element only = bar.appendElement("label");
        only.appendElement("input").attr("type", "checkbox").attr("id", "cf-only-failed");
        only.appendText(" " + t("html.failed-only"));
        Element legend = bar.appendElement("span").addClass("cf-legend");
        swatch(legend, "cf-failing", "27", t("html.legend.failing"));
        swatch(legend, "cf-suspect", "12 → 21", t("html.legend.suspect"));
        swatch(legend, "cf-missing", "", t("html.missing"));
        swatch(legend, "cf-text", "无", t("html.legend.text"));
    }

    private void severityBox(Element bar, Severity severity, int count) {
        Element label = bar.appendElement("label");
        label.appendElement("input").attr("type", "checkbox").attr("checked", true)
                .attr("id", "cf-filter-" + severity.id()).attr("data-cf-severity", severity.id());
        label.appendText(" ");
        label.appendElement("span").addClass("cf-badge").addClass("cf-badge-" + severity.id()).text(severityName(severity));
        label.appendText(" (" + count + ")");
    }

    private static void swatch(Element legend, String cls, String sample, String text) {
        Element item = legend.appendElement("span");
        item.appendElement("span").addClass("cf-swatch").addClass(cls).text(sample);
        item.appendText(" " + text);
    }

    private void summary(Element body, Summary s, List<IndexRow> rows) {
        Element section = body.appendElement("section").addClass("cf-summary-section").attr("id", "cf-summary");
        section.appendElement("h2").text(t("html.summary"));
        Element box = section.appendElement("div").addClass("cf-summary");
        Element counts = box.appendElement("table").addClass("cf-counts").attr("id", "cf-counts");
        countRow(counts, "reports", t("html.count.reports"), s.reports());
        countRow(counts, "passed", t("html.count.passed"), s.passed());
        countRow(counts, "failed", t("html.count.failed"), s.failed());
        countRow(counts, "errors", severityName(Severity.ERROR), s.errors());
        countRow(counts, "warnings", severityName(Severity.WARNING), s.warnings());
        countRow(counts, "infos", severityName(Severity.INFO), s.infos());

        Element byRule = box.appendElement("table").addClass("cf-byrule").attr("id", "cf-byrule");
        Element head = byRule.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(t("html.rule"));
        head.appendElement("th").text(t("html.count"));
        Element tbody = byRule.appendElement("tbody");
        if (s.byRule().isEmpty()) {
            tbody.appendElement("tr").appendElement("td").attr("colspan", "2").addClass("cf-none")
                    .text(t("html.no-findings"));
        }
        new TreeMap<>(s.byRule()).forEach((rule, n) -> {
            Element tr = tbody.appendElement("tr").attr("data-rule", rule);
            tr.appendElement("td").appendElement("code").text(rule);
            tr.appendElement("td").addClass("cf-n").text(String.valueOf(n));
        });

        Element index = section.appendElement("table").addClass("cf-index").attr("id", "cf-index");
        Element ih = index.appendElement("thead").appendElement("tr");
        for (String h : List.of("#", t("html.source"), t("html.body"), t("html.year"), t("html.result"),
                severityName(Severity.ERROR), severityName(Severity.WARNING), severityName(Severity.INFO))) {
            ih.appendElement("th").text(h);
        }
        Element ib = index.appendElement("tbody");
        for (IndexRow r : rows) {
            Element tr = ib.appendElement("tr").addClass(r.passed() ? "cf-index-passed" : "cf-index-failed");
            tr.appendElement("td").addClass("cf-n").text(String.valueOf(r.index()));
            tr.appendElement("td").appendElement("a").attr("href", r.href()).text(r.source());
            tr.appendElement("td").text(r.agency());
            tr.appendElement("td").text(r.year());
            resultBadge(tr.appendElement("td"), r.passed());
            tr.appendElement("td").addClass("cf-n").text(String.valueOf(r.errors()));
            tr.appendElement("td").addClass("cf-n").text(String.valueOf(r.warnings()));
            tr.appendElement("td").addClass("cf-n").text(String.valueOf(r.infos()));
        }
    }

    private static void countRow(Element table, String key, String label, int n) {
        Element tr = table.appendElement("tr").attr("data-count", key);
        tr.appendElement("th").text(label);
        tr.appendElement("td").addClass("cf-n").text(String.valueOf(n));
    }

    private void resultBadge(Element parent, boolean passed) {
        parent.appendElement("span").addClass("cf-badge").addClass(passed ? "cf-badge-pass" : "cf-badge-fail")
                .text(t(passed ? "html.passed" : "html.failed"));
    }

    // ------------------------------------------------------------------ one report

    private void report(Element body, int index, CheckResult result) {
        Report report = result.report();
        Optional<FormatSpec> format = rules.format(report.format());
        ReportContext ctx = new ReportContext(index, report, marks(result));

        Element section = body.appendElement("section").addClass("cf-report")
                .addClass(result.passed() ? "cf-passed" : "cf-failed")
                .attr("id", "report-" + index).attr("data-source", report.source())
                .attr("data-passed", String.valueOf(result.passed()));
        section.appendElement("h2").text(index + ". " + report.source());
        Element meta = section.appendElement("dl").addClass("cf-meta");
        metaRow(meta, t("html.source"), report.source());
        metaRow(meta, t("html.body"), report.agency().orElse(t("html.not-found")));
        metaRow(meta, t("html.year"),
                report.year().isPresent() ? String.valueOf(report.year().getAsInt()) : t("html.not-found"));
        metaRow(meta, t("html.format"), report.format().isEmpty() ? "?"
                : report.format() + format.map(f -> " · " + f.title() + "（" + f.basis() + "）").orElse(""));
        meta.appendElement("dt").text(t("html.result"));
        Element dd = meta.appendElement("dd");
        resultBadge(dd, result.passed());
        dd.appendText(" " + t("html.counts", "errors", result.violations(Severity.ERROR).size(),
                "warnings", result.violations(Severity.WARNING).size(), "infos", result.violations(Severity.INFO).size()));

        Set<String> shown = new LinkedHashSet<>();
        if (format.isPresent()) {
            for (TableSpec spec : format.get().tables()) {
                shown.add(spec.id());
                Table table = report.tables().get(spec.id());
                if (table == null || table.isEmpty()) {
                    heading(section, spec.label().isEmpty() ? spec.id() : spec.label(), table);
                    section.appendElement("p").addClass("cf-table-missing").attr("data-table", spec.id())
                            .text(t("html.table-not-read"));
                    continue;
                }
                renderTable(section, ctx, spec, table);
            }
        }
        for (Table table : report.tables().values()) {
            if (!shown.contains(table.id())) {
                renderTable(section, ctx, specOf(table), table);
            }
        }
        if (report.tables().isEmpty() && format.isEmpty()) {
            section.appendElement("p").addClass("cf-table-missing").text(t("html.no-table"));
        }
        violations(section, ctx, result);
    }

    private static void metaRow(Element dl, String label, String value) {
        dl.appendElement("dt").text(label);
        dl.appendElement("dd").text(value);
    }

    private void heading(Element section, String label, Table table) {
        Element h = section.appendElement("h3").text(label);
        if (table != null && table.line() > 0) {
            h.appendElement("span").addClass("cf-muted").text(t("html.heading.line", "line", table.line()));
        }
    }

    // ------------------------------------------------------------------ cells and their findings

    /** What the findings say about one cell. */
    private static final class CellMarks {
        boolean failing;
        boolean suspect;
        final List<BigDecimal> expected = new ArrayList<>();
        final List<Violation> violations = new ArrayList<>();
    }

    private record ReportContext(int index, Report report, Map<CellKey, CellMarks> marks, Set<String> renderedIds) {
        ReportContext(int index, Report report, Map<CellKey, CellMarks> marks) {
            this(index, report, marks, new LinkedHashSet<>());
        }

        String cellId(String table, String row, String column) {
            return "cf" + index + "|" + table + "|" + row + "|" + column;
        }
    }

    /** A cell of a report, by table, row and column. */
    private record CellKey(String table, String row, String column) {
    }

    private static CellKey key(String table, String row, String column) {
        return new CellKey(table, row, column);
    }

    private static Map<CellKey, CellMarks> marks(CheckResult result) {
        Map<CellKey, CellMarks> marks = new HashMap<>();
        for (Violation v : result.violations()) {
            for (CellRef c : v.cells()) {
                CellMarks m = marks.computeIfAbsent(key(c.table(), c.row(), c.column()), k -> new CellMarks());
                if (!m.violations.contains(v)) {
                    m.violations.add(v);
                }
                if (v.kind() == Violation.Kind.FAILED) {
                    m.failing = true;
                }
                if (v.kind() == Violation.Kind.SUSPECT) {
                    m.suspect = true;
                    if (c.expected() != null && m.expected.stream().noneMatch(e -> e.compareTo(c.expected()) == 0)) {
                        m.expected.add(c.expected());
                    }
                }
            }
        }
        return marks;
    }

    /** Appends the {@code td} of one cell of the format (present or not) to {@code tr}. */
    private Element cell(Element tr, ReportContext ctx, TableSpec spec, Table table, String row, String column) {
        String id = ctx.cellId(table.id(), row, column);
        ctx.renderedIds().add(id);
        Element td = tr.appendElement("td").addClass("cf-cell").attr("id", id)
                .attr("data-table", table.id()).attr("data-row", row).attr("data-column", column);
        List<String> title = new ArrayList<>();
        title.add(spec.cellDisplay(row, column));
        Cell cell = table.cell(row, column).orElse(null);
        String written = "";
        if (cell == null) {
            td.addClass("cf-missing");
            title.add(t("html.cell.missing"));
        } else {
            CellValue value = cell.value();
            written = value.text();
            switch (value.kind()) {
                case NUMBER -> td.addClass("cf-number").attr("data-value", value.number().orElseThrow().toPlainString());
                case BLANK -> {
                    td.addClass("cf-blank");
                    title.add(blank(written));
                }
                case TEXT -> {
                    td.addClass("cf-text");
                    title.add(t("html.cell.text", "text", written));
                }
            }
            if (cell.line() > 0) {
                td.attr("data-line", String.valueOf(cell.line()));
                title.add(t("html.line", "line", cell.line()));
            }
        }
        CellMarks m = ctx.marks().get(key(table.id(), row, column));
        if (m != null && m.failing) {
            td.addClass("cf-failing");
        }
        if (m != null && m.suspect) {
            td.addClass("cf-suspect");
        }
        if (m != null && !m.expected.isEmpty()) {
            String expected = m.expected.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" / "));
            td.attr("data-expected", expected);
            td.appendElement("span").addClass("cf-was").text(written);
            td.appendText(" ");
            td.appendElement("span").addClass("cf-arrow").text("→");
            td.appendText(" ");
            td.appendElement("span").addClass("cf-expected").text(expected);
            title.add(t("html.cell.should-be", "value", expected));
        } else {
            td.text(written);
        }
        if (m != null) {
            m.violations.stream().limit(MAX_TITLE_FINDINGS).forEach(v -> title.add(
                    "[" + severityName(v.severity()) + "] " + v.rule() + ": " + language.message(v).replace('\n', ' ')));
            if (m.violations.size() > MAX_TITLE_FINDINGS) {
                title.add("… +" + (m.violations.size() - MAX_TITLE_FINDINGS));
            }
        }
        td.attr("title", String.join("\n", title));
        return td;
    }

    private static String sourceExcerpt(Report report, int line) {
        if (line < 1 || line > report.lines().size()) {
            return "";
        }
        String text = report.lines().get(line - 1).strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? "" : ": " + (text.length() > 120 ? text.substring(0, 120) + "…" : text);
    }

    // ------------------------------------------------------------------ table layouts

    private void renderTable(Element section, ReportContext ctx, TableSpec spec, Table table) {
        heading(section, !spec.label().isEmpty() ? spec.label() : !table.label().isEmpty() ? table.label() : table.id(),
                table);
        Element wrap = section.appendElement("div").addClass("cf-wrap");
        if (spec.rows().stream().anyMatch(r -> !r.columns().isEmpty())) {
            stacked(wrap, ctx, spec, table);
        } else {
            grid(wrap, ctx, spec, table);
        }
        extraCells(section, ctx, spec, table);
    }

    /**
     * A table whose rows have different columns (表二): sub-tables one under the other, each with
     * its caption ({@code 第二十条第（一）项}) and its own header row; a row with fewer columns than
     * the widest one lets its last cell span the rest, as the official form does.
     */
    private void stacked(Element wrap, ReportContext ctx, TableSpec spec, Table table) {
        List<List<LabelSpec>> segments = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        String lastKey = null;
        for (LabelSpec row : spec.rows()) {
            if (row.optional() && table.cells().stream().noneMatch(c -> c.row().equals(row.id()))) {
                continue; // a local row this report does not have
            }
            String caption = spec.captionOf(row.id()).orElse(null);
            String segmentKey = caption != null ? caption : "columns:" + spec.columnsOf(row.id());
            if (!segmentKey.equals(lastKey)) {
                segments.add(new ArrayList<>());
                captions.add(caption);
                lastKey = segmentKey;
            }
            segments.get(segments.size() - 1).add(row);
        }
        int width = spec.rows().stream().mapToInt(r -> spec.columnsOf(r.id()).size()).max().orElse(1);
        String firstHeader = spec.corner().orElse("");
        Element grid = wrap.appendElement("table").addClass("cf-grid").addClass("cf-stacked")
                .attr("data-table", table.id());
        Element tbody = grid.appendElement("tbody");
        for (int s = 0; s < segments.size(); s++) {
            List<LabelSpec> rows = segments.get(s);
            List<String> columns = spec.columnsOf(rows.get(0).id());
            if (captions.get(s) != null) {
                tbody.appendElement("tr").appendElement("th").addClass("cf-caption")
                        .attr("colspan", String.valueOf(width + 1)).text(captions.get(s));
            }
            Element head = tbody.appendElement("tr").addClass("cf-head");
            head.appendElement("th").text(firstHeader);
            for (int c = 0; c < columns.size(); c++) {
                Element th = head.appendElement("th").attr("data-column", columns.get(c))
                        .text(spec.column(columns.get(c)).map(LabelSpec::label).orElse(columns.get(c)));
                span(th, c, columns.size(), width);
            }
            for (LabelSpec row : rows) {
                Element tr = tbody.appendElement("tr").attr("data-row", row.id());
                tr.appendElement("th").addClass("cf-rowlabel").text(row.label());
                List<String> own = spec.columnsOf(row.id());
                for (int c = 0; c < own.size(); c++) {
                    span(cell(tr, ctx, spec, table, row.id(), own.get(c)), c, own.size(), width);
                }
            }
        }
    }

    private static void span(Element cell, int index, int count, int width) {
        if (index == count - 1 && width > count) {
            cell.attr("colspan", String.valueOf(width - count + 1));
        }
    }

    /** A column header: a group with children, or a leaf column. */
    private static final class HeaderNode {
        final String group;
        final String column;
        final String label;
        final List<HeaderNode> children = new ArrayList<>();

        HeaderNode(String group, String column, String label) {
            this.group = group;
            this.column = column;
            this.label = label;
        }

        int depth() {
            return column != null ? 1 : 1 + children.stream().mapToInt(HeaderNode::depth).max().orElse(0);
        }

        void leaves(List<String> out) {
            if (column != null) {
                out.add(column);
            }
            children.forEach(c -> c.leaves(out));
        }

        int width() {
            List<String> l = new ArrayList<>();
            leaves(l);
            return Math.max(1, l.size());
        }
    }

    /**
     * A table with a multi-level column header and grouped row labels (表三, 表四): column groups
     * span their columns, a row group's label spans its rows, leaf labels fill the remaining
     * label columns.
     */
    private void grid(Element wrap, ReportContext ctx, TableSpec spec, Table table) {
        List<HeaderNode> roots = spanGroups(spec, headerTree(spec, table));
        int depth = roots.stream().mapToInt(HeaderNode::depth).max().orElse(1);
        List<String> columns = new ArrayList<>();
        roots.forEach(r -> r.leaves(columns));

        List<LabelSpec> rows = spec.rows();
        List<List<String>> rowGroups = rows.stream().map(r -> groupPath(r.id(), spec)).toList();
        boolean labelled = rows.stream().anyMatch(r -> !r.label().isEmpty()) || rowGroups.stream().anyMatch(g -> !g.isEmpty());
        int labelColumns = labelled ? 1 + rowGroups.stream().mapToInt(List::size).max().orElse(0) : 0;

        Element grid = wrap.appendElement("table").addClass("cf-grid").attr("data-table", table.id());
        Element thead = grid.appendElement("thead");
        List<HeaderNode> level = roots;
        for (int l = 0; l < depth; l++) {
            Element tr = thead.appendElement("tr").addClass("cf-head");
            if (l == 0 && labelColumns > 0) {
                tr.appendElement("th").addClass("cf-corner").attr("colspan", String.valueOf(labelColumns))
                        .attr("rowspan", String.valueOf(depth)).text(spec.corner().orElse(""));
            }
            List<HeaderNode> next = new ArrayList<>();
            for (HeaderNode node : level) {
                Element th = tr.appendElement("th").text(node.label);
                if (node.column != null) {
                    th.attr("data-column", node.column);
                    if (depth - l > 1) {
                        th.attr("rowspan", String.valueOf(depth - l));
                    }
                } else {
                    th.addClass("cf-colgroup").attr("data-group", node.group);
                    if (node.width() > 1) {
                        th.attr("colspan", String.valueOf(node.width()));
                    }
                    next.addAll(node.children);
                }
            }
            level = next;
        }
        Element tbody = grid.appendElement("tbody");
        for (int i = 0; i < rows.size(); i++) {
            LabelSpec row = rows.get(i);
            List<String> path = rowGroups.get(i);
            Element tr = tbody.appendElement("tr").attr("data-row", row.id());
            if (labelColumns > 0) {
                for (int j = 0; j < path.size(); j++) {
                    String g = path.get(j);
                    boolean first = i == 0 || rowGroups.get(i - 1).size() <= j || !rowGroups.get(i - 1).get(j).equals(g);
                    if (first) {
                        int span = 0;
                        while (i + span < rows.size() && rowGroups.get(i + span).size() > j
                                && rowGroups.get(i + span).get(j).equals(g)) {
                            span++;
                        }
                        tr.appendElement("th").addClass("cf-group").attr("data-group", g)
                                .attr("rowspan", String.valueOf(span)).text(spec.groupDisplay(g));
                    }
                }
                Element th = tr.appendElement("th").addClass("cf-rowlabel").text(row.label());
                if (labelColumns - path.size() > 1) {
                    th.attr("colspan", String.valueOf(labelColumns - path.size()));
                }
            }
            for (String column : columns) {
                if (spec.hasCell(row.id(), column)) {
                    cell(tr, ctx, spec, table, row.id(), column);
                } else {
                    tr.appendElement("td").addClass("cf-na");
                }
            }
        }
    }

    private static List<HeaderNode> headerTree(TableSpec spec, Table table) {
        List<HeaderNode> roots = new ArrayList<>();
        for (LabelSpec column : spec.columns()) {
            if (column.optional() && (table == null
                    || table.cells().stream().noneMatch(c -> c.column().equals(column.id())))) {
                continue; // a local column this report does not have
            }
            List<HeaderNode> level = roots;
            for (String g : groupPath(column.id(), spec)) {
                HeaderNode last = level.isEmpty() ? null : level.get(level.size() - 1);
                if (last == null || last.column != null || !g.equals(last.group)) {
                    last = new HeaderNode(g, null, spec.groupDisplay(g));
                    level.add(last);
                }
                level = last.children;
            }
            level.add(new HeaderNode(null, column.id(), column.label()));
        }
        return roots;
    }

    /** The declared groups an id belongs to, outermost first ({@code handled}, {@code handled.withheld}). */
    private static List<String> groupPath(String id, TableSpec spec) {
        List<String> out = new ArrayList<>();
        for (int dot = id.indexOf('.'); dot > 0; dot = id.indexOf('.', dot + 1)) {
            String prefix = id.substring(0, dot);
            if (spec.groups().containsKey(prefix)) {
                out.add(prefix);
            }
        }
        return out;
    }

    /** Cells the report has that its format does not define, listed under the table. */
    private void extraCells(Element section, ReportContext ctx, TableSpec spec, Table table) {
        List<Cell> extra = table.cells().stream().filter(c -> !spec.hasCell(c.row(), c.column())).toList();
        if (extra.isEmpty()) {
            return;
        }
        Map<String, String> rowLabels = new LinkedHashMap<>();
        table.rows().forEach(r -> rowLabels.put(r.id(), r.label()));
        Map<String, String> columnLabels = new LinkedHashMap<>();
        table.columns().forEach(c -> columnLabels.put(c.id(), c.label()));
        section.appendElement("p").addClass("cf-extra")
                .text(t("html.extra-cells"));
        Element grid = section.appendElement("div").addClass("cf-wrap").appendElement("table")
                .addClass("cf-grid").addClass("cf-extra").attr("data-table", table.id());
        Element head = grid.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(t("html.extra-cells.row"));
        head.appendElement("th").text(t("html.extra-cells.column"));
        head.appendElement("th").text(t("html.extra-cells.value"));
        Element tbody = grid.appendElement("tbody");
        for (Cell c : extra) {
            Element tr = tbody.appendElement("tr").attr("data-row", c.row());
            tr.appendElement("th").addClass("cf-rowlabel").text(labelOr(rowLabels.get(c.row()), c.row()));
            tr.appendElement("th").text(labelOr(columnLabels.get(c.column()), c.column()));
            cell(tr, ctx, spec, table, c.row(), c.column());
        }
    }

    private static String labelOr(String label, String id) {
        return label == null || label.isEmpty() ? id : label + "（" + id + "）";
    }

    /** A layout for a table the format does not declare: its own rows and columns. */
    private static TableSpec specOf(Table table) {
        List<LabelSpec> rows = table.rows().stream().map(HtmlWriter::labelSpec).toList();
        List<LabelSpec> columns = table.columns().stream().map(HtmlWriter::labelSpec).toList();
        return new TableSpec(table.id(), table.label(), List.of(), List.of(), Map.of(), rows, columns);
    }

    private static LabelSpec labelSpec(Label l) {
        return new LabelSpec(l.id(), l.label().isEmpty() ? l.id() : l.label(), List.of(), List.of(), List.of());
    }

    // ------------------------------------------------------------------ findings

    private void violations(Element section, ReportContext ctx, CheckResult result) {
        section.appendElement("h3").text(t("html.findings", "count", result.violations().size()));
        if (result.violations().isEmpty()) {
            section.appendElement("p").addClass("cf-none").text(t("html.findings.none"));
            return;
        }
        violationTable(section, ctx, result.violations());
    }

    /** The findings as table rows; {@code ctx.report()} is null when the report is no longer held. */
    private void violationTable(Element section, ReportContext ctx, List<Violation> violations) {
        Element table = section.appendElement("table").addClass("cf-violations");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(t("html.findings.severity"));
        head.appendElement("th").text(t("html.rule"));
        head.appendElement("th").text(t("html.findings.line"));
        head.appendElement("th").text(t("html.findings.message"));
        Element tbody = table.appendElement("tbody");
        Report report = ctx.report();
        for (Violation v : violations) {
            Element tr = tbody.appendElement("tr").addClass("cf-violation").addClass("cf-sev-" + v.severity().id())
                    .attr("data-severity", v.severity().id()).attr("data-rule", v.rule())
                    .attr("data-kind", v.kind().id());
            String cells = v.cells().stream().map(c -> ctx.cellId(c.table(), c.row(), c.column()))
                    .filter(ctx.renderedIds()::contains).distinct().collect(Collectors.joining(" "));
            if (!cells.isEmpty()) {
                tr.attr("data-cells", cells);
            }
            tr.appendElement("td").addClass("cf-sev").appendElement("span").addClass("cf-badge")
                    .addClass("cf-badge-" + v.severity().id()).text(severityName(v.severity()));
            Element rule = tr.appendElement("td").addClass("cf-rule");
            rule.appendElement("code").text(v.rule());
            rule.appendElement("div").addClass("cf-muted").addClass("cf-kind").text(v.kind().id());
            Element line = tr.appendElement("td").addClass("cf-line");
            if (v.line() > 0) {
                tr.attr("data-line", String.valueOf(v.line()));
                line.text(t("html.line", "line", v.line()));
                String excerpt = report == null ? "" : sourceExcerpt(report, v.line());
                if (!excerpt.isEmpty()) {
                    line.attr("title", report.source() + ":" + v.line() + excerpt);
                }
            }
            Element message = tr.appendElement("td").addClass("cf-message");
            messageIn(message, v, language);
            language.alongside().ifPresent(beneath -> messageIn(message, v, beneath));
            cellList(message, v);
        }
    }

    private void cellList(Element message, Violation v) {
        if (v.cells().isEmpty()) {
            return;
        }
        Element details = message.appendElement("details").addClass("cf-cells");
        details.appendElement("summary").text(t("html.cells", "count", v.cells().size()));
        Element ul = details.appendElement("ul");
        for (CellRef c : v.cells()) {
            String value = c.value() == null ? t("html.missing")
                    : c.value().isBlank() ? blank(c.value().text()) : c.value().text();
            String text = c.label() + " = " + value
                    + (c.expected() != null ? " → " + c.expected().toPlainString() : "")
                    + (c.line() > 0 ? t("html.cells.line", "line", c.line()) : "");
            ul.appendElement("li").text(text);
        }
    }

    // ------------------------------------------------------------------ words

    /** The page's words: the catalogue's {@code key} in the chosen language. */
    private String t(String key, Object... namesAndValues) {
        return language.text(key, namesAndValues);
    }

    private String severityName(Severity s) {
        return t("page.severity." + s.id());
    }

    /** A blank cell, with what was written in it (a dash, a slash) when anything was. */
    private String blank(String written) {
        return written.isEmpty() ? t("html.blank") : t("html.blank.written", "text", written);
    }

    /** A finding's message in one language, as a block marked with that language. */
    private static void messageIn(Element message, Violation v, Language in) {
        message.appendElement("div").addClass("cf-msg-" + in.tag()).attr("lang", in.htmlLang()).text(v.message(in.tag()));
    }

    private static String resource(String name) {
        try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlWriter.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the header under the groups that the rule file declares with {@code spans} (表三's
     * 法人或其他组织 over five columns and 申请人情况 over all, 表四's 行政诉讼 over both litigation
     * groups), innermost first. A group is drawn only when its columns stand side by side.
     */
    private static List<HeaderNode> spanGroups(TableSpec spec, List<HeaderNode> roots) {
        List<HeaderNode> out = new ArrayList<>(roots);
        List<String> groups = new ArrayList<>(spec.spanningGroups());
        groups.sort(java.util.Comparator.comparingInt(g -> spannedColumns(spec, g).size()));
        for (String g : groups) {
            Set<String> columns = spannedColumns(spec, g);
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                List<String> leaves = new ArrayList<>();
                out.get(i).leaves(leaves);
                if (!leaves.isEmpty() && columns.containsAll(leaves)) {
                    members.add(i);
                }
            }
            int first = members.isEmpty() ? -1 : members.get(0);
            if (first < 0 || members.get(members.size() - 1) - first + 1 != members.size()) {
                continue;
            }
            HeaderNode group = new HeaderNode(g, null, spec.groupDisplay(g));
            List<HeaderNode> run = out.subList(first, first + members.size());
            group.children.addAll(run);
            run.clear();
            out.add(first, group);
        }
        return out;
    }

    /** The columns under a group: its id prefix's, or those of its spans, recursively. */
    private static Set<String> spannedColumns(TableSpec spec, String group) {
        Set<String> out = new LinkedHashSet<>();
        spec.columns().stream().map(LabelSpec::id).filter(c -> c.startsWith(group + ".")).forEach(out::add);
        for (String member : spec.spanOf(group)) {
            if (spec.column(member).isPresent()) {
                out.add(member);
            } else if (!member.equals(group)) {
                out.addAll(spannedColumns(spec, member));
            }
        }
        return out;
    }
}
