package io.github.crossfoot.writers;

import io.github.crossfoot.model.Violation;

/** Which language leads in output for people: Chinese with English beneath (the default), or English only. */
public enum Language {
    /** Chinese first, English beneath: for the clerk, with developers able to follow. */
    ZH,
    /** English only: for developers and tools that cannot show Chinese. */
    EN;

    /** A violation's message in this language (both languages, Chinese first, for {@link #ZH}). */
    public String message(Violation v) {
        return this == EN ? v.messageEn() : v.messageZh() + "\n" + v.messageEn();
    }

    /** One of two texts. */
    public String pick(String zh, String en) {
        return this == EN ? en : zh;
    }
}
