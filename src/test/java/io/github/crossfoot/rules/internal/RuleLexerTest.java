package io.github.crossfoot.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.crossfoot.rules.RuleFileException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The rule language's tokens at their edges: ids with dots and dashes, decimals, two-character
 * symbols, strings with escapes, and each of them as the very last characters of a file (no newline).
 */
class RuleLexerTest {

    private static final String TABLE = "format f {\n}\ntable t \"甲\" {\n  column a \"列\"\n  column b-c \"列二\"\n"
            + "  row r \"行\"\n  row s.t \"行二\"\n}\n";

    private static Ast.File parse(String text) {
        return RuleParser.parse("x.rules", text);
    }

    private static RuleFileException.Problem problem(String text) {
        RuleFileException e = catchThrowableOfType(RuleFileException.class, () -> parse(text));
        assertThat(e).as("should be rejected: %s", text).isNotNull();
        return e.problems().get(0);
    }

    private static Ast.Relation check(String relation) {
        Ast.File f = parse(TABLE + "rule q { table t check " + relation + " }");
        return (Ast.Relation) f.rules().get(0).check();
    }

    @Test
    void idsKeepInnerDotsAndDashesOnly() {
        Ast.File f = parse(TABLE);
        assertThat(f.tables().get(0).columns()).extracting(c -> c.id().value()).containsExactly("a", "b-c");
        assertThat(f.tables().get(0).rows()).extracting(c -> c.id().value()).containsExactly("r", "s.t");
        // a dash with a space after it is a minus; so is a dash before a bracket
        Ast.Relation rel = check("[r, a] - [r, b-c] = 0");
        assertThat(rel.left().terms()).extracting(Ast.SignedTerm::sign).containsExactly(1, -1);
        assertThat(((Ast.CellRefExpr) rel.left().terms().get(1).term()).column().value()).isEqualTo("b-c");
    }

    @Test
    void numbersWithAndWithoutDecimals() {
        Ast.Relation rel = check("[r, a] >= 12.5");
        assertThat(rel.op().value()).isEqualTo(">=");
        assertThat(((Ast.Constant) rel.right().terms().get(0).term()).value()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(((Ast.Constant) check("[r, a] != 7").right().terms().get(0).term()).value())
                .isEqualByComparingTo(BigDecimal.valueOf(7));
        assertThat(check("[r, a] <= 3").op().value()).isEqualTo("<=");
        assertThat(check("[r, a] < 3").op().value()).isEqualTo("<");
        assertThat(check("-[r, a] > 3").left().terms().get(0).sign()).isEqualTo(-1);
    }

    @Test
    void tokensThatEndTheFile() {
        // no trailing newline: the last token is cut by the end of the text
        Ast.Relation number = check("[r, a] >= 12");
        assertThat(((Ast.Constant) number.right().terms().get(0).term()).value()).isEqualByComparingTo("12");
        assertThat(problem(TABLE + "rule q { table t check [r, a] >= 1.").message()).contains("unexpected character '.'");
        assertThat(problem(TABLE + "rule q { table t check [r, a] >= x.").message()).contains("unexpected character '.'");
        assertThat(problem(TABLE + "rule q { table t check [r, a] >= x-").message()).contains("found end of file");
        assertThat(problem(TABLE + "rule q { table t check [r, a] >").message()).contains("found end of file");
        assertThat(problem(TABLE + "rule q { table t check [r, a] >= sum[r, a .").message())
                .contains("unexpected character '.'");
    }

    @Test
    void stringsWithEscapesAndTheirEnds() {
        Ast.File f = parse("format f \"a \\\"quoted\\\" \\\\ title\" {\n}\n");
        assertThat(f.format().title().value()).isEqualTo("a \"quoted\" \\ title");
        RuleFileException.Problem open = problem("format f \"no end");
        assertThat(open.message()).contains("string is not closed before the end of the line");
        assertThat(open.line()).isEqualTo(1);
        assertThat(open.column()).isEqualTo(10);
        assertThat(problem("format f \"ends with a backslash\\").message()).contains("string is not closed");
        RuleFileException.Problem escape = problem("format f \"bad \\n escape\"");
        assertThat(escape.message()).contains("unknown escape '\\n'");
        assertThat(escape.column()).isEqualTo(15);
    }

    @Test
    void spacesCommentsAndPositions() {
        // ideographic and no-break spaces, a BOM and a comment at the end of the file are white space
        Ast.File f = parse("\uFEFFformat\u3000f\u00a0{\n}\n# the end");
        assertThat(f.format().id().value()).isEqualTo("f");
        assertThat(f.format().id().pos().column()).isEqualTo(8); // the BOM takes no column, as in an editor
        RuleFileException.Problem p = problem("format f {\n}\n\ttable t \"甲\" { column a “列” }");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(25);
        assertThat(p.message()).contains("use straight quotes");
    }
}
