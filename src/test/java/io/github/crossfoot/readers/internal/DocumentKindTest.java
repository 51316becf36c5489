package io.github.crossfoot.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A document kind is told by its magic bytes even when the file holds nothing more (a truncated upload). */
class DocumentKindTest {

    @Test
    void bytesThatAreExactlyAMagicNumberAreOfItsKind() {
        assertThat(DocumentKind.of("upload", "%PDF".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(DocumentKind.PDF);
        assertThat(DocumentKind.of("upload", new byte[] {'P', 'K', 3, 4})).isEqualTo(DocumentKind.DOCX);
        assertThat(DocumentKind.of("upload", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1})).isEqualTo(DocumentKind.OLE2);
    }

    @Test
    void bytesShorterThanAMagicNumberAreText() {
        assertThat(DocumentKind.of("upload", "%PD".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(DocumentKind.TEXT);
        assertThat(DocumentKind.of("upload", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11})).isEqualTo(DocumentKind.TEXT);
    }
}
