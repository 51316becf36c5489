package io.github.crossfoot.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.crossfoot.Crossfoot;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.readers.ReportReader;
import io.github.crossfoot.rules.RuleFileException;
import io.github.crossfoot.rules.RuleSet;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of every reader entry point and of the rule-file parser (issue 10). In a normal build
 * they run their seed inputs ({@code src/test/resources/io/github/crossfoot/fuzz/ReaderFuzzTestInputs},
 * made from the fixtures); {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest} fuzzes. Invariants:
 * nothing escapes the public API, and a report whose three tables were not all read never passes.
 */
class ReaderFuzzTest {

    private static final Crossfoot CROSSFOOT = Crossfoot.standardRules();
    private static final ReportReader READER = new ReportReader(CROSSFOOT.rules());
    /** The first byte of an input picks the file name, so every reader is reached. */
    private static final String[] NAMES = {"r.txt", "r.csv", "r.html", "r.pdf", "r.docx", "r.doc", "r.xlsx", "r.md"};

    @FuzzTest(maxDuration = "60s")
    void anyDocumentReadsToAReportThatPassesOnlyWhenItsTablesWereRead(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String name = NAMES[Math.floorMod(input[0], NAMES.length)];
        byte[] bytes = java.util.Arrays.copyOfRange(input, 1, input.length);
        Report report = READER.read(name, bytes);
        CheckResult result = CROSSFOOT.check(report);
        if (result.passed() && report.tables().size() < 3) {
            throw new AssertionError("a report without its three tables passed: " + report.tables().keySet());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyRuleFileCompilesOrIsRefusedWithItsProblems(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            RuleSet.builder().standard().add("fuzz.rules", text).build();
        } catch (RuleFileException e) {
            if (e.problems().isEmpty()) {
                throw new AssertionError("a refused rule file names no problem");
            }
        }
    }
}
