package org.wirewatch.bench.micro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.index.SearchRequest;

/**
 * The searches a user of {@code /api/search} makes, built from words of sampled titles and names of
 * sampled entity mentions, so that they match what is stored: single words, two-word AND, phrases,
 * OR, entity filters, and a word within a language and a 2025 date range, in turn. Not thread-safe.
 */
final class SearchMix {
    private final List<String> words = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Random sampling = new Random(1);

    /** Takes words and names from one article in fifty. */
    void sample(Article a) {
        if (sampling.nextInt(50) != 0) return;
        String[] titleWords = a.title() == null ? new String[0] : a.title().split("[^\\p{L}]+");
        for (String w : titleWords) if (w.length() >= 5 && sampling.nextInt(3) == 0) words.add(w);
        for (Mention m : a.entities()) if (m.name() != null && sampling.nextInt(10) == 0) names.add(m.name());
    }

    boolean isEmpty() {
        return words.isEmpty() || names.isEmpty();
    }

    /** {@code n} requests of the six kinds in turn, words and names drawn with {@code random}. */
    List<SearchRequest> queries(int n, Random random) {
        if (isEmpty()) throw new IllegalStateException("no title words or entity names sampled: too few articles indexed");
        List<SearchRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String w1 = words.get(random.nextInt(words.size()));
            String w2 = words.get(random.nextInt(words.size()));
            out.add(switch (i % 6) {
                case 0 -> SearchRequest.of(w1);
                case 1 -> SearchRequest.of(w1 + " " + w2);
                case 2 -> SearchRequest.of("\"" + w1 + " " + w2 + "\"");
                case 3 -> SearchRequest.of(w1 + " OR " + w2);
                case 4 -> SearchRequest.all().withEntity(names.get(random.nextInt(names.size())));
                default -> SearchRequest.of(w1).withLang(List.of("en", "ru", "uk").get(i % 3))
                        .withDates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
            });
        }
        return out;
    }
}
