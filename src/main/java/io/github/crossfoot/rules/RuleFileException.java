package io.github.crossfoot.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule file could not be loaded. Every problem is located as {@code file:line:col: what is wrong}.
 */
public final class RuleFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One located problem in a rule file. Lines and columns are 1-based. */
    public record Problem(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public RuleFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
