package io.github.crossfoot.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The catalogue of the messages of built-in findings: one template per finding (or variant of a
 * finding) and language, with named placeholders ({@code {line}}, {@code {table}}), in one file per
 * language, {@code io/github/crossfoot/messages/<language>.properties} (UTF-8). The code that finds a
 * problem names the template and gives the values; the wording is reviewed and translated in those
 * files alone. Keys start with the finding id ({@code table.missing.no-cells}).
 */
public final class Messages {

    /** The languages a finding's message is given in: Chinese for the clerk, English for developers. */
    static final List<String> LANGUAGES = List.of("zh", "en");

    private static final Map<String, Map<String, MessageTemplate>> CATALOGUE = load();

    private Messages() {
    }

    /** A finding's message in Chinese and English. */
    public record Text(String zh, String en) {
    }

    /**
     * The message {@code key} filled with {@code namesAndValues} ({@code "line", 12, "table", "表三"}).
     * A value that is itself a {@link Text} gives each language its own wording.
     *
     * @throws IllegalArgumentException for an unknown key, or a placeholder given no value (a bug
     *                                  that every test reaching the message catches)
     */
    public static Text of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("message " + key + ": names and values must come in pairs");
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Text(render("zh", key, values), render("en", key, values));
    }

    /** Texts joined with each language's list separator ({@code 、} and {@code , }). */
    public static Text join(List<Text> parts) {
        return join(parts, "piece.list-separator");
    }

    /** Texts joined with the separator that the catalogue's {@code separatorKey} gives each language. */
    public static Text join(List<Text> parts, String separatorKey) {
        Text separator = of(separatorKey);
        return new Text(parts.stream().map(Text::zh).collect(java.util.stream.Collectors.joining(separator.zh())),
                parts.stream().map(Text::en).collect(java.util.stream.Collectors.joining(separator.en())));
    }

    /** The same text in every language (an id, a number, a quotation from the document). */
    public static Text verbatim(String text) {
        return new Text(text, text);
    }

    /** The message {@code key} in {@code language}, filled with {@code values}. */
    static String render(String language, String key, Map<String, ?> values) {
        Map<String, MessageTemplate> templates = CATALOGUE.get(language);
        MessageTemplate t = templates == null ? null : templates.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no message '" + key + "' in language '" + language + "'");
        }
        return t.render(name -> {
            Object v = values.get(name);
            if (v == null) {
                throw new IllegalArgumentException("message " + key + " (" + language + ") needs a value for {" + name + "}");
            }
            return v instanceof Text text ? (language.equals("zh") ? text.zh() : text.en()) : String.valueOf(v);
        });
    }

    /** Every key of a language, for the catalogue's own test. */
    static java.util.SortedSet<String> keys(String language) {
        return new TreeSet<>(CATALOGUE.getOrDefault(language, Map.of()).keySet());
    }

    private static Map<String, Map<String, MessageTemplate>> load() {
        Map<String, Map<String, MessageTemplate>> out = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Map<String, MessageTemplate> templates = new HashMap<>();
            String name = "/io/github/crossfoot/messages/" + language + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("message catalogue " + name + " is not on the class path");
                }
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                p.stringPropertyNames().forEach(key -> templates.put(key, MessageTemplate.parse(p.getProperty(key))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.put(language, Map.copyOf(templates));
        }
        return Map.copyOf(out);
    }
}
