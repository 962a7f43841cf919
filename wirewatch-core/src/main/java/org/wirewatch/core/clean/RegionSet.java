package org.wirewatch.core.clean;

import java.util.Collection;
import java.util.HashSet;

/**
 * An immutable set of strings that can be asked whether a region of another string is a member,
 * without making that region into a string first. Cue matching asks this for every run of up to six
 * words at every word of every line; with {@code substring} + {@code Set.contains} those
 * allocations were the cleaner's largest cost. Open addressing over {@link String#hashCode}'s
 * polynomial, so a region hashes as its substring would.
 */
final class RegionSet {
    private final String[] table;
    private final int mask;
    private final int size;

    RegionSet(Collection<String> members) {
        HashSet<String> unique = new HashSet<>(members);
        int capacity = Integer.highestOneBit(Math.max(4, unique.size() * 3)) << 1;
        this.table = new String[capacity];
        this.mask = capacity - 1;
        this.size = unique.size();
        for (String s : unique) {
            int slot = spread(s.hashCode()) & mask;
            while (table[slot] != null) slot = (slot + 1) & mask;
            table[slot] = s;
        }
    }

    int size() {
        return size;
    }

    boolean contains(String s) {
        return find(s, 0, s.length(), s.hashCode()) != null;   // a string keeps its hash: most are asked about more than once
    }

    boolean contains(String s, int from, int to) {
        return find(s, from, to) != null;
    }

    /** The member equal to {@code s.substring(from, to)}, or null. */
    String find(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + s.charAt(i);
        return find(s, from, to, h);
    }

    private String find(String s, int from, int to, int h) {
        int length = to - from;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            String candidate = table[slot];
            if (candidate == null) return null;
            if (candidate.length() == length && s.regionMatches(from, candidate, 0, length)) return candidate;
        }
    }

    /** Mixes high bits into the low ones that pick the slot. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
