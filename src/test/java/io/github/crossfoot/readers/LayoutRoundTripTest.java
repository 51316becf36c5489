package io.github.crossfoot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleSet;
import io.github.crossfoot.testing.DocumentRenderer;
import io.github.crossfoot.testing.DocumentRenderer.Layout;
import io.github.crossfoot.testing.DocumentRenderer.Rendered;
import io.github.crossfoot.testing.ReportDocument;
import io.github.crossfoot.testing.ReportGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated consistent reports of both formats, rendered in every layout and document kind with the
 * real libraries (jsoup-readable HTML in UTF-8 and GBK, Apache POI, Apache PDFBox, Commons CSV),
 * read back by {@link ReportReader}: every cell round-trips exactly, on exactly the line the
 * renderer wrote it on (for Word and PDF a line of the extracted text, {@code report.lines()}),
 * and that line shows the value.
 */
class LayoutRoundTripTest {

    private static final RuleSet RULES = RuleSet.standard();
    private static final ReportReader READER = new ReportReader(RULES);
    private static final int REPORTS_PER_LAYOUT = 5;

    /** Findings the PDF reading shows because of a known tokenizer bug (see FixturesTest). */

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            for (String format : List.of(ReportGenerator.FORMAT, ReportGenerator.FORMAT_2019)) {
                for (int k = 0; k < REPORTS_PER_LAYOUT; k++) {
                    out.add(Arguments.of(layout, format, 7_000L + 97L * k + layout.ordinal()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} seed {2}")
    @MethodSource("cases")
    void everyCellRoundTripsWithItsSourceLine(Layout layout, String format, long seed) {
        if (layout == Layout.PDF) {
            Assumptions.assumeTrue(DocumentRenderer.canRenderPdf(),
                    "no CJK font on this machine (apt-get install fonts-wqy-zenhei) to render a PDF");
        }
        Report model = ReportGenerator.generate(seed, format);
        ReportDocument doc = ReportDocument.of(model);
        Rendered rendered = DocumentRenderer.render(doc, layout);
        Report read = READER.read("generated." + layout.extension(), rendered.bytes());

        assertThat(read.format()).isEqualTo(format);
        assertThat(read.agency()).isEqualTo(model.agency());
        assertThat(read.year()).isEqualTo(model.year());
        for (Table t : model.tables().values()) {
            Table back = read.table(t.id()).orElseThrow(() -> new AssertionError("table " + t.id() + " not read"));
            assertThat(back.cells()).as("%s cells", t.id()).hasSameSizeAs(t.cells());
            for (Cell c : t.cells()) {
                Cell got = back.cell(c.row(), c.column())
                        .orElseThrow(() -> new AssertionError(t.id() + c.key() + " not read"));
                assertThat(got.value()).as("%s%s", t.id(), c.key()).isEqualTo(c.value());
                int line = rendered.line(doc.valueCell(new ReportGenerator.CellPos(t.id(), c.row(), c.column())));
                assertThat(got.line()).as("line of %s%s", t.id(), c.key()).isEqualTo(line);
                assertThat(read.lines().get(got.line() - 1)).as("source line of %s%s", t.id(), c.key())
                        .contains(c.value().toString());
            }
        }
        CheckResult result = RULES.check(read);
        List<Violation> findings = result.violations();
        assertThat(findings).as("findings").isEmpty();
    }

    @Test
    void csvLinesStayRightAfterEmptyLinesAndMultiLineFields() {
        String csv = "某某县人民政府2023年政府信息公开工作年度报告\n\n\n二、主动公开政府信息情况\n"
                + "\"第二十条第（一）项\",,,\n信息内容,本年制发件数,本年废止件数,现行有效件数\n"
                + "\"规章\n（含修订）\",1,2,3\n\n行政规范性文件,4,5,6\n";
        Report r = READER.read("t.csv", csv);
        Table t = r.table("proactive").orElseThrow();
        assertThat(t.line()).isEqualTo(4);
        assertThat(t.cell("normative_documents", "issued").orElseThrow().line()).isEqualTo(10);
        assertThat(t.cell("normative_documents", "in_force").orElseThrow().value().toString()).isEqualTo("6");
    }
}
