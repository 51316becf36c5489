package io.github.crossfoot.rules.internal;

import io.github.crossfoot.rules.RuleFileException;
import io.github.crossfoot.rules.RuleFileException.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the text of a rule file into an {@link Ast.File}. The language is token based: line breaks
 * and indentation are free, {@code #} starts a comment. The first syntax error stops the parse and
 * is reported as {@code file:line:col: what is wrong}.
 */
final class RuleParser {

    private enum Type { IDENT, STRING, NUMBER, SYMBOL, EOF }

    /** A token; for a string, {@code raw} is its text as written between the quotes (escapes kept). */
    private record Token(Type type, String text, Ast.Pos pos, String raw) {
        Token(Type type, String text, Ast.Pos pos) {
            this(type, text, pos, text);
        }

        boolean is(String s) {
            return (type == Type.IDENT || type == Type.SYMBOL) && text.equals(s);
        }

        String describe() {
            return switch (type) {
                case EOF -> "end of file";
                case STRING -> "string \"" + text + "\"";
                default -> "'" + text + "'";
            };
        }
    }

    private static final Set<String> RELATIONS = Set.of("=", "!=", "<", "<=", ">", ">=");

    private final String file;
    private final List<Token> tokens;
    private int next;

    private RuleParser(String file, List<Token> tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    /** Parses {@code text}, naming it {@code file} in errors. */
    static Ast.File parse(String file, String text) {
        RuleParser p = new RuleParser(file, new Lexer(file, text).tokens());
        return p.file();
    }

    // ------------------------------------------------------------------ grammar

    private Ast.File file() {
        if (!peek().is("format")) {
            throw error(peek(), "a rule file starts with 'format ID', found " + peek().describe());
        }
        Ast.FormatDecl format = format();
        List<Ast.TableDecl> tables = new ArrayList<>();
        List<Ast.RuleDecl> rules = new ArrayList<>();
        List<Ast.SectionDecl> sections = new ArrayList<>();
        List<Ast.StatementDecl> statements = new ArrayList<>();
        while (peek().type != Type.EOF) {
            Token t = peek();
            if (t.is("table")) {
                tables.add(table());
            } else if (t.is("rule")) {
                rules.add(rule());
            } else if (t.is("section")) {
                sections.add(section());
            } else if (t.is("statement")) {
                statements.add(statement());
            } else if (t.is("format")) {
                throw error(t, "only one 'format' per file; start a new file for another format");
            } else {
                throw error(t, "expected 'table', 'rule', 'section' or 'statement', found " + t.describe());
            }
        }
        return new Ast.File(file, format, tables, rules, sections, statements);
    }

    private Ast.FormatDecl format() {
        expect("format");
        Ast.Name id = name("a format id");
        Ast.Text title = peek().type == Type.STRING ? text("the format title") : null;
        if (!peek().is("{")) {
            return new Ast.FormatDecl(id, title, false, null, 0, 0, List.of());
        }
        expect("{");
        Ast.Text basis = null;
        int first = 0;
        int last = 0;
        List<Ast.Text> markers = new ArrayList<>();
        while (!peek().is("}")) {
            Token t = advance();
            switch (t.type == Type.IDENT ? t.text : "") {
                case "basis" -> basis = text("the basis document");
                case "marker" -> markers.add(text("a marker label"));
                case "years" -> {
                    first = integer("a first year");
                    if (peek().is("..")) {
                        advance();
                        last = peek().type == Type.NUMBER ? integer("a last year") : 0;
                    } else {
                        last = first;
                    }
                }
                default -> throw error(t, "expected 'basis', 'years', 'marker' or '}', found " + t.describe());
            }
        }
        expect("}");
        return new Ast.FormatDecl(id, title, true, basis, first, last, markers);
    }

    private Ast.TableDecl table() {
        expect("table");
        Ast.Name id = name("a table id");
        Ast.Text label = text("the table's printed title");
        expect("{");
        List<Ast.Text> headings = new ArrayList<>();
        List<Ast.Text> notes = new ArrayList<>();
        List<Ast.GroupDecl> groups = new ArrayList<>();
        List<Ast.AxisDecl> rows = new ArrayList<>();
        List<Ast.AxisDecl> columns = new ArrayList<>();
        Ast.Text corner = null;
        List<Ast.CaptionDecl> captions = new ArrayList<>();
        List<Ast.CarryDecl> carries = new ArrayList<>();
        List<Ast.StockDecl> stocks = new ArrayList<>();
        List<Ast.QuantityDecl> quantities = new ArrayList<>();
        Ast.MostlyBlankDecl mostlyBlank = null;
        while (!peek().is("}")) {
            Token t = advance();
            switch (t.type == Type.IDENT ? t.text : "") {
                case "heading" -> headings.add(text("a heading text"));
                case "note" -> notes.add(text("a note text"));
                case "group" -> {
                    Ast.Name g = name("a group id");
                    Ast.Text gl = text("the group's label");
                    List<Ast.Span> spans = List.of();
                    if (peek().is("spans")) {
                        advance();
                        spans = spans("a column or group id");
                    }
                    groups.add(new Ast.GroupDecl(g, gl, spans));
                }
                case "column" -> columns.add(axis(false));
                case "row" -> rows.add(axis(true));
                case "corner" -> {
                    if (corner != null) {
                        throw error(t, "only one 'corner' per table");
                    }
                    corner = text("the text of the table's top-left cell");
                }
                case "caption" -> {
                    Ast.Text text = text("the caption text");
                    expect("rows");
                    captions.add(new Ast.CaptionDecl(text, spans("a row id"), t.pos));
                }
                case "carry" -> {
                    Ast.Name from = name("the row carried forward last year");
                    expect("to");
                    carries.add(new Ast.CarryDecl(from, name("the row carried over this year"), t.pos));
                }
                case "stock" -> {
                    Ast.Name column = name("the column of the stock in force");
                    expect("adds");
                    Ast.Name adds = name("the column added this year");
                    expect("removes");
                    Ast.Name removes = name("the column removed this year");
                    expect("rows");
                    stocks.add(new Ast.StockDecl(column, adds, removes, spans("a row id"), t.pos));
                }
                case "quantity" -> {
                    Ast.Name q = name("a quantity id");
                    Ast.Text ql = peek().type == Type.STRING ? text("the quantity's label") : null;
                    expect("=");
                    quantities.add(new Ast.QuantityDecl(q, ql, expr(), t.pos));
                }
                case "mostly-blank" -> {
                    if (mostlyBlank != null) {
                        throw error(t, "only one 'mostly-blank' per table");
                    }
                    Token number = peek();
                    int percent = integer("a percentage of the table's cells");
                    expect("%");
                    mostlyBlank = new Ast.MostlyBlankDecl(percent, number.pos);
                }
                default -> throw error(t, "expected 'heading', 'note', 'group', 'column', 'row', 'corner', 'caption', "
                        + "'carry', 'stock', 'quantity', 'mostly-blank' or '}', found " + t.describe());
            }
        }
        expect("}");
        return new Ast.TableDecl(id, label, headings, notes, groups, rows, columns, corner, captions, carries, stocks,
                quantities, mostlyBlank);
    }

    /** {@code section ID "label" { heading "..." table ID }}. */
    private Ast.SectionDecl section() {
        Token start = expect("section");
        Ast.Name id = name("a section id");
        Ast.Text label = text("the section's printed heading");
        expect("{");
        List<Ast.Text> headings = new ArrayList<>();
        Ast.Name table = null;
        while (!peek().is("}")) {
            Token t = advance();
            switch (t.type == Type.IDENT ? t.text : "") {
                case "heading" -> headings.add(text("a heading text"));
                case "table" -> table = once(table, t, name("a table id"), "section");
                default -> throw error(t, "expected 'heading', 'table' or '}', found " + t.describe());
            }
        }
        expect("}");
        return new Ast.SectionDecl(id, label, headings, table, start.pos);
    }

    /** {@code statement ID { title ... basis ... severity ... section ID any "..." ... message zh|en ... }}. */
    private Ast.StatementDecl statement() {
        Token start = expect("statement");
        Ast.Name id = name("a statement id");
        expect("{");
        Ast.Text title = null;
        Ast.Text basis = null;
        Ast.Name severity = null;
        Ast.Name section = null;
        List<Ast.Text> phrases = null;
        Ast.Pos phrasesPos = null;
        Ast.Text zh = null;
        Ast.Text en = null;
        while (!peek().is("}")) {
            Token t = advance();
            switch (t.type == Type.IDENT ? t.text : "") {
                case "title" -> title = once(title, t, text("the statement's title"), "statement");
                case "basis" -> basis = once(basis, t, text("the document that asks for the statement"), "statement");
                case "severity" -> severity = once(severity, t, name("error, warning or info"), "statement");
                case "section" -> section = once(section, t, name("a section id"), "statement");
                case "any" -> {
                    List<Ast.Text> listed = new ArrayList<>();
                    listed.add(text("a phrase to look for"));
                    while (peek().type == Type.STRING) {
                        listed.add(text("a phrase to look for"));
                    }
                    phrases = once(phrases, t, listed, "statement");
                    phrasesPos = t.pos;
                }
                case "message" -> {
                    Token lang = advance();
                    if (lang.is("zh")) {
                        zh = once(zh, t, text("the Chinese message"), "statement");
                    } else if (lang.is("en")) {
                        en = once(en, t, text("the English message"), "statement");
                    } else {
                        throw error(lang, "expected 'zh' or 'en' after 'message', found " + lang.describe());
                    }
                }
                default -> throw error(t, "expected 'title', 'basis', 'severity', 'section', 'any', 'message' or '}', "
                        + "found " + t.describe());
            }
        }
        expect("}");
        return new Ast.StatementDecl(id, title, basis, severity, section, phrases == null ? List.of() : phrases,
                phrasesPos, zh, en, start.pos);
    }

    /** {@code (a, b .. c, d)}. */
    private List<Ast.Span> spans(String what) {
        expect("(");
        List<Ast.Span> out = new ArrayList<>();
        do {
            if (!out.isEmpty()) {
                advance();
            }
            Ast.Name from = name(what);
            Ast.Name to = peek().is("..") && advance() != null ? name(what) : null;
            out.add(new Ast.Span(from, to));
        } while (peek().is(","));
        expect(")");
        return out;
    }

    private Ast.AxisDecl axis(boolean isRow) {
        Ast.Name id = name(isRow ? "a row id" : "a column id");
        Ast.Text label;
        if (peek().type == Type.STRING) {
            label = text("a label");
        } else if (isRow) {
            label = new Ast.Text("", id.pos(), "");
        } else {
            throw error(peek(), "expected the column's label (a string), found " + peek().describe());
        }
        List<Ast.Text> aliases = new ArrayList<>();
        List<Ast.Text> typos = new ArrayList<>();
        List<Ast.Name> columns = new ArrayList<>();
        boolean optional = false;
        while (true) {
            if (peek().is("optional") && peek().type == Type.IDENT) {
                advance();
                optional = true;
            } else if (peek().is("alias")) {
                advance();
                aliases.add(text("an alias label"));
            } else if (peek().is("typo")) {
                advance();
                typos.add(text("a misspelled label"));
            } else if (isRow && peek().is("columns")) {
                advance();
                expect("(");
                columns.add(name("a column id"));
                while (peek().is(",")) {
                    advance();
                    columns.add(name("a column id"));
                }
                expect(")");
            } else {
                break;
            }
        }
        return new Ast.AxisDecl(id, label, aliases, typos, columns, optional);
    }

    private Ast.RuleDecl rule() {
        Token start = expect("rule");
        Ast.Name id = name("a rule id");
        expect("{");
        Ast.Text title = null;
        Ast.Name severity = null;
        Ast.Name table = null;
        Ast.Check check = null;
        java.util.Map<String, Ast.Text> messages = new java.util.LinkedHashMap<>();
        List<Ast.Quantifier> quantifiers = new ArrayList<>();
        while (!peek().is("}")) {
            Token t = advance();
            switch (t.type == Type.IDENT ? t.text : "") {
                case "title" -> title = once(title, t, text("the rule's title"));
                case "severity" -> severity = once(severity, t, name("error, warning or info"));
                case "table" -> table = once(table, t, name("a table id"));
                case "for" -> quantifiers.add(quantifier(t));
                case "check" -> {
                    if (check != null) {
                        throw error(t, "a rule has one 'check'; write another rule for a second relation");
                    }
                    check = check(t);
                }
                case "message" -> {
                    Token lang = advance();
                    String tag = lang.type == Type.IDENT ? Messages.canonical(lang.text) : null;
                    if (tag == null) {
                        throw error(lang, "expected a language tag (zh, en, fr, …) after 'message', found "
                                + lang.describe());
                    }
                    messages.put(tag, once(messages.get(tag), t, text("the message in '" + tag + "'")));
                }
                default -> throw error(t, "expected 'title', 'severity', 'table', 'for each', 'check', "
                        + "'message' or '}', found " + t.describe());
            }
        }
        Token end = expect("}");
        if (check == null) {
            throw error(end, "rule '" + id.value() + "' has no 'check'");
        }
        return new Ast.RuleDecl(id, title, severity, table, quantifiers, check, messages, start.pos);
    }

    private Ast.Quantifier quantifier(Token forToken) {
        expect("each");
        Token what = advance();
        Ast.Over over = switch (what.type == Type.IDENT ? what.text : "") {
            case "row" -> Ast.Over.ROW;
            case "column" -> Ast.Over.COLUMN;
            case "cell" -> Ast.Over.CELL;
            case "group" -> Ast.Over.GROUP;
            default -> throw error(what, "expected 'row', 'column', 'cell' or 'group' after 'for each', found "
                    + what.describe());
        };
        Ast.Name var = name("a variable name");
        if (var.value().contains(".")) {
            throw error(var.pos(), "a variable name cannot contain '.': " + var.value());
        }
        List<Ast.Name> except = new ArrayList<>();
        List<Ast.CellRefExpr> exceptCells = new ArrayList<>();
        List<Ast.Name> values = new ArrayList<>();
        if (over == Ast.Over.GROUP) {
            expect("in");
            expect("(");
            values.add(name("a group id"));
            while (peek().is(",")) {
                advance();
                values.add(name("a group id"));
            }
            expect(")");
        } else if (peek().is("except")) {
            advance();
            do {
                if (over == Ast.Over.CELL) {
                    Token open = expect("[");
                    Ast.Name row = name("a row id");
                    expect(",");
                    Ast.Name col = name("a column id");
                    expect("]");
                    exceptCells.add(new Ast.CellRefExpr(row, col, open.pos));
                } else {
                    except.add(name(over == Ast.Over.ROW ? "a row id" : "a column id"));
                }
            } while (peek().is(",") && advance() != null);
        }
        return new Ast.Quantifier(over, var, except, exceptCells, values, forToken.pos);
    }

    private Ast.Check check(Token checkToken) {
        if (peek().type == Type.IDENT && peekAt(1).is("is")) {
            Ast.Name var = name("a cell variable");
            expect("is");
            Token kind = advance();
            if (!kind.is("integer")) {
                throw error(kind, "expected 'integer' after 'is', found " + kind.describe());
            }
            return new Ast.IsInteger(var, checkToken.pos);
        }
        Ast.Expr left = expr();
        Token op = advance();
        if (op.type != Type.SYMBOL || !RELATIONS.contains(op.text)) {
            throw error(op, "expected a comparison (=, !=, <, <=, >, >=), found " + op.describe());
        }
        Ast.Expr right = expr();
        return new Ast.Relation(left, new Ast.Name(op.text, op.pos), right, checkToken.pos);
    }

    private Ast.Expr expr() {
        Ast.Pos pos = peek().pos;
        List<Ast.SignedTerm> terms = new ArrayList<>();
        int sign = 1;
        if (peek().is("-")) {
            advance();
            sign = -1;
        }
        terms.add(new Ast.SignedTerm(sign, term()));
        while (peek().is("+") || peek().is("-")) {
            sign = advance().is("+") ? 1 : -1;
            terms.add(new Ast.SignedTerm(sign, term()));
        }
        return new Ast.Expr(terms, pos);
    }

    private Ast.Term term() {
        Token t = peek();
        if (t.type == Type.NUMBER) {
            advance();
            return new Ast.Constant(new BigDecimal(t.text), t.pos);
        }
        if (t.is("[")) {
            advance();
            Ast.Name row = name("a row id");
            expect(",");
            Ast.Name col = name("a column id");
            expect("]");
            return new Ast.CellRefExpr(row, col, t.pos);
        }
        if (t.is("sum")) {
            advance();
            expect("[");
            Ast.Name rowFrom = name("a row id");
            Ast.Name rowTo = peek().is("..") && advance() != null ? name("a row id") : null;
            expect(",");
            Ast.Name colFrom = name("a column id");
            Ast.Name colTo = peek().is("..") && advance() != null ? name("a column id") : null;
            expect("]");
            return new Ast.SumExpr(rowFrom, rowTo, colFrom, colTo, t.pos);
        }
        if (t.type == Type.IDENT) {
            advance();
            return new Ast.VarTerm(new Ast.Name(t.text, t.pos), t.pos);
        }
        throw error(t, "expected a cell [row, column], sum[...], a number or a cell variable, found " + t.describe());
    }

    // ------------------------------------------------------------------ token helpers

    /** A statement that may appear once per rule: a second one is an error, not a silent override. */
    private <T> T once(T previous, Token statement, T value) {
        return once(previous, statement, value, "rule");
    }

    private <T> T once(T previous, Token statement, T value, String where) {
        if (previous != null) {
            throw error(statement, "'" + statement.text + "' is given twice in this " + where);
        }
        return value;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    private Token advance() {
        Token t = tokens.get(next);
        if (t.type != Type.EOF) {
            next++;
        }
        return t;
    }

    private Token expect(String symbol) {
        Token t = advance();
        if (!t.is(symbol)) {
            throw error(t, "expected '" + symbol + "', found " + t.describe());
        }
        return t;
    }

    private Ast.Name name(String what) {
        Token t = advance();
        if (t.type != Type.IDENT) {
            throw error(t, "expected " + what + ", found " + t.describe());
        }
        return new Ast.Name(t.text, t.pos);
    }

    private Ast.Text text(String what) {
        Token t = advance();
        if (t.type != Type.STRING) {
            throw error(t, "expected " + what + " (a quoted string), found " + t.describe());
        }
        return new Ast.Text(t.text, t.pos, t.raw);
    }

    private int integer(String what) {
        Token t = advance();
        if (t.type != Type.NUMBER || !t.text.matches("\\d+")) {
            throw error(t, "expected " + what + " (a whole number), found " + t.describe());
        }
        return Integer.parseInt(t.text);
    }

    private RuleFileException error(Token at, String message) {
        return error(at.pos, message);
    }

    private RuleFileException error(Ast.Pos at, String message) {
        return new RuleFileException(List.of(new Problem(file, at.line(), at.column(), message)));
    }

    // ------------------------------------------------------------------ lexer

    /** Splits rule-file text into tokens, tracking 1-based line and column. */
    private static final class Lexer {
        private final String file;
        private final String s;
        private int i;
        private int line = 1;
        private int col = 1;

        Lexer(String file, String text) {
            this.file = file;
            this.s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        List<Token> tokens() {
            List<Token> out = new ArrayList<>();
            while (true) {
                skipSpaceAndComments();
                Ast.Pos pos = new Ast.Pos(line, col);
                if (i >= s.length()) {
                    out.add(new Token(Type.EOF, "", pos));
                    return out;
                }
                char c = s.charAt(i);
                if (c == '"') {
                    int start = i + 1;
                    String value = string(pos);
                    out.add(new Token(Type.STRING, value, pos, s.substring(start, i - 1)));
                } else if (Character.isDigit(c)) {
                    int start = i;
                    while (i < s.length() && Character.isDigit(s.charAt(i))) {
                        step();
                    }
                    if (i + 1 < s.length() && s.charAt(i) == '.' && Character.isDigit(s.charAt(i + 1))) {
                        step();
                        while (i < s.length() && Character.isDigit(s.charAt(i))) {
                            step();
                        }
                    }
                    out.add(new Token(Type.NUMBER, s.substring(start, i), pos));
                } else if (isIdentStart(c)) {
                    int start = i;
                    step();
                    while (i < s.length()) {
                        char d = s.charAt(i);
                        boolean dotInside = d == '.' && i + 1 < s.length() && isIdentStart(s.charAt(i + 1));
                        boolean dashInside = d == '-' && i + 1 < s.length() && isIdentPart(s.charAt(i + 1))
                                && isIdentPart(s.charAt(i - 1));
                        if (isIdentPart(d) || dotInside || dashInside) {
                            step();
                        } else {
                            break;
                        }
                    }
                    out.add(new Token(Type.IDENT, s.substring(start, i), pos));
                } else {
                    String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                    if (Set.of("..", "<=", ">=", "!=").contains(two)) {
                        step();
                        step();
                        out.add(new Token(Type.SYMBOL, two, pos));
                    } else if ("{}[](),+-=<>%".indexOf(c) >= 0) {
                        step();
                        out.add(new Token(Type.SYMBOL, String.valueOf(c), pos));
                    } else {
                        throw new RuleFileException(List.of(new Problem(file, line, col,
                                "unexpected character '" + c + "'"
                                        + (c == '“' || c == '”' ? " (use straight quotes \" around labels)" : ""))));
                    }
                }
            }
        }

        private static boolean isIdentStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        private static boolean isIdentPart(char c) {
            return isIdentStart(c) || Character.isDigit(c);
        }

        private String string(Ast.Pos start) {
            step();
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length() || s.charAt(i) == '\n') {
                    throw new RuleFileException(List.of(new Problem(file, start.line(), start.column(),
                            "string is not closed before the end of the line")));
                }
                char c = s.charAt(i);
                if (c == '"') {
                    step();
                    return b.toString();
                }
                if (c == '\\' && i + 1 < s.length()) {
                    char e = s.charAt(i + 1);
                    if (e != '"' && e != '\\') {
                        throw new RuleFileException(List.of(new Problem(file, line, col,
                                "unknown escape '\\" + e + "' (only \\\" and \\\\ are allowed)")));
                    }
                    step();
                    c = e;
                }
                b.append(c);
                step();
            }
        }

        private void skipSpaceAndComments() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '#') {
                    while (i < s.length() && s.charAt(i) != '\n') {
                        step();
                    }
                } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\uFEFF') {
                    step();
                } else {
                    return;
                }
            }
        }

        private void step() {
            if (s.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
            i++;
        }
    }
}
