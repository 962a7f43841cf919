package org.wirewatch.server;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@link ApiTest}'s tests (search, articles, entity, story and event pages, quotes, stories) over a
 * collection of 2 shards on a real 2-node SolrCloud ({@link SolrTestCluster}): the same API answers
 * on both stores.
 */
class SolrApiTest extends ApiTest {
    @Override
    ServerFixture open(Path data) throws IOException {
        return new ServerFixture(SolrTestCluster.get().collection("api"), data, ServerSettings.loopback(0), "/fixtures/news.jsonl", null);
    }
}
