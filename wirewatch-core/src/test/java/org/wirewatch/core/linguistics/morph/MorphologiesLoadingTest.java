package org.wirewatch.core.linguistics.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.lang.uk.UkrainianMorphology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dictionaries cost tens of milliseconds and megabytes: never at construction, once, on demand. */
class MorphologiesLoadingTest {

    @Test
    void constructing_the_registry_reads_nothing() {
        Morphologies morphologies = LanguagePacks.discover().morphologies();
        for (String lang : List.of("en", "ru", "uk")) {
            assertFalse(impl(morphologies, lang).isLoaded(), lang);
        }
    }

    @Test
    void using_one_language_reads_only_its_dictionary() {
        Morphologies morphologies = LanguagePacks.discover().morphologies();
        morphologies.forLanguage("en").orElseThrow().readings("Blinken");
        assertTrue(impl(morphologies, "en").isLoaded());
        assertFalse(impl(morphologies, "ru").isLoaded());
        assertFalse(impl(morphologies, "uk").isLoaded());
        UkrainianMorphology uk = (UkrainianMorphology) morphologies.forLanguage("uk").orElseThrow();
        uk.readings("Блінкена");   // prop:lname says it all: the semantic tags are not needed yet
        assertFalse(uk.semanticTagsLoaded());
    }

    @Test
    void four_threads_at_first_use_read_each_dictionary_once_and_agree() throws Exception {
        Morphologies morphologies = LanguagePacks.discover().morphologies();
        String[][] work = {
                {"ru", "Блинкена", "Блинкен"}, {"ru", "Брюсселе", "Брюссель"}, {"uk", "Києві", "Київ"},
                {"uk", "Сибізі", "Сибіга"}, {"en", "Blinken's", "Blinken"}, {"ru", "Сибигой", "Сибига"},
        };
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int wrong = 0;
                    for (int i = 0; i < 2_000; i++) {
                        String[] w = work[(i + offset) % work.length];
                        String lemma = morphologies.forLanguage(w[0]).orElseThrow().nameLemma(w[1], null);
                        if (!lemma.equals(w[2])) wrong++;
                    }
                    return wrong;
                }));
            }
            start.countDown();
            for (Future<Integer> r : results) assertEquals(0, r.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        for (String lang : List.of("en", "ru", "uk")) assertEquals(1, impl(morphologies, lang).dictionary().loads(), lang);
    }

    private static DictionaryMorphology impl(Morphologies morphologies, String lang) {
        return (DictionaryMorphology) morphologies.forLanguage(lang).orElseThrow();
    }
}
