package io.github.crossfoot.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.CheckResult;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.RuleFileException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Broken rule files must be reported as {@code file:line:col: what is wrong}, pointing at the exact
 * token; working user files must extend the standard format. Each rule file is built line by line,
 * so the line numbers in the assertions are the indexes of the {@link #file} arguments (1-based).
 */
class RuleFileErrorsTest {

    private static final String USER_FILE = "my.rules";

    /** Joins the lines of a rule file with {@code \n}. */
    private static String file(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Loads {@code text} after the standard files and returns the problems it must cause. */
    private static List<Problem> problemsWithStandard(String text) {
        return problems(RuleSet.builder().standard().add(USER_FILE, text));
    }

    /** Loads {@code text} on its own (a self-contained format) and returns its problems. */
    private static List<Problem> problemsAlone(String text) {
        return problems(RuleSet.builder().add(USER_FILE, text));
    }

    private static List<Problem> problems(RuleSet.Builder builder) {
        RuleFileException e = catchThrowableOfType(RuleFileException.class, builder::build);
        assertThat(e).as("the rule file should be rejected").isNotNull();
        assertThat(e.problems()).isNotEmpty();
        // The exception message is the list of problems, one per line, as the CLI prints it.
        assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems().stream().map(Problem::toString).toList()));
        return e.problems();
    }

    /** Asserts exactly one problem, at {@code line:column} of {@code file}, whose message has all {@code words}. */
    private static void assertOnly(List<Problem> problems, String file, int line, int column, String... words) {
        assertThat(problems).hasSize(1);
        assertProblem(problems.get(0), file, line, column, words);
    }

    private static void assertOnly(List<Problem> problems, int line, int column, String... words) {
        assertOnly(problems, USER_FILE, line, column, words);
    }

    private static void assertProblem(Problem p, String file, int line, int column, String... words) {
        assertThat(p.file()).as("file of %s", p).isEqualTo(file);
        assertThat(p.line()).as("line of %s", p).isEqualTo(line);
        assertThat(p.column()).as("column of %s", p).isEqualTo(column);
        assertThat(p.message()).as("message of %s", p).contains(words);
        assertThat(p.toString()).isEqualTo(file + ":" + line + ":" + column + ": " + p.message());
    }

    // ====================================================================== lexical and syntax errors

    @Nested
    class Syntax {

        @Test
        void fileWithoutFormatHeader() {
            List<Problem> p = problemsWithStandard(file(
                    "# 我单位自己的规则",
                    "",
                    "rule applications.x {",
                    "  table applications",
                    "  check [new, total] >= 0",
                    "}"));
            assertOnly(p, 3, 1, "starts with 'format ID'", "'rule'");
        }

        @Test
        void emptyFileNeedsFormatHeaderToo() {
            assertOnly(problemsWithStandard("# nothing but a comment\n"), 2, 1, "format ID", "end of file");
        }

        @Test
        void curlyQuotesAroundALabel() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "rule applications.x {",
                    "  title “予以公开”",
                    "  table applications",
                    "  check [new, total] >= 0",
                    "}"));
            assertOnly(p, 4, 9, "unexpected character '“'", "straight quotes");
        }

        @Test
        void otherUnknownCharacter() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  check [new, total] * 2 >= 0",
                    "}"));
            assertOnly(p, 4, 22, "unexpected character '*'");
        }

        @Test
        void unclosedStringPointsAtItsOpeningQuote() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "rule applications.x {",
                    "  title    \"予以公开 ≤ 本年新收 + 上年结转",
                    "  table    applications",
                    "  check [new, total] >= 0",
                    "}"));
            assertOnly(p, 4, 12, "string is not closed");
        }

        @Test
        void unclosedStringAtEndOfFile() {
            assertOnly(problemsWithStandard("format gov-2021 \"abc"), 1, 17, "string is not closed");
        }

        @Test
        void unknownEscapeInString() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  title \"a\\nb\"",
                    "  table applications",
                    "  check [new, total] >= 0",
                    "}"));
            assertOnly(p, 3, 11, "unknown escape '\\n'");
        }

        @Test
        void unknownStatementInATable() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "table extra \"五、其他情况\" {",
                    "  column total \"总计\"",
                    "  colum other \"其他\"",
                    "  row all",
                    "}"));
            assertOnly(p, 5, 3, "expected 'heading', 'note', 'group', 'column', 'row', 'corner', 'caption', 'carry', 'stock', 'quantity', 'mostly-blank' or '}'", "found 'colum'");
        }

        @Test
        void columnWithoutLabel() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "table extra \"五、其他情况\" {",
                    "  column total",
                    "  row all",
                    "}"));
            assertOnly(p, 4, 3, "column's label", "'row'");
        }

        @Test
        void tableWithoutTitle() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "table extra {",
                    "  column total \"总计\"",
                    "}"));
            assertOnly(p, 2, 13, "printed title", "quoted string", "'{'");
        }

        @Test
        void unknownStatementInARule() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  tabel applications",
                    "  check [new, total] >= 0",
                    "}"));
            assertOnly(p, 3, 3, "expected 'title', 'severity', 'table', 'for each', 'check', 'message' or '}'",
                    "'tabel'");
        }

        @Test
        void unknownStatementInTheFormatBody() {
            List<Problem> p = problemsAlone(file(
                    "format local \"本地格式\" {",
                    "  year 2021",
                    "}"));
            assertOnly(p, 2, 3, "expected 'basis', 'years', 'marker' or '}'", "'year'");
        }

        @Test
        void yearsMustBeWholeNumbers() {
            List<Problem> p = problemsAlone(file(
                    "format local {",
                    "  years 2021.5",
                    "}"));
            assertOnly(p, 2, 9, "first year", "whole number", "'2021.5'");
        }

        @Test
        void unknownStatementAtTopLevel() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "check [new, total] >= 0"));
            assertOnly(p, 3, 1, "expected 'table', 'rule', 'section' or 'statement'", "'check'");
        }

        @Test
        void secondFormatInTheSameFile() {
            List<Problem> p = problemsAlone(file(
                    "format a {",
                    "}",
                    "format b {",
                    "}"));
            assertOnly(p, 3, 1, "only one 'format' per file");
        }

        @Test
        void ruleWithoutCheckPointsAtItsClosingBrace() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "rule applications.no-check {",
                    "  title \"没有 check 的规则\"",
                    "  table applications",
                    "}"));
            assertOnly(p, 6, 1, "rule 'applications.no-check' has no 'check'");
        }

        @Test
        void ruleWithTwoChecks() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  check [new, total] >= 0",
                    "  check [carried_over, total] >= 0",
                    "}"));
            assertOnly(p, 5, 3, "a rule has one 'check'");
        }

        @Test
        void messageWithoutALanguageTag() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  check [new, total] >= 0",
                    "  message \"non\"",
                    "}"));
            assertOnly(p, 5, 11, "expected a language tag (zh, en, fr, …) after 'message'", "string");
        }

        @Test
        void aMessageInOneLanguageTwice() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  check [new, total] >= 0",
                    "  message fr \"non\"",
                    "  message FR \"non\"",
                    "}"));
            assertOnly(p, 6, 3, "'message' is given twice");
        }

        @Test
        void unknownQuantifier() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each line r",
                    "  check [r, total] >= 0",
                    "}"));
            assertOnly(p, 4, 12, "expected 'row', 'column', 'cell' or 'group' after 'for each'", "'line'");
        }

        @Test
        void variableNameWithADot() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each row r.x",
                    "  check [r, total] >= 0",
                    "}"));
            assertOnly(p, 4, 16, "variable name cannot contain '.'", "r.x");
        }

        @Test
        void missingComparison() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  check [new, total] + [carried_over, total]",
                    "}"));
            assertOnly(p, 5, 1, "expected a comparison (=, !=, <, <=, >, >=)", "'}'");
        }

        @Test
        void isIntegerNeedsTheWordInteger() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each cell x",
                    "  check x is whole",
                    "}"));
            assertOnly(p, 5, 14, "expected 'integer' after 'is'", "'whole'");
        }

        @Test
        void cellWithoutComma() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  check [new total] >= 0",
                    "}"));
            assertOnly(p, 4, 14, "expected ','", "'total'");
        }

        @Test
        void syntaxErrorStopsTheParseSoOnlyTheFirstIsReported() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  tabel applications",
                    "  chek [new, total] >= 0",
                    "}"));
            assertOnly(p, 3, 3, "'tabel'");
        }

        @Test
        void byteOrderMarkAndFullWidthSpacesAreIgnored() {
            RuleSet rules = RuleSet.builder().standard().add(USER_FILE, "\uFEFFformat gov-2021\n"
                    + "rule\u3000applications.ok {\u00a0table applications check [new, total] >= 0 }\n").build();
            assertThat(rules.format("gov-2021").orElseThrow().rules())
                    .extracting(RuleSpec::id).contains("applications.ok");
        }
    }

    // ====================================================================== name and meaning errors

    // ====================================================================== layout, across-year and prose declarations

    @Nested
    class Declarations {

        /** A small self-contained format; {@code extra} lines go into its table (from line 9 on). */
        private List<Problem> tableWith(String... extra) {
            String[] head = {
                "format t-1 {",
                "}",
                "table t \"一、表\" {",
                "  column a \"甲\"",
                "  column b \"乙\"",
                "  row x \"子\"",
                "  row y \"丑\" columns (a)",
                "  row z \"寅\""};
            String[] all = new String[head.length + extra.length + 1];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(extra, 0, all, head.length, extra.length);
            all[all.length - 1] = "}";
            return problemsAlone(file(all));
        }

        @Test
        void aSpanNamesAnUnknownColumn() {
            assertOnly(tableWith("  group g \"组\" spans (a .. c)"), 9, 27, "unknown column or group 'c'");
        }

        @Test
        void aCaptionNamesAnUnknownRow() {
            assertOnly(tableWith("  caption \"第一项\" rows (x, w)"), 9, 26, "unknown row 'w'");
        }

        @Test
        void aCarryNeedsRowsWithTheSameColumns() {
            assertOnly(tableWith("  carry x to y"), 9, 3, "'carry x to y' needs two rows with the same columns",
                    "[a, b] and [a]");
        }

        @Test
        void aStockNeedsItsCellsOnEveryRow() {
            assertOnly(tableWith("  stock b adds a removes a rows (x, y)"), 9, 9, "table 't' has no cell [y, b]");
        }

        @Test
        void aQuantityIsASumOfCellsOnly() {
            assertOnly(tableWith("  quantity q = [x, a] - [x, b]"), 9, 16, "quantity 'q' must be a sum of cells");
            assertOnly(tableWith("  quantity q = [x, a] + 1"), 9, 16, "quantity 'q' must be a sum of cells");
        }

        @Test
        void aQuantityNamesCellsOfTheTable() {
            assertOnly(tableWith("  quantity q = [y, b]"), 9, 16, "table 't' has no cell [y, b]");
        }

        @Test
        void aQuantityIsDeclaredOnce() {
            assertOnly(tableWith("  quantity q = [x, a]", "  quantity q = [z, a]"), 10, 12,
                    "quantity 'q' is declared twice");
        }

        @Test
        void oneCornerPerTable() {
            assertOnly(tableWith("  corner \"左上\"", "  corner \"又一\""), 10, 3, "only one 'corner' per table");
        }

        @Test
        void aQuantityWithoutLabelIsLabelledByItsCells() {
            RuleSet rules = RuleSet.builder().add(USER_FILE, file("format t-1 {", "}", "table t \"一、表\" {",
                    "  column a \"甲\"", "  row x \"子\"", "  row z \"寅\"", "  quantity q = [x, a] + [z, a]",
                    "}")).build();
            TableSpec.Quantity q = rules.format("t-1").orElseThrow().table("t").orElseThrow().quantities().get("q");
            assertThat(q.label()).isEqualTo("子 / 甲 + 寅 / 甲");
            assertThat(q.cells()).containsExactly(new TableSpec.Position("x", "a"), new TableSpec.Position("z", "a"));
        }
    }

    // ====================================================================== sections, statements, mostly-blank

    @Nested
    class SectionsAndStatements {

        @Test
        void unknownStatementInASection() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "section annex \"七、附件\" {",
                    "  tabel proactive",
                    "}"));
            assertOnly(p, 3, 3, "expected 'heading', 'table' or '}'", "found 'tabel'");
        }

        @Test
        void aSectionNamesAnUnknownTable() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "section annex \"七、附件\" {",
                    "  table proactiv",
                    "}"));
            assertOnly(p, 3, 9, "unknown table 'proactiv'", "did you mean 'proactive'?");
        }

        @Test
        void aTableIsTheContentOfOneSectionOnly() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "section annex \"七、附件\" { table reviews }"));
            assertOnly(p, 2, 30, "table 'reviews' is already the content of section 'reviews'");
        }

        @Test
        void aSectionIsDeclaredOnceInAFormat() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "section other \"七、其他\" {",
                    "}"));
            assertOnly(p, 3, 9, "section 'other' is already declared in format 'gov-2021'");
        }

        @Test
        void anEmptyHeadingWouldMatchEveryLine() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "section annex \"七、附件\" {",
                    "  heading \"\"",
                    "}"));
            assertOnly(p, 3, 11, "a section heading cannot be empty");
        }

        @Test
        void aTableTwiceInASectionIsASyntaxError() {
            List<Problem> p = problemsAlone(file(
                    "format t-1 {",
                    "}",
                    "table a \"一、甲\" { column x \"子\" row y \"丑\" }",
                    "section s \"一、甲\" { table a table a }"));
            assertOnly(p, 4, 27, "'table' is given twice in this section");
        }

        @Test
        void aStatementNeedsItsSectionAndPhrases() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "statement plan {",
                    "  title \"说明政务公开工作要点的落实情况\"",
                    "}"));
            assertThat(p).extracting(Problem::line, Problem::column, Problem::message).containsExactly(
                    tuple(3, 1, "statement 'plan' needs 'section ID': the section that must make it"),
                    tuple(3, 1, "statement 'plan' needs 'any \"…\"': the phrases that make it"));
        }

        @Test
        void aStatementNamesAKnownSectionWithSuggestion() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "statement plan {",
                    "  section othr",
                    "  any \"工作要点\"",
                    "}"));
            assertOnly(p, 3, 11, "unknown section 'othr'", "did you mean 'other'?");
        }

        @Test
        void anEmptyPhraseIsFoundInEveryText() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "statement plan {",
                    "  section other",
                    "  any \"工作要点\" \"\"",
                    "}"));
            assertOnly(p, 4, 14, "a phrase cannot be empty");
        }

        @Test
        void aStatementsMessageTakesItsOwnPlaceholders() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "statement plan {",
                    "  section other",
                    "  any \"工作要点\"",
                    "  message zh \"{sectoin}没有说明{title}。\"",
                    "}"));
            assertOnly(p, 5, 15, "unknown placeholder {sectoin}", "allowed here: statement, title, basis, section,"
                    + " section.id, line, searched");
        }

        @Test
        void aStatementHasOneSeverityOfThree() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "statement plan {",
                    "  severity warn",
                    "  section other",
                    "  any \"工作要点\"",
                    "}"));
            assertOnly(p, 3, 12, "unknown severity 'warn'; use error, warning or info");
        }

        @Test
        void aStatementGivesItsPhrasesOnce() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "statement plan {",
                    "  section other",
                    "  any \"工作要点\"",
                    "  any \"要点\"",
                    "}"));
            assertOnly(p, 5, 3, "'any' is given twice in this statement");
        }

        @Test
        void aStatementIdIsDeclaredOnceInAFormat() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "statement fee-collected {",
                    "  section other",
                    "  any \"费\"",
                    "}"));
            assertOnly(p, 2, 11, "statement 'fee-collected' is already declared in format 'gov-2021'");
        }

        @Test
        void mostlyBlankIsAWholePercentageFromOneToAHundred() {
            String[] head = {"format t-1 {", "}", "table t \"一、表\" {", "  column a \"甲\"", "  row x \"子\""};
            assertOnly(problemsAlone(file(concat(head, "  mostly-blank 150%", "}"))), 6, 16,
                    "'mostly-blank' takes a share of the cells from 1% to 100%, found 150%");
            assertOnly(problemsAlone(file(concat(head, "  mostly-blank 0%", "}"))), 6, 16, "found 0%");
            assertOnly(problemsAlone(file(concat(head, "  mostly-blank 80.5%", "}"))), 6, 16, "a percentage",
                    "whole number", "'80.5'");
            assertOnly(problemsAlone(file(concat(head, "  mostly-blank 80", "}"))), 7, 1, "expected '%'", "'}'");
            assertOnly(problemsAlone(file(concat(head, "  mostly-blank 80%", "  mostly-blank 90%", "}"))), 7, 3,
                    "only one 'mostly-blank' per table");
        }

        private static String[] concat(String[] head, String... more) {
            return Stream.concat(Stream.of(head), Stream.of(more)).toArray(String[]::new);
        }

        @Test
        void aStatementWithoutBasisOrMessagesIsReportedInTheCatalogueWording() throws IOException {
            RuleSet rules = RuleSet.builder().standard().add(USER_FILE, file(
                    "format gov-2021",
                    "statement innovation {",
                    "  section other",
                    "  any \"创新\"",
                    "}")).build();
            String seed;
            try (java.io.InputStream in = getClass().getResourceAsStream("/seeds/001_cff84b0da7bd01e8.txt")) {
                seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            CheckResult r = rules.check(new io.github.crossfoot.readers.ReportReader(rules).read("001.txt", seed));
            assertThat(r.violations("statement.missing")).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.WARNING);
                assertThat(v.messageZh()).isEqualTo("「六、其他需要报告的事项」（第98行起）没有innovation：未找到“创新”中的任何一个。");
                assertThat(v.messageEn()).isEqualTo("Section '六、其他需要报告的事项' (other), from line 98, does not state "
                        + "innovation: none of '创新' was found.");
            });
        }

        @Test
        void aUserFileAddsASectionAndAStatementTheChecksThenMake() throws IOException {
            RuleSet rules = RuleSet.builder().standard().add(USER_FILE, file(
                    "format gov-2021",
                    "section annex \"七、附件\" {",
                    "  heading \"附件\"",
                    "}",
                    "statement plan {",
                    "  title    \"说明落实上级年度政务公开工作要点的情况\"",
                    "  basis    \"本地通知\"",
                    "  severity info",
                    "  section  other",
                    "  any      \"工作要点\"",
                    "}")).build();
            FormatSpec f = rules.format("gov-2021").orElseThrow();
            assertThat(f.sections()).extracting(SectionSpec::id).endsWith("other", "annex");
            assertThat(f.statements()).extracting(StatementSpec::id, StatementSpec::file, StatementSpec::line)
                    .containsExactly(tuple("fee-collected", "rules/gov-2021.rules", 203), tuple("plan", USER_FILE, 5));
            String seed;
            try (java.io.InputStream in = getClass().getResourceAsStream("/seeds/001_cff84b0da7bd01e8.txt")) {
                seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            CheckResult r = rules.check(new io.github.crossfoot.readers.ReportReader(rules).read("001.txt", seed));
            assertThat(r.violations()).filteredOn(v -> v.rule().startsWith("structure.") || v.rule().startsWith("statement."))
                    .extracting(Violation::rule, Violation::severity, Violation::line, Violation::messageZh)
                    .containsExactly(
                            tuple("structure.section-missing", Severity.ERROR, 100,
                                    "缺少「七、附件」：未找到该部分的标题，按格式它应在「六、其他需要报告的事项」（第98行起）之后。"),
                            tuple("statement.missing", Severity.INFO, 98,
                                    "「六、其他需要报告的事项」（第98行起）没有说明落实上级年度政务公开工作要点的情况：未找到“工作要点”中的任何一个。"
                                            + "依据：本地通知。"));
        }
    }

    @Nested
    class Names {

        @Test
        void unknownSeverity() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "rule proactive.fees {",
                    "  severity warn",
                    "  table    proactive",
                    "  check [fees, amount_10k_yuan] >= 0",
                    "}"));
            assertOnly(p, 4, 12, "unknown severity 'warn'", "error, warning or info");
        }

        @Test
        void ruleWithoutTable() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "rule applications.x {",
                    "  check [new, total] >= 0",
                    "}"));
            assertOnly(p, 3, 1, "rule 'applications.x' needs 'table ID'");
        }

        @Test
        void unknownTableWithSuggestion() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "rule applications.x {",
                    "  table application",
                    "  check [new, total] >= 0",
                    "}"));
            assertOnly(p, 4, 9, "unknown table 'application'", "did you mean 'applications'?");
        }

        @Test
        void unknownRowInsideBracketsWithSuggestion() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each column c",
                    "  check [handled.disclosed, c] <= [new, c] + [carried_ovr, c]",
                    "}"));
            assertOnly(p, 5, 47, "unknown row 'carried_ovr' in table 'applications'",
                    "did you mean 'carried_over'?");
        }

        @Test
        void unknownColumnInsideBracketsWithSuggestion() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each row r",
                    "  check [r, totl] >= 0",
                    "}"));
            assertOnly(p, 5, 13, "unknown column 'totl' in table 'applications'", "did you mean 'total'?");
        }

        @Test
        void unknownNameWithoutCloseMatchHasNoSuggestion() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  check [new, xyzzy_column] >= 0",
                    "}"));
            assertOnly(p, 4, 15, "unknown column 'xyzzy_column'");
            assertThat(p.get(0).message()).doesNotContain("did you mean");
        }

        @Test
        void unknownNameBuiltFromAGroupVariableNamesBoth() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule reviews.x {",
                    "  table reviews",
                    "  for each group g in (reconsideration)",
                    "  check [all, g.totl] >= 0",
                    "}"));
            assertOnly(p, 5, 15, "unknown column 'reconsideration.totl' (from g.totl)",
                    "did you mean 'reconsideration.total'?");
        }

        @Test
        void cellNotDeclaredInASparseRow() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "rule proactive.licensing {",
                    "  table proactive",
                    "  check [licensing, issued] >= 0",
                    "}"));
            assertOnly(p, 5, 9, "table 'proactive' has no cell [licensing, issued]",
                    "row 'licensing' has columns [decisions]");
        }

        @Test
        void reversedSumRange() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.reversed {",
                    "  table applications",
                    "  for each column c",
                    "  check [handled.total, c] = sum[handled.other.other .. handled.disclosed, c]",
                    "}"));
            assertOnly(p, 5, 34, "range handled.other.other .. handled.disclosed is reversed",
                    "'handled.disclosed' comes before 'handled.other.other'");
        }

        @Test
        void unknownEndOfSumRange() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each row r",
                    "  check [r, total] = sum[r, natural_person .. other_og]",
                    "}"));
            assertOnly(p, 5, 47, "unknown column 'other_og'", "did you mean 'other_org'?");
        }

        @Test
        void unknownGroupInForEachGroup() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "rule reviews.groups {",
                    "  table reviews",
                    "  for each group g in (reconsideration, litigation_drect)",
                    "  check [all, g.total] >= 0",
                    "}"));
            assertOnly(p, 5, 41, "unknown group 'litigation_drect' in table 'reviews'",
                    "did you mean 'litigation_direct'?");
        }

        @Test
        void variableClashingWithARowId() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "rule applications.clash {",
                    "  table applications",
                    "  for each row new",
                    "  check [new, total] >= 0",
                    "}"));
            assertOnly(p, 5, 16, "variable 'new' has the same name as a row, column or group",
                    "table 'applications'");
        }

        @Test
        void variableClashingWithTheFirstPartOfAGroupId() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.clash {",
                    "  table applications",
                    "  for each column handled",
                    "  check [new, handled] >= 0",
                    "}"));
            assertOnly(p, 4, 19, "variable 'handled' has the same name");
        }

        @Test
        void variableBoundTwice() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each row r",
                    "  for each column r",
                    "  check [r, r] >= 0",
                    "}"));
            assertOnly(p, 5, 19, "variable 'r' is bound twice");
        }

        @Test
        void cellVariableInsideBrackets() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each cell x",
                    "  check [x, total] >= 0",
                    "}"));
            assertOnly(p, 5, 10, "'x' is a cell variable", "not inside [ , ]");
        }

        @Test
        void unboundNameUsedAsACell() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  check y is integer",
                    "}"));
            assertOnly(p, 4, 9, "'y' is not a cell variable", "for each cell y");
        }

        @Test
        void rowVariableUsedAsACell() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each row r",
                    "  check r >= 0",
                    "}"));
            assertOnly(p, 5, 9, "'r' is not a cell variable", "write a cell as [row, column]");
        }

        @Test
        void unknownCellInExcept() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule proactive.x {",
                    "  table proactive",
                    "  for each cell x except [fees, issued]",
                    "  check x >= 0",
                    "}"));
            assertOnly(p, 4, 26, "table 'proactive' has no cell [fees, issued]");
        }

        @Test
        void unknownRowInExcept() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each row r except carried_forward, handled.totl",
                    "  check [r, total] >= 0",
                    "}"));
            assertOnly(p, 4, 42, "unknown row 'handled.totl'", "did you mean 'handled.total'?");
        }

        @Test
        void unknownPlaceholderPointsInsideTheString() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each column c",
                    "  check [handled.disclosed, c] <= [new, c] + [carried_over, c]",
                    "  message zh \"表三「{c}」列：予以公开 {left} 超过 {rihgt}。\"",
                    "}"));
            // the string opens at column 14; {rihgt} is its 25th character
            assertOnly(p, 6, 39, "unknown placeholder {rihgt}", "allowed here:", "left", "right",
                    "difference", "rule", "title", "c, c.id");
        }

        @Test
        void unknownVariablePlaceholderInTheEnglishMessage() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each row r",
                    "  check [r, total] >= 0",
                    "  message en \"row {r.id}, column {c.id}\"",
                    "}"));
            assertOnly(p, 6, 34, "unknown placeholder {c.id}", "r, r.id");
        }

        @Test
        void valuePlaceholderNeedsACellVariable() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each row r",
                    "  check [r, total] >= 0",
                    "  message zh \"{value}\"",
                    "}"));
            assertOnly(p, 6, 15, "unknown placeholder {value}");
            assertThat(p.get(0).message()).doesNotContain("value,");
        }

        @Test
        void duplicateRuleIdAcrossFiles() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "",
                    "rule applications.balance {",
                    "  table applications",
                    "  check [new, total] >= 0",
                    "}"));
            assertOnly(p, 3, 6, "rule 'applications.balance' is already declared in format 'gov-2021'");
        }

        @Test
        void duplicateRuleIdInOneFile() {
            List<Problem> p = problemsAlone(file(
                    "format local {",
                    "}",
                    "table t \"表\" {",
                    "  column a \"甲\"",
                    "  row r \"行\"",
                    "}",
                    "rule t.x {",
                    "  table t",
                    "  check [r, a] >= 0",
                    "}",
                    "rule t.x {",
                    "  table t",
                    "  check [r, a] <= 9",
                    "}"));
            assertOnly(p, 11, 6, "rule 't.x' is already declared in format 'local'");
        }

        @Test
        void redeclaringAStandardTable() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "table applications \"三、收到和处理政府信息公开申请情况\" {",
                    "  column total \"总计\"",
                    "  row new \"一、本年新收政府信息公开申请数量\"",
                    "}"));
            assertOnly(p, 2, 7, "table 'applications' is already declared in format 'gov-2021'");
        }

        @Test
        void formatDeclaredTwice() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021 \"我的格式\" {",
                    "  years 2021 ..",
                    "}"));
            assertOnly(p, 1, 8, "format 'gov-2021' is already declared at rules/gov-2021.rules:7",
                    "without a body");
        }

        @Test
        void formatDeclaredTwiceAcrossUserFiles() {
            String local = file("format local {", "}");
            List<Problem> p = problems(RuleSet.builder().add("a.rules", local).add("b.rules", local));
            assertOnly(p, "b.rules", 1, 8, "format 'local' is already declared at a.rules:1");
        }

        @Test
        void unknownFormatWithoutBody() {
            List<Problem> p = problemsWithStandard(file(
                    "format nope",
                    "",
                    "rule x.y {",
                    "  table t",
                    "  check 1 = 1",
                    "}"));
            assertOnly(p, 1, 8, "unknown format 'nope'", "known formats:", "gov-2021", "declare it with a body");
        }

        @Test
        void tableDeclarationErrors() {
            List<Problem> p = problemsAlone(file(
                    "format local {",                                  // 1
                    "}",                                               // 2
                    "table t \"表\" {",                                // 3
                    "  group g \"组\"",                                // 4
                    "  group g \"组\"",                                // 5
                    "  column a \"甲\"",                               // 6
                    "  column a \"甲\"",                               // 7
                    "  row r \"行\" columns (a, bb)",                  // 8
                    "  row r \"行\"",                                  // 9
                    "}",                                               // 10
                    "table empty \"空表\" {",                          // 11
                    "}"));                                             // 12
            assertThat(p).extracting(Problem::line, Problem::column).containsExactlyInAnyOrder(
                    tuple(5, 9), tuple(7, 10), tuple(9, 7), tuple(8, 25), tuple(11, 7), tuple(11, 7));
            assertThat(p).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("group 'g' is declared twice"))
                    .anySatisfy(m -> assertThat(m).contains("column 'a' is declared twice"))
                    .anySatisfy(m -> assertThat(m).contains("row 'r' is declared twice"))
                    .anySatisfy(m -> assertThat(m).contains("row 'r' lists unknown column 'bb'"))
                    .anySatisfy(m -> assertThat(m).contains("table 'empty' declares no column"))
                    .anySatisfy(m -> assertThat(m).contains("table 'empty' declares no row"));
        }

        @Test
        void severalErrorsInOneFileAreReportedTogether() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",                                                     // 1
                    "",                                                                    // 2
                    "rule applications.disclosed-max {",                                   // 3
                    "  severity warning",                                                  // 4
                    "  table    applications",                                             // 5
                    "  for each column c",                                                 // 6
                    "  check [handled.disclosed, c] <= [new, c] + [carried_ovr, c]",      // 7
                    "  message zh \"表三「{c}」列：予以公开 {left} 超过 {rihgt}。\"",       // 8
                    "}",                                                                   // 9
                    "",                                                                    // 10
                    "rule proactive.fees {",                                               // 11
                    "  severity warn",                                                     // 12
                    "  table proactive",                                                   // 13
                    "  check [fees, amount_10k_yuan] >= 0",                                // 14
                    "}",                                                                   // 15
                    "",                                                                    // 16
                    "rule applications.new {",                                             // 17
                    "  table application",                                                 // 18
                    "  check [new, total] >= 0",                                           // 19
                    "}",                                                                   // 20
                    "",                                                                    // 21
                    "rule applications.balance {",                                         // 22
                    "  table applications",                                                // 23
                    "  check [new, total] >= 0",                                           // 24
                    "}"));                                                                 // 25
            assertThat(p).extracting(Problem::file, Problem::line, Problem::column).containsExactlyInAnyOrder(
                    tuple(USER_FILE, 7, 47),
                    tuple(USER_FILE, 8, 39),
                    tuple(USER_FILE, 12, 12),
                    tuple(USER_FILE, 18, 9),
                    tuple(USER_FILE, 22, 6));
            assertThat(String.join("\n", p.stream().map(Problem::toString).toList()))
                    .contains("my.rules:7:47: unknown row 'carried_ovr'")
                    .contains("my.rules:8:39: unknown placeholder {rihgt}")
                    .contains("my.rules:12:12: unknown severity 'warn'")
                    .contains("my.rules:18:9: unknown table 'application'")
                    .contains("my.rules:22:6: rule 'applications.balance' is already declared");
        }

        @Test
        void anErrorInARepeatedInstanceIsReportedOnce() {
            // for each row r expands to 29 instances; the unknown column is the same in each
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each row r",
                    "  check [r, totl] >= 0",
                    "}"));
            assertThat(p).hasSize(1);
        }

        @Test
        void theFirstBrokenFileStopsTheLoad() {
            List<Problem> p = problems(RuleSet.builder().standard()
                    .add("first.rules", file("format gov-2021", "rule a.b { table nope check 1 = 1 }"))
                    .add("second.rules", file("format nope")));
            assertOnly(p, "first.rules", 2, 18, "unknown table 'nope'");
        }

        @Test
        void selfContainedFormatErrorsAreLocatedToo() {
            List<Problem> p = problemsAlone(file(
                    "format local \"本地报表\" {",
                    "  years 2024",
                    "}",
                    "table t \"一、本地表\" {",
                    "  column a \"甲\"",
                    "  column b \"乙\"",
                    "  row r \"行\"",
                    "}",
                    "rule t.sum {",
                    "  table t",
                    "  check [r, b] = sum[r, b .. a]",
                    "}"));
            assertOnly(p, 11, 25, "range b .. a is reversed");
        }
    }

    // ====================================================================== bugs found by these tests, now fixed

    @Nested
    class FormerBugs {

        @Test
        void placeholderColumnCountsEscapesAsTwoCharacters() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each column c",
                    "  check [new, c] >= 0",
                    "  message en \"\\\"quoted\\\" {cc}\"",
                    "}"));
            // the string opens at column 14: \" (15-16) quoted (17-22) \" (23-24) space (25) {cc} (26)
            assertOnly(p, 6, 26, "unknown placeholder {cc}");
        }

        @Test
        void problemsAreInFileOrder() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  for each column c",
                    "  check [nw, c] >= 0",
                    "  message zh \"{cc}\"",
                    "}"));
            assertThat(p).extracting(Problem::line).containsExactly(5, 6);
        }

        @Test
        void aStringIsNotAKeyword() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  \"table\" applications",
                    "  check [new, total] >= 0",
                    "}"));
            assertOnly(p, 3, 3, "string \"table\"");
        }
        @Test
        void anEmptySumIsAnError() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule proactive.x {",
                    "  table proactive",
                    "  check [regulations, issued] >= sum[licensing .. fees, issued]",
                    "}"));
            assertOnly(p, 4, 34, "covers no cell");
        }

        @Test
        void aStatementGivenTwiceIsAnError() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.x {",
                    "  table applications",
                    "  severity error",
                    "  severity warning",
                    "  check [new, total] >= 0",
                    "}"));
            assertOnly(p, 5, 3, "'severity' is given twice");
        }

        @Test
        void aDuplicateRuleSaysWhereTheFirstOneIs() {
            List<Problem> p = problemsWithStandard(file(
                    "format gov-2021",
                    "rule applications.balance {",
                    "  table applications",
                    "  check [new, total] >= 0",
                    "}"));
            assertThat(p).singleElement().satisfies(x -> assertThat(x.message()).contains("rules/gov-2021.rules:"));
        }
    }


    // ====================================================================== working user files

    @Nested
    class Limits {

        @Test
        void nestedQuantifiersThatWouldExpandTooFarAreRefusedWhereTheyStand() {
            // 175 × 175 × 175 cells: five million checks; refused at the third quantifier, at once.
            String text = file(
                    "format gov-2021",
                    "rule applications.explosion {",
                    "  table applications",
                    "  for each cell a",
                    "  for each cell b",
                    "  for each cell c",
                    "  check a + b = c",
                    "}");
            List<Problem> problems = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                    () -> problemsWithStandard(text));
            assertOnly(problems, USER_FILE, 5, 17, "expand", "quantifier");
        }
    }

    @Nested
    class UserFiles {

        private static final String DISCLOSED_WITHIN_RECEIVED = file(
                "# 我单位自己的规则 our own rule",
                "format gov-2021",
                "",
                "rule applications.disclosed-within-received {",
                "  title    \"予以公开 ≤ 本年新收 + 上年结转\"",
                "  severity warning",
                "  table    applications",
                "  for each column c",
                "  check [handled.disclosed, c] <= [new, c] + [carried_over, c]",
                "  message zh \"表三「{c}」列：予以公开 {left} 件，多于本年新收与上年结转之和 {right} 件。\"",
                "  message en \"Table 3, column {c.id}: {left} disclosed, more than new + carried over = {right}.\"",
                "}");

        private final RuleSet rules = RuleSet.builder().standard().add(USER_FILE, DISCLOSED_WITHIN_RECEIVED).build();

        @Test
        void theRuleIsAddedToTheStandardFormat() {
            FormatSpec f = rules.format("gov-2021").orElseThrow();
            assertThat(f.rules()).extracting(RuleSpec::id).startsWith("applications.balance")
                    .endsWith("applications.disclosed-within-received");
            RuleSpec added = f.rules().get(f.rules().size() - 1);
            assertThat(added.severity()).isEqualTo(Severity.WARNING);
            assertThat(added.table()).isEqualTo("applications");
            assertThat(added.file()).isEqualTo(USER_FILE);
            assertThat(added.line()).isEqualTo(4);
            assertThat(added.title()).isEqualTo("予以公开 ≤ 本年新收 + 上年结转");
            assertThat(f.tables()).extracting(TableSpec::id).containsExactly("proactive", "applications", "reviews");
            // the standard rule set itself is not changed
            assertThat(RuleSet.standard().format("gov-2021").orElseThrow().rules()).extracting(RuleSpec::id)
                    .doesNotContain("applications.disclosed-within-received");
        }

        @Test
        void theRuleReportsAWarningWhenMoreIsDisclosedThanReceived() {
            CheckResult r = rules.check(applications(t -> {
                t.value("new", "natural_person", 3);
                t.value("carried_over", "natural_person", 1);
                t.value("handled.disclosed", "natural_person", 5);
            }));
            List<Violation> v = r.violations("applications.disclosed-within-received");
            assertThat(v).hasSize(1);
            Violation w = v.get(0);
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.kind()).isEqualTo(Violation.Kind.FAILED);
            assertThat(w.column()).contains("natural_person");
            assertThat(w.messageZh()).isEqualTo("表三「自然人」列：予以公开 5 件，多于本年新收与上年结转之和 4 件。");
            assertThat(w.messageEn()).isEqualTo("Table 3, column natural_person: 5 disclosed, more than new + carried over = 4.");
            assertThat(w.left()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("5"));
            assertThat(w.right()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("4"));
            assertThat(w.difference()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1"));
        }

        @Test
        void theRuleIsSilentWhenItHolds() {
            CheckResult r = rules.check(applications(t -> {
                t.value("new", "natural_person", 3);
                t.value("carried_over", "natural_person", 1);
                t.value("handled.disclosed", "natural_person", 4);
            }));
            assertThat(r.violations("applications.disclosed-within-received")).isEmpty();
        }

        @Test
        void aWhollyBlankSideIsNotCheckedAndSaysSo() {
            CheckResult r = rules.check(applications(t -> {
                t.blank("new", "natural_person");
                t.blank("carried_over", "natural_person");
                t.value("handled.disclosed", "natural_person", 4);
            }));
            List<Violation> v = r.violations("applications.disclosed-within-received");
            assertThat(v).hasSize(1);
            assertThat(v.get(0).severity()).isEqualTo(Severity.INFO);
            assertThat(v.get(0).kind()).isEqualTo(Violation.Kind.NOT_CHECKED);
            assertThat(v.get(0).column()).contains("natural_person");
        }

        @Test
        void aBlankPartCountsAsZero() {
            CheckResult r = rules.check(applications(t -> {
                t.value("new", "natural_person", 3);
                t.blank("carried_over", "natural_person");
                t.value("handled.disclosed", "natural_person", 4);
            }));
            List<Violation> v = r.violations("applications.disclosed-within-received");
            assertThat(v).singleElement().satisfies(w -> {
                assertThat(w.kind()).isEqualTo(Violation.Kind.FAILED);
                assertThat(w.right()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("3"));
            });
        }

        @Test
        void aMissingCellMakesTheRuleNotEvaluatedWhichIsAnError() {
            CheckResult r = rules.check(applications(t -> {
                t.value("new", "natural_person", 3);
                t.remove("carried_over", "natural_person");
            }));
            assertThat(r.violations("applications.disclosed-within-received")).singleElement().satisfies(w -> {
                assertThat(w.severity()).isEqualTo(Severity.ERROR);
                assertThat(w.kind()).isEqualTo(Violation.Kind.NOT_EVALUATED);
                assertThat(w.column()).contains("natural_person");
                assertThat(w.messageEn()).contains("[carried_over, natural_person] is missing");
            });
            assertThat(r.violations("table.missing-cells")).singleElement()
                    .satisfies(w -> assertThat(w.severity()).isEqualTo(Severity.ERROR));
        }

        @Test
        void anUnreadableCellMakesTheRuleNotEvaluatedToo() {
            CheckResult r = rules.check(applications(
                    t -> t.cell("new", "natural_person", CellValue.text("——"), 12)));
            assertThat(r.violations("applications.disclosed-within-received")).singleElement().satisfies(w -> {
                assertThat(w.severity()).isEqualTo(Severity.ERROR);
                assertThat(w.kind()).isEqualTo(Violation.Kind.NOT_EVALUATED);
                assertThat(w.messageEn()).contains("[new, natural_person]@12 is not a number");
            });
            assertThat(r.violations("table.unreadable-cells")).hasSize(1);
        }

        @Test
        void aMissingTableIsOneErrorNamingTheNewRule() {
            CheckResult r = rules.check(rules.newReport("x", "gov-2021")
                    .table("proactive", t -> t.value("licensing", "decisions", 3)).removeTable("applications").build());
            assertThat(r.violations("table.missing")).anySatisfy(v -> {
                assertThat(v.table()).contains("applications");
                assertThat(v.messageEn()).contains("applications.disclosed-within-received");
            });
            assertThat(r.violations("applications.disclosed-within-received")).isEmpty();
        }

        @Test
        void singleCellChecksSkipBlankCells() {
            RuleSet withCellRule = RuleSet.builder().standard().add(USER_FILE, file(
                    "format gov-2021",
                    "rule applications.new-small {",
                    "  severity info",
                    "  table applications",
                    "  for each column c",
                    "  check [new, c] < 1000",
                    "  message zh \"{c}：{left}\"",
                    "}")).build();
            CheckResult r = withCellRule.check(applications(t -> {
                t.blank("new", "natural_person");
                t.value("new", "commercial", 5000);
            }));
            assertThat(r.violations("applications.new-small")).singleElement().satisfies(v -> {
                assertThat(v.column()).contains("commercial");
                assertThat(v.severity()).isEqualTo(Severity.INFO);
                assertThat(v.messageZh()).isEqualTo("商业企业：5000");
            });
        }

        @Test
        void aUserFileCanAddATableAndRulesOverIt() {
            RuleSet extended = RuleSet.builder().standard().add(USER_FILE, file(
                    "format gov-2021",
                    "table fees_detail \"五、收费明细\" {",
                    "  column amount \"金额\" alias \"金额（万元）\"",
                    "  row total \"合计\"",
                    "  row a \"甲\"",
                    "  row b \"乙\"",
                    "}",
                    "rule fees_detail.total {",
                    "  table fees_detail",
                    "  check [total, amount] = sum[a .. b, amount]",
                    "}")).build();
            assertThat(extended.format("gov-2021").orElseThrow().table("fees_detail")).isPresent();
            CheckResult r = extended.check(extended.newReport("x", "gov-2021").table("fees_detail", t -> {
                t.value("total", "amount", 5);
                t.value("a", "amount", 2);
                t.value("b", "amount", 2);
            }).build());
            assertThat(r.violations("fees_detail.total")).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.ERROR);
                // the default message when a rule has none
                assertThat(v.messageEn()).isEqualTo(
                        "fees_detail.total does not hold: left side 5, right side 4, difference 1.");
            });
        }

        @Test
        void aSelfContainedFormatNeedsNoStandardFiles() {
            RuleSet local = RuleSet.builder().add(USER_FILE, file(
                    "format local \"本地报表\" {",
                    "  years 2024 .. 2025",
                    "}",
                    "table t \"一、本地表\" {",
                    "  group g \"组\"",
                    "  column g.a \"甲\"",
                    "  column g.b \"乙\"",
                    "  column g.total \"总计\"",
                    "  row r",
                    "}",
                    "rule t.group {",
                    "  table t",
                    "  for each group x in (g)",
                    "  check [r, x.total] = [r, x.a] + [r, x.b]",
                    "  message zh \"{x}（{x.id}）：{left} ≠ {right}\"",
                    "}")).build();
            FormatSpec f = local.format("local").orElseThrow();
            assertThat(f.coversYear(2025)).isTrue();
            assertThat(f.coversYear(2026)).isFalse();
            CheckResult r = local.check(local.newReport("x", "local").table("t", t -> {
                t.value("r", "g.a", 1);
                t.value("r", "g.b", 1);
                t.value("r", "g.total", 3);
            }).build());
            assertThat(r.violations("t.group")).singleElement()
                    .satisfies(v -> assertThat(v.messageZh()).isEqualTo("组（g）：3 ≠ 2"));
        }
    }

    // ====================================================================== the standard files

    @Nested
    class StandardFiles {

        @Test
        void everyRulesFileInTheRulesFolderIsListed() throws IOException {
            List<String> onDisk;
            try (Stream<Path> s = Files.list(Path.of("rules"))) {
                onDisk = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rules")).sorted().toList();
            }
            assertThat(onDisk).isNotEmpty();
            assertThat(RuleSet.STANDARD_FILES).containsAll(onDisk);
            assertThat(onDisk).containsAll(RuleSet.STANDARD_FILES);
        }

        @Test
        void theStandardRuleIdsAreThePublishedOnes() {
            assertThat(RuleSet.standard().format("gov-2021").orElseThrow().rules()).extracting(RuleSpec::id)
                    .containsExactly(
                            "applications.balance",
                            "applications.row-total",
                            "applications.legal-entity-subtotal",
                            "applications.outcome-total",
                            "applications.non-negative",
                            "applications.integer",
                            "reviews.group-total",
                            "reviews.non-negative",
                            "reviews.integer",
                            "proactive.non-negative",
                            "proactive.integer");
        }
    }

    /**
     * A gov-2021 report whose every cell holds 0, except what {@code content} sets in the
     * applications table.
     */
    private static Report applications(Consumer<io.github.crossfoot.model.Table.Builder> content) {
        RuleSet standard = RuleSet.standard();
        Report.Builder b = standard.newReport("x", "gov-2021");
        for (TableSpec t : standard.format("gov-2021").orElseThrow().tables()) {
            b.table(t.id(), tb -> t.cells().forEach(rc -> tb.value(rc.row(), rc.column(), 0)));
        }
        return b.table("applications", content).build();
    }
}
