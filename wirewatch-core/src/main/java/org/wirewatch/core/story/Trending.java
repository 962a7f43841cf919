package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * EMM's "Top Stories": which stories grow much faster than their own history and than the other
 * stories. Over a recent window of W hours ending at "now", a story's recent count r is compared
 * with e, what its own rate over the H hours before the window predicts for W hours, and with m,
 * the median recent count over every story with an article in the history or the window (quiet
 * stories count as zero): {@code score = (r - e) / (e + m + 2)}. The 2 is the smoothing: a story
 * needs four fresh articles in a quiet store to reach the breaking score of 2, so one article never
 * makes it breaking. The same arrivals always give the same ranking.
 */
public final class Trending {
    /** Pseudo-articles added to what a story is compared with, so a story of one or two articles never looks like a surge. */
    static final int SMOOTHING = 2;

    /** One stored article as trending counts it: its (surviving) story, its time and its language. */
    public record Arrival(String story, String published, String lang) {}

    /**
     * Articles per hour in the window, by language.
     *
     * @param hours the start of each hour of the window, oldest first
     */
    public record GrowthCurve(List<String> hours, Map<String, List<Integer>> byLanguage) {
        public GrowthCurve {
            hours = List.copyOf(hours);
            byLanguage = Map.copyOf(byLanguage);
        }
    }

    /**
     * @param recent   articles in the window
     * @param history  articles in the history before it
     * @param expected what the story's history rate predicts for the window
     */
    public record Trend(String story, double score, boolean breaking, int recent, int history, double expected,
                        GrowthCurve curve) {}

    /**
     * @param now    the end of the window (ISO-8601, UTC)
     * @param median the median recent count over the stories with an article in the history or the window
     * @param trends the stories with an article in the window, highest score first
     */
    public record Ranking(String now, TrendSettings settings, double median, List<Trend> trends) {
        public Ranking {
            trends = List.copyOf(trends);
        }
    }

    private Trending() {}

    /** Each story's articles as arrivals, an article once per story (a live blog's first post in it gives its time). */
    public static List<Arrival> arrivals(Collection<Story> stories) {
        List<Arrival> out = new ArrayList<>();
        for (Story story : stories) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Story.StoryItem item : story.timeline()) {
                if (seen.add(item.article())) out.add(new Arrival(story.id(), item.published(), item.lang()));
            }
        }
        return out;
    }

    /** Minutes since the epoch of an ISO-8601 day or date-time, read as {@link #rank} reads times; empty when it is neither. */
    public static java.util.OptionalLong minutes(String iso) {
        long t = Minutes.of(iso);
        return t == Evidence.UNKNOWN ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(t);
    }

    /**
     * Ranks the stories of {@code arrivals}. {@code now} (ISO-8601) ends the window; null takes the
     * newest dated arrival. Undated arrivals and those after now are not counted.
     */
    public static Ranking rank(Collection<Arrival> arrivals, TrendSettings settings, String now) {
        long end = now == null ? newest(arrivals) : Minutes.of(now);
        if (now != null && end == Evidence.UNKNOWN) throw new IllegalArgumentException("now is not an ISO-8601 date or time: " + now);
        if (end == Evidence.UNKNOWN) return new Ranking(null, settings, 0, List.of());
        long windowStart = end - settings.windowHours() * 60L;
        long historyStart = windowStart - settings.historyHours() * 60L;
        Map<String, int[]> history = new HashMap<>();
        Map<String, Map<String, int[]>> curves = new HashMap<>();
        for (Arrival a : arrivals) {
            long t = Minutes.of(a.published());
            if (t == Evidence.UNKNOWN || t > end || t <= historyStart) continue;
            history.computeIfAbsent(a.story(), k -> new int[1]);
            if (t <= windowStart) {
                history.get(a.story())[0]++;
            } else {
                int hour = (int) ((t - windowStart - 1) / 60);
                String lang = a.lang() == null ? "und" : a.lang();
                curves.computeIfAbsent(a.story(), k -> new TreeMap<>())
                        .computeIfAbsent(lang, k -> new int[settings.windowHours()])[hour]++;
            }
        }
        double median = median(history.keySet().stream().mapToInt(story -> curves.containsKey(story) ? total(curves.get(story)) : 0).toArray());
        List<String> hours = hours(windowStart, settings.windowHours());
        List<Trend> trends = new ArrayList<>();
        curves.forEach((story, byLang) -> trends.add(trend(story, byLang, history.get(story)[0], median, hours, settings)));
        trends.sort(Comparator.comparingDouble(Trend::score).reversed().thenComparing(Comparator.comparingInt(Trend::recent).reversed())
                .thenComparing(Trend::story));
        return new Ranking(Minutes.iso(end), settings, median, trends);
    }

    private static Trend trend(String story, Map<String, int[]> byLang, int history, double median, List<String> hours,
                               TrendSettings settings) {
        int recent = total(byLang);
        double expected = history * (double) settings.windowHours() / settings.historyHours();
        double score = round((recent - expected) / (expected + median + SMOOTHING));
        Map<String, List<Integer>> curve = new TreeMap<>();
        byLang.forEach((lang, counts) -> curve.put(lang, Arrays.stream(counts).boxed().toList()));
        return new Trend(story, score, score >= settings.breaking(), recent, history, round(expected), new GrowthCurve(hours, curve));
    }

    private static int total(Map<String, int[]> byLang) {
        int n = 0;
        for (int[] counts : byLang.values()) for (int c : counts) n += c;
        return n;
    }

    private static long newest(Collection<Arrival> arrivals) {
        long newest = Evidence.UNKNOWN;
        for (Arrival a : arrivals) {
            long t = Minutes.of(a.published());
            if (t != Evidence.UNKNOWN && (newest == Evidence.UNKNOWN || t > newest)) newest = t;
        }
        return newest;
    }

    private static double median(int[] counts) {
        if (counts.length == 0) return 0;
        Arrays.sort(counts);
        int mid = counts.length / 2;
        return counts.length % 2 == 1 ? counts[mid] : (counts[mid - 1] + counts[mid]) / 2.0;
    }

    private static List<String> hours(long windowStart, int windowHours) {
        List<String> hours = new ArrayList<>();
        for (int i = 0; i < windowHours; i++) hours.add(Minutes.iso(windowStart + i * 60L));
        return hours;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
