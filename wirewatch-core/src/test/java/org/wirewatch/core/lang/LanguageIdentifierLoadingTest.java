package org.wirewatch.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Lingua models cost seconds to load: never at construction, once per identifier, on demand. */
class LanguageIdentifierLoadingTest {

    @Test
    void constructing_loads_nothing() {
        LanguageIdentifier languages = new LanguageIdentifier(Set.of("en", "ru", "uk", "az", "de"));
        assertFalse(languages.modelLoaded());
        assertEquals(0, languages.modelBuilds());
    }

    @Test
    void text_decided_by_its_letters_loads_nothing() {
        LanguageIdentifier languages = new LanguageIdentifier();
        assertEquals("uk", LanguageIdentifierTest.lang(languages.identify(Fixtures.UKRAINIAN_ARTICLE)));
        assertEquals("az", LanguageIdentifierTest.lang(languages.identify(Fixtures.AZ_CAPTION)));
        languages.identify("");
        languages.identify("12:45 845");
        assertFalse(languages.modelLoaded());
    }

    @Test
    void paragraphs_that_agree_with_their_document_load_nothing() {
        // The per-paragraph pass must stay cheap: only paragraphs whose letters contradict the
        // document's language, and that their letters cannot settle, may reach the model.
        LanguageIdentifier languages = new LanguageIdentifier();
        var paragraphs = languages.paragraphs(Fixtures.RUSSIAN_WITH_UKRAINIAN_PROMO, "ru");
        assertEquals(6, paragraphs.stream().filter(p -> "ru".equals(p.lang())).count());
        assertFalse(languages.modelLoaded());
    }

    @Test
    void concurrent_first_use_builds_the_model_once() throws Exception {
        LanguageIdentifier languages = new LanguageIdentifier();
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                // Short and letter-poor, so only the model can decide it.
                results.add(pool.submit(() -> {
                    start.await();
                    return LanguageIdentifierTest.lang(languages.identify("Photo credit: Getty Images"));
                }));
            }
            start.countDown();
            for (Future<String> r : results) assertEquals("en", r.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertTrue(languages.modelLoaded());
        assertEquals(1, languages.modelBuilds());
        languages.identify("Leave a review");
        assertEquals(1, languages.modelBuilds());
    }
}
