package org.wirewatch.core.extract.dates;

import java.util.List;

/**
 * The tense an expression's sentence gives it, read from the cue word nearest to it in the same
 * sentence: in "X said on Thursday that Ukraine will join", "said" governs Thursday, not "will".
 */
enum Tense {
    FUTURE, PAST, NONE;

    /** The tense for the expression covering characters [start, end) of the words' text. */
    static Tense around(List<Word> words, int start, int end, TenseReader reader) {
        int first = firstAtOrAfter(words, start);
        int last = firstAtOrAfter(words, end) - 1;
        if (first >= words.size()) return NONE;
        int sentence = words.get(first).sentence();
        for (int d = 1; ; d++) {
            int left = first - d, right = last + d;
            boolean leftIn = left >= 0 && words.get(left).sentence() == sentence;
            boolean rightIn = right < words.size() && words.get(right).sentence() == sentence;
            if (!leftIn && !rightIn) return NONE;
            // the left cue first: the verb usually precedes its date ("will meet on …", "said on …")
            Tense t = leftIn ? reader.of(words.get(left)) : NONE;
            if (t == NONE && rightIn) t = reader.of(words.get(right));
            if (t != NONE) return t;
        }
    }

    private static int firstAtOrAfter(List<Word> words, int offset) {
        int lo = 0, hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
