package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The inverted index that finds candidate stories for a unit: each story is filed under the
 * rarest entity ids, lemmas and bridge keys of its units (the bridge keys find a story told in
 * another language whose names the recogniser linked on one side only), on the day of the unit
 * that brought the key. A lookup reads only the days within the window around the unit's own date,
 * so an article that arrives late, or early, finds the stories of its own days however many other
 * days are open. A key filed under very many stories within those days (a country every article
 * names) is looked up on the unit's own day and the days either side only, and skipped when it is
 * crowded there too: it would retrieve everything and tell nothing. Not thread-safe.
 */
final class StoryIndex {
    private static final int KEYS_PER_KIND = 8;
    private static final int CROWDED = 400;
    /** The day bucket of undated units: every lookup reads it. */
    static final long UNDATED = Long.MIN_VALUE;
    private static final long MINUTES_PER_DAY = 24 * 60;

    private final Map<String, NavigableMap<Long, Set<StoryState>>> postings = new HashMap<>();
    /** Stamps the stories met by one lookup ({@link StoryState#hitMark}) and under one key ({@link StoryState#keyMark}). */
    private int lookups, keyLookups;
    /** The stories filed under the key being looked up, each once: reused, lookups happen for every unit. */
    private final List<StoryState> underKey = new ArrayList<>();

    /** The keys a unit is looked up and filed under: its rarest, most repeated entities, lemmas and bridge keys. */
    static List<String> keysOf(Evidence e, Rarity rarity) {
        List<String> keys = new ArrayList<>(4 * KEYS_PER_KIND);
        top(e.entities(), Rarity.ENTITY, rarity).forEach(k -> keys.add("e:" + k));
        // Concepts apart: the rarest keys of a unit are mostly cognate keys of its own rare words, which the other language lacks.
        top(withPrefix(e.bridgeCounts(), Lexicon.CONCEPT, true), Rarity.BRIDGE, rarity).forEach(k -> keys.add("b:" + k));
        // Name keys repeat cognate keys already filed.
        top(withPrefix(withPrefix(e.bridgeCounts(), Lexicon.CONCEPT, false), Lexicon.NAME, false), Rarity.BRIDGE, rarity).forEach(k -> keys.add("b:" + k));
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
        // each key's weight once, not once per comparison: a unit has hundreds of lemmas
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(weights.size());
        weights.forEach((k, v) -> ranked.add(Map.entry(k, v * rarity.idf(space, k))));
        ranked.sort(Comparator.comparingDouble((Map.Entry<String, Double> x) -> -x.getValue()).thenComparing(Map.Entry::getKey));
        List<String> out = new ArrayList<>(KEYS_PER_KIND);
        for (int i = 0; i < Math.min(KEYS_PER_KIND, ranked.size()); i++) out.add(ranked.get(i).getKey());
        return out;
    }

    /** The day bucket of a minute ({@link Evidence#UNKNOWN} for undated). */
    static long day(long minute) {
        return minute == Evidence.UNKNOWN ? UNDATED : Math.floorDiv(minute, MINUTES_PER_DAY);
    }

    /** Files the story under the keys of a unit of the given day. */
    void file(StoryState story, List<String> keys, long day) {
        for (String k : keys) {
            if (story.keys().add(entry(k, day))) bucket(k, day).add(story);
        }
    }

    /** Files a restored or merged story under the entries it already has. */
    void refile(StoryState story) {
        for (String entry : story.keys()) {
            int tab = entry.lastIndexOf('\t');
            long day = tab < 0 ? day(story.last()) : parseDay(entry.substring(tab + 1));
            bucket(tab < 0 ? entry : entry.substring(0, tab), day).add(story);
        }
    }

    void remove(StoryState story) {
        Set<String> keys = new HashSet<>();
        for (String entry : story.keys()) {
            int tab = entry.lastIndexOf('\t');
            keys.add(tab < 0 ? entry : entry.substring(0, tab));
        }
        for (String k : keys) {
            NavigableMap<Long, Set<StoryState>> days = postings.get(k);
            if (days == null) continue;
            days.values().removeIf(ids -> ids.remove(story) && ids.isEmpty());
            if (days.isEmpty()) postings.remove(k);
        }
    }

    /**
     * The stories sharing at least one key on the days from {@code fromDay} to {@code toDay} (all
     * days when the unit is undated), each with how much it shares in {@link StoryState#shared}:
     * the summed rarity of the shared keys, added in the order of {@code keys}. Templated reports
     * of different events share many common keys; the rare ones (this attack's numbers, this
     * meeting's venue) are what tell the right story from them. The stories carry their sums
     * themselves, so that a lookup that meets thousands of stories boxes and hashes nothing.
     */
    List<StoryState> candidates(List<String> keys, Rarity rarity, long fromDay, long toDay) {
        int lookup = ++lookups;
        List<StoryState> hits = new ArrayList<>();
        for (String k : keys) {
            NavigableMap<Long, Set<StoryState>> days = postings.get(k);
            if (days == null) continue;
            List<StoryState> stories = storiesOn(days, fromDay, toDay);
            // crowded over the window, a key may still tell on the unit's own days (the window is symmetric around its day)
            if (stories.size() > CROWDED && fromDay != UNDATED && toDay - fromDay > 2) stories = storiesOn(days, (fromDay + toDay) / 2 - 1, (fromDay + toDay) / 2 + 1);
            if (stories.size() > CROWDED) continue;
            double weight = weightOf(k, rarity);
            for (StoryState s : stories) {
                if (s.hitMark != lookup) {
                    s.hitMark = lookup;
                    s.shared = weight;
                    hits.add(s);
                } else {
                    s.shared += weight;
                }
            }
        }
        return hits;
    }

    /** The stories filed under the key on those days (and undated), each once; valid until the next call. */
    private List<StoryState> storiesOn(NavigableMap<Long, Set<StoryState>> days, long fromDay, long toDay) {
        Collection<Set<StoryState>> buckets = fromDay == UNDATED ? days.values() : days.subMap(fromDay, true, toDay, true).values();
        Set<StoryState> undated = fromDay == UNDATED ? Set.of() : days.getOrDefault(UNDATED, Set.of());
        int mark = ++keyLookups;
        underKey.clear();
        addOnce(undated, mark);
        for (Set<StoryState> b : buckets) addOnce(b, mark);
        return underKey;
    }

    private void addOnce(Set<StoryState> stories, int mark) {
        for (StoryState s : stories) {
            if (s.keyMark != mark) {
                s.keyMark = mark;
                underKey.add(s);
            }
        }
    }

    private NavigableMap<Long, Set<StoryState>> days(String key) {
        return postings.computeIfAbsent(key, x -> new TreeMap<>());
    }

    private Set<StoryState> bucket(String key, long day) {
        return days(key).computeIfAbsent(day, x -> new HashSet<>());
    }

    /** "e:ww:kyiv" filed on day 20000 is the entry "e:ww:kyiv\t20000"; undated units file under "u". */
    private static String entry(String key, long day) {
        return key + '\t' + (day == UNDATED ? "u" : Long.toString(day));
    }

    private static long parseDay(String day) {
        return day.equals("u") ? UNDATED : Long.parseLong(day);
    }

    /** "e:ww:kyiv" is looked up among entities, "b:=drone" among bridge keys, "en:drone" among English lemmas. */
    private static double weightOf(String key, Rarity rarity) {
        int colon = key.indexOf(':');
        String space = key.substring(0, colon);
        return rarity.idf(space.equals("e") ? Rarity.ENTITY : space.equals("b") ? Rarity.BRIDGE : space, key.substring(colon + 1));
    }
}
