package org.wirewatch.index;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The invented en/ru/uk test corpus (fixtures/news.jsonl), analysed by the real pipeline. Until
 * the story stage fills {@code story}, the id's prefix ("brussels-en" → "brussels") stands in.
 */
final class FixtureCorpus {
    static final KnowledgeBase KB = KnowledgeBases.builtIn();

    private FixtureCorpus() {}

    static List<Article> analysed() {
        return analysed("/fixtures/news.jsonl");
    }

    /** Another fixture file of the test resources, analysed the same way. */
    static List<Article> analysed(String resource) {
        Pipeline pipeline = new Pipeline(new PipelineSettings(false, LanguageIdentifier.defaultLanguages()), KB);
        List<Article> out = new ArrayList<>();
        new ArticleInputs(InputLimits.defaults()).read(List.of(file(resource).toString()), System.in, new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                Article a = pipeline.analyze(raw);
                out.add(a.withStory(a.id().substring(0, a.id().lastIndexOf('-')), null, null));
            }

            @Override
            public void error(ReadError error) {
                throw new IllegalStateException(error.message());
            }
        });
        return out;
    }

    static Path file() {
        return file("/fixtures/news.jsonl");
    }

    static Path file(String resource) {
        try {
            return Path.of(FixtureCorpus.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
