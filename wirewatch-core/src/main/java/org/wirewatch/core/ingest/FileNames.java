package org.wirewatch.core.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File names as text whatever the locale. The JVM turns the bytes of a name into a string with
 * the locale's charset, so under {@code LANG=C} every non-ASCII letter becomes U+FFFD and ids
 * made from names match nothing. A {@link Path} found by listing a directory still holds the
 * name's bytes, and its URI spells them out (percent-encoded), so the name is decoded from there
 * as UTF-8, the encoding of file names on every current system.
 */
final class FileNames {
    private static final char REPLACEMENT = '\uFFFD';

    private FileNames() {}

    /** {@code file} as text, with names the locale could not decode decoded as UTF-8. */
    static String text(Path file) {
        String plain = file.toString();
        if (plain.indexOf(REPLACEMENT) < 0) return plain;
        StringBuilder out = new StringBuilder(file.getRoot() == null ? "" : file.getRoot().toString());
        String separator = file.getFileSystem().getSeparator();
        for (int i = 0; i < file.getNameCount(); i++) {
            if (i > 0) out.append(separator);
            out.append(name(file.getName(i)));
        }
        return out.toString();
    }

    private static String name(Path element) {
        String plain = element.toString();
        if (plain.indexOf(REPLACEMENT) < 0) return plain;
        String raw = element.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/")) raw = raw.substring(0, raw.length() - 1);
        String last = raw.substring(raw.lastIndexOf('/') + 1);
        // '+' is a literal plus in a URI path, not the space URLDecoder would make of it
        return URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
