package io.github.crossfoot.model;

import java.util.Locale;

/** How serious a violation is. Only {@link #ERROR} makes a report fail. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String chinese;

    Severity(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese name shown to clerks: 错误, 警告, 提示. */
    public String chinese() {
        return chinese;
    }

    /** The lower-case English name used in rule files and JSON: error, warning, info. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} or {@code info}; null when it is none of them. */
    public static Severity fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
