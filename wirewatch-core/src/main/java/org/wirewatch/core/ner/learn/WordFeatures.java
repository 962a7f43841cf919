package org.wirewatch.core.ner.learn;

import java.util.Arrays;
import java.util.Locale;

/**
 * The features of one word, hashed into a fixed number of buckets: its endings (1–5 letters, where
 * inflection and the form of a surname live: -enko, -iuk, -ого, -ській), its beginnings, letter
 * trigrams, and its shape (length, script, hyphen, apostrophe, capitals). Lower-cased with
 * {@link Locale#ROOT}, apostrophes unified and an English possessive dropped, so "Kuleba's" and
 * "Kuleba" look alike. Hashing uses {@link String#hashCode()}, which the language specifies, so
 * feature ids are the same on every JVM and a retrained model is byte-identical.
 */
public final class WordFeatures {
    private static final int MAX_SUFFIX = 5;
    private static final int MAX_PREFIX = 4;
    private static final int MAX_LENGTH_BUCKET = 12;

    private final int bits;

    /** @param bits log2 of the number of buckets */
    public WordFeatures(int bits) {
        if (bits < 8 || bits > 24) throw new IllegalArgumentException("bits must be 8..24, was " + bits);
        this.bits = bits;
    }

    public int buckets() {
        return 1 << bits;
    }

    public int bits() {
        return bits;
    }

    /** The bucket ids of the word's features, sorted, duplicates removed. */
    public int[] of(String word) {
        String w = normalise(word);
        int[] out = new int[2 * MAX_SUFFIX + MAX_PREFIX + w.length() + 8];
        int n = 0;
        out[n++] = hash("bias");
        for (int k = 1; k <= Math.min(MAX_SUFFIX, w.length()); k++) out[n++] = hash("s" + k + ":" + w.substring(w.length() - k));
        if (w.length() > MAX_SUFFIX) out[n++] = hash("long");
        for (int k = 2; k <= Math.min(MAX_PREFIX, w.length() - 1); k++) out[n++] = hash("p" + k + ":" + w.substring(0, k));
        String bounded = "^" + w + "$";
        for (int i = 0; i + 3 <= bounded.length(); i++) out[n++] = hash("t:" + bounded.substring(i, i + 3));
        out[n++] = hash("len:" + Math.min(w.length(), MAX_LENGTH_BUCKET));
        out[n++] = hash("script:" + script(w));
        if (w.indexOf('-') >= 0) out[n++] = hash("hyphen");
        if (w.indexOf('\'') >= 0) out[n++] = hash("apostrophe");
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) out[n++] = hash("allcaps");
        int[] ids = Arrays.copyOf(out, n);
        Arrays.sort(ids);
        return Arrays.stream(ids).distinct().toArray();
    }

    static String normalise(String word) {
        String w = word.replace('\u2019', '\'').replace('\u02bc', '\'').replace('`', '\'').toLowerCase(Locale.ROOT);
        if (w.endsWith("'s") && w.length() > 3) w = w.substring(0, w.length() - 2);
        return w;
    }

    private static String script(String w) {
        for (int i = 0; i < w.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(w.charAt(i));
            if (s == Character.UnicodeScript.LATIN) return "latin";
            if (s == Character.UnicodeScript.CYRILLIC) return "cyrillic";
        }
        return "other";
    }

    private int hash(String feature) {
        int h = feature.hashCode() * 0x9E3779B9;
        h ^= h >>> 15;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h >>> (32 - bits);
    }
}
