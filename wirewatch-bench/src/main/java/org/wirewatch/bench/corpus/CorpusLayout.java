package org.wirewatch.bench.corpus;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which story each position of the corpus belongs to, and which member of that story it is.
 * Sizes are skewed as in real news (a few big stories, many small ones), each story has at least
 * two articles, and stories are interleaved in the stream, members of one story in order. Three
 * int arrays of the corpus length: 12 MB for a million articles, while no text is held.
 */
final class CorpusLayout {
    private static final long PURPOSE = 0x1A70_0C7EL;

    private final int[] storyAt;
    private final int[] memberAt;
    private final int[] byStory;   // positions grouped by story, members in order
    private final int[] firstOf;   // story s occupies byStory[firstOf[s] .. firstOf[s+1])

    CorpusLayout(int articles, int stories, long seed) {
        if (stories < 1) throw new IllegalArgumentException("need at least one story, got " + stories);
        if (articles < 2L * stories) {
            throw new IllegalArgumentException("every story needs two articles: " + articles + " articles cannot hold " + stories + " stories");
        }
        SplittableRandom r = Mix.random(seed, PURPOSE, 0);
        int[] sizes = new int[stories];
        Arrays.fill(sizes, 2);
        for (int i = 2 * stories; i < articles; i++) {
            double u = r.nextDouble();
            sizes[(int) (stories * u * u)]++;   // u² favours low indexes: a long tail of small stories
        }
        storyAt = new int[articles];
        int p = 0;
        for (int s = 0; s < stories; s++) for (int k = 0; k < sizes[s]; k++) storyAt[p++] = s;
        for (int i = articles - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = storyAt[i];
            storyAt[i] = storyAt[j];
            storyAt[j] = t;
        }
        firstOf = new int[stories + 1];
        for (int s = 0; s < stories; s++) firstOf[s + 1] = firstOf[s] + sizes[s];
        int[] seen = new int[stories];
        memberAt = new int[articles];
        byStory = new int[articles];
        for (int pos = 0; pos < articles; pos++) {
            int s = storyAt[pos];
            memberAt[pos] = seen[s];
            byStory[firstOf[s] + seen[s]] = pos;
            seen[s]++;
        }
    }

    int articles() {
        return storyAt.length;
    }

    int storyAt(int position) {
        return storyAt[position];
    }

    int memberAt(int position) {
        return memberAt[position];
    }

    /** Position in the corpus of the given member of a story. */
    int position(int story, int member) {
        return byStory[firstOf[story] + member];
    }
}
