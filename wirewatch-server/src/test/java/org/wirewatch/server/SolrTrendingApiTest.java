package org.wirewatch.server;

import java.io.IOException;
import java.nio.file.Path;
import org.wirewatch.index.ArticleIndex;

/** {@link TrendingApiTest}'s tests (trending stories, growth curves) over a SolrCloud collection ({@link SolrTestCluster}). */
class SolrTrendingApiTest extends TrendingApiTest {
    @Override
    ServerFixture open(Path data) throws IOException {
        ArticleIndex index = SolrTestCluster.get().collection("trending");
        TrendingStream.store(index);
        return new ServerFixture(index, data, ServerSettings.loopback(0), null, null);
    }
}
