package org.wirewatch.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.wirewatch.bench.micro.TempDirs;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.WirewatchIndex;

/**
 * The index stage: storing analysed articles in the Lucene article store as {@code ingest} does
 * (per-language analysis, stored JSON, facets), committed once at the end. Each run writes a fresh
 * store in a temporary directory and deletes it afterwards, since adding the same articles to a
 * store that holds them is a no-op that would time nothing.
 */
final class IndexStage {
    private final List<Article> analysed;
    private final KnowledgeBase kb;

    /** @param analysed the articles as the pipeline produced them, analysed once before timing */
    IndexStage(List<Article> analysed, KnowledgeBase kb) {
        this.analysed = List.copyOf(analysed);
        this.kb = kb;
    }

    /** One run: open a new store, add every article, commit, close, delete; returns the articles stored. */
    long run() throws IOException {
        Path dir = Files.createTempDirectory("wirewatch-bench-index");
        try {
            try (WirewatchIndex index = WirewatchIndex.open(dir, kb)) {
                for (Article a : analysed) index.add(a);
                return index.commit();
            }
        } finally {
            TempDirs.delete(dir);
        }
    }
}
