package org.wirewatch.core.extract.tone;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.wirewatch.core.model.Mention;

/** Whether an offset falls inside one of the entity mentions: the words of names carry no sentiment. Immutable. */
final class NameSpans implements IntPredicate {
    private final int[] starts;
    private final int[] ends;

    NameSpans(List<Mention> mentions) {
        Mention[] sorted = mentions.toArray(new Mention[0]);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.start(), b.start()));
        starts = new int[sorted.length];
        ends = new int[sorted.length];
        int maxEnd = 0;
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i].start();
            maxEnd = Math.max(maxEnd, sorted[i].end());
            ends[i] = maxEnd;   // running maximum, so one search answers for nested mentions too
        }
    }

    @Override
    public boolean test(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) i = -i - 2;
        return i >= 0 && offset < ends[i];
    }
}
