package io.github.crossfoot.model;

import java.util.Objects;

/**
 * An id together with its Chinese label, as printed in the official format.
 *
 * @param id    a stable identifier such as {@code carried_over}
 * @param label the printed label such as {@code 二、上年结转政府信息公开申请数量}; may be empty
 */
public record Label(String id, String label) {
    public Label {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
