package org.wirewatch.core.extract.quotes;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text with their offsets, lower-cased once: runs of letters and digits, joined
 * across an inner apostrophe or hyphen ("that's", "Secretary-General"). Immutable.
 */
final class Words {
    private final int[] starts;
    private final int[] ends;
    private final String[] lower;

    private Words(int[] starts, int[] ends, String[] lower) {
        this.starts = starts;
        this.ends = ends;
        this.lower = lower;
    }

    static Words of(String text) {
        int n = text.length();
        int[] s = new int[Math.max(16, n / 5)];
        int[] e = new int[s.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) { i++; continue; }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || (isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && Character.isLetter(text.charAt(i - 1))))) i++;
            if (count == s.length) { s = Arrays.copyOf(s, count * 2); e = Arrays.copyOf(e, count * 2); }
            s[count] = start;
            e[count] = i;
            count++;
        }
        String[] low = new String[count];
        for (int k = 0; k < count; k++) low[k] = text.substring(s[k], e[k]).toLowerCase(Locale.ROOT);
        return new Words(Arrays.copyOf(s, count), Arrays.copyOf(e, count), low);
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u02BC';
    }

    int size() { return lower.length; }
    int start(int i) { return starts[i]; }
    int end(int i) { return ends[i]; }
    String lower(int i) { return lower[i]; }

    /** The index of the first word starting at or after {@code offset} ({@link #size()} if none). */
    int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** The index of the word that starts exactly at {@code offset}, or -1. */
    int at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -1;
    }
}
