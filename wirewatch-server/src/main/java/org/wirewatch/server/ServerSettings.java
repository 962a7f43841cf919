package org.wirewatch.server;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How the server listens and what it allows.
 *
 * @param token           the bearer token POST /api/articles requires; null allows ingest only on a loopback-only server
 * @param maxRequestBytes the largest request body accepted (larger: 413)
 * @param maxPageSize     the most items one list request returns
 */
public record ServerSettings(String host, int port, String token, long maxRequestBytes, int maxPageSize) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, not " + port);
        if (token != null && token.isBlank()) token = null;
    }

    public static ServerSettings loopback(int port) {
        return new ServerSettings(DEFAULT_HOST, port, null, 10L << 20, 100);
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, token, maxRequestBytes, maxPageSize);
    }

    public ServerSettings withToken(String t) {
        return new ServerSettings(host, port, t, maxRequestBytes, maxPageSize);
    }

    /** Reads {@code api.token} from a properties file (e.g. DATA/server.properties); absent file or key: no token. */
    public ServerSettings withTokenFrom(Path config) throws IOException {
        if (!Files.isRegularFile(config)) return this;
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return withToken(p.getProperty("api.token"));
    }

    /** Whether only this machine can reach the server. */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
