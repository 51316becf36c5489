package io.github.crossfoot.rules;

import io.github.crossfoot.model.Severity;

/**
 * What a rule is, for listings and tool metadata: its id, title, severity, the table it checks and
 * where it is declared.
 */
public record RuleSpec(String id, String title, Severity severity, String table, String file, int line) {
}
