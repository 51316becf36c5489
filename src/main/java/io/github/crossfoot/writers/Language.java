package io.github.crossfoot.writers;

import io.github.crossfoot.model.Violation;
import io.github.crossfoot.rules.internal.Messages;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The language of output for people: the findings' messages and the writers' own words, both from
 * the message catalogue ({@code io/github/crossfoot/messages/<tag>.properties}). Every catalogue
 * file on the class path is a language; adding one needs no code. {@link #ZH} (the default) writes
 * Chinese with English beneath, {@link #EN} English only; a language's file says which other
 * language, if any, goes with it ({@code language.alongside}). Words a language's file lacks are
 * English. Immutable; equal when the tags are.
 */
public final class Language {

    /** Chinese first, English beneath: for the clerk, with developers able to follow. */
    public static final Language ZH = of("zh");
    /** English only: for developers and tools that cannot show Chinese. */
    public static final Language EN = of("en");

    private final String tag;
    private final String alongside;

    private Language(String tag) {
        this.tag = tag;
        this.alongside = Messages.own(tag, "language.alongside").filter(a -> !a.equals(tag))
                .map(Messages::language).orElse(null);
    }

    /**
     * The language with the tag {@code tag} ({@code zh}, {@code en}, {@code fr}; letter case does not
     * matter).
     *
     * @throws IllegalArgumentException when no catalogue file for it is on the class path (the
     *                                  message names the available languages), or its file cannot be
     *                                  used (the message says why)
     */
    public static Language of(String tag) {
        return new Language(Messages.language(tag));
    }

    /** The tags of the languages whose catalogue files are on the class path, sorted ({@code en}, {@code zh}, …). */
    public static SortedSet<String> available() {
        return Messages.languages();
    }

    /** The language tag, e.g. {@code zh}. */
    public String tag() {
        return tag;
    }

    /** The language shown with this one (English beneath Chinese), if any. */
    public Optional<Language> alongside() {
        return Optional.ofNullable(alongside).map(Language::new);
    }

    /** A violation's message in this language, with the message in the language alongside beneath it. */
    public String message(Violation v) {
        return alongside == null ? v.message(tag) : v.message(tag) + "\n" + v.message(alongside);
    }

    /**
     * One of two texts: {@code zh} for {@link #ZH}, {@code en} for every other language.
     *
     * @deprecated the writers' words are in the message catalogue, which has every language; this
     * gives English for a language other than Chinese
     */
    @Deprecated(since = "0.2.0")
    public String pick(String zh, String en) {
        return tag.equals("zh") ? zh : en;
    }

    /** The catalogue's text {@code key} in this language (English where its file lacks it), filled with values. */
    String text(String key, Object... namesAndValues) {
        return Messages.text(tag, key, namesAndValues);
    }

    /** The value of the HTML {@code lang} attribute for this language: its file's {@code language.html}, or the tag. */
    String htmlLang() {
        return Messages.own(tag, "language.html").orElse(tag);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Language l && tag.equals(l.tag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag);
    }

    @Override
    public String toString() {
        return tag;
    }
}
