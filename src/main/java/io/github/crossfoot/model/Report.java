package io.github.crossfoot.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * An annual report as Crossfoot sees it: where it came from, which national format it follows,
 * the body and year it covers, its text lines and its tables, plus any problems met while reading
 * it. Immutable and safe to share between threads.
 */
public final class Report {

    private final String source;
    private final String format;
    private final String agency;
    private final Integer year;
    private final List<String> lines;
    private final Map<String, Table> tables;
    private final List<Violation> readingProblems;

    private Report(Builder b) {
        this.source = b.source;
        this.format = b.format;
        this.agency = b.agency;
        this.year = b.year;
        this.lines = List.copyOf(b.lines);
        this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(b.tables));
        this.readingProblems = List.copyOf(b.readingProblems);
    }

    /** Starts a report; {@code source} names it in every message (a file path or any id). */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** The file path or the name given by the caller. */
    public String source() {
        return source;
    }

    /** The id of the national format, e.g. {@code gov-2021}; empty when not known yet. */
    public String format() {
        return format;
    }

    /** The government body that published the report (机关), when known. */
    public Optional<String> agency() {
        return Optional.ofNullable(agency);
    }

    /** The year the report covers, when known. */
    public OptionalInt year() {
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** The source text, one entry per line (line {@code n} is {@code lines().get(n - 1)}). */
    public List<String> lines() {
        return lines;
    }

    /** The tables that were found, by id, in document order. */
    public Map<String, Table> tables() {
        return tables;
    }

    public Optional<Table> table(String id) {
        return Optional.ofNullable(tables.get(id));
    }

    /** Problems met while reading the source (unrecognised labels, rows with too few values...). */
    public List<Violation> readingProblems() {
        return readingProblems;
    }

    /** A builder holding this report's content, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(source).format(format).lines(lines);
        b.agency = agency;
        b.year = year;
        b.tables.putAll(tables);
        b.readingProblems.addAll(readingProblems);
        return b;
    }

    @Override
    public String toString() {
        return "Report[" + source + ", " + format + ", tables=" + tables.keySet() + "]";
    }

    /** Builds a {@link Report}. */
    public static final class Builder {
        private final String source;
        private String format = "";
        private String agency;
        private Integer year;
        private final List<String> lines = new ArrayList<>();
        private final Map<String, Table> tables = new LinkedHashMap<>();
        private final List<Violation> readingProblems = new ArrayList<>();

        private Builder(String source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        public Builder format(String formatId) {
            this.format = Objects.requireNonNull(formatId, "formatId");
            return this;
        }

        public Builder agency(String agencyName) {
            this.agency = agencyName;
            return this;
        }

        public Builder year(int reportYear) {
            this.year = reportYear;
            return this;
        }

        public Builder lines(List<String> sourceLines) {
            this.lines.clear();
            this.lines.addAll(sourceLines);
            return this;
        }

        public Builder table(Table table) {
            tables.put(table.id(), table);
            return this;
        }

        /** Adds or extends the table {@code id}, filled in by {@code content}. */
        public Builder table(String id, Consumer<Table.Builder> content) {
            Table.Builder tb = tables.containsKey(id) ? tables.get(id).toBuilder() : Table.builder(id);
            content.accept(tb);
            return table(tb.build());
        }

        public Builder removeTable(String id) {
            tables.remove(id);
            return this;
        }

        public Builder readingProblem(Violation problem) {
            readingProblems.add(Objects.requireNonNull(problem, "problem"));
            return this;
        }

        /** The table being built under {@code id}, if any. */
        public Optional<Table> table(String id) {
            return Optional.ofNullable(tables.get(id));
        }

        public Report build() {
            return new Report(this);
        }
    }
}
