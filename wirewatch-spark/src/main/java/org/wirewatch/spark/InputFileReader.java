package org.wirewatch.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.model.RawArticle;
import scala.Tuple2;

/**
 * The read stage: one input file (any Hadoop path, opened as a byte stream) through core's readers,
 * which recognise JSONL, WARC, HTML, feeds and text, gzipped or not. Every article and every problem
 * the readers report becomes a {@link ReadItem}; a file that cannot even be opened becomes one
 * problem. Never throws for bad input, so one bad file cannot fail the job.
 *
 * <p>A file's raw articles are held until the file is done (core's readers push, Spark pulls): a
 * task needs memory for the extracted text of one input file, which for a 1 GB CC-NEWS WARC is
 * tens of megabytes (markup is dropped while reading).
 */
final class InputFileReader implements FlatMapFunction<Tuple2<String, PortableDataStream>, ReadItem> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<ReadItem> call(Tuple2<String, PortableDataStream> file) {
        String path = file._1();
        List<ReadItem> items = new ArrayList<>();
        try (InputStream in = file._2().open()) {
            new ArticleInputs(InputLimits.defaults()).read(in, path, new Collector(path, items));
        } catch (IOException | RuntimeException e) {
            items.add(ReadItem.problem(path, null, "could not be read: " + e));
        }
        return items.iterator();
    }

    private record Collector(String path, List<ReadItem> items) implements ArticleSink {
        @Override
        public void article(RawArticle article) {
            items.add(ReadItem.article(path, article.origin().position(), RawArticleCodec.encode(article)));
        }

        @Override
        public void error(ReadError error) {
            items.add(ReadItem.problem(path, error.where().position(), error.message()));
        }
    }
}
