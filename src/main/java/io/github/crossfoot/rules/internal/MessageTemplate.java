package io.github.crossfoot.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A message with {@code {name}} placeholders, split once at load time so that every name can be
 * checked against what the rule binds.
 */
public final class MessageTemplate {

    /** A placeholder and where it starts in the template text (0-based). */
    record Placeholder(String name, int offset) {
    }

    private final List<String> literals;
    private final List<Placeholder> placeholders;

    private MessageTemplate(List<String> literals, List<Placeholder> placeholders) {
        this.literals = List.copyOf(literals);
        this.placeholders = List.copyOf(placeholders);
    }

    /** Splits {@code text}; an unclosed brace is kept literally. */
    public static MessageTemplate parse(String text) {
        List<String> literals = new ArrayList<>();
        List<Placeholder> placeholders = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i) {
                literals.add(lit.toString());
                lit.setLength(0);
                placeholders.add(new Placeholder(text.substring(i + 1, close).trim(), i));
                i = close + 1;
            } else {
                lit.append(c);
                i++;
            }
        }
        literals.add(lit.toString());
        return new MessageTemplate(literals, placeholders);
    }

    List<Placeholder> placeholders() {
        return placeholders;
    }

    /** The placeholder names, in order of appearance. */
    public List<String> names() {
        return placeholders.stream().map(Placeholder::name).toList();
    }

    /** Fills the placeholders with {@code values.apply(name)}. */
    public String render(Function<String, String> values) {
        StringBuilder b = new StringBuilder(literals.get(0));
        for (int k = 0; k < placeholders.size(); k++) {
            b.append(values.apply(placeholders.get(k).name())).append(literals.get(k + 1));
        }
        return b.toString();
    }
}
