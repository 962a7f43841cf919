package org.wirewatch.server;

import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.story.TrendSettings;
import org.wirewatch.core.story.Trending;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.ArticleIndex;

/**
 * /api/stories?sort=trending: every stored article's digest counted by the story it survives as,
 * ranked by {@link Trending}, each story on the page shown as the story list shows it.
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

    TrendingViews(ArticleIndex index, StoryViews stories) {
        this.index = index;
        this.stories = stories;
    }

    TrendingList list(TrendSettings settings, String now, Paging paging) throws IOException {
        List<Trending.Arrival> arrivals = new ArrayList<>();
        index.forEachDigest(SearchRequest.all(), d -> arrivals.add(
                new Trending.Arrival(stories.survivor(d.story() == null ? d.id() : d.story()), d.published(), d.lang())));
        Trending.Ranking ranking;
        try {
            ranking = Trending.rank(arrivals, settings, now);
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
}
