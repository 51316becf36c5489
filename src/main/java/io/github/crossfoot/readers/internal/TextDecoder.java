package io.github.crossfoot.readers.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (which
 * covers GBK and GB2312). Bytes that are none of these are not text.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /** The decoded text, or empty when the bytes are not text in a supported encoding. */
    public static Optional<String> decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2);
        }
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        return utf8.isPresent() ? utf8 : strict(Charset.forName("GB18030"), bytes, 0);
    }

    private static Optional<String> strict(Charset cs, byte[] bytes, int offset) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                    ? Optional.empty() : Optional.of(s);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
