package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which encodings a text report may come in, and what is refused as not text. */
class TextDecoderTest {

    private static final String TEXT = "二、主动公开政府信息情况 规章 1";

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void utf8WithOrWithoutItsMark() {
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8))).contains(TEXT);
        assertThat(TextDecoder.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)))).contains(TEXT);
    }

    @Test
    void utf16OnlyWithItsByteOrderMark() {
        assertThat(TextDecoder.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                TEXT.getBytes(StandardCharsets.UTF_16BE)))).contains(TEXT);
        assertThat(TextDecoder.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE)))).contains(TEXT);
        // without the mark, the NUL bytes of ASCII characters say it is not text in a known encoding
        assertThat(TextDecoder.decode("report 1".getBytes(StandardCharsets.UTF_16LE))).isEmpty();
    }

    @Test
    void gbkAndGb18030AreTriedWhenUtf8Fails() {
        assertThat(TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK")))).contains(TEXT);
        assertThat(TextDecoder.decode(TEXT.getBytes(Charset.forName("GB18030")))).contains(TEXT);
    }

    @Test
    void bytesThatAreNoTextAreRefused() {
        assertThat(TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF})).isEmpty();
        assertThat(TextDecoder.decode(new byte[] {'a', 0, 'b'})).isEmpty();
        assertThat(TextDecoder.decode(new byte[] {(byte) 0x81})).isEmpty(); // a GB18030 lead byte alone
        assertThat(TextDecoder.decode(new byte[0])).contains("");
    }
}
