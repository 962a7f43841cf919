package org.wirewatch.core.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Article ids when the input gives none: from the file name, a URL, or the text itself. */
final class Ids {
    private Ids() {}

    /** The file name without directories, ".gz" and one more extension; null for standard input. */
    static String stem(String input) {
        if (input.equals("-")) return null;
        String name;
        try {
            Path file = Path.of(input).getFileName();
            name = file == null ? input : file.toString();
        } catch (InvalidPathException e) {
            // a name the locale's charset cannot encode: cut it at the last separator by hand
            name = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return name.isBlank() ? null : name;
    }

    /** The first 16 hex digits of the SHA-1 of the text: stable across runs and machines. */
    static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-1", e);
        }
    }

    /** The first candidate that is not blank, else the content hash of {@code text}. */
    static String choose(String text, String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) return c;
        }
        return contentHash(text);
    }
}
