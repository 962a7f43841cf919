package org.wirewatch.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.wirewatch.core.model.Article;

/** The identity of an article's content: the same title and text from another file or id is the same article. */
final class ContentHash {
    private ContentHash() {}

    static String of(Article article) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(article.title()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
