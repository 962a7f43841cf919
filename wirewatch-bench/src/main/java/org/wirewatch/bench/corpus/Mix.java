package org.wirewatch.bench.corpus;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams: one per (seed, purpose, index), so article 7 of a
 * corpus is the same whether it is generated alone or after a million others.
 */
final class Mix {
    private Mix() {}

    static SplittableRandom random(long seed, long purpose, long index) {
        return new SplittableRandom(hash(hash(hash(seed) ^ purpose) ^ index));
    }

    /** The 64-bit finaliser of MurmurHash3: every input bit affects every output bit. */
    static long hash(long x) {
        long h = x;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * A count whose noun takes the genitive plural in Russian and Ukrainian (5–20, or ending in
     * 0 or 5–9): 41 becomes 45, so "45 дронов" is grammatical and no template needs plural rules.
     */
    static int pluralSafe(int n) {
        int lastTwo = n % 100;
        int last = n % 10;
        if (lastTwo >= 11 && lastTwo <= 14) return n;
        return last >= 1 && last <= 4 ? n + (5 - last) : n;
    }
}
