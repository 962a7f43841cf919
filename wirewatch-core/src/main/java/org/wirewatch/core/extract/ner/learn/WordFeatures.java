package org.wirewatch.core.extract.ner.learn;

import java.util.Arrays;
import java.util.Locale;

/**
 * The features of one word, hashed into a fixed number of buckets: its endings (1–5 letters, where
 * inflection and the form of a surname live: -enko, -iuk, -ого, -ській), its beginnings, letter
 * trigrams, and its shape (length, script, hyphen, apostrophe, capitals). Lower-cased with
 * {@link Locale#ROOT}, apostrophes unified and an English possessive dropped, so "Kuleba's" and
 * "Kuleba" look alike. Feature hashes are computed over the letters without building strings
 * (the recogniser asks about many words), with the arithmetic of {@link String#hashCode()}, so
 * feature ids are the same on every JVM and a retrained model is byte-identical.
 */
public final class WordFeatures {
    private static final int MAX_SUFFIX = 5;
    private static final int MAX_PREFIX = 4;
    private static final int MAX_LENGTH_BUCKET = 12;

    // Distinct seeds of the feature templates; a feature's hash continues its template's seed
    // over its letters as String#hashCode does.
    private static final int BIAS = 0x100;
    private static final int LONG = 0x200;
    private static final int SUFFIX = 0x300;
    private static final int PREFIX = 0x400;
    private static final int TRIGRAM = 0x500;
    private static final int LENGTH = 0x600;
    private static final int SCRIPT = 0x700;
    private static final int HYPHEN = 0x800;
    private static final int APOSTROPHE = 0x900;
    private static final int ALL_CAPS = 0xA00;

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
        int len = w.length();
        int[] out = new int[MAX_SUFFIX + MAX_PREFIX + len + 9];
        int n = 0;
        out[n++] = bucket(BIAS);
        for (int k = 1; k <= Math.min(MAX_SUFFIX, len); k++) out[n++] = bucket(hash(SUFFIX + k, w, len - k, len));
        if (len > MAX_SUFFIX) out[n++] = bucket(LONG);
        for (int k = 2; k <= Math.min(MAX_PREFIX, len - 1); k++) out[n++] = bucket(hash(PREFIX + k, w, 0, k));
        // Trigrams of the word between boundary marks: ^ab, abc, …, yz$
        for (int i = -1; i + 2 <= len; i++) {
            int h = TRIGRAM;
            for (int j = i; j < i + 3; j++) h = 31 * h + (j < 0 ? '^' : j >= len ? '$' : w.charAt(j));
            out[n++] = bucket(h);
        }
        out[n++] = bucket(LENGTH + Math.min(len, MAX_LENGTH_BUCKET));
        out[n++] = bucket(SCRIPT + script(w));
        if (w.indexOf('-') >= 0) out[n++] = bucket(HYPHEN);
        if (w.indexOf('\'') >= 0) out[n++] = bucket(APOSTROPHE);
        if (word.length() > 1 && allCaps(word)) out[n++] = bucket(ALL_CAPS);
        return sortedDistinct(out, n);
    }

    private static int hash(int template, String w, int from, int to) {
        int h = template;
        for (int i = from; i < to; i++) h = 31 * h + w.charAt(i);
        return h;
    }

    private static int[] sortedDistinct(int[] ids, int n) {
        Arrays.sort(ids, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) if (m == 0 || ids[i] != ids[m - 1]) ids[m++] = ids[i];
        return Arrays.copyOf(ids, m);
    }

    private static boolean allCaps(String word) {
        for (int i = 0; i < word.length(); i++) if (Character.isLowerCase(word.charAt(i))) return false;
        return true;
    }

    static String normalise(String word) {
        String w = word.replace('\u2019', '\'').replace('\u02bc', '\'').replace('`', '\'').toLowerCase(Locale.ROOT);
        if (w.endsWith("'s") && w.length() > 3) w = w.substring(0, w.length() - 2);
        return w;
    }

    private static int script(String w) {
        for (int i = 0; i < w.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(w.charAt(i));
            if (s == Character.UnicodeScript.LATIN) return 1;
            if (s == Character.UnicodeScript.CYRILLIC) return 2;
        }
        return 0;
    }

    /** Spreads a feature's hash over the buckets. */
    private int bucket(int featureHash) {
        int h = featureHash * 0x9E3779B9;
        h ^= h >>> 15;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h >>> (32 - bits);
    }
}
