package org.wirewatch.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matching articles per published day (ISO date) and language, with how many matched in all and how
 * many have no day (a month, a year or no date): what the home page's trend chart counts.
 * {@link Counter} builds one; read-only once built.
 *
 * @param byDay    day → language ("und" when unknown) → articles, days in order
 * @param articles every matching article, dated or not
 * @param undated  matching articles without a day
 */
public record DayCounts(Map<String, Map<String, Integer>> byDay, long articles, long undated) {
    public DayCounts {
        TreeMap<String, Map<String, Integer>> copy = new TreeMap<>();
        byDay.forEach((day, langs) -> copy.put(day, Map.copyOf(langs)));
        byDay = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** The day of an ISO date-time at day precision or finer; null for a month, a year or nothing. */
    public static LocalDate day(String published) {
        if (published == null || published.length() < 10) return null;
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Counts articles one at a time. Not thread-safe. */
    static final class Counter {
        private final Map<String, Map<String, Integer>> byDay = new HashMap<>();
        private long articles;
        private long undated;

        /** An article of this digest (its day read from its published value, as the chart always did). */
        void add(ArticleDigest d) {
            LocalDate day = day(d.published());
            if (day == null) undated();
            else add(day, d.lang() == null ? "und" : d.lang());
        }

        void add(LocalDate day, String lang) {
            articles++;
            byDay.computeIfAbsent(day.toString(), k -> new HashMap<>()).merge(lang, 1, Integer::sum);
        }

        void undated() {
            articles++;
            undated++;
        }

        DayCounts counts() {
            return new DayCounts(byDay, articles, undated);
        }
    }
}
