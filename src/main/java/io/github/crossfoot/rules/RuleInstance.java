package io.github.crossfoot.rules;

/**
 * One application of a rule: the rule id with the row and/or column it is bound to (null when the
 * rule binds none), exactly as a violation of that instance reports them.
 */
public record RuleInstance(String rule, String table, String row, String column) {
}
