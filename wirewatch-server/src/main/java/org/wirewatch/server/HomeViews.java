package org.wirewatch.server;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wirewatch.index.DayCounts;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.ArticleIndex;

/**
 * The home page under its filters (language, source, date range, category, words): the stories
 * with an article matching them, newest matching article first, one card per story as it goes now
 * (merged stories once; {@link StoryViews} reads them from the index); and the trend of the matching
 * articles, per day by language, counted by the index once per commit and filter.
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

    private final StoryViews stories;
    /** The matching articles per day and language, counted once per commit and filter. */
    private final PerCommit<SearchRequest, DayCounts> perDay;

    HomeViews(ArticleIndex index, StoryViews stories) {
        this.stories = stories;
        this.perDay = new PerCommit<>(index, index::articlesPerDay);
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
        DayCounts counted = perDay.get(filter.page(0, 0));
        Map<String, Map<String, Integer>> byDay = counted.byDay();
        TreeSet<String> seen = new TreeSet<>(byDay.keySet());
        LocalDate from = filter.from() != null ? filter.from() : seen.isEmpty() ? null : LocalDate.parse(seen.first());
        LocalDate to = filter.to() != null ? filter.to() : seen.isEmpty() ? null : LocalDate.parse(seen.last());
        if (from == null || to == null || to.isBefore(from)) {
            return new Trend(from == null ? null : from.toString(), to == null ? null : to.toString(), List.of(), Map.of(),
                    counted.articles(), counted.undated(), false);
        }
        boolean clipped = ChronoUnit.DAYS.between(from, to) >= MAX_DAYS;
        if (clipped) from = to.minusDays(MAX_DAYS - 1);
        List<String> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) days.add(d.toString());
        Map<String, List<Integer>> byLanguage = new TreeMap<>();
        for (Map<String, Integer> langs : byDay.values()) for (String lang : langs.keySet()) byLanguage.putIfAbsent(lang, null);
        byLanguage.replaceAll((lang, none) -> days.stream().map(day -> byDay.getOrDefault(day, Map.of()).getOrDefault(lang, 0)).toList());
        return new Trend(from.toString(), to.toString(), days, byLanguage, counted.articles(), counted.undated(), clipped);
    }
}
