package org.wirewatch.core.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML page's bytes. Charset, in order: byte-order mark, the HTTP header's charset,
 * a {@code <meta charset>} in the first 4 KB, else UTF-8. Many Russian and Ukrainian sites still
 * serve windows-1251, so the declared charset matters. UTF-8 is decoded with {@link Utf8} so
 * broken bytes are flagged, not silently replaced.
 */
final class HtmlDecoder {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;

    private HtmlDecoder() {}

    /** @param declared the charset named by the HTTP Content-Type header, or null */
    static Utf8.Decoded decode(byte[] bytes, String declared) {
        Charset charset = bomCharset(bytes);
        if (charset == null) charset = lookup(declared);
        if (charset == null) charset = lookup(metaCharset(bytes));
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) return Utf8.decode(bytes);
        String text = new String(bytes, charset);
        return new Utf8.Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }

    private static Charset bomCharset(byte[] b) {
        if (FormatSniffer.hasUtf8Bom(b)) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset lookup(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // an unknown charset name is page noise; fall through to the next source
        }
    }
}
