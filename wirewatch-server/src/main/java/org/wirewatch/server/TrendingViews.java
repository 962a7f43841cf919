package org.wirewatch.server;

import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.wirewatch.core.story.TrendSettings;
import org.wirewatch.core.story.Trending;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.ArticleIndex;

/**
 * /api/stories?sort=trending: the digests of the articles published in the window and the history
 * before it (found by their day in the index, a day's margin either side: offsets and the newest
 * article's time), counted by the story each survives as, ranked by {@link Trending}, each story on
 * the page shown as the story list shows it. Only those articles can count, so the ranking is the
 * one every article's digest gives, at the cost of the window's articles, not the whole store's;
 * it is kept until the next commit.
 */
final class TrendingViews {
    /** One trending story: its score and growth curve beside the story as the list shows it. */
    record TrendingStory(String id, double score, boolean breaking, int recent, int history, double expected,
                         Trending.GrowthCurve curve, StoryViews.StoryView story) {}

    /**
     * @param now    the end of the window (the newest stored article's time unless the request named one)
     * @param median the median recent count over the stories with an article in the history or the window
     * @param total  how many stories have an article in the window
     */
    record TrendingList(long total, String now, int windowHours, int historyHours, double breakingScore, double median,
                        List<TrendingStory> items) {}

    private final ArticleIndex index;
    private final StoryViews stories;
    private volatile Ranked ranked;

    /** A ranking as of one version of the index, for one window and now. */
    private record Ranked(long version, TrendSettings settings, String now, Trending.Ranking ranking) {}

    TrendingViews(ArticleIndex index, StoryViews stories) {
        this.index = index;
        this.stories = stories;
    }

    TrendingList list(TrendSettings settings, String now, Paging paging) throws IOException {
        Trending.Ranking ranking;
        try {
            ranking = ranking(settings, now);
        } catch (IllegalArgumentException badNow) {
            throw new BadRequestResponse(badNow.getMessage());
        }
        List<Trending.Trend> trends = ranking.trends();
        List<TrendingStory> page = new ArrayList<>();
        int to = Math.min(paging.offset() + paging.limit(), trends.size());
        for (int i = Math.min(paging.offset(), to); i < to; i++) {
            Trending.Trend t = trends.get(i);
            page.add(new TrendingStory(t.story(), t.score(), t.breaking(), t.recent(), t.history(), t.expected(), t.curve(),
                    stories.view(t.story())));
        }
        return new TrendingList(trends.size(), ranking.now(), settings.windowHours(), settings.historyHours(), settings.breaking(),
                ranking.median(), page);
    }

    private Trending.Ranking ranking(TrendSettings settings, String now) throws IOException {
        long version = index.version();
        Ranked was = ranked;
        if (was != null && was.version() == version && was.settings().equals(settings) && Objects.equals(was.now(), now)) return was.ranking();
        Trending.Ranking ranking = rank(settings, now);
        ranked = new Ranked(version, settings, now, ranking);
        return ranking;
    }

    /**
     * Over the days that can hold the window and its history; without {@code now}, the window ends
     * at the newest article's time, which the newest article by index order has within a day. When no
     * dated article falls in those days (the newest article's date is one trending cannot read), every
     * article is read, as before.
     */
    private Trending.Ranking rank(TrendSettings settings, String now) throws IOException {
        OptionalLong end = now != null ? Trending.minutes(now) : newestMinute();
        if (now != null && end.isEmpty()) return Trending.rank(List.of(), settings, now); // says what is wrong with now
        if (end.isPresent()) {
            long first = end.getAsLong() - (settings.windowHours() + (long) settings.historyHours()) * 60;
            SearchRequest days = SearchRequest.all().withDates(day(first).minusDays(1), day(end.getAsLong()).plusDays(1));
            Trending.Ranking ranking = Trending.rank(arrivals(days), settings, now);
            if (now != null || ranking.now() != null) return ranking;
        }
        return Trending.rank(arrivals(SearchRequest.all()), settings, now);
    }

    private List<Trending.Arrival> arrivals(SearchRequest filter) throws IOException {
        List<Trending.Arrival> arrivals = new ArrayList<>();
        index.forEachDigest(filter, d -> arrivals.add(
                new Trending.Arrival(stories.survivor(d.story() == null ? d.id() : d.story()), d.published(), d.lang())));
        return arrivals;
    }

    /** The time of the newest article in index order (newest first by its local time), when trending can read it. */
    private OptionalLong newestMinute() throws IOException {
        List<SearchResult.Hit> newest = index.page(SearchRequest.all().page(0, 1)).hits();
        return newest.isEmpty() ? OptionalLong.empty() : Trending.minutes(newest.get(0).article().published());
    }

    private static LocalDate day(long minute) {
        return LocalDate.ofEpochDay(Math.floorDiv(minute, 24 * 60));
    }
}
