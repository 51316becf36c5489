package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.testing.ProducerCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The producer corpus (issue 9, {@code src/test/resources/producer-corpus/make.sh}): generated
 * reports printed to PDF by headless Chromium, exported to PDF and .doc by LibreOffice, and saved
 * as .xlsx and .xls by LibreOffice Calc. Every cell reads
 * back with its value, on a line of its page that shows it, and the report has no finding beyond
 * the blank cells the document holds.
 */
class ProducerCorpusTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);
    private static final Path DIR = Path.of("src/test/resources/producer-corpus");

    private static final java.util.concurrent.atomic.AtomicInteger CELLS = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger DOCUMENTS = new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void count() {
        System.out.println("Producer corpus: " + DOCUMENTS.get() + " documents read exactly, " + CELLS.get() + " cells");
    }

    static Stream<String> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".sh")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyCellReadsBackOnItsPage(String name) throws IOException {
        ProducerCorpus.Built built = ProducerCorpus.build(ProducerCorpus.of(name));
        Report expected = built.expected();
        Report read = READER.read(name, Files.readAllBytes(DIR.resolve(name)));
        CheckResult result = RULES.check(read);
        List<String> wrong = new ArrayList<>();
        for (Table t : expected.tables().values()) {
            Table back = read.table(t.id()).orElse(null);
            for (Cell c : t.cells()) {
                Cell got = back == null ? null : back.cell(c.row(), c.column()).orElse(null);
                if (got == null) {
                    wrong.add(t.id() + c.key() + " not read");
                } else if (!got.value().equals(c.value())) {
                    wrong.add(t.id() + c.key() + " read as '" + got.value() + "', is '" + c.value() + "'");
                } else if (!read.lines().get(got.line() - 1).contains(c.value().toString())) {
                    wrong.add(t.id() + c.key() + " line " + got.line() + " does not show " + c.value());
                } else if (name.endsWith(".pdf") && page(read, got.line()) < 1) {
                    wrong.add(t.id() + c.key() + " line " + got.line() + " is on no page");
                } else if (name.endsWith(".pdf") && !name.contains("-unruled-")
                        && !read.lines().get(got.line() - 1).contains("\t")) {
                    // Every table row of the ruled PDFs is rebuilt from the rulings: one line, cells parted by
                    // tabs. The unruled ones are read from the text's positions (stream mode).
                    wrong.add(t.id() + c.key() + " line " + got.line() + " was read from the text flow, not the grid");
                }
            }
        }
        if (name.endsWith(".pdf")) {
            wrong.addAll(boxesShowTheirValues(read, Files.readAllBytes(DIR.resolve(name))));
        }
        assertThat(wrong).as("%s: cells", name).isEmpty();
        assertThat(read.agency()).as("%s: body", name).isEqualTo(expected.agency());
        assertThat(read.year()).as("%s: year", name).isEqualTo(expected.year());
        CELLS.addAndGet(expected.tables().values().stream().mapToInt(t -> t.cells().size()).sum());
        DOCUMENTS.incrementAndGet();
        List<Violation> findings = result.violations().stream()
                .filter(v -> v.severity() != Severity.INFO && !v.rule().equals("table.blank-cells")
                        && !v.rule().equals("read.cell-value"))
                .toList();
        assertThat(findings).as("%s: findings", name).isEmpty();
    }

    /**
     * Every cell read from a PDF has its page and rectangle, on the page its line is on, and the
     * text that PDFBox finds inside that rectangle (a stripper by area, independent of the reader)
     * shows the cell's value.
     */
    private static List<String> boxesShowTheirValues(Report read, byte[] pdf) throws IOException {
        List<String> wrong = new ArrayList<>();
        java.util.Map<Integer, List<Cell>> byPage = new java.util.TreeMap<>();
        for (Table t : read.tables().values()) {
            for (Cell c : t.cells()) {
                if (c.where().isEmpty()) {
                    wrong.add(t.id() + c.key() + " has no page and box");
                } else if (c.box().page() != page(read, c.line())) {
                    wrong.add(t.id() + c.key() + " box on page " + c.box().page() + ", line on page " + page(read, c.line()));
                } else if (!c.value().text().isBlank()) {
                    byPage.computeIfAbsent(c.box().page(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (java.util.Map.Entry<Integer, List<Cell>> e : byPage.entrySet()) {
                org.apache.pdfbox.text.PDFTextStripperByArea area = new org.apache.pdfbox.text.PDFTextStripperByArea();
                List<Cell> cells = e.getValue();
                for (int k = 0; k < cells.size(); k++) {
                    io.github.crossfoot.model.Box b = cells.get(k).box();
                    area.addRegion("c" + k, new java.awt.geom.Rectangle2D.Float(b.x1() - 1, b.y1() - 1,
                            b.x2() - b.x1() + 2, b.y2() - b.y1() + 2));
                }
                area.extractRegions(doc.getPage(e.getKey() - 1));
                for (int k = 0; k < cells.size(); k++) {
                    Cell c = cells.get(k);
                    String inside = area.getTextForRegion("c" + k).replaceAll("\\s", "");
                    if (!inside.contains(c.value().text().replaceAll("\\s", ""))) {
                        wrong.add(c.key() + " '" + c.value().text() + "': its box " + c.box() + " shows '" + inside + "'");
                    }
                }
            }
        }
        return wrong;
    }

    /** The page a line of the extracted text is on: the nearest page marker above it. */
    private static int page(Report report, int line) {
        for (int k = line - 1; k >= 0; k--) {
            String l = report.lines().get(k);
            if (l.startsWith("[第") && l.contains(" page ")) {
                return Integer.parseInt(l.substring(l.indexOf(" page ") + 6, l.length() - 1));
            }
        }
        return 0;
    }
}
