package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A byte order mark on its own, and the control characters that make decoded bytes not text. */
class ByteOrderMarkTest {

    @Test
    void aByteOrderMarkAloneIsAnEmptyText() {
        // An empty report saved by Notepad (UTF-8 with mark) or as Unicode (UTF-16 with mark).
        assertThat(TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).contains("");
        assertThat(TextDecoder.decode(new byte[] {(byte) 0xFE, (byte) 0xFF})).contains("");
        assertThat(TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE})).contains("");
    }

    @Test
    void lineBreaksTabsAndPageBreaksAreTextOtherControlCharactersAreNot() {
        String report = "一、总体情况\r\n行政许可\t12\f二、主动公开\n";
        assertThat(TextDecoder.decode(report.getBytes(StandardCharsets.UTF_8))).contains(report);
        assertThat(TextDecoder.decode("行政许可\u000112".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(TextDecoder.decode("行政许可\u001b12".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
