package org.wirewatch.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wirewatch.index.EntitySummary;

/**
 * What the entity page counts over every stored article that mentions the entity, read from the
 * index's {@link EntitySummary} of it: its mentions and articles per day and per month, and how its
 * mentions are portrayed month by month, by language and by source.
 */
final class EntityTally {
    /** Articles and mentions of the entity on one day (YYYY-MM-DD). */
    record Day(String day, int articles, int mentions) {}

    /** Articles and mentions of the entity in one month (YYYY-MM). */
    record Month(String month, int articles, int mentions) {}

    private EntityTally() {}

    static List<Day> perDay(EntitySummary s) {
        List<Day> out = new ArrayList<>();
        s.days().forEach((day, c) -> out.add(new Day(day, (int) c.articles(), (int) c.mentions())));
        return out;
    }

    static List<Month> perMonth(EntitySummary s) {
        Map<String, long[]> byMonth = new TreeMap<>();
        s.days().forEach((day, c) -> {
            long[] m = byMonth.computeIfAbsent(day.substring(0, 7), k -> new long[2]);
            m[0] += c.articles();
            m[1] += c.mentions();
        });
        List<Month> out = new ArrayList<>();
        byMonth.forEach((month, c) -> out.add(new Month(month, (int) c[0], (int) c[1])));
        return out;
    }

    /** Rows as {@link SentimentViews} gives them: by month, then by language or source. */
    static List<SentimentViews.Row> sentiment(EntitySummary s) {
        List<SentimentViews.Row> rows = new ArrayList<>();
        s.tone().forEach((key, t) -> {
            String[] k = key.split("\t", 3);
            long n = t.positive() + t.neutral() + t.negative();
            double mean = t.scoreMicros() / 1e6 / n;
            rows.add(new SentimentViews.Row(k[0], k[1], k[2], (int) t.positive(), (int) t.neutral(), (int) t.negative(),
                    Math.round(mean * 1000) / 1000.0));
        });
        return rows;
    }
}
