package org.wirewatch.core.extract.ner.sequence;

/**
 * Feature strings hashed into a fixed number of buckets without building the strings: a
 * template number mixed with the characters (or with other hashes). The hash is fixed here, not
 * taken from the JVM, so that a model means the same on every machine. Stateless.
 */
final class FeatureHash {
    private FeatureHash() {}

    static int of(int template, CharSequence s) {
        return of(template, s, 0, s.length());
    }

    /** The hash of {@code s[from, to)} under a template. */
    static int of(int template, CharSequence s, int from, int to) {
        int h = 0x811C9DC5 ^ (template * 0x9E3779B1);
        for (int i = from; i < to; i++) h = (h ^ s.charAt(i)) * 0x01000193;
        return mix(h ^ (to - from));
    }

    /** A conjunction of a template with two values already hashed. */
    static int of(int template, int a, int b) {
        return mix(mix(template * 0x9E3779B1 ^ a) + 0x7F4A7C15 ^ b);
    }

    /** MurmurHash3's finaliser: every input bit reaches every output bit. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
