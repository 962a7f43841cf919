package org.wirewatch.server;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.ArticleIndex;

/**
 * The home page under its filters (language, source, date range, category, words): the stories
 * with an article matching them, newest matching article first, one card per story as it goes now
 * (merged stories once; {@link StoryViews} reads them from the index); and the trend of the matching
 * articles, per day by language, counted in one pass over their digests.
 */
final class HomeViews {
    /**
     * @param days        every day from {@code from} to {@code to}
     * @param byLanguage  language → articles on each of {@code days}
     * @param undated     matching articles without a date (not charted)
     * @param clipped     the range was longer than {@link #MAX_DAYS} and only its last days are charted
     */
    record Trend(String from, String to, List<String> days, Map<String, List<Integer>> byLanguage, long articles, long undated,
                 boolean clipped) {}

    /** The trend charts at most this many days (ten years). */
    static final int MAX_DAYS = 3660;

    private final ArticleIndex index;
    private final StoryViews stories;

    HomeViews(ArticleIndex index, StoryViews stories) {
        this.index = index;
        this.stories = stories;
    }

    /** Whether a request filters the articles at all (without filters the story list takes its faster path). */
    static boolean filters(SearchRequest r) {
        return r.query() != null || r.lang() != null || r.from() != null || r.to() != null || r.entity() != null || r.source() != null
                || r.story() != null || r.speaker() != null || r.eventType() != null || r.category() != null;
    }

    /** The stories with an article matching the filter, newest matching article first; the total counts them all ({@link StoryViews#list(SearchRequest, Paging)}). */
    Listing<StoryViews.StoryView> stories(SearchRequest filter, Paging paging) throws IOException {
        return stories.list(filter, paging);
    }

    /** Articles per day by language over the filter's date range (or the matching articles' span when it gives none). */
    Trend trend(SearchRequest filter) throws IOException {
        Map<String, Map<String, Integer>> byDay = new TreeMap<>();
        long[] counts = new long[2];
        index.forEachDigest(filter, d -> {
            counts[0]++;
            LocalDate day = day(d.published());
            if (day == null) {
                counts[1]++;
                return;
            }
            byDay.computeIfAbsent(day.toString(), k -> new HashMap<>()).merge(d.lang() == null ? "und" : d.lang(), 1, Integer::sum);
        });
        TreeSet<String> seen = new TreeSet<>(byDay.keySet());
        LocalDate from = filter.from() != null ? filter.from() : seen.isEmpty() ? null : LocalDate.parse(seen.first());
        LocalDate to = filter.to() != null ? filter.to() : seen.isEmpty() ? null : LocalDate.parse(seen.last());
        if (from == null || to == null || to.isBefore(from)) {
            return new Trend(from == null ? null : from.toString(), to == null ? null : to.toString(), List.of(), Map.of(), counts[0], counts[1], false);
        }
        boolean clipped = ChronoUnit.DAYS.between(from, to) >= MAX_DAYS;
        if (clipped) from = to.minusDays(MAX_DAYS - 1);
        List<String> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) days.add(d.toString());
        Map<String, List<Integer>> byLanguage = new TreeMap<>();
        for (Map<String, Integer> langs : byDay.values()) for (String lang : langs.keySet()) byLanguage.putIfAbsent(lang, null);
        byLanguage.replaceAll((lang, none) -> days.stream().map(day -> byDay.getOrDefault(day, Map.of()).getOrDefault(lang, 0)).toList());
        return new Trend(from.toString(), to.toString(), days, byLanguage, counts[0], counts[1], clipped);
    }

    /** The day of an ISO date-time at day precision or finer; null for a month, a year or nothing. */
    private static LocalDate day(String published) {
        if (published == null || published.length() < 10) return null;
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
