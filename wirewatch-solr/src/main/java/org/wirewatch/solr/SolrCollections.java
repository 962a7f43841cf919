package org.wirewatch.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * The configset in the repository ({@code org/wirewatch/solr/configset}: {@code schema.xml} and
 * {@code solrconfig.xml}) and what {@code wirewatch solr init} does with it: upload it to the
 * cluster through the Configsets API (as a zip, so a ZooKeeper or a Solr URL serves alike) and
 * create a collection over it.
 */
public final class SolrCollections {
    /** The configset's files, as packaged in the jar. */
    public static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");
    private static final String FOLDER = "/org/wirewatch/solr/configset/";

    private final CloudSolrClient client;

    public SolrCollections(CloudSolrClient client) {
        this.client = client;
    }

    /** One configset file's text. */
    public static String file(String name) {
        try (InputStream in = SolrCollections.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IllegalStateException("the configset file " + name + " is missing from the jar");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads the configset under {@code configName}, replacing one of that name. */
    public void uploadConfigSet(String configName) throws IOException, SolrServerException {
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
                .setConfigSetName(configName)
                .setOverwrite(true)
                .setCleanup(true);
        ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(zip(), configName + ".zip", "application/zip");
        upload.setUploadStream(zip);
        upload.process(client);
    }

    /** Creates the collection over the configset: {@code shards} shards of {@code replicas} replicas each. */
    public void createCollection(String collection, String configName, int shards, int replicas) throws IOException, SolrServerException {
        CollectionAdminResponse r = CollectionAdminRequest.createCollection(collection, configName, shards, replicas).process(client);
        if (!r.isSuccess()) throw new IOException("Solr could not create the collection " + collection + ": " + r.getErrorMessages());
    }

    /** Whether the cluster has this collection already. */
    public boolean exists(String collection) throws IOException, SolrServerException {
        return CollectionAdminRequest.listCollections(client).contains(collection);
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : FILES) {
                out.putNextEntry(new ZipEntry(name));
                out.write(file(name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
