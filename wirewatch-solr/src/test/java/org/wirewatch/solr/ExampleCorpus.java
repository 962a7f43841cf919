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

    private static final Pipeline PIPELINE = new Pipeline(new PipelineSettings(false, LanguageIdentifier.defaultLanguages()), SolrStoreTest.KB);

    static List<Article> analysed() {
        Pipeline pipeline = PIPELINE;
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

    /** {@code n} short invented harbour reports, each different, analysed. */
    static List<Article> generated(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = "Harbour report " + i + ": the port of Testport reopened berth " + (i % 17) + " after storm number " + i
                    + " passed. Pilot boats resumed service on the " + (i % 2 == 0 ? "northern" : "southern") + " channel.";
            out.add(PIPELINE.analyze(RawArticle.ofText("harbour-" + i, text, org.wirewatch.core.model.SourceRef.of("generated"))));
        }
        return out;
    }
}
