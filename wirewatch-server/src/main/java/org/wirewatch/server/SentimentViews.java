package org.wirewatch.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;

/**
 * How an entity is portrayed over time, split by language and by source: for each month and each
 * language (and each source), how many of its mentions read positive, neutral and negative, and
 * their mean score. Mentions without a sentiment (languages without tone) are not counted.
 */
final class SentimentViews {
    /**
     * @param by    "lang" or "source"
     * @param value the language code or the source ("unknown" without one)
     * @param mean  mean sentiment score in [-1, 1]
     */
    record Row(String month, String by, String value, int positive, int neutral, int negative, double mean) {}

    private SentimentViews() {}

    static List<Row> of(String id, List<Article> articles) {
        Tally tally = new Tally(id);
        articles.forEach(tally::add);
        return tally.rows();
    }

    /** The same rows, gathered one article at a time (a page over every stored article holds none of them). Not thread-safe. */
    static final class Tally {
        private final String id;
        private final Map<String, double[]> counts = new TreeMap<>();

        Tally(String id) {
            this.id = id;
        }

        void add(Article a) {
            if (a.published() == null || a.published().length() < 7) return;
            String month = a.published().substring(0, 7);
            for (Mention m : a.entities()) {
                if (!id.equals(m.id()) || m.sentiment() == null) continue;
                SentimentViews.add(counts, month + "\tlang\t" + (a.lang() == null ? "und" : a.lang()), m);
                SentimentViews.add(counts, month + "\tsource\t" + (a.source() == null ? "unknown" : a.source()), m);
            }
        }

        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            counts.forEach((key, c) -> {
                String[] k = key.split("\t", 3);
                int n = (int) (c[0] + c[1] + c[2]);
                rows.add(new Row(k[0], k[1], k[2], (int) c[0], (int) c[1], (int) c[2], Math.round(c[3] / n * 1000) / 1000.0));
            });
            return rows;
        }
    }

    private static void add(Map<String, double[]> counts, String key, Mention m) {
        double[] c = counts.computeIfAbsent(key, k -> new double[4]);
        switch (m.sentiment()) {
            case Mention.Sentiments.POSITIVE -> c[0]++;
            case Mention.Sentiments.NEGATIVE -> c[2]++;
            default -> c[1]++;
        }
        c[3] += m.sentimentScore() == null ? 0 : m.sentimentScore();
    }
}
