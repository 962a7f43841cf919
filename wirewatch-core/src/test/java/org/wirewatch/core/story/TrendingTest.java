package org.wirewatch.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.story.Trending.Arrival;
import org.wirewatch.core.story.Trending.Ranking;
import org.wirewatch.core.story.Trending.Trend;

/** Trending on generated streams: a burst beats a steady big story and a one-off; a steady story is not breaking. */
class TrendingTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 18, 0);

    /** A steady story (two articles an hour for four days), a burst (twelve in the last three hours), a one-off, and forty small stories. */
    static List<Arrival> stream(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Arrival> out = new ArrayList<>();
        for (int h = 0; h < 96; h++) {
            out.add(at("steady", NOW.minusHours(h).minusMinutes(10), "en"));
            out.add(at("steady", NOW.minusHours(h).minusMinutes(40), "ru"));
        }
        for (int i = 0; i < 12; i++) out.add(at("burst", NOW.minusMinutes(5 + 15L * i), i % 3 == 0 ? "uk" : "en"));
        out.add(at("one-off", NOW.minusMinutes(30), "en"));
        for (int s = 0; s < 40; s++) {
            int n = 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) out.add(at("small-" + s, NOW.minusMinutes(random.nextInt(60 * 80)), "en"));
        }
        return out;
    }

    private static Arrival at(String story, LocalDateTime time, String lang) {
        return new Arrival(story, time.atOffset(ZoneOffset.UTC).toString(), lang);
    }

    private static Trend find(Ranking ranking, String story) {
        return ranking.trends().stream().filter(t -> t.story().equals(story)).findFirst().orElseThrow();
    }

    @Test
    void a_burst_ranks_first_above_the_steady_big_story_and_the_one_off() {
        Ranking ranking = Trending.rank(stream(7), TrendSettings.defaults(), null);
        Trend burst = find(ranking, "burst");
        Trend steady = find(ranking, "steady");
        Trend oneOff = find(ranking, "one-off");
        assertEquals("burst", ranking.trends().get(0).story(), ranking.trends().toString());
        assertTrue(burst.score() > steady.score() && burst.score() > oneOff.score(), ranking.trends().toString());
        assertTrue(burst.breaking(), burst.toString());
        assertTrue(steady.recent() > burst.recent() - 1, "the steady story is the biggest in the window too: " + steady);
        assertFalse(steady.breaking(), steady.toString());
        assertFalse(oneOff.breaking(), oneOff.toString());
        assertEquals(12, steady.recent(), steady.toString());
        assertEquals(12.0, steady.expected(), 0.001, "its own history predicts its window");
    }

    @Test
    void one_article_is_never_breaking_even_in_an_empty_store() {
        Ranking ranking = Trending.rank(List.of(at("alone", NOW, "en")), TrendSettings.defaults(), null);
        assertEquals(1, ranking.trends().size());
        assertFalse(ranking.trends().get(0).breaking(), ranking.toString());
        assertEquals(0.333, ranking.trends().get(0).score(), 0.001, "1 / (0 + 1 + 2)");
    }

    @Test
    void the_score_does_not_depend_on_the_order_of_the_articles() {
        List<Arrival> arrivals = stream(3);
        Ranking first = Trending.rank(arrivals, TrendSettings.defaults(), null);
        List<Arrival> shuffled = new ArrayList<>(arrivals);
        Collections.shuffle(shuffled, new Random(1));
        assertEquals(first, Trending.rank(shuffled, TrendSettings.defaults(), null));
        assertEquals(first, Trending.rank(arrivals, TrendSettings.defaults(), null));
    }

    @Test
    void the_growth_curve_counts_each_hour_of_the_window_by_language() {
        Ranking ranking = Trending.rank(stream(7), TrendSettings.defaults().withWindowHours(4), NOW + "Z");
        assertEquals("2026-03-10T18:00", ranking.now());
        Trend burst = find(ranking, "burst");
        assertEquals(List.of("2026-03-10T14:00", "2026-03-10T15:00", "2026-03-10T16:00", "2026-03-10T17:00"), burst.curve().hours());
        assertEquals(List.of(0, 1, 1, 2), burst.curve().byLanguage().get("uk"), "5, 50, 95 and 140 minutes before now");
        assertEquals(List.of(0, 3, 3, 2), burst.curve().byLanguage().get("en"));
    }

    @Test
    void articles_after_now_and_undated_ones_are_not_counted() {
        List<Arrival> arrivals = List.of(at("later", NOW.plusHours(1), "en"), new Arrival("undated", null, "en"), at("now", NOW, "en"));
        Ranking ranking = Trending.rank(arrivals, TrendSettings.defaults(), NOW.toString());
        assertEquals(List.of("now"), ranking.trends().stream().map(Trend::story).toList());
        assertThrows(IllegalArgumentException.class, () -> Trending.rank(arrivals, TrendSettings.defaults(), "yesterday"));
        assertThrows(IllegalArgumentException.class, () -> TrendSettings.defaults().withWindowHours(0));
    }
}
