package io.github.crossfoot.rules.internal;

import io.github.crossfoot.model.Cell;
import io.github.crossfoot.model.CellRef;
import io.github.crossfoot.model.CellValue;
import io.github.crossfoot.model.Report;
import io.github.crossfoot.model.Severity;
import io.github.crossfoot.model.Table;
import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies a compiled format to a report.
 *
 * <p>Order of findings: problems met while reading, then per table its structure (missing table,
 * missing, unreadable and blank cells), then each rule's instances in declaration order.
 *
 * <p>Blank cells follow XBRL calculation practice: an unreported part counts as zero, but when a
 * whole side of an equation is blank the equation is not checked, and an info says so. A missing
 * or unreadable cell makes the instance "not evaluated", which is an error: a report whose tables
 * cannot be read never passes.
 */
public final class Engine {

    private Engine() {
    }

    public static List<Violation> check(RuleCompiler.CompiledFormat format, Report report) {
        List<Violation> out = new ArrayList<>(report.readingProblems());
        for (String tableId : report.tables().keySet()) {
            if (format.spec().table(tableId).isEmpty()) {
                Messages.Text m = Messages.of("table.unknown", "table", tableId, "format", format.spec().id());
                out.add(Violation.builder("table.unknown", Severity.WARNING, Violation.Kind.STRUCTURE)
                        .table(tableId).message(m.byLanguage()).build());
            }
        }
        boolean noCellAtAll = format.spec().tables().stream()
                .allMatch(spec -> report.table(spec.id()).map(Table::isEmpty).orElse(true));
        if (noCellAtAll) {
            // A document without any table cell (a narrative-only report, or not a report at all) is one
            // error, not one per table: the clerk's fix is the same, and a run over a directory stays readable.
            noTables(format, report, out);
        } else {
            for (TableSpec spec : format.spec().tables()) {
                List<String> rulesOfTable = format.rules().stream()
                        .filter(r -> r.table().id().equals(spec.id())).map(r -> r.spec().id()).toList();
                structure(spec, report.table(spec.id()), rulesOfTable, out);
            }
        }
        out.addAll(SectionCheck.check(format, report));
        for (CompiledRule rule : format.rules()) {
            // A missing table is one error that names the rules it stops; see structure().
            Optional<Table> table = report.table(rule.table().id()).filter(t -> !t.isEmpty());
            if (table.isPresent()) {
                for (CompiledRule.Instance instance : rule.instances()) {
                    evaluate(rule, instance, table.get()).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ structure

    private static void noTables(RuleCompiler.CompiledFormat format, Report report, List<Violation> out) {
        List<Integer> headings = format.spec().tables().stream()
                .map(spec -> report.table(spec.id()).map(Table::line).orElse(0))
                .filter(line -> line > 0).sorted().toList();
        Messages.Text tables = Messages.join(format.spec().tables().stream()
                .map(t -> new Messages.Text(tableName(t).zh(), t.id())).toList());
        Messages.Text m = headings.isEmpty()
                ? Messages.of("table.missing.none-found", "tables", tables, "ruleCount", format.rules().size())
                : Messages.of("table.missing.no-cells", "tables", tables, "ruleCount", format.rules().size(),
                        "lines", Messages.join(headings.stream().map(l -> Messages.verbatim(l.toString())).toList()));
        out.add(Violation.builder("table.missing", Severity.ERROR, Violation.Kind.STRUCTURE)
                .line(headings.isEmpty() ? 0 : headings.get(0))
                .message(m.byLanguage())
                .build());
    }

    private static void structure(TableSpec spec, Optional<Table> found, List<String> rules, List<Violation> out) {
        if (found.isEmpty() || found.get().isEmpty()) {
            int line = found.map(Table::line).orElse(0);
            Messages.Text notChecked = rules.isEmpty() ? Messages.verbatim("") : Messages.of("table.missing.not-checked",
                    "rules", Messages.join(rules.stream().map(Messages::verbatim).toList()));
            Messages.Text m = Messages.of(line > 0 ? "table.missing.heading-only" : "table.missing.not-found",
                    "table", tableName(spec), "line", line, "notChecked", notChecked);
            out.add(Violation.builder("table.missing", Severity.ERROR, Violation.Kind.STRUCTURE)
                    .table(spec.id()).line(line)
                    .message(m.byLanguage())
                    .build());
            return;
        }
        Table table = found.get();
        List<CellRef> missing = new ArrayList<>();
        List<CellRef> unreadable = new ArrayList<>();
        List<CellRef> blank = new ArrayList<>();
        for (TableSpec.Position rc : spec.cells()) {
            Optional<Cell> cell = table.cell(rc.row(), rc.column());
            CellRef ref = ref(spec, rc.row(), rc.column(), cell.orElse(null));
            if (cell.isEmpty()) {
                if (!spec.isOptional(rc.row(), rc.column())) {
                    missing.add(ref);
                }
            } else if (cell.get().value().isText()) {
                unreadable.add(ref);
            } else if (cell.get().value().isBlank()) {
                blank.add(ref);
            }
        }
        List<CellRef> unknown = table.cells().stream()
                .filter(c -> !spec.hasCell(c.row(), c.column()))
                .map(c -> CellRef.of(spec.id(), c.row(), c.column(), c.key(), c))
                .toList();
        Messages.Text name = tableName(spec);
        if (!missing.isEmpty()) {
            Messages.Text m = Messages.of("table.missing-cells", "table", name, "count", missing.size(),
                    "cells", cells(missing, "piece.cell"));
            out.add(Violation.builder("table.missing-cells", Severity.ERROR, Violation.Kind.STRUCTURE)
                    .table(spec.id()).cells(missing).line(table.line()).message(m.byLanguage()).build());
        }
        if (!unreadable.isEmpty()) {
            Messages.Text m = Messages.of("table.unreadable-cells", "table", name, "count", unreadable.size(),
                    "cells", cells(unreadable, "piece.cell.valued"));
            out.add(Violation.builder("table.unreadable-cells", Severity.ERROR, Violation.Kind.STRUCTURE)
                    .table(spec.id()).cells(unreadable).message(m.byLanguage()).build());
        }
        if (!unknown.isEmpty()) {
            Messages.Text m = Messages.of("table.unknown-cells", "table", name, "cells", cells(unknown, "piece.cell.id"));
            out.add(Violation.builder("table.unknown-cells", Severity.ERROR, Violation.Kind.STRUCTURE)
                    .table(spec.id()).cells(unknown).message(m.byLanguage()).build());
        }
        int present = spec.cells().size() - missing.size();
        if (!blank.isEmpty() && spec.mostlyBlankPercent().isPresent()
                && blank.size() * 100L >= (long) spec.mostlyBlankPercent().getAsInt() * present) {
            // Nearly every cell blank: one finding with the share, not a list of almost the whole table.
            Messages.Text m = Messages.of("table.mostly-blank", "table", name, "count", blank.size(), "total", present,
                    "share", blank.size() * 100 / present);
            out.add(Violation.builder("table.mostly-blank", Severity.WARNING, Violation.Kind.STRUCTURE)
                    .table(spec.id()).cells(blank).line(table.line()).message(m.zh(), m.en()).build());
        } else if (!blank.isEmpty()) {
            Messages.Text m = Messages.of("table.blank-cells", "table", name, "count", blank.size(),
                    "cells", cells(blank, "piece.cell"));
            out.add(Violation.builder("table.blank-cells", Severity.WARNING, Violation.Kind.STRUCTURE)
                    .table(spec.id()).cells(blank).message(m.byLanguage()).build());
        }
    }

    // ------------------------------------------------------------------ rules

    private static Optional<Violation> evaluate(CompiledRule rule, CompiledRule.Instance instance, Table table) {
        TableSpec spec = rule.table();
        if (instance.check() instanceof CompiledRule.IsInteger ii) {
            Optional<BigDecimal> n = table.number(ii.row(), ii.column());
            // Missing, blank and unreadable cells are reported once per table by structure().
            if (n.isEmpty() || n.get().stripTrailingZeros().scale() <= 0) {
                return Optional.empty();
            }
            CellRef ref = ref(spec, ii.row(), ii.column(), table.cell(ii.row(), ii.column()).orElseThrow());
            return Optional.of(violation(rule, instance, Violation.Kind.FAILED, List.of(ref), n.get(), null,
                    rule.spec().severity()));
        }
        CompiledRule.Relation rel = (CompiledRule.Relation) instance.check();
        // The common case first, without building any labels: every cell a number or blank, and it holds.
        Side l = side(rel.left(), table);
        Side r = side(rel.right(), table);
        if (l.usable && r.usable && !(l.blank && rel.leftConstant().signum() == 0)
                && !(r.blank && rel.rightConstant().signum() == 0)
                && holds(l.sum.add(rel.leftConstant()).compareTo(r.sum.add(rel.rightConstant())), rel.op())) {
            return Optional.empty();
        }
        List<CellRef> leftRefs = refs(spec, table, rel.left());
        List<CellRef> rightRefs = refs(spec, table, rel.right());
        List<CellRef> all = new ArrayList<>(leftRefs);
        all.addAll(rightRefs);
        boolean singleCell = rel.cellCount() == 1;

        List<CellRef> unusable = all.stream().filter(x -> !x.found() || x.value().isText()).toList();
        if (unusable.stream().anyMatch(x -> !x.found() && spec.isOptional(x.row(), x.column()))) {
            return Optional.empty(); // a local row or column this report does not have
        }
        if (!unusable.isEmpty()) {
            if (singleCell) {
                return Optional.empty();
            }
            Messages.Text m = Messages.of("rule.not-evaluated", "title", rule.spec().title(), "rule", rule.spec().id(),
                    "where", where(instance), "cells", Messages.join(unusable.stream()
                            .map(x -> piece(x.found() ? "piece.cell.unreadable" : "piece.cell.missing", x)).toList()));
            return Optional.of(Violation.builder(rule.spec().id(), Severity.ERROR, Violation.Kind.NOT_EVALUATED)
                    .table(spec.id()).row(instance.row()).column(instance.column()).cells(all)
                    .message(m.byLanguage()).build());
        }

        boolean leftBlank = l.blank && rel.leftConstant().signum() == 0;
        boolean rightBlank = r.blank && rel.rightConstant().signum() == 0;
        if (leftBlank || rightBlank) {
            if (singleCell) {
                return Optional.empty();
            }
            String key = leftBlank && rightBlank ? "rule.not-checked.both-blank"
                    : leftBlank ? "rule.not-checked.left-blank" : "rule.not-checked.right-blank";
            Messages.Text m = Messages.of(key, "title", rule.spec().title(), "rule", rule.spec().id(),
                    "where", where(instance));
            return Optional.of(Violation.builder(rule.spec().id(), Severity.INFO, Violation.Kind.NOT_CHECKED)
                    .table(spec.id()).row(instance.row()).column(instance.column()).cells(all)
                    .message(m.byLanguage())
                    .build());
        }

        BigDecimal left = l.sum.add(rel.leftConstant());
        BigDecimal right = r.sum.add(rel.rightConstant());
        return Optional.of(violation(rule, instance, Violation.Kind.FAILED, all, left, right, rule.spec().severity()));
    }

    static boolean holds(int cmp, String op) {
        return switch (op) {
            case "=" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case ">=" -> cmp >= 0;
            default -> throw new IllegalStateException("unknown comparison " + op);
        };
    }

    /** One side of a relation: its sum (blank as 0), whether every cell is usable, whether all are blank. */
    private record Side(BigDecimal sum, boolean usable, boolean blank) {
    }

    private static Side side(List<CompiledRule.Term> terms, Table table) {
        BigDecimal s = BigDecimal.ZERO;
        boolean usable = true;
        boolean blank = !terms.isEmpty();
        for (CompiledRule.Term t : terms) {
            Cell c = table.cell(t.row(), t.column()).orElse(null);
            if (c == null || c.value().isText()) {
                usable = false;
                continue;
            }
            if (c.value().isNumber()) {
                blank = false;
                BigDecimal v = c.value().number().orElseThrow();
                s = t.sign() > 0 ? s.add(v) : s.subtract(v);
            }
        }
        return new Side(s, usable, blank);
    }

    private static Violation violation(CompiledRule rule, CompiledRule.Instance instance, Violation.Kind kind,
                                       List<CellRef> cells, BigDecimal left, BigDecimal right, Severity severity) {
        Map<String, CompiledRule.Binding> byVar = instance.bindings().stream()
                .collect(Collectors.toMap(CompiledRule.Binding::var, b -> b));
        BigDecimal value = cells.size() == 1 && cells.get(0).value().isNumber()
                ? cells.get(0).value().number().orElseThrow() : null;
        java.util.function.Function<String, String> values = name -> {
            switch (name) {
                case "left":
                    return plain(left);
                case "right":
                    return plain(right);
                case "difference":
                    return left == null || right == null ? "" : plain(left.subtract(right));
                case "value":
                    return plain(value);
                case "rule":
                    return rule.spec().id();
                case "title":
                    return rule.spec().title();
                default:
                    boolean id = name.endsWith(".id");
                    CompiledRule.Binding b = byVar.get(id ? name.substring(0, name.length() - 3) : name);
                    if (b == null) {
                        return "{" + name + "}";
                    }
                    return id ? b.shown() : b.label();
            }
        };
        return Violation.builder(rule.spec().id(), severity, kind)
                .table(rule.table().id()).row(instance.row()).column(instance.column())
                .cells(cells).sides(left, right)
                .message(messages(rule, values))
                .build();
    }

    /** A rule's message rendered in every language of the catalogue and every language the rule writes. */
    private static Map<String, String> messages(CompiledRule rule, java.util.function.Function<String, String> values) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String language : Messages.languages()) {
            out.put(language, rule.message(language).render(values));
        }
        rule.messages().forEach((language, template) -> out.putIfAbsent(language, template.render(values)));
        return out;
    }

    // ------------------------------------------------------------------ helpers

    private static List<CellRef> refs(TableSpec spec, Table table, List<CompiledRule.Term> terms) {
        List<CellRef> out = new ArrayList<>(terms.size());
        for (CompiledRule.Term t : terms) {
            out.add(ref(spec, t.row(), t.column(), table.cell(t.row(), t.column()).orElse(null)));
        }
        return out;
    }

    static CellRef ref(TableSpec spec, String row, String column, Cell cell) {
        return CellRef.of(spec.id(), row, column, spec.cellDisplay(row, column), cell);
    }

    private static Messages.Text tableName(TableSpec spec) {
        return Messages.of("piece.table", "label", spec.label(), "id", spec.id());
    }

    /** The bound rows, columns, cells or groups: their labels in Chinese, {@code var=id} in English. */
    private static Messages.Text where(CompiledRule.Instance instance) {
        return where(instance.bindings(), b -> b.var() + "=" + b.shown());
    }

    /** Bindings in brackets, labels in Chinese and {@code english} of each in English; "" when none. */
    static Messages.Text where(List<CompiledRule.Binding> bindings,
                               java.util.function.Function<CompiledRule.Binding, String> english) {
        if (bindings.isEmpty()) {
            return Messages.verbatim("");
        }
        return Messages.of("piece.where", "bindings", Messages.join(bindings.stream()
                .map(b -> new Messages.Text(b.label(), english.apply(b))).toList(), "piece.binding-separator"));
    }

    /** A list of cells, each as {@code key} (or {@code key.at} when its line is known) words it. */
    private static Messages.Text cells(List<CellRef> refs, String key) {
        return Messages.join(refs.stream().map(r -> piece(key, r)).toList());
    }

    private static Messages.Text piece(String key, CellRef r) {
        String text = r.found() ? r.value().text() : "";
        return r.line() > 0 && !key.equals("piece.cell.missing")
                ? Messages.of(key + ".at", "label", r.label(), "row", r.row(), "column", r.column(), "text", text,
                        "line", r.line())
                : Messages.of(key, "label", r.label(), "row", r.row(), "column", r.column(), "text", text);
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
