package org.wirewatch.bench.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The m-th article of a story: its language, which version of the report it carries (articles
 * with the same variant say the same things), and, for translations and near-duplicates, which
 * earlier article of the story it derives from. Computed from (seed, story, m) alone, following
 * references back to earlier members, so nothing about the corpus has to be kept in memory.
 */
record Member(int index, String lang, int variant, Role role, int source) {
    static final List<String> LANGUAGES = List.of("en", "ru", "uk");
    private static final long PURPOSE = 0x4D3B_3E12L;

    static Member of(long seed, int story, int m) {
        SplittableRandom r = Mix.random(seed, PURPOSE, ((long) story << 24) ^ m);
        if (m == 0) return new Member(0, LANGUAGES.get(r.nextInt(LANGUAGES.size())), 0, Role.ORIGINAL, -1);
        // Every story has at least one translation: the cross-lingual link a story stage must find.
        if (m == 1) return translationOf(of(seed, story, 0), 1, r);
        double roll = r.nextDouble();
        if (roll < 0.45) return new Member(m, LANGUAGES.get(r.nextInt(LANGUAGES.size())), m, Role.ORIGINAL, -1);
        Member earlier = of(seed, story, r.nextInt(m));
        if (roll < 0.75) return translationOf(earlier, m, r);
        return new Member(m, earlier.lang(), earlier.variant(), Role.NEAR_DUPLICATE, earlier.index());
    }

    private static Member translationOf(Member earlier, int m, SplittableRandom r) {
        String other;
        do {
            other = LANGUAGES.get(r.nextInt(LANGUAGES.size()));
        } while (other.equals(earlier.lang()));
        return new Member(m, other, earlier.variant(), Role.TRANSLATION, earlier.index());
    }
}
