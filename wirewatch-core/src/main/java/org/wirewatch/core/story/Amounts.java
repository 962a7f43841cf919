package org.wirewatch.core.story;

import java.util.AbstractSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A unit's amounts ("90|drone": the value with what it counts), read-only, with the values
 * grouped by what they count worked out once: {@link Similarity} compares those groups for every
 * pair of units it scores, and grouping them again each time was a tenth of clustering's time. A
 * {@link Set} so that snapshots read and write it as before.
 */
final class Amounts extends AbstractSet<String> {
    private static final Amounts NONE = new Amounts(Set.of());

    private final Set<String> all;
    /** "90|drone" → drone → {90}. */
    private final Map<String, Set<String>> byObject;

    private Amounts(Set<String> all) {
        this.all = Set.copyOf(all);
        Map<String, Set<String>> grouped = new HashMap<>();
        for (String x : this.all) {
            int bar = x.indexOf('|');
            if (bar > 0) grouped.computeIfAbsent(x.substring(bar + 1), k -> new HashSet<>()).add(x.substring(0, bar));
        }
        grouped.replaceAll((k, v) -> Set.copyOf(v));
        this.byObject = Map.copyOf(grouped);
    }

    /** The set as amounts (itself when it already is). */
    static Amounts of(Set<String> amounts) {
        if (amounts instanceof Amounts a) return a;
        return amounts.isEmpty() ? NONE : new Amounts(amounts);
    }

    /** What the amounts count → the values given for it. */
    Map<String, Set<String>> byObject() {
        return byObject;
    }

    @Override
    public boolean contains(Object o) {
        return all.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        return all.iterator();
    }

    @Override
    public int size() {
        return all.size();
    }
}
