package io.github.crossfoot.rules.internal;

import io.github.crossfoot.rules.RuleSpec;
import io.github.crossfoot.rules.TableSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A rule after its names are resolved and its quantifiers expanded: one {@link Instance} per
 * binding of its variables, each with the exact cells it adds up. Immutable.
 */
public record CompiledRule(RuleSpec spec, TableSpec table, List<Instance> instances,
                           Map<String, MessageTemplate> messages) {

    /** {@code messages}: by language tag, with {@code zh} and {@code en} always. */
    public CompiledRule {
        messages = Map.copyOf(messages);
    }

    /** The message template in {@code language}; the English one for a language the rule has none in. */
    public MessageTemplate message(String language) {
        MessageTemplate t = messages.get(language);
        return t != null ? t : messages.get("en");
    }

    /** What a variable was bound to in one instance. */
    public record Binding(String var, Ast.Over over, String id, String column, String label) {
        /** A row, column or group: its id; {@code column} is null. */
        public Binding(String var, Ast.Over over, String id, String label) {
            this(var, over, id, null, label);
        }

        /** A cell: its row and column. */
        static Binding cell(String var, String row, String column, String label) {
            return new Binding(var, Ast.Over.CELL, row, column, label);
        }

        /** The id as messages show it: {@code row/column} for a cell. */
        public String shown() {
            return column == null ? id : id + "/" + column;
        }
    }

    /** One concrete check: the rule applied to one row, column, cell or group. */
    public record Instance(List<Binding> bindings, String row, String column, Check check) {
    }

    /** A cell added ({@code sign} 1) or subtracted ({@code sign} -1) in an equation. */
    public record Term(int sign, String row, String column) {
    }

    /** What an instance checks. */
    public sealed interface Check permits Relation, IsInteger {
    }

    /** {@code sum(left) + leftConstant  op  sum(right) + rightConstant}. */
    public record Relation(List<Term> left, BigDecimal leftConstant, String op,
                           List<Term> right, BigDecimal rightConstant) implements Check {

        /** How many cells the relation involves on both sides. */
        public int cellCount() {
            return left.size() + right.size();
        }
    }

    /** The cell holds a whole number. */
    public record IsInteger(String row, String column) implements Check {
    }
}
