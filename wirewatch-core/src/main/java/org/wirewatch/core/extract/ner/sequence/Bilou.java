package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.kb.EntityType;

/**
 * The tag set: O, and B/I/L/U for each of PER, ORG, LOC (13 tags). BILOU rather than BIO because
 * the last and the single-token positions get weights of their own, which Ratinov &amp; Roth found
 * worth about a point of F1. Tag {@code 1 + 4·type + part}; part B=0, I=1, L=2, U=3.
 */
public final class Bilou {
    public static final int O = 0;
    public static final int COUNT = 13;
    /** The row of the transition table for "before the first token". */
    public static final int START = COUNT;
    static final EntityType[] TYPES = {EntityType.PER, EntityType.ORG, EntityType.LOC};
    static final int B = 0;
    static final int I = 1;
    static final int L = 2;
    static final int U = 3;

    private Bilou() {}

    static int tag(int type, int part) {
        return 1 + type * 4 + part;
    }

    static int part(int tag) {
        return (tag - 1) & 3;
    }

    static int typeIndex(int tag) {
        return (tag - 1) >> 2;
    }

    static int typeIndex(EntityType type) {
        for (int i = 0; i < TYPES.length; i++) if (TYPES[i] == type) return i;
        return -1;
    }

    /** Whether {@code next} may follow {@code prev} ({@link #START} before the first token). */
    static boolean allowed(int prev, int next) {
        boolean open = prev != START && prev != O && (part(prev) == B || part(prev) == I);
        if (!open) return next == O || part(next) == B || part(next) == U;
        return next != O && typeIndex(next) == typeIndex(prev) && (part(next) == I || part(next) == L);
    }

    /** Whether a sentence may end on this tag: not inside an open entity. */
    static boolean canEnd(int tag) {
        return tag == O || part(tag) == L || part(tag) == U;
    }

    /** The tags of {@code n} tokens holding these non-overlapping spans of PER, ORG or LOC. */
    static int[] encode(int n, List<TokenSpan> spans) {
        int[] tags = new int[n];
        for (TokenSpan s : spans) {
            int type = typeIndex(s.type());
            if (type < 0) continue;
            if (s.to() - s.from() == 1) {
                tags[s.from()] = tag(type, U);
                continue;
            }
            tags[s.from()] = tag(type, B);
            for (int i = s.from() + 1; i < s.to() - 1; i++) tags[i] = tag(type, I);
            tags[s.to() - 1] = tag(type, L);
        }
        return tags;
    }

    /** The spans of a well-formed tag sequence (as Viterbi gives); a stray I or L is read as B. */
    static List<TokenSpan> decode(int[] tags) {
        List<TokenSpan> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < tags.length; i++) {
            int t = tags[i];
            if (t == O) {
                open = -1;
                continue;
            }
            int part = part(t);
            if (part == U) {
                spans.add(new TokenSpan(i, i + 1, TYPES[typeIndex(t)]));
                open = -1;
            } else if (part == B || open < 0 || typeIndex(tags[open]) != typeIndex(t)) {
                open = i;
                if (part == L) {
                    spans.add(new TokenSpan(i, i + 1, TYPES[typeIndex(t)]));
                    open = -1;
                }
            } else if (part == L) {
                spans.add(new TokenSpan(open, i + 1, TYPES[typeIndex(t)]));
                open = -1;
            }
        }
        return spans;
    }
}
