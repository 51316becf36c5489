package io.github.crossfoot.rules.internal;

import io.github.crossfoot.model.Severity;
import io.github.crossfoot.rules.FormatSpec;
import io.github.crossfoot.rules.LabelSpec;
import io.github.crossfoot.rules.RuleFileException;
import io.github.crossfoot.rules.RuleFileException.Problem;
import io.github.crossfoot.rules.RuleSpec;
import io.github.crossfoot.rules.SectionSpec;
import io.github.crossfoot.rules.StatementSpec;
import io.github.crossfoot.rules.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns parsed rule files into formats with resolved tables and expanded rules. Every name is
 * checked against the table it refers to; all problems of a file are collected and reported
 * together as {@code file:line:col: what is wrong}.
 */
public final class RuleCompiler {

    /** A format with its compiled rules and statements. */
    public record CompiledFormat(FormatSpec spec, List<CompiledRule> rules, List<CompiledStatement> statements) {
    }

    /**
     * A statement with its messages: the rule file's own ({@code message zh|en}), or null for the
     * catalogue's {@code statement.missing}.
     */
    public record CompiledStatement(StatementSpec spec, MessageTemplate zh, MessageTemplate en) {
    }

    /** What a statement's message may name: {@code {title}}, {@code {section}}, where and what was looked for. */
    static final List<String> STATEMENT_PLACEHOLDERS =
            List.of("statement", "title", "basis", "section", "section.id", "line", "searched");

    /** A rule file's name (used in messages) and text. */
    public record Source(String name, String text) {
    }

    private static final List<String> SIDE_PLACEHOLDERS = List.of("left", "right", "difference");

    private final Map<String, CompiledFormat> formats = new LinkedHashMap<>();
    private final Map<String, String> declaredAt = new LinkedHashMap<>();
    private final Map<String, String> declaredRules = new LinkedHashMap<>();
    private String currentFormat = "";

