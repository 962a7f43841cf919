package org.wirewatch.server;

import java.io.IOException;
import java.nio.file.Path;

/** {@link StoryPageTest}'s tests (what a story page sums up) over a SolrCloud collection ({@link SolrTestCluster}). */
class SolrStoryPageTest extends StoryPageTest {
    @Override
    ServerFixture open(Path data) throws IOException {
        return new ServerFixture(SolrTestCluster.get().collection("stories"), data, ServerSettings.loopback(0), "/fixtures/news.jsonl", null);
    }
}
