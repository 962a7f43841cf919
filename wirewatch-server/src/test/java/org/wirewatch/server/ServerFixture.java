package org.wirewatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.wirewatch.core.app.Resources;
import org.wirewatch.core.app.Wirewatch;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.WirewatchIndex;

/**
 * A real server on a free loopback port over a store (embedded, or a Solr collection) of the invented en/ru/uk fixture corpus
 * (fixtures/news.jsonl) analysed by the real pipeline. Until the story stage fills {@code story},
 * the id's prefix ("brussels-en" → "brussels") stands in for it. The Russian Brussels report is
 * stored as a translation of the English one (it says the same, sentence by sentence); so are the Russian and
 * Ukrainian Geneva reports of fixtures/entity-pages.jsonl.
 */
final class ServerFixture implements AutoCloseable {
    static final java.util.Map<String, String> TRANSLATIONS = java.util.Map.of("brussels-ru", "brussels-en",
            "geneva-ru", "geneva-en1", "geneva-uk", "geneva-en1");
    static final KnowledgeBase KB = KnowledgeBases.builtIn();
    static final Wirewatch WIREWATCH = new Wirewatch(Resources.with(KB), new PipelineSettings(false, LanguageIdentifier.defaultLanguages()));
    static final Pipeline PIPELINE = WIREWATCH.pipeline();
    static final ObjectMapper JSON = new ObjectMapper();

    final ArticleIndex index;
    final WirewatchServer server;
    final HttpClient http = HttpClient.newHttpClient();

    ServerFixture(Path data, ServerSettings settings, boolean withCorpus) throws IOException {
        this(data, settings, withCorpus ? "/fixtures/news.jsonl" : null, null);
    }

    /** Over another corpus of our own (a resource under /fixtures), stories again named by the ids' prefixes; null for none. */
    ServerFixture(Path data, ServerSettings settings, String corpus) throws IOException {
        this(data, settings, corpus, null);
    }

    /** With saved alerts (null: none), matched against posted articles and served at /api/alerts. */
    ServerFixture(Path data, ServerSettings settings, boolean withCorpus, org.wirewatch.index.alerts.Alerts alerts) throws IOException {
        this(data, settings, withCorpus ? "/fixtures/news.jsonl" : null, alerts);
    }

    private ServerFixture(Path data, ServerSettings settings, String corpus, org.wirewatch.index.alerts.Alerts alerts) throws IOException {
        this(WirewatchIndex.open(data, KB), data, settings, corpus, alerts);
    }

    /**
     * Over {@code index}, an empty store of either kind (the embedded index or a Solr collection),
     * closed with the fixture; stories are kept under {@code data}.
     */
    ServerFixture(ArticleIndex index, Path data, ServerSettings settings, String corpus, org.wirewatch.index.alerts.Alerts alerts)
            throws IOException {
        this.index = index;
        if (corpus != null) {
            for (Article a : analysedCorpus(corpus)) index.add(a);
            index.commit();
        }
        server = WirewatchServer.start(settings, index, StoredStories.open(data, WIREWATCH.resources().packs()), null, WIREWATCH, alerts);
    }

    static List<Article> analysedCorpus() {
        return analysedCorpus("/fixtures/news.jsonl");
    }

    static List<Article> analysedCorpus(String corpus) {
        List<Article> out = new java.util.ArrayList<>();
        new ArticleInputs(InputLimits.defaults()).read(List.of(file(corpus).toString()), System.in, new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                Article a = PIPELINE.analyze(raw);
                out.add(a.withStory(a.id().substring(0, a.id().lastIndexOf('-')), null, TRANSLATIONS.get(a.id())));
            }

            @Override
            public void error(ReadError error) {
                throw new IllegalStateException(error.message());
            }
        });
        return out;
    }

    static Path file(String resource) {
        try {
            return Path.of(ServerFixture.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    JsonNode getJson(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        return parse(r.body());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        index.close();
    }
}
