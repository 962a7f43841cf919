package org.wirewatch.core.extract.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.Reading;

/**
 * Dictionary readings of word forms, remembered: every word of every sentence is looked up, and
 * the dictionary walk dominated the stage's time while news vocabulary repeats. Holds at most
 * {@link #CAPACITY} forms (about 20 MB); later forms are looked up each time. Thread-safe.
 */
final class ReadingCache {
    private static final int CAPACITY = 200_000;

    private final Morphology morphology;
    private final Map<String, List<Reading>> known = new ConcurrentHashMap<>();

    ReadingCache(Morphology morphology) {
        this.morphology = morphology;
    }

    List<Reading> readings(String form) {
        List<Reading> cached = known.get(form);
        if (cached != null) return cached;
        List<Reading> found = List.copyOf(morphology.readings(form));
        if (known.size() < CAPACITY) known.putIfAbsent(form, found);
        return found;
    }
}
