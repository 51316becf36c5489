package io.github.crossfoot.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalogue of the words Crossfoot writes by itself: the messages of built-in findings and the
 * writers' page text, one template per key and language, with named placeholders ({@code {line}},
 * {@code {table}}), in one file per language, {@code io/github/crossfoot/messages/<tag>.properties}
 * (UTF-8). The code names the template and gives the values; the wording is reviewed and translated
 * in those files alone. Keys start with the finding id ({@code table.missing.no-cells}) or the
 * writer ({@code html.summary}).
 *
 * <p><b>Languages are files.</b> The languages are the catalogue files found on the class path (or
 * in this module); {@code zh} and {@code en} are always there and have the same keys. Any other
 * file is a language too: it may translate some keys only, and <b>a key it lacks is taken from
 * English</b>. Keys under {@code language.} describe the file's own language and are never taken
 * from another file. A file with a key English does not have, or a placeholder that neither the
 * Chinese nor the English template has, is not loaded: asking for its language names the problem.
 */
public final class Messages {

    /** Where the catalogue files are, as a resource folder. */
    public static final String FOLDER = "io/github/crossfoot/messages/";

    /** The language every other one falls back to, and the other one that is always there. */
    private static final String ENGLISH = "en";
    private static final String CHINESE = "zh";
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private static final Catalogue CATALOGUE = Catalogue.load();

    private Messages() {
    }

    /**
     * A message in every language of the catalogue: {@code zh} and {@code en} always, other
     * languages where the message was rendered in them; {@link #in} gives English for the rest.
     *
     * @param byLanguage the text per language tag
     */
    public record Text(Map<String, String> byLanguage) {
        public Text {
            byLanguage = Map.copyOf(byLanguage);
            if (!byLanguage.containsKey(CHINESE) || !byLanguage.containsKey(ENGLISH)) {
                throw new IllegalArgumentException("a message needs Chinese and English: " + byLanguage.keySet());
            }
        }

        /** A text written in Chinese and English only (other languages show the English one). */
        public Text(String zh, String en) {
            this(Map.of(CHINESE, zh, ENGLISH, en));
        }

        public String zh() {
            return byLanguage.get(CHINESE);
        }

        public String en() {
            return byLanguage.get(ENGLISH);
        }

        /** The text in {@code language}, or in English when it was not rendered in that language. */
        public String in(String language) {
            String text = byLanguage.get(language);
            return text != null ? text : en();
        }
    }

    /**
     * The message {@code key} in every language, filled with {@code namesAndValues}
     * ({@code "line", 12, "table", "表三"}). A value that is itself a {@link Text} gives each language
     * its own wording.
     *
     * @throws IllegalArgumentException for an unknown key, or a placeholder given no value (a bug
     *                                  that every test reaching the message catches)
     */
    public static Text of(String key, Object... namesAndValues) {
        Map<String, Object> values = values(key, namesAndValues);
        return inEveryLanguage(language -> render(language, key, values));
    }

    /**
     * The message {@code key} in one language (English where that language lacks it), filled with
     * {@code namesAndValues}: the writers' page text.
     */
    public static String text(String language, String key, Object... namesAndValues) {
        return render(language, key, values(key, namesAndValues));
    }

    /** Texts joined with each language's list separator ({@code 、} and {@code , }). */
    public static Text join(List<Text> parts) {
        return join(parts, "piece.list-separator");
    }

    /** Texts joined with the separator that the catalogue's {@code separatorKey} gives each language. */
    public static Text join(List<Text> parts, String separatorKey) {
        Text separator = of(separatorKey);
        return inEveryLanguage(language -> parts.stream().map(p -> p.in(language))
                .collect(Collectors.joining(separator.in(language))));
    }

    /** A text rendered in every language of the catalogue. */
    private static Text inEveryLanguage(Function<String, String> render) {
        if (CATALOGUE.languages.size() == 2) { // only zh and en: no map to build
            return new Text(render.apply(CHINESE), render.apply(ENGLISH));
        }
        Map<String, String> out = new HashMap<>();
        for (String language : CATALOGUE.languages) {
            out.put(language, render.apply(language));
        }
        return new Text(out);
    }

    /** The same text in every language (an id, a number, a quotation from the document). */
    public static Text verbatim(String text) {
        return new Text(text, text);
    }

    /** The tags of the languages the catalogue has, sorted: {@code en}, {@code zh} and any other file. */
    public static SortedSet<String> languages() {
        return CATALOGUE.languages;
    }

