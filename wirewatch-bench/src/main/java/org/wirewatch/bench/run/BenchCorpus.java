package org.wirewatch.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewatch.bench.Utf8;
import org.wirewatch.bench.corpus.CorpusGenerator;
import org.wirewatch.bench.corpus.CorpusWriter;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.model.RawArticle;

/**
 * The articles a run measures, held in memory so that stages are timed on text, not on disk, and
 * the file they came from, which the read stage and the whole pipeline read again each run. A
 * generated corpus is written to a temporary file first, so it is read exactly like a user's.
 */
final class BenchCorpus implements AutoCloseable {
    private final Path file;
    private final boolean temporary;
    private final String description;
    private final List<RawArticle> articles;
    private final long utf8Bytes;
    private final int readErrors;

    private BenchCorpus(Path file, boolean temporary, String description, int limit) {
        this.file = file;
        this.temporary = temporary;
        this.description = description;
        Collector collector = new Collector(limit);
        readInto(file, limit, collector);
        this.articles = List.copyOf(collector.articles);
        this.readErrors = collector.errors;
        long bytes = 0;
        for (RawArticle a : articles) bytes += Utf8.size(a.text());
        this.utf8Bytes = bytes;
    }

    static BenchCorpus open(BenchSettings settings) throws IOException {
        if (settings.corpus() != null) {
            return new BenchCorpus(settings.corpus(), false, settings.corpus().toString(), settings.articles());
        }
        Path file = Files.createTempFile("wirewatch-bench-", ".jsonl");
        try (CorpusWriter writer = CorpusWriter.toFile(file)) {
            new CorpusGenerator(settings.articles(), settings.stories(), settings.seed()).generate(writer::write);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        String what = String.format(Locale.ROOT, "generated, seed %d, %d stories", settings.seed(), settings.stories());
        return new BenchCorpus(file, true, what, settings.articles());
    }

    /** Reads at most {@code limit} articles of the file into the sink, as the analyze verb would. */
    static void readInto(Path file, int limit, ArticleSink sink) {
        try {
            new ArticleInputs(InputLimits.defaults()).read(List.of(file.toString()), null, new Limited(sink, limit));
        } catch (Limited.Enough e) {
            // the limit was reached: the rest of the file is not needed
        }
    }

    Path file() {
        return file;
    }

    String description() {
        return description;
    }

    List<RawArticle> articles() {
        return articles;
    }

    long utf8Bytes() {
        return utf8Bytes;
    }

    int readErrors() {
        return readErrors;
    }

    @Override
    public void close() throws IOException {
        if (temporary) Files.deleteIfExists(file);
    }

    private static final class Collector implements ArticleSink {
        final List<RawArticle> articles;
        int errors;

        Collector(int limit) {
            articles = new ArrayList<>(Math.min(limit, 100_000));
        }

        @Override
        public void article(RawArticle article) {
            articles.add(article);
        }

        @Override
        public void error(ReadError error) {
            errors++;
        }
    }

    /** Stops reading after a number of articles by throwing through the reader, which passes sink exceptions on. */
    private static final class Limited implements ArticleSink {
        static final class Enough extends RuntimeException {
            Enough() {
                super(null, null, false, false);
            }
        }

        private final ArticleSink inner;
        private final int limit;
        private int seen;

        Limited(ArticleSink inner, int limit) {
            this.inner = inner;
            this.limit = limit;
        }

        @Override
        public void article(RawArticle article) {
            inner.article(article);
            if (++seen >= limit) throw new Enough();
        }

        @Override
        public void error(ReadError error) {
            inner.error(error);
        }
    }
}
