package io.github.crossfoot.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding about a report: a relation that does not hold, a check that could not be made, or a
 * problem met while reading. Immutable.
 *
 * <p>Its message is kept per language tag: always Chinese ({@code zh}) and English ({@code en}), and
 * every other language of the message catalogue that Crossfoot found on the class path (a file
 * {@code io/github/crossfoot/messages/<tag>.properties}; a rule file's own {@code message <tag>}
 * too). {@link #message(String)} gives English for a language the message was not written in.
 */
public final class Violation {

    /** What kind of finding this is. */
    public enum Kind {
        /** The relation was evaluated and does not hold. */
        FAILED("failed"),
        /** The relation could not be evaluated: a cell it needs is missing or unreadable. */
        NOT_EVALUATED("not-evaluated"),
        /** The relation was deliberately not checked (for example, a whole side is blank). */
        NOT_CHECKED("not-checked"),
        /** A table or cells are missing, blank or unreadable. */
        STRUCTURE("structure"),
        /** Something in the source text could not be read as the format expects. */
        READING("reading"),
        /** Cells that, changed to their expected values, would make failing relations hold. */
        SUSPECT("suspect");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name used in JSON output. */
        public String id() {
            return id;
        }
    }

    private final String rule;
    private final Severity severity;
    private final Kind kind;
    private final String table;
    private final String row;
    private final String column;
    private final List<CellRef> cells;
    private final BigDecimal left;
    private final BigDecimal right;
    private final int line;
    private final Map<String, String> messages;

    private Violation(Builder b) {
        this.rule = Objects.requireNonNull(b.rule, "rule");
        this.severity = Objects.requireNonNull(b.severity, "severity");
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.table = b.table;
        this.row = b.row;
        this.column = b.column;
        this.cells = List.copyOf(b.cells);
        this.left = b.left;
        this.right = b.right;
        this.line = b.line > 0 ? b.line : cells.stream().mapToInt(CellRef::line).filter(l -> l > 0).min().orElse(0);
        this.messages = Objects.requireNonNull(b.messages, "message");
    }

    public static Builder builder(String rule, Severity severity, Kind kind) {
        return new Builder(rule, severity, kind);
    }

    /** The rule id, e.g. {@code applications.balance} or {@code read.row-values}. */
    public String rule() {
        return rule;
    }

    public Severity severity() {
        return severity;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<String> table() {
        return Optional.ofNullable(table);
    }

    /** The row the rule was applied to, when it is quantified over rows or names one. */
    public Optional<String> row() {
        return Optional.ofNullable(row);
    }

    /** The column the rule was applied to, when it is quantified over columns or names one. */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** Every cell the finding involves. */
    public List<CellRef> cells() {
        return cells;
    }

    /** The value of the left-hand side, for an evaluated relation. */
    public Optional<BigDecimal> left() {
        return Optional.ofNullable(left);
    }

    /** The value of the right-hand side, for an evaluated relation. */
    public Optional<BigDecimal> right() {
        return Optional.ofNullable(right);
    }

    /** {@code left - right}, for an evaluated relation. */
    public Optional<BigDecimal> difference() {
        return left == null || right == null ? Optional.empty() : Optional.of(left.subtract(right));
    }

    /** The first source line the finding points at; 0 when it has none. */
    public int line() {
        return line;
    }

    /** The message for the clerk, in Chinese. */
    public String messageZh() {
        return messages.get("zh");
    }

    /** The same message in English, for developers. */
    public String messageEn() {
        return messages.get("en");
    }

    /**
     * The message in {@code language} (a tag such as {@code zh}, {@code en} or {@code fr}); the
     * English message when it was not written in that language.
     */
    public String message(String language) {
        String m = messages.get(language);
        return m != null ? m : messageEn();
    }

    /** The message in every language it was written in, by tag; {@code zh} and {@code en} are always there. */
    public Map<String, String> messages() {
        return messages;
    }

    /** Equal when every part is: rule, severity, kind, place, cells, sides (compared as numbers), line and messages. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && rule.equals(v.rule) && severity == v.severity && kind == v.kind
                && Objects.equals(table, v.table) && Objects.equals(row, v.row) && Objects.equals(column, v.column)
                && cells.equals(v.cells) && sameNumber(left, v.left) && sameNumber(right, v.right) && line == v.line
                && messages.equals(v.messages);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, kind, table, row, column, cells, line, messageEn(),
                left == null ? null : left.stripTrailingZeros(), right == null ? null : right.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return severity.id() + " " + rule + (row == null ? "" : " row=" + row)
                + (column == null ? "" : " column=" + column) + ": " + messageEn();
    }

    /** Builds a {@link Violation}. */
    public static final class Builder {
        private final String rule;
        private final Severity severity;
        private final Kind kind;
        private String table;
        private String row;
        private String column;
        private List<CellRef> cells = List.of();
        private BigDecimal left;
        private BigDecimal right;
        private int line;
        private Map<String, String> messages;

        private Builder(String rule, Severity severity, Kind kind) {
            this.rule = rule;
            this.severity = severity;
            this.kind = kind;
        }

        public Builder table(String tableId) {
            this.table = tableId;
            return this;
        }

        public Builder row(String rowId) {
            this.row = rowId;
            return this;
        }

        public Builder column(String columnId) {
            this.column = columnId;
            return this;
        }

        public Builder cells(List<CellRef> involved) {
            this.cells = List.copyOf(involved);
            return this;
        }

        public Builder sides(BigDecimal leftValue, BigDecimal rightValue) {
            this.left = leftValue;
            this.right = rightValue;
            return this;
        }

        public Builder line(int sourceLine) {
            this.line = sourceLine;
            return this;
        }

        /** The message in Chinese and in English. */
        public Builder message(String zh, String en) {
            return message(Map.of("zh", Objects.requireNonNull(zh, "zh"), "en", Objects.requireNonNull(en, "en")));
        }

        /**
         * The message by language tag; it must have {@code zh} and {@code en}, and may have others.
         *
         * @throws IllegalArgumentException when Chinese or English is missing
         */
        public Builder message(Map<String, String> byLanguage) {
            Map<String, String> copy = Map.copyOf(byLanguage);
            if (!copy.containsKey("zh") || !copy.containsKey("en")) {
                throw new IllegalArgumentException("a message needs Chinese (zh) and English (en), not only "
                        + copy.keySet());
            }
            this.messages = copy;
            return this;
        }

        public Violation build() {
            return new Violation(this);
        }
    }
}