    /**
     * {@code tag} as the catalogue names it ({@code ZH} → {@code zh}, {@code pt-br} → {@code pt-BR}).
     *
     * @throws IllegalArgumentException naming the available languages when there is no catalogue for
     *                                  it, or naming the problems of its file when it could not be loaded
     */
    public static String language(String tag) {
        String wanted = canonical(tag);
        if (wanted != null && CATALOGUE.languages.contains(wanted)) {
            return wanted;
        }
        String file = FOLDER + (wanted == null ? tag : wanted) + ".properties";
        List<String> problems = wanted == null ? List.of() : CATALOGUE.refused.getOrDefault(wanted, List.of());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the message catalogue " + file + " cannot be used: "
                    + String.join("; ", problems));
        }
        throw new IllegalArgumentException("no message catalogue for language '" + tag + "' (" + file
                + "); available: " + String.join(", ", CATALOGUE.languages));
    }

    /**
     * A key under {@code language.} as {@code language}'s own file writes it (never taken from
     * another language); empty when the file does not have it or leaves it empty.
     */
    public static Optional<String> own(String language, String key) {
        MessageTemplate t = CATALOGUE.templates.getOrDefault(language, Map.of()).get(key);
        String text = t == null ? "" : t.render(name -> "{" + name + "}").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The template {@code key} in {@code language}, English where that language lacks it. */
    static MessageTemplate template(String language, String key) {
        MessageTemplate t = CATALOGUE.templates.getOrDefault(language, Map.of()).get(key);
        if (t == null && !key.startsWith("language.")) {
            t = CATALOGUE.templates.get(ENGLISH).get(key);
        }
        if (t == null) {
            throw new IllegalArgumentException("no message '" + key + "' in language '" + language + "'");
        }
        return t;
    }

    /** {@code tag} with the letter case of BCP 47 ({@code zh}, {@code pt-BR}); null when it is not a tag. */
    static String canonical(String tag) {
        return tag != null && TAG.matcher(tag).matches() ? Locale.forLanguageTag(tag).toLanguageTag() : null;
    }

    private static Map<String, Object> values(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("message " + key + ": names and values must come in pairs");
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    /** The message {@code key} in {@code language}, filled with {@code values}. */
    private static String render(String language, String key, Map<String, ?> values) {
        return template(language, key).render(name -> {
            Object v = values.get(name);
            if (v == null) {
                throw new IllegalArgumentException("message " + key + " (" + language + ") needs a value for {" + name + "}");
            }
            return v instanceof Text text ? text.in(language) : String.valueOf(v);
        });
    }

    /** Every key of a language, for the catalogue's own test. */
    static SortedSet<String> keys(String language) {
        return new TreeSet<>(CATALOGUE.templates.getOrDefault(language, Map.of()).keySet());
    }

    /** The catalogue files that were found but not loaded, with their problems, for the catalogue's own test. */
    static Map<String, List<String>> refused() {
        return CATALOGUE.refused;
    }

    /** The loaded languages' templates, and the files refused with their problems (loaded anew by its own test). */
    record Catalogue(SortedSet<String> languages, Map<String, Map<String, MessageTemplate>> templates,
                             Map<String, List<String>> refused) {

        static Catalogue load() {
            Map<String, URL> files = discover();
            Map<String, Map<String, MessageTemplate>> templates = new TreeMap<>();
            Map<String, List<String>> refused = new TreeMap<>();
            for (String language : List.of(CHINESE, ENGLISH)) {
                URL file = files.getOrDefault(language, Messages.class.getResource("/" + FOLDER + language + ".properties"));
                if (file == null) {
                    throw new IllegalStateException("message catalogue " + FOLDER + language + ".properties is missing");
                }
                try {
                    templates.put(language, read(file));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalStateException("message catalogue " + file + " cannot be read: " + e.getMessage(), e);
                }
            }
            Map<String, MessageTemplate> english = templates.get(ENGLISH);
            if (!english.keySet().equals(templates.get(CHINESE).keySet())) {
                throw new IllegalStateException("the zh and en message catalogues must have the same keys");
            }
            files.forEach((language, file) -> {
                if (templates.containsKey(language)) {
                    return;
                }
                List<String> problems;
                Map<String, MessageTemplate> own = Map.of();
                try {
                    own = read(file);
                    problems = problems(own, english, templates.get(CHINESE));
                } catch (IOException | IllegalArgumentException e) {
                    problems = List.of("it cannot be read: " + e.getMessage());
                }
                if (problems.isEmpty()) {
                    templates.put(language, own);
                } else {
                    refused.put(language, problems);
                }
            });
            return new Catalogue(Collections.unmodifiableSortedSet(new TreeSet<>(templates.keySet())),
                    Map.copyOf(templates), Map.copyOf(refused));
        }

        /**
         * What keeps a translation from being used: a key English does not have (a typo would never be
         * shown), a placeholder neither the Chinese nor the English template has (the code may not give it).
         */
        private static List<String> problems(Map<String, MessageTemplate> own, Map<String, MessageTemplate> english,
                                             Map<String, MessageTemplate> chinese) {
            List<String> out = new ArrayList<>();
            new TreeMap<>(own).forEach((key, t) -> {
                if (!english.containsKey(key)) {
                    out.add("key '" + key + "' is not in " + ENGLISH + ".properties");
                    return;
                }
                Set<String> given = new TreeSet<>(english.get(key).names());
                given.addAll(chinese.get(key).names());
                Set<String> extra = new LinkedHashSet<>(t.names());
                extra.removeAll(given);
                if (!extra.isEmpty()) {
                    out.add("'" + key + "' uses " + braces(extra) + ", which the code does not give there (it gives "
                            + (given.isEmpty() ? "none" : braces(given)) + ")");
                }
            });
            return out;
        }

        private static String braces(Set<String> names) {
            return names.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "));
        }

        /** One catalogue file (UTF-8 properties): its templates by key. */
        private static Map<String, MessageTemplate> read(URL file) throws IOException {
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, MessageTemplate> out = new HashMap<>();
            p.stringPropertyNames().forEach(key -> out.put(key, MessageTemplate.parse(p.getProperty(key))));
            return Map.copyOf(out);
        }

        /**
         * The catalogue files by language tag, where they are: those in this module when it is a named
         * one, then those in every directory and jar of the class path that holds the folder (the
         * first file of a tag counts).
         */
        private static Map<String, URL> discover() {
            Map<String, URL> files = new LinkedHashMap<>();
            Module module = Messages.class.getModule();
            if (module.isNamed() && module.getLayer() != null) {
                Optional<ResolvedModule> resolved = module.getLayer().configuration().findModule(module.getName());
                if (resolved.isPresent()) {
                    try (ModuleReader reader = resolved.get().reference().open()) {
                        for (String name : reader.list().filter(n -> n.startsWith(FOLDER)).toList()) {
                            Optional<URI> uri = reader.find(name);
                            if (uri.isPresent()) {
                                add(files, name.substring(FOLDER.length()), uri.get().toURL());
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            ClassLoader loader = Messages.class.getClassLoader();
            if (loader != null) {
                try {
                    // The folder itself, and the folder of en.properties for a jar written without directory entries.
                    Set<URL> places = new LinkedHashSet<>(Collections.list(loader.getResources(FOLDER)));
                    places.addAll(Collections.list(loader.getResources(FOLDER + ENGLISH + ".properties")));
                    Set<String> listed = new LinkedHashSet<>();
                    Set<String> names = new TreeSet<>();
                    for (URL place : places) {
                        names.addAll(list(place, listed));
                    }
                    // Read as the class loader finds them (the first on the class path), through the jars it has open.
                    for (String name : names) {
                        URL file = loader.getResource(FOLDER + name);
                        if (file != null) {
                            add(files, name, file);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return files;
        }

        /** Adds a file of the folder when its name is a language tag ({@code pt-br} is {@code pt-BR}) and {@code .properties}. */
        private static void add(Map<String, URL> files, String name, URL file) {
            String tag = name.endsWith(".properties") ? canonical(name.substring(0, name.length() - ".properties".length()))
                    : null;
            if (tag != null) {
                files.putIfAbsent(tag, file);
            }
        }

        /**
         * The names of the files in the catalogue folder that {@code place} (the folder, or a file in it)
         * belongs to; nothing when its directory or jar is in {@code listed} already (each jar is opened once).
         */
        private static Set<String> list(URL place, Set<String> listed) throws IOException {
            Set<String> out = new TreeSet<>();
            switch (place.getProtocol()) {
                case "file" -> {
                    Path p;
                    try {
                        p = Path.of(place.toURI());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        return out;
                    }
                    Path folder = Files.isDirectory(p) ? p : p.getParent();
                    if (listed.add(folder.toString())) {
                        try (Stream<Path> files = Files.list(folder)) {
                            files.forEach(f -> out.add(f.getFileName().toString()));
                        }
                    }
                }
                case "jar" -> {
                    JarURLConnection connection = (JarURLConnection) place.openConnection();
                    if (listed.add(connection.getJarFileURL().toExternalForm())) {
                        connection.setUseCaches(false);
                        try (JarFile file = connection.getJarFile()) {
                            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                                String n = e.nextElement().getName();
                                if (n.startsWith(FOLDER) && n.length() > FOLDER.length() && n.indexOf('/', FOLDER.length()) < 0) {
                                    out.add(n.substring(FOLDER.length()));
                                }
                            }
                        }
                    }
                }
                default -> {
                    // another kind of class path entry: its files are not listed
                }
            }
            return out;
        }
    }
}
