package io.github.crossfoot.readers.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What kind of document some bytes are, decided from the bytes and the file name alone, with no
 * document library: the reader for the kind is loaded only once it is chosen, so that a text report
 * reads with the core alone.
 */
public enum DocumentKind {
    PDF, DOCX, XLSX, OLE2, HTML, TEXT;

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /** How far into a zip its entry names are looked for (local headers come first). */
    private static final int ZIP_SCAN = 1 << 20;

    public static DocumentKind of(String name, byte[] bytes) {
        if (startsWith(bytes, "%PDF".getBytes(StandardCharsets.ISO_8859_1))) {
            return PDF;
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            String names = new String(bytes, 0, Math.min(bytes.length, ZIP_SCAN), StandardCharsets.ISO_8859_1);
            return names.contains("xl/workbook") && !names.contains("word/document") ? XLSX : DOCX;
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            return OLE2;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<table") ? HTML : TEXT;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
