package org.wirewatch.index;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the stored articles say about one entity, counted over every committed article that
 * mentions it (by its id): the entity page's totals and distributions without reading those
 * articles. The index keeps one per entity and updates it in the same commit as the articles
 * ({@link WirewatchIndex#entitySummary}), so a reader sees it exactly as of the commit it reads.
 * Maps are sorted by key; counts are never zero (a key whose count falls to zero is gone).
 *
 * @param articles  articles mentioning the entity
 * @param mentions  its mentions in them
 * @param quotes    quotes in them whose speaker is the entity
 * @param events    events in them it takes part in (actor, target, place or source)
 * @param labels    "type TAB name" the mentions gave it → mentions (the name the knowledge base lacks comes from here)
 * @param forms     language ("null" when unknown) → surface form → mentions
 * @param days      published day (YYYY-MM-DD) → articles and mentions on that day
 * @param tone      "YYYY-MM TAB lang|source TAB value" → how its mentions there are portrayed
 * @param offices   {@link #officeKey} of an office the articles give it (or, for a body, give in it) → the day the
 *                  article gives it ("" undated) → articles giving it
 * @param together  another entity's id → articles mentioning both
 */
public record EntitySummary(String id, long articles, long mentions, long quotes, long events,
                            SortedMap<String, Long> labels, SortedMap<String, SortedMap<String, Long>> forms,
                            SortedMap<String, Count> days, SortedMap<String, Tone> tone,
                            SortedMap<String, SortedMap<String, OfficeDay>> offices, SortedMap<String, Long> together) {
    /** Articles and mentions of the entity on one day. */
    public record Count(long articles, long mentions) {}

    /** Mentions read positive, neutral and negative, and the sum of their scores in millionths (exact whatever the order of adding). */
    public record Tone(long positive, long neutral, long negative, long scoreMicros) {}

    /** How many articles give an office on one day, and the smallest id among them (the one a page cites). */
    public record OfficeDay(long articles, String article) {}

    private static final char SEP = '\t';
    private static final String NULL = "\u0000";

    public EntitySummary {
        labels = sorted(labels);
        forms = nested(forms);
        days = sorted(days);
        tone = sorted(tone);
        offices = nested(offices);
        together = sorted(together);
    }

    /** The key of an office in {@link #offices}: holder, role and body, null kept apart from blank. */
    public static String officeKey(String holder, String role, String org) {
        return part(holder) + SEP + part(role) + SEP + part(org);
    }

    /** The holder, role and body of an {@link #officeKey} (nulls where the article gave none). */
    public static String[] officeParts(String key) {
        String[] parts = key.split(String.valueOf(SEP), -1);
        for (int i = 0; i < parts.length; i++) if (NULL.equals(parts[i])) parts[i] = null;
        return parts;
    }

    /** The most frequent type and name the mentions gave (ties: the first in key order), as {type, name}. */
    public String[] label() {
        String best = null;
        long most = 0;
        for (Map.Entry<String, Long> e : labels.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        if (best == null) return new String[] {null, null};
        String[] parts = best.split(String.valueOf(SEP), 2);
        return new String[] {NULL.equals(parts[0]) ? null : parts[0], parts.length < 2 || NULL.equals(parts[1]) ? null : parts[1]};
    }

    static String part(String s) {
        return s == null ? NULL : s.replace(SEP, ' ');
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> m) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(m == null ? Map.of() : m));
    }

    private static <V> SortedMap<String, SortedMap<String, V>> nested(Map<String, ? extends Map<String, V>> m) {
        TreeMap<String, SortedMap<String, V>> out = new TreeMap<>();
        if (m != null) m.forEach((k, v) -> out.put(k, sorted(v)));
        return Collections.unmodifiableSortedMap(out);
    }
}
