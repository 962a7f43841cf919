package org.wirewatch.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.model.RawArticle;

class CorpusWriterTest {

    @Test
    void aGeneratedCorpusIsValidAnalyzeInputPlainOrGzipped(@TempDir Path dir) throws IOException {
        for (String name : List.of("corpus.jsonl", "corpus.jsonl.gz")) {
            List<GeneratedArticle> written = new ArrayList<>();
            Path file = dir.resolve(name);
            try (CorpusWriter writer = CorpusWriter.toFile(file)) {
                new CorpusGenerator(40, 8, 5).generate(a -> {
                    written.add(a);
                    writer.write(a);
                });
            }
            List<RawArticle> read = new ArrayList<>();
            List<ReadError> errors = new ArrayList<>();
            new ArticleInputs(InputLimits.defaults()).read(List.of(file.toString()), null, new ArticleSink() {
                @Override
                public void article(RawArticle article) {
                    read.add(article);
                }

                @Override
                public void error(ReadError error) {
                    errors.add(error);
                }
            });
            assertEquals(List.of(), errors, name);
            assertEquals(written.size(), read.size(), name);
            for (int i = 0; i < read.size(); i++) {
                GeneratedArticle expected = written.get(i);
                RawArticle actual = read.get(i);
                assertEquals(expected.id(), actual.id());
                assertEquals(expected.text(), actual.text());
                assertEquals(expected.title(), actual.title());
                assertEquals(expected.lang(), actual.lang());
                assertTrue(actual.published().startsWith(expected.published()), actual.published());   // the reader adds seconds
                assertEquals(expected.source(), actual.source());
                assertEquals(List.of(), actual.issues(), expected.id());
            }
        }
    }
}
