package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.wirewatch.core.SharedData;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.RawArticle;

/** The five real scraped seed articles, read where CI keeps them (../shared beside the checkout). */
class SeedsTest {
    private static final List<String> SEED_IDS = List.of("000_dac6628e64210115", "001_81689793cf2fa09e",
            "002_13705c45efd28435", "003_2b7750edeee1a443", "004_79bbd20387ac76b2");

    private static Path corpus() {
        return SharedData.require("corpus", "seeds").getParent();
    }

    @Test
    void seedDirectoryAndSeedsJsonlGiveTheSameFiveArticles() {
        Path corpus = corpus();

        CollectingSink files = CollectingSink.read(corpus.resolve("seeds"));
        CollectingSink jsonl = CollectingSink.read(corpus.resolve("seeds.jsonl"));

        assertEquals(List.of(), files.errors);
        assertEquals(List.of(), jsonl.errors);
        assertEquals(SEED_IDS, files.ids());
        assertEquals(SEED_IDS, jsonl.ids());
        for (int i = 0; i < SEED_IDS.size(); i++) {
            RawArticle file = files.articles.get(i);
            RawArticle line = jsonl.articles.get(i);
            assertEquals(file.text(), line.text(), "same text either way for " + file.id());
            assertFalse(file.markup());
            assertTrue(line.markup());
            assertEquals(List.of(), file.issues());
            assertEquals("line " + (i + 1), line.origin().position());
        }
        files.articles.forEach(a -> assertFalse(a.text().contains("\uFFFD"), a.id() + " decoded cleanly"));
    }
}