    /** Compiles {@code sources} in order; later files may extend formats declared by earlier ones. */
    public static Map<String, CompiledFormat> compile(List<Source> sources) {
        RuleCompiler c = new RuleCompiler();
        for (Source s : sources) {
            c.add(RuleParser.parse(s.name(), s.text()));
        }
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(c.formats));
    }

    private void add(Ast.File file) {
        List<Problem> problems = new ArrayList<>();
        Ast.FormatDecl fd = file.format();
        String fid = fd.id().value();
        currentFormat = fid;
        CompiledFormat existing = formats.get(fid);
        FormatSpec base;
        if (fd.hasBody()) {
            if (existing != null) {
                problems.add(problem(file, fd.id().pos(), "format '" + fid + "' is already declared at "
                        + declaredAt.get(fid) + "; write 'format " + fid + "' without a body to add to it"));
                throw new RuleFileException(problems);
            }
            base = new FormatSpec(fid, fd.title() == null ? fid : fd.title().value(),
                    fd.basis() == null ? "" : fd.basis().value(), fd.firstYear(), fd.lastYear(),
                    fd.markers().stream().map(Ast.Text::value).toList(), List.of(), List.of());
            declaredAt.put(fid, file.path() + ":" + fd.id().pos().line());
        } else {
            if (fd.title() != null) {
                problems.add(problem(file, fd.title().pos(), "'format " + fid + "' without a body adds to an existing "
                        + "format and takes no title; remove the title or give the format a body { ... }"));
                throw new RuleFileException(problems);
            }
            if (existing == null) {
                problems.add(problem(file, fd.id().pos(), "unknown format '" + fid + "'; known formats: "
                        + String.join(", ", formats.keySet()) + " (or declare it with a body { ... })"));
                throw new RuleFileException(problems);
            }
            base = existing.spec();
        }

        List<TableSpec> tables = new ArrayList<>(base.tables());
        for (Ast.TableDecl td : file.tables()) {
            if (tables.stream().anyMatch(t -> t.id().equals(td.id().value()))) {
                problems.add(problem(file, td.id().pos(), "table '" + td.id().value()
                        + "' is already declared in format '" + fid + "'"));
                continue;
            }
            tables.add(table(file, td, problems));
        }

        List<CompiledRule> rules = new ArrayList<>(existing == null ? List.of() : existing.rules());
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(r -> ruleIds.add(r.spec().id()));
        for (Ast.RuleDecl rd : file.rules()) {
            if (!ruleIds.add(rd.id().value())) {
                String first = declaredRules.get(fid + "/" + rd.id().value());
                problems.add(problem(file, rd.id().pos(), "rule '" + rd.id().value()
                        + "' is already declared in format '" + fid + "'" + (first == null ? "" : " at " + first)));
                continue;
            }
            CompiledRule r = rule(file, rd, tables, problems);
            if (r != null) {
                rules.add(r);
            }
        }
        List<SectionSpec> sections = new ArrayList<>(base.sections());
        for (Ast.SectionDecl sd : file.sections()) {
            SectionSpec section = section(file, sd, sections, tables, problems);
            if (section != null) {
                sections.add(section);
            }
        }
        List<CompiledStatement> statements = new ArrayList<>(existing == null ? List.of() : existing.statements());
        for (Ast.StatementDecl sd : file.statements()) {
            CompiledStatement statement = statement(file, sd, statements, sections, problems);
            if (statement != null) {
                statements.add(statement);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new RuleFileException(problems);
        }
        FormatSpec spec = new FormatSpec(base.id(), base.title(), base.basis(), base.firstYear(), base.lastYear(),
                base.markers(), tables, rules.stream().map(CompiledRule::spec).toList(), sections,
                statements.stream().map(CompiledStatement::spec).toList());
        formats.put(fid, new CompiledFormat(spec, rules, statements));
    }

    // ------------------------------------------------------------------ sections and statements

    private SectionSpec section(Ast.File file, Ast.SectionDecl sd, List<SectionSpec> sections,
                                List<TableSpec> tables, List<Problem> problems) {
        String id = sd.id().value();
        int before = problems.size();
        if (sections.stream().anyMatch(s -> s.id().equals(id))) {
            problems.add(problem(file, sd.id().pos(), "section '" + id + "' is already declared in format '"
                    + currentFormat + "'"));
        }
        List<String> headings = new ArrayList<>();
        for (Ast.Text t : concat(List.of(sd.label()), sd.headings())) {
            if (t.value().isBlank()) {
                problems.add(problem(file, t.pos(), "a section heading cannot be empty: it would match every line"));
            } else if (!headings.contains(t.value())) {
                headings.add(t.value());
            }
        }
        String table = "";
        if (sd.table() != null) {
            String tid = sd.table().value();
            TableSpec spec = tables.stream().filter(t -> t.id().equals(tid)).findFirst().orElse(null);
            SectionSpec holder = sections.stream().filter(s -> s.table().equals(tid)).findFirst().orElse(null);
            if (spec == null) {
                problems.add(problem(file, sd.table().pos(), "unknown table '" + tid + "'"
                        + suggest(tid, tables.stream().map(TableSpec::id).toList())));
            } else if (holder != null) {
                problems.add(problem(file, sd.table().pos(), "table '" + tid + "' is already the content of section '"
                        + holder.id() + "'"));
            } else {
                table = tid;
                spec.headings().stream().filter(h -> !headings.contains(h)).forEach(headings::add);
            }
        }
        return problems.size() > before ? null : new SectionSpec(id, sd.label().value(), headings, table);
    }

    private CompiledStatement statement(Ast.File file, Ast.StatementDecl sd, List<CompiledStatement> statements,
                                        List<SectionSpec> sections, List<Problem> problems) {
        String id = sd.id().value();
        int before = problems.size();
        if (statements.stream().anyMatch(s -> s.spec().id().equals(id))) {
            problems.add(problem(file, sd.id().pos(), "statement '" + id + "' is already declared in format '"
                    + currentFormat + "'"));
        }
        Severity severity = Severity.WARNING;
        if (sd.severity() != null) {
            severity = Severity.fromId(sd.severity().value());
            if (severity == null) {
                problems.add(problem(file, sd.severity().pos(), "unknown severity '" + sd.severity().value()
                        + "'; use error, warning or info"));
            }
        }
        if (sd.section() == null) {
            problems.add(problem(file, sd.pos(), "statement '" + id + "' needs 'section ID': the section that must make it"));
        } else if (sections.stream().noneMatch(s -> s.id().equals(sd.section().value()))) {
            problems.add(problem(file, sd.section().pos(), "unknown section '" + sd.section().value() + "'"
                    + suggest(sd.section().value(), sections.stream().map(SectionSpec::id).toList())));
        }
        if (sd.phrases().isEmpty()) {
            problems.add(problem(file, sd.pos(), "statement '" + id + "' needs 'any \"…\"': the phrases that make it"));
        }
        for (Ast.Text phrase : sd.phrases()) {
            if (phrase.value().isBlank()) {
                problems.add(problem(file, phrase.pos(), "a phrase cannot be empty: every text would contain it"));
            }
        }
        MessageTemplate zh = statementTemplate(file, sd.messageZh(), problems);
        MessageTemplate en = statementTemplate(file, sd.messageEn(), problems);
        if (problems.size() > before) {
            return null;
        }
        StatementSpec spec = new StatementSpec(id, sd.title() == null ? id : sd.title().value(),
                sd.basis() == null ? "" : sd.basis().value(), severity, sd.section().value(),
                sd.phrases().stream().map(Ast.Text::value).toList(), file.path(), sd.pos().line());
        return new CompiledStatement(spec, zh, en);
    }

    private static MessageTemplate statementTemplate(Ast.File file, Ast.Text text, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        MessageTemplate t = MessageTemplate.parse(text.value());
        for (MessageTemplate.Placeholder p : t.placeholders()) {
            if (!STATEMENT_PLACEHOLDERS.contains(p.name())) {
                problems.add(problem(file, new Ast.Pos(text.pos().line(), text.columnOf(p.offset())),
                        "unknown placeholder {" + p.name() + "}; allowed here: " + String.join(", ", STATEMENT_PLACEHOLDERS)));
            }
        }
        return t;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ------------------------------------------------------------------ tables

    private TableSpec table(Ast.File file, Ast.TableDecl td, List<Problem> problems) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (Ast.GroupDecl g : td.groups()) {
            if (groups.put(g.id().value(), g.label().value()) != null) {
                problems.add(problem(file, g.id().pos(), "group '" + g.id().value() + "' is declared twice"));
            }
        }
        List<LabelSpec> columns = axis(file, td.columns(), "column", problems);
        Set<String> columnIds = new HashSet<>();
        columns.forEach(c -> columnIds.add(c.id()));
        List<LabelSpec> rows = axis(file, td.rows(), "row", problems);
        for (Ast.AxisDecl r : td.rows()) {
            for (Ast.Name c : r.columns()) {
                if (!columnIds.contains(c.value())) {
                    problems.add(problem(file, c.pos(), "row '" + r.id().value() + "' lists unknown column '"
                            + c.value() + "'" + suggest(c.value(), columnIds)));
                }
            }
        }
        if (columns.isEmpty()) {
            problems.add(problem(file, td.id().pos(), "table '" + td.id().value() + "' declares no column"));
        }
        if (rows.isEmpty()) {
            problems.add(problem(file, td.id().pos(), "table '" + td.id().value() + "' declares no row"));
        }
        List<String> headings = new ArrayList<>(td.headings().stream().map(Ast.Text::value).toList());
        if (headings.isEmpty()) {
            headings.add(td.label().value());
        }
        TableSpec plain = new TableSpec(td.id().value(), td.label().value(), headings,
                td.notes().stream().map(Ast.Text::value).toList(), groups, rows, columns);

        Map<String, List<String>> spans = new LinkedHashMap<>();
        for (Ast.GroupDecl g : td.groups()) {
            if (!g.spans().isEmpty()) {
                spans.put(g.id().value(), spanIds(file, g.spans(), plain, problems));
            }
        }
        List<TableSpec.Caption> captions = new ArrayList<>();
        for (Ast.CaptionDecl c : td.captions()) {
            captions.add(new TableSpec.Caption(c.text().value(), axisIds(file, c.rows(), rows, "row", plain, problems)));
        }
        List<TableSpec.Carry> carries = new ArrayList<>();
        for (Ast.CarryDecl c : td.carries()) {
            boolean ok = checkAxis(file, c.from(), c.from().value(), rows, "row", plain, problems)
                    & checkAxis(file, c.to(), c.to().value(), rows, "row", plain, problems);
            if (ok && !plain.columnsOf(c.from().value()).equals(plain.columnsOf(c.to().value()))) {
                problems.add(problem(file, c.pos(), "'carry " + c.from().value() + " to " + c.to().value()
                        + "' needs two rows with the same columns; they have " + plain.columnsOf(c.from().value())
                        + " and " + plain.columnsOf(c.to().value())));
            } else if (ok) {
                carries.add(new TableSpec.Carry(c.from().value(), c.to().value()));
            }
        }
        List<TableSpec.Stock> stocks = new ArrayList<>();
        for (Ast.StockDecl s : td.stocks()) {
            boolean ok = checkAxis(file, s.column(), s.column().value(), columns, "column", plain, problems)
                    & checkAxis(file, s.adds(), s.adds().value(), columns, "column", plain, problems)
                    & checkAxis(file, s.removes(), s.removes().value(), columns, "column", plain, problems);
            List<String> stockRows = axisIds(file, s.rows(), rows, "row", plain, problems);
            for (String r : ok ? stockRows : List.<String>of()) {
                for (Ast.Name c : List.of(s.column(), s.adds(), s.removes())) {
                    if (!plain.hasCell(r, c.value())) {
                        problems.add(problem(file, c.pos(), "table '" + plain.id() + "' has no cell [" + r + ", "
                                + c.value() + "]: row '" + r + "' has columns " + plain.allColumnsOf(r)));
                        ok = false;
                    }
                }
            }
            if (ok) {
                stocks.add(new TableSpec.Stock(s.column().value(), s.adds().value(), s.removes().value(), stockRows));
            }
        }
        List<TableSpec.Quantity> quantities = new ArrayList<>();
        Set<String> quantityIds = new HashSet<>();
        for (Ast.QuantityDecl q : td.quantities()) {
            if (!quantityIds.add(q.id().value())) {
                problems.add(problem(file, q.id().pos(), "quantity '" + q.id().value() + "' is declared twice"));
                continue;
            }
            List<CompiledRule.Term> terms = new ArrayList<>();
            BigDecimal[] constants = {BigDecimal.ZERO};
            int before = problems.size();
            expr(file, q.expr(), plain, List.of(), Map.of(), terms, constants, 0, problems);
            if (problems.size() > before) {
                continue;
            }
            if (constants[0].signum() != 0 || terms.stream().anyMatch(t -> t.sign() < 0)) {
                problems.add(problem(file, q.expr().pos(), "quantity '" + q.id().value()
                        + "' must be a sum of cells ([row, column], sum[...] joined by +), without numbers or -"));
                continue;
            }
            List<TableSpec.Position> cells = terms.stream()
                    .map(t -> new TableSpec.Position(t.row(), t.column())).distinct().toList();
            String label = q.label() != null ? q.label().value()
                    : cells.stream().map(p -> plain.cellDisplay(p.row(), p.column()))
                            .collect(java.util.stream.Collectors.joining(" + "));
            quantities.add(new TableSpec.Quantity(q.id().value(), label, cells));
        }
        int mostlyBlank = 0;
        if (td.mostlyBlank() != null) {
            if (td.mostlyBlank().percent() < 1 || td.mostlyBlank().percent() > 100) {
                problems.add(problem(file, td.mostlyBlank().pos(), "'mostly-blank' takes a share of the cells from 1% "
                        + "to 100%, found " + td.mostlyBlank().percent() + "%"));
            } else {
                mostlyBlank = td.mostlyBlank().percent();
            }
        }
        return new TableSpec(td.id().value(), td.label().value(), headings,
                td.notes().stream().map(Ast.Text::value).toList(), groups, spans,
                td.corner() == null ? null : td.corner().value(), captions, carries, stocks, quantities, rows, columns,
                mostlyBlank);
    }

    /** Ids of one axis listed as {@code (a, b .. c)}, ranges expanded in declared order. */
    private List<String> axisIds(Ast.File file, List<Ast.Span> spans, List<LabelSpec> axis, String what,
                                 TableSpec table, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (Ast.Span s : spans) {
            List<String> ids = range(file, s.from(), s.to(), axis, what, table, List.of(), Map.of(), problems);
            if (ids != null) {
                out.addAll(ids);
            }
        }
        return out;
    }

    /** The members of a group's {@code spans}: group ids as written, column ranges expanded. */
    private List<String> spanIds(Ast.File file, List<Ast.Span> spans, TableSpec table, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (Ast.Span s : spans) {
            if (s.to() == null && table.groups().containsKey(s.from().value())) {
                out.add(s.from().value());
                continue;
            }
            List<String> ids = range(file, s.from(), s.to(), table.columns(), "column or group", table, List.of(),
                    Map.of(), problems);
            if (ids != null) {
                out.addAll(ids);
            }
        }
        return out;
    }

    private List<LabelSpec> axis(Ast.File file, List<Ast.AxisDecl> decls, String what, List<Problem> problems) {
        List<LabelSpec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Ast.AxisDecl d : decls) {
            if (!seen.add(d.id().value())) {
                problems.add(problem(file, d.id().pos(), what + " '" + d.id().value() + "' is declared twice"));
                continue;
            }
            out.add(new LabelSpec(d.id().value(), d.label().value(),
                    d.aliases().stream().map(Ast.Text::value).toList(),
                    d.typos().stream().map(Ast.Text::value).toList(),
                    d.columns().stream().map(Ast.Name::value).toList(), d.optional()));
        }
        return out;
    }

    // ------------------------------------------------------------------ rules

    private CompiledRule rule(Ast.File file, Ast.RuleDecl rd, List<TableSpec> tables, List<Problem> problems) {
        int before = problems.size();
        Severity severity = Severity.ERROR;
        if (rd.severity() != null) {
            severity = Severity.fromId(rd.severity().value());
            if (severity == null) {
                problems.add(problem(file, rd.severity().pos(), "unknown severity '" + rd.severity().value()
                        + "'; use error, warning or info"));
                return null;
            }
        }
        if (rd.table() == null) {
            problems.add(problem(file, rd.pos(), "rule '" + rd.id().value() + "' needs 'table ID'"));
            return null;
        }
        TableSpec table = tables.stream().filter(t -> t.id().equals(rd.table().value())).findFirst().orElse(null);
        if (table == null) {
            problems.add(problem(file, rd.table().pos(), "unknown table '" + rd.table().value() + "'"
                    + suggest(rd.table().value(), tables.stream().map(TableSpec::id).toList())));
            return null;
        }

        Map<String, Ast.Over> vars = new LinkedHashMap<>();
        List<List<CompiledRule.Binding>> domains = new ArrayList<>();
        for (Ast.Quantifier q : rd.quantifiers()) {
            String v = q.var().value();
            if (vars.containsKey(v)) {
                problems.add(problem(file, q.var().pos(), "variable '" + v + "' is bound twice"));
                continue;
            }
            if (clashesWithIds(v, table)) {
                problems.add(problem(file, q.var().pos(), "variable '" + v
                        + "' has the same name as a row, column or group of table '" + table.id()
                        + "'; choose another name"));
                continue;
            }
            vars.put(v, q.over());
            domains.add(domain(file, q, table, problems));
            long product = 1;
            for (List<CompiledRule.Binding> d : domains) {
                product = Math.min(Long.MAX_VALUE / 2, product * Math.max(1, d.size()));
            }
            if (product > MAX_INSTANCES) {
                problems.add(problem(file, q.var().pos(), "this quantifier makes rule '" + rd.id().value() + "' expand to "
                        + product + " checks, more than the " + MAX_INSTANCES + " a rule may have; "
                        + "quantify over fewer rows, columns or cells"));
                return null;
            }
        }
        if (problems.size() > before) {
            return null;
        }

        // The rule's own messages; zh and en default to the catalogue's rule.failed, and so does every
        // other language of the catalogue unless the rule writes English, which it then shows.
        Map<String, MessageTemplate> messages = new LinkedHashMap<>();
        rd.messages().forEach((tag, text) -> messages.put(tag, template(file, text, vars, problems)));
        for (String language : Messages.languages()) {
            if (language.equals("zh") || language.equals("en") || !rd.messages().containsKey("en")) {
                messages.putIfAbsent(language, Messages.template(language, "rule.failed"));
            }
        }

        List<CompiledRule.Instance> instances = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (List<CompiledRule.Binding> bindings : cartesian(domains)) {
            List<Problem> local = new ArrayList<>();
            CompiledRule.Check check = check(file, rd.check(), table, bindings, vars, local);
            for (Problem p : local) {
                if (reported.add(p.toString())) {
                    problems.add(p);
                }
            }
            if (check != null) {
                String row = null;
                String column = null;
                for (CompiledRule.Binding b : bindings) {
                    switch (b.over()) {
                        case ROW -> row = b.id();
                        case COLUMN -> column = b.id();
                        case CELL -> {
                            row = b.id();
                            column = b.column();
                        }
                        case GROUP -> {
                            boolean columnGroup = table.columns().stream()
                                    .anyMatch(c -> c.id().startsWith(b.id() + "."));
                            if (columnGroup) {
                                column = b.id();
                            } else {
                                row = b.id();
                            }
                        }
                    }
                }
                instances.add(new CompiledRule.Instance(bindings, row, column, check));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String title = rd.title() == null ? rd.id().value() : rd.title().value();
        RuleSpec spec = new RuleSpec(rd.id().value(), title, severity, table.id(), file.path(), rd.pos().line());
        declaredRules.put(table.id().isEmpty() ? rd.id().value() : currentFormat + "/" + rd.id().value(), file.path() + ":" + rd.pos().line());
        return new CompiledRule(spec, table, instances, messages);
    }

    private static boolean clashesWithIds(String var, TableSpec table) {
        Set<String> heads = new HashSet<>();
        table.rows().forEach(r -> heads.add(head(r.id())));
        table.columns().forEach(c -> heads.add(head(c.id())));
        table.groups().keySet().forEach(g -> heads.add(head(g)));
        return heads.contains(var);
    }

    private static String head(String id) {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    /** Most checks one rule may expand to: the standard rules have at most a few hundred each. */
    static final long MAX_INSTANCES = 20_000;

    private List<CompiledRule.Binding> domain(Ast.File file, Ast.Quantifier q, TableSpec table,
                                              List<Problem> problems) {
        String v = q.var().value();
        List<CompiledRule.Binding> out = new ArrayList<>();
        switch (q.over()) {
            case ROW, COLUMN -> {
                List<LabelSpec> axis = q.over() == Ast.Over.ROW ? table.rows() : table.columns();
                List<String> ids = axis.stream().map(LabelSpec::id).toList();
                Set<String> except = new HashSet<>();
                for (Ast.Name e : q.except()) {
                    if (!ids.contains(e.value())) {
                        problems.add(problem(file, e.pos(), "unknown " + (q.over() == Ast.Over.ROW ? "row" : "column")
                                + " '" + e.value() + "' in table '" + table.id() + "'" + suggest(e.value(), ids)));
                    }
                    except.add(e.value());
                }
                for (String id : ids) {
                    if (!except.contains(id)) {
                        String label = q.over() == Ast.Over.ROW ? table.rowDisplay(id) : table.columnDisplay(id);
                        out.add(new CompiledRule.Binding(v, q.over(), id, label));
                    }
                }
            }
            case CELL -> {
                Set<TableSpec.Position> except = new HashSet<>();
                for (Ast.CellRefExpr e : q.exceptCells()) {
                    if (!table.hasCell(e.row().value(), e.column().value())) {
                        problems.add(problem(file, e.pos(), "table '" + table.id() + "' has no cell ["
                                + e.row().value() + ", " + e.column().value() + "]"));
                    }
                    except.add(new TableSpec.Position(e.row().value(), e.column().value()));
                }
                for (TableSpec.Position rc : table.allCells()) {
                    if (!except.contains(rc)) {
                        out.add(CompiledRule.Binding.cell(v, rc.row(), rc.column(), table.cellDisplay(rc.row(), rc.column())));
                    }
                }
            }
            case GROUP -> {
                for (Ast.Name g : q.values()) {
                    if (!table.groups().containsKey(g.value())) {
                        problems.add(problem(file, g.pos(), "unknown group '" + g.value() + "' in table '"
                                + table.id() + "'" + suggest(g.value(), table.groups().keySet())));
                        continue;
                    }
                    out.add(new CompiledRule.Binding(v, Ast.Over.GROUP, g.value(), table.groupDisplay(g.value())));
                }
            }
        }
        return out;
    }

    private static List<List<CompiledRule.Binding>> cartesian(List<List<CompiledRule.Binding>> domains) {
        List<List<CompiledRule.Binding>> out = new ArrayList<>();
        out.add(List.of());
        for (List<CompiledRule.Binding> domain : domains) {
            List<List<CompiledRule.Binding>> next = new ArrayList<>();
            for (List<CompiledRule.Binding> prefix : out) {
                for (CompiledRule.Binding b : domain) {
                    List<CompiledRule.Binding> l = new ArrayList<>(prefix);
                    l.add(b);
                    next.add(List.copyOf(l));
                }
            }
            out = next;
        }
        return out;
    }

    private CompiledRule.Check check(Ast.File file, Ast.Check check, TableSpec table,
                                     List<CompiledRule.Binding> bindings, Map<String, Ast.Over> vars,
                                     List<Problem> problems) {
        if (check instanceof Ast.IsInteger ii) {
            String[] rc = cellVar(file, ii.var(), bindings, vars, problems);
            return rc == null ? null : new CompiledRule.IsInteger(rc[0], rc[1]);
        }
        Ast.Relation rel = (Ast.Relation) check;
        List<CompiledRule.Term> left = new ArrayList<>();
        List<CompiledRule.Term> right = new ArrayList<>();
        BigDecimal[] constants = {BigDecimal.ZERO, BigDecimal.ZERO};
        int before = problems.size();
        expr(file, rel.left(), table, bindings, vars, left, constants, 0, problems);
        expr(file, rel.right(), table, bindings, vars, right, constants, 1, problems);
        if (problems.size() > before) {
            return null;
        }
        return new CompiledRule.Relation(left, constants[0], rel.op().value(), right, constants[1]);
    }

    private void expr(Ast.File file, Ast.Expr expr, TableSpec table, List<CompiledRule.Binding> bindings,
                      Map<String, Ast.Over> vars, List<CompiledRule.Term> out, BigDecimal[] constants, int side,
                      List<Problem> problems) {
        for (Ast.SignedTerm st : expr.terms()) {
            int sign = st.sign();
            Ast.Term t = st.term();
            if (t instanceof Ast.Constant c) {
                constants[side] = constants[side].add(sign > 0 ? c.value() : c.value().negate());
            } else if (t instanceof Ast.VarTerm v) {
                String[] rc = cellVar(file, v.var(), bindings, vars, problems);
                if (rc != null) {
                    out.add(new CompiledRule.Term(sign, rc[0], rc[1]));
                }
            } else if (t instanceof Ast.CellRefExpr ref) {
                String row = part(file, ref.row(), bindings, vars, problems);
                String col = part(file, ref.column(), bindings, vars, problems);
                if (row == null || col == null) {
                    continue;
                }
                if (checkAxis(file, ref.row(), row, table.rows(), "row", table, problems)
                        & checkAxis(file, ref.column(), col, table.columns(), "column", table, problems)) {
                    if (!table.hasCell(row, col)) {
                        problems.add(problem(file, ref.pos(), "table '" + table.id() + "' has no cell [" + row
                                + ", " + col + "]: row '" + row + "' has columns " + table.allColumnsOf(row)));
                    } else {
                        out.add(new CompiledRule.Term(sign, row, col));
                    }
                }
            } else if (t instanceof Ast.SumExpr sum) {
                List<String> rows = range(file, sum.rowFrom(), sum.rowTo(), table.rows(), "row", table,
                        bindings, vars, problems);
                List<String> cols = range(file, sum.columnFrom(), sum.columnTo(), table.columns(), "column", table,
                        bindings, vars, problems);
                if (rows == null || cols == null) {
                    continue;
                }
                int before = out.size();
                for (String r : rows) {
                    for (String c : cols) {
                        if (table.hasCell(r, c)) {
                            out.add(new CompiledRule.Term(sign, r, c));
                        }
                    }
                }
                if (out.size() == before) {
                    problems.add(problem(file, sum.pos(), "sum[...] covers no cell of table '" + table.id()
                            + "': none of rows " + rows + " has columns " + cols));
                }
            }
        }
    }

    private List<String> range(Ast.File file, Ast.Name from, Ast.Name to, List<LabelSpec> axis, String what,
                               TableSpec table, List<CompiledRule.Binding> bindings, Map<String, Ast.Over> vars,
                               List<Problem> problems) {
        String a = part(file, from, bindings, vars, problems);
        String b = to == null ? a : part(file, to, bindings, vars, problems);
        if (a == null || b == null) {
            return null;
        }
        boolean ok = checkAxis(file, from, a, axis, what, table, problems);
        ok &= to == null || checkAxis(file, to, b, axis, what, table, problems);
        if (!ok) {
            return null;
        }
        List<String> ids = axis.stream().map(LabelSpec::id).toList();
        int i = ids.indexOf(a);
        int j = ids.indexOf(b);
        if (i > j) {
            problems.add(problem(file, from.pos(), "range " + a + " .. " + b + " is reversed: '" + b
                    + "' comes before '" + a + "' in table '" + table.id() + "'"));
            return null;
        }
        return ids.subList(i, j + 1);
    }

    private boolean checkAxis(Ast.File file, Ast.Name at, String id, List<LabelSpec> axis, String what,
                              TableSpec table, List<Problem> problems) {
        List<String> ids = axis.stream().map(LabelSpec::id).toList();
        if (ids.contains(id)) {
            return true;
        }
        String shown = id.equals(at.value()) ? "'" + id + "'" : "'" + id + "' (from " + at.value() + ")";
        problems.add(problem(file, at.pos(), "unknown " + what + " " + shown + " in table '" + table.id() + "'"
                + suggest(id, ids)));
        return false;
    }

    /** Resolves a row or column id that may start with a bound row, column or group variable. */
    private String part(Ast.File file, Ast.Name name, List<CompiledRule.Binding> bindings, Map<String, Ast.Over> vars,
                        List<Problem> problems) {
        String text = name.value();
        String h = head(text);
        if (!vars.containsKey(h)) {
            return text;
        }
        if (vars.get(h) == Ast.Over.CELL) {
            problems.add(problem(file, name.pos(), "'" + h + "' is a cell variable; use it alone, not inside [ , ]"));
            return null;
        }
        for (CompiledRule.Binding b : bindings) {
            if (b.var().equals(h)) {
                return b.id() + text.substring(h.length());
            }
        }
        return text;
    }

    private String[] cellVar(Ast.File file, Ast.Name var, List<CompiledRule.Binding> bindings,
                             Map<String, Ast.Over> vars, List<Problem> problems) {
        if (vars.get(var.value()) != Ast.Over.CELL) {
            problems.add(problem(file, var.pos(), "'" + var.value() + "' is not a cell variable"
                    + (vars.containsKey(var.value()) ? "; write a cell as [row, column]"
                    : "; bind it with 'for each cell " + var.value() + "' or write a cell as [row, column]")));
            return null;
        }
        for (CompiledRule.Binding b : bindings) {
            if (b.var().equals(var.value())) {
                return new String[] {b.id(), b.column()};
            }
        }
        return null;
    }

    private MessageTemplate template(Ast.File file, Ast.Text text, Map<String, Ast.Over> vars,
                                     List<Problem> problems) {
        MessageTemplate t = MessageTemplate.parse(text.value());
        boolean hasCellVar = vars.containsValue(Ast.Over.CELL);
        for (MessageTemplate.Placeholder p : t.placeholders()) {
            String name = p.name();
            String var = name.endsWith(".id") ? name.substring(0, name.length() - 3) : name;
            boolean ok = SIDE_PLACEHOLDERS.contains(name) || vars.containsKey(var)
                    || name.equals("rule") || name.equals("title") || (name.equals("value") && hasCellVar);
            if (!ok) {
                Set<String> allowed = new LinkedHashSet<>(SIDE_PLACEHOLDERS);
                allowed.add("rule");
                allowed.add("title");
                if (hasCellVar) {
                    allowed.add("value");
                }
                vars.keySet().forEach(v -> {
                    allowed.add(v);
                    allowed.add(v + ".id");
                });
                problems.add(problem(file, new Ast.Pos(text.pos().line(), text.columnOf(p.offset())),
                        "unknown placeholder {" + name + "}; allowed here: " + String.join(", ", allowed)));
            }
        }
        return t;
    }

    @SuppressWarnings("deprecation") // commons-lang3 moved it to commons-text, which the core does not take on
    private static String suggest(String wrong, java.util.Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = org.apache.commons.lang3.StringUtils.getLevenshteinDistance(wrong, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, wrong.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    private static Problem problem(Ast.File file, Ast.Pos pos, String message) {
        return new Problem(file.path(), pos.line(), pos.column(), message);
    }
}
