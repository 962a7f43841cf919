package org.wirewatch.core.story;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wirewatch.core.linguistics.text.Token;

/**
 * MinHash over word 3-shingles, for near-duplicates: the share of equal slots of two signatures
 * estimates the Jaccard similarity of their shingle sets (within about ±0.06 with 64 slots).
 * Thread-safe: keeps no state.
 */
final class MinHash {
    static final int SLOTS = 64;
    private static final int SHINGLE = 3;

    /** A signature; empty (all slots MAX) for a text of fewer than three words. */
    record Signature(long[] slots) {
        Signature {
            slots = slots.clone();
        }

        double jaccard(Signature other) {
            int same = 0, used = 0;
            for (int i = 0; i < SLOTS; i++) {
                if (slots[i] == Long.MAX_VALUE && other.slots[i] == Long.MAX_VALUE) continue;
                used++;
                if (slots[i] == other.slots[i]) same++;
            }
            return used == 0 ? 0 : (double) same / used;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && Arrays.equals(slots, s.slots);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(slots);
        }

        @Override
        public String toString() {
            return "Signature" + Arrays.toString(slots);
        }
    }

    Signature of(List<Token> tokens) {
        long[] slots = new long[SLOTS];
        Arrays.fill(slots, Long.MAX_VALUE);
        long[] window = new long[SHINGLE];
        int words = 0;
        for (Token t : tokens) {
            if (!t.isWord() && t.kind() != org.wirewatch.core.linguistics.text.TokenKind.NUMBER) continue;
            window[words % SHINGLE] = t.text().toLowerCase(Locale.ROOT).hashCode();
            words++;
            if (words < SHINGLE) continue;
            long shingle = 0;
            for (int k = SHINGLE - 1; k >= 0; k--) shingle = shingle * 0x9E3779B97F4A7C15L + window[(words - 1 - k) % SHINGLE];
            for (int i = 0; i < SLOTS; i++) {
                long h = mix(shingle ^ (0xC2B2AE3D27D4EB4FL * (i + 1)));
                if (h < slots[i]) slots[i] = h;
            }
        }
        return new Signature(slots);
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
