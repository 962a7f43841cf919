package org.wirewatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Quote;

/**
 * The trend's articles per day and language and the quote totals, read by the index from doc values
 * and the quote lines of digests, equal what counting the whole digests gives, for published values
 * at every precision (a month or a year is no day; midnight on the first of a month is one).
 */
class DayAndQuoteCountsTest {
    @TempDir
    Path data;

    private static Article article(String id, String lang, String published, String... speakers) {
        List<Quote> quotes = java.util.Arrays.stream(speakers)
                .map(s -> new Quote(0, 4, "said", true, "said", s == null ? null : new Quote.Speaker(s, s, 0, 1))).toList();
        return Article.builder(id, "Harbour cranes counted in article " + id).lang(lang).published(published).quotes(quotes).build();
    }

    @Test
    void per_day_and_quote_totals_match_the_digests() throws IOException {
        try (WirewatchIndex index = WirewatchIndex.open(data, FixtureCorpus.KB)) {
            index.add(article("a1", "en", "2024-11-13T17:21", "ww:kuleba", "ww:kuleba"));
            index.add(article("a2", "en", "2024-11-13", "ww:sybiha"));
            index.add(article("a3", "ru", "2024-11-13T00:05+02:00", (String) null));
            index.commit(); // two segments
            index.add(article("a4", "uk", "2024-07-01"));
            index.add(article("a5", "uk", "2024-07-01T00:00", "ww:kuleba"));
            index.add(article("a6", "en", "2024-07"));
            index.add(article("a7", null, "2024"));
            index.add(article("a8", "ru", null, "ww:sybiha"));
            index.add(article("a9", null, "2024-12-31T23:59"));
            index.add(article("a10", "en", "not a date"));
            index.commit();

            DayCounts counted = index.articlesPerDay(SearchRequest.all());
            assertEquals(Map.of("2024-07-01", Map.of("uk", 2), "2024-11-13", Map.of("en", 2, "ru", 1), "2024-12-31", Map.of("und", 1)),
                    counted.byDay());
            assertEquals(10, counted.articles());
            assertEquals(4, counted.undated(), "a month, a year, no date, not a date");
            for (SearchRequest filter : List.of(SearchRequest.all(), SearchRequest.all().withLang("en"), SearchRequest.of("cranes"),
                    SearchRequest.of("a4 OR a7 OR a10"))) {
                DayCounts.Counter digests = new DayCounts.Counter();
                index.forEachDigest(filter, digests::add);
                assertEquals(digests.counts(), index.articlesPerDay(filter), "per day for " + filter);
            }

            assertEquals(6, index.quoteCount(SearchRequest.all(), null), "every quote, with a speaker id or not");
            assertEquals(3, index.quoteCount(SearchRequest.all(), Set.of("ww:kuleba")));
            assertEquals(2, index.quoteCount(SearchRequest.all().withLang("ru"), Set.of("ww:sybiha", "")), "one quote without a speaker, one of Sybiha");
            for (Set<String> speakers : java.util.Arrays.asList(null, Set.of("ww:sybiha"), Set.of(""))) {
                long[] digests = {0};
                index.forEachDigest(SearchRequest.all(), d -> d.speakers().forEach(s -> {
                    if (speakers == null || speakers.contains(s)) digests[0]++;
                }));
                assertEquals(digests[0], index.quoteCount(SearchRequest.all(), speakers), "quotes of " + speakers);
            }
        }
    }
}
