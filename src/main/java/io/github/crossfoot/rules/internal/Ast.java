package io.github.crossfoot.rules.internal;

import java.math.BigDecimal;
import java.util.List;

/** The syntax tree of a rule file, as parsed and before names are resolved. */
final class Ast {

    private Ast() {
    }

    /** A 1-based position in a rule file. */
    record Pos(int line, int column) {
    }

    /** A string literal with its position and its text as written between the quotes. */
    record Text(String value, Pos pos, String raw) {

        /** The column in the file of the character at {@code offset} of the unescaped value. */
        int columnOf(int offset) {
            int rawIndex = 0;
            for (int k = 0; k < offset && rawIndex < raw.length(); k++) {
                rawIndex += raw.charAt(rawIndex) == '\\' ? 2 : 1;
            }
            return pos.column() + 1 + rawIndex;
        }
    }

    /** An identifier with its position. */
    record Name(String value, Pos pos) {
    }

    record File(String path, FormatDecl format, List<TableDecl> tables, List<RuleDecl> rules,
                List<SectionDecl> sections, List<StatementDecl> statements) {
    }

    /** {@code format ID "title" { ... }}; without a body it names an already loaded format. */
    record FormatDecl(Name id, Text title, boolean hasBody, Text basis, int firstYear, int lastYear,
                      List<Text> markers) {
    }

    record TableDecl(Name id, Text label, List<Text> headings, List<Text> notes, List<GroupDecl> groups,
                     List<AxisDecl> rows, List<AxisDecl> columns, Text corner, List<CaptionDecl> captions,
                     List<CarryDecl> carries, List<StockDecl> stocks, List<QuantityDecl> quantities,
                     MostlyBlankDecl mostlyBlank) {
    }

    /** {@code mostly-blank N%}: report the table once when at least N% of its cells are blank; null when absent. */
    record MostlyBlankDecl(int percent, Pos pos) {
    }

    /**
     * {@code section ID "label" { heading "..." table ID }}: a part of the report, in declared order;
     * {@code table} is null when the section holds no table.
     */
    record SectionDecl(Name id, Text label, List<Text> headings, Name table, Pos pos) {
    }

    /**
     * {@code statement ID { title ... basis ... section ID any "..." ... }}: a statement a section must
     * make, found when its text contains any of the phrases.
     */
    record StatementDecl(Name id, Text title, Text basis, Name severity, Name section, List<Text> phrases,
                         Pos phrasesPos, Text messageZh, Text messageEn, Pos pos) {
    }

    /** {@code group ID "label" [spans (a .. b, g)]}: the spans are columns or groups printed under it. */
    record GroupDecl(Name id, Text label, List<Span> spans) {
    }

    /** One id, or a range {@code from .. to} in declared order. */
    record Span(Name from, Name to) {
    }

    /** {@code caption "text" rows (a .. b)}: the official layout prints the text above those rows. */
    record CaptionDecl(Text text, List<Span> rows, Pos pos) {
    }

    /** {@code carry FROM to TO}: this year's row TO equals last year's row FROM, column by column. */
    record CarryDecl(Name from, Name to, Pos pos) {
    }

    /** {@code stock C adds A removes R rows (...)}: C(t) = C(t-1) + A(t) - R(t) on each listed row. */
    record StockDecl(Name column, Name adds, Name removes, List<Span> rows, Pos pos) {
    }

    /** {@code quantity ID ["label"] = expr}: a figure the prose may state, as a sum of cells. */
    record QuantityDecl(Name id, Text label, Expr expr, Pos pos) {
    }

    /** A row or column declaration; {@code columns} is only used for rows. */
    record AxisDecl(Name id, Text label, List<Text> aliases, List<Text> typos, List<Name> columns, boolean optional) {
    }

    /** A rule; {@code messages}: its {@code message TAG "…"} texts by language tag, in the order written. */
    record RuleDecl(Name id, Text title, Name severity, Name table, List<Quantifier> quantifiers,
                    Check check, java.util.Map<String, Text> messages, Pos pos) {
    }

    /** What a quantifier ranges over. */
    enum Over { ROW, COLUMN, CELL, GROUP }

    /**
     * {@code for each row r [except a, b]}, {@code for each column c [except ...]},
     * {@code for each cell x [except [r, c], ...]} or {@code for each group g in (a, b)}.
     */
    record Quantifier(Over over, Name var, List<Name> except, List<CellRefExpr> exceptCells, List<Name> values,
                      Pos pos) {
    }

    sealed interface Check permits Relation, IsInteger {
        Pos pos();
    }

    record Relation(Expr left, Name op, Expr right, Pos pos) implements Check {
    }

    record IsInteger(Name var, Pos pos) implements Check {
    }

    /** A sum of signed terms. */
    record Expr(List<SignedTerm> terms, Pos pos) {
    }

    record SignedTerm(int sign, Term term) {
    }

    sealed interface Term permits Constant, CellRefExpr, SumExpr, VarTerm {
        Pos pos();
    }

    record Constant(BigDecimal value, Pos pos) implements Term {
    }

    /** {@code [row, column]}. */
    record CellRefExpr(Name row, Name column, Pos pos) implements Term {
    }

    /** {@code sum[rowFrom .. rowTo, colFrom .. colTo]}; a missing "to" means a single id. */
    record SumExpr(Name rowFrom, Name rowTo, Name columnFrom, Name columnTo, Pos pos) implements Term {
    }

    /** A cell variable bound by {@code for each cell}. */
    record VarTerm(Name var, Pos pos) implements Term {
    }
}
