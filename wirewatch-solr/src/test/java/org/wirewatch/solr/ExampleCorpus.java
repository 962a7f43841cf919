package org.wirewatch.solr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/** The repository's bundled {@code examples/corpus} (written for the project), analysed by the real pipeline. */
final class ExampleCorpus {
    private ExampleCorpus() {}

    static Path folder() {
        return Path.of(System.getProperty("wirewatch.root", "..")).resolve("examples/corpus");
    }

    static List<Article> analysed() {
        Pipeline pipeline = new Pipeline(new PipelineSettings(false, LanguageIdentifier.defaultLanguages()), SolrStoreTest.KB);
        List<Article> out = new ArrayList<>();
        new ArticleInputs(InputLimits.defaults()).read(List.of(folder().toString()), System.in, new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                out.add(pipeline.analyze(raw));
            }

            @Override
            public void error(ReadError error) {
                throw new IllegalStateException(error.message());
            }
        });
        return out;
    }
}
