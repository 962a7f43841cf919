package org.wirewatch.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.WirewatchIndex;

/**
 * A generated stream stored in a real index: a steady story (one English and one Russian article
 * an hour for four days), a burst (ten articles in English and Ukrainian in the last two and a
 * half hours, none before), a one-off, and thirty small stories of one or two articles spread
 * over the days. The newest article is at {@link #NOW}.
 */
final class TrendingStream {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 2, 15, 0);

    private TrendingStream() {}

    static void store(Path data) throws IOException {
        try (WirewatchIndex index = WirewatchIndex.open(data, ServerFixture.KB)) {
            store(index);
        }
    }

    /** Into {@code index}, an empty store of either kind, committed. */
    static void store(ArticleIndex index) throws IOException {
        for (int h = 0; h < 96; h++) {
            index.add(article("steady-en-" + h, "steady", "en", NOW.minusHours(h).minusMinutes(20), "Talks on the Varna canal go on"));
            index.add(article("steady-ru-" + h, "steady", "ru", NOW.minusHours(h).minusMinutes(50), "Переговоры о канале Варна продолжаются"));
        }
        for (int i = 0; i < 10; i++) {
            boolean uk = i % 2 == 1;
            index.add(article("burst-" + i, "burst", uk ? "uk" : "en", NOW.minusMinutes(15L * i),
                    uk ? "Повінь у Кестелі: евакуація триває" : "Floods reach Kestel <b>old town</b>"));
        }
        index.add(article("one-off", "one-off", "en", NOW.minusMinutes(40), "Comet seen over Brenhall"));
        SplittableRandom random = new SplittableRandom(5);
        for (int s = 0; s < 30; s++) {
            for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                index.add(article("small-" + s + "-" + i, "small-" + s, "en", NOW.minusMinutes(random.nextInt(60 * 90)),
                        "Local news item " + s));
            }
        }
        index.commit();
    }

    private static Article article(String id, String story, String lang, LocalDateTime published, String title) {
        return Article.builder(id, title + "\n\n" + title + " (report " + id + ").").lang(lang).title(title).source("Generated Wire")
                .published(published.atOffset(ZoneOffset.UTC).toString()).story(story).build();
    }
}
