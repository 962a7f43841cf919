package org.wirewatch.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.index.ArticleDigest;

/**
 * What the entity page counts over every stored article that mentions the entity, fed one digest
 * at a time: its mentions and articles per day and per month, its quotes, the events it takes part in, and how its mentions
 * are portrayed. Not thread-safe: one per page request.
 */
final class EntityTally {
    /** Articles and mentions of the entity on one day (YYYY-MM-DD). */
    record Day(String day, int articles, int mentions) {}

    /** Articles and mentions of the entity in one month (YYYY-MM). */
    record Month(String month, int articles, int mentions) {}

    private final String id;
    private final Map<String, int[]> byDay = new TreeMap<>();
    private final SentimentViews.Tally sentiment;
    private long mentions;
    private long quotes;
    private long events;

    EntityTally(String id) {
        this.id = id;
        this.sentiment = new SentimentViews.Tally(id);
    }

    String id() {
        return id;
    }

    void add(ArticleDigest d, Article skeleton) {
        int here = 0;
        for (Mention m : d.mentions()) if (id.equals(m.id())) here++;
        mentions += here;
        for (String speaker : d.speakers()) if (id.equals(speaker)) quotes++;
        for (List<String> taking : d.events()) if (taking.contains(id)) events++;
        sentiment.add(skeleton);
        if (here == 0 || d.published() == null || d.published().length() < 10) return;
        int[] c = byDay.computeIfAbsent(d.published().substring(0, 10), k -> new int[2]);
        c[0]++;
        c[1] += here;
    }

    long mentions() {
        return mentions;
    }

    long quotes() {
        return quotes;
    }

    /** Events the entity takes part in (as actor, target, place or source). */
    long events() {
        return events;
    }

    List<Day> perDay() {
        List<Day> out = new ArrayList<>();
        byDay.forEach((day, c) -> out.add(new Day(day, c[0], c[1])));
        return out;
    }

    List<Month> perMonth() {
        Map<String, int[]> byMonth = new TreeMap<>();
        byDay.forEach((day, c) -> {
            int[] m = byMonth.computeIfAbsent(day.substring(0, 7), k -> new int[2]);
            m[0] += c[0];
            m[1] += c[1];
        });
        List<Month> out = new ArrayList<>();
        byMonth.forEach((month, c) -> out.add(new Month(month, c[0], c[1])));
        return out;
    }

    List<SentimentViews.Row> sentiment() {
        return sentiment.rows();
    }
}
