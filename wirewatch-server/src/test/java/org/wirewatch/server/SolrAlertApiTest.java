package org.wirewatch.server;

import java.io.IOException;
import java.nio.file.Path;
import org.wirewatch.index.alerts.Alerts;

/**
 * {@link AlertApiTest}'s tests over a SolrCloud collection ({@link SolrTestCluster}): articles posted
 * to the server are stored in the collection and matched against the saved alerts there.
 */
class SolrAlertApiTest extends AlertApiTest {
    @Override
    ServerFixture open(Path data, Alerts alerts) throws IOException {
        return new ServerFixture(SolrTestCluster.get().collection("alerts"), data, ServerSettings.loopback(0), null, alerts);
    }
}
