package org.wirewatch.server;

import java.io.IOException;
import java.nio.file.Path;

/** {@link EntityAndHomeApiTest}'s tests (entity offices, quotes, company, home page) over a SolrCloud collection ({@link SolrTestCluster}). */
class SolrEntityAndHomeApiTest extends EntityAndHomeApiTest {
    @Override
    ServerFixture open(Path data) throws IOException {
        return new ServerFixture(SolrTestCluster.get().collection("entities"), data, ServerSettings.loopback(0),
                "/fixtures/entity-pages.jsonl", null);
    }
}
