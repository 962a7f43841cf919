package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inverted index that finds candidate stories for a unit: each story is filed under the
 * rarest entity ids, lemmas and bridge keys of its units (the bridge keys find a story told in
 * another language whose names the recogniser linked on one side only). A key filed under very many stories (a country
 * every article names) is skipped at lookup: it would retrieve everything and tell nothing.
 * Not thread-safe.
 */
final class StoryIndex {
    private static final int KEYS_PER_KIND = 8;
    private static final int CROWDED = 400;

    private final Map<String, Set<String>> postings = new HashMap<>();

    /** The keys a unit is looked up and filed under: its rarest, most repeated entities, lemmas and bridge keys. */
    static List<String> keysOf(Evidence e, Rarity rarity) {
        List<String> keys = new ArrayList<>(4 * KEYS_PER_KIND);
        top(e.entities(), Rarity.ENTITY, rarity).forEach(k -> keys.add("e:" + k));
        // Concepts apart: the rarest keys of a unit are mostly cognate keys of its own rare words, which the other language lacks.
        top(withPrefix(e.bridgeCounts(), Lexicon.CONCEPT, true), Rarity.BRIDGE, rarity).forEach(k -> keys.add("b:" + k));
        top(withPrefix(e.bridgeCounts(), Lexicon.CONCEPT, false), Rarity.BRIDGE, rarity).forEach(k -> keys.add("b:" + k));
        if (e.lang() != null) top(e.lemmaCounts(), e.lang(), rarity).forEach(k -> keys.add(e.lang() + ":" + k));
        return keys;
    }

    private static Map<String, Double> withPrefix(Map<String, Double> keys, String prefix, boolean with) {
        Map<String, Double> out = new HashMap<>();
        keys.forEach((k, v) -> {
            if (k.startsWith(prefix) == with) out.put(k, v);
        });
        return out;
    }

    private static List<String> top(Map<String, Double> weights, String space, Rarity rarity) {
        return weights.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> x) -> -x.getValue() * rarity.idf(space, x.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(KEYS_PER_KIND)
                .map(Map.Entry::getKey)
                .toList();
    }

    void file(StoryState story, List<String> keys) {
        for (String k : keys) {
            if (story.keys().add(k)) postings.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(story.id);
        }
    }

    /** Files a restored story under the keys it already has. */
    void refile(StoryState story) {
        for (String k : story.keys()) postings.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(story.id);
    }

    void remove(StoryState story) {
        for (String k : story.keys()) {
            Set<String> ids = postings.get(k);
            if (ids == null) continue;
            ids.remove(story.id);
            if (ids.isEmpty()) postings.remove(k);
        }
    }

    /**
     * Story ids sharing at least one key, with how much they share: the summed rarity of the
     * shared keys. Templated reports of different events share many common keys; the rare ones
     * (this attack's numbers, this meeting's venue) are what tell the right story from them.
     */
    Map<String, Double> candidates(List<String> keys, Rarity rarity) {
        Map<String, Double> hits = new HashMap<>();
        for (String k : keys) {
            Set<String> ids = postings.get(k);
            if (ids == null || ids.size() > CROWDED) continue;
            double weight = weightOf(k, rarity);
            for (String id : ids) hits.merge(id, weight, Double::sum);
        }
        return hits;
    }

    /** "e:ww:kyiv" is looked up among entities, "b:=drone" among bridge keys, "en:drone" among English lemmas. */
    private static double weightOf(String key, Rarity rarity) {
        int colon = key.indexOf(':');
        String space = key.substring(0, colon);
        return rarity.idf(space.equals("e") ? Rarity.ENTITY : space.equals("b") ? Rarity.BRIDGE : space, key.substring(colon + 1));
    }
}
