package org.wirewatch.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
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
 * <p>Core's readers push and Spark pulls, so a reader thread per file fills a small bounded queue
 * ({@link PulledItems}): a task holds a few dozen raw articles, not the whole file.
 */
final class InputFileReader implements FlatMapFunction<Tuple2<String, PortableDataStream>, ReadItem> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<ReadItem> call(Tuple2<String, PortableDataStream> file) {
        String path = file._1();
        PulledItems items = new PulledItems(path, to -> read(path, file._2(), to));
        TaskContext task = TaskContext.get();
        if (task != null) task.addTaskCompletionListener((TaskCompletionListener) context -> items.close());
        return items;
    }

    private static void read(String path, PortableDataStream stream, Consumer<ReadItem> to) {
        try (InputStream in = stream.open()) {
            new ArticleInputs(InputLimits.defaults()).read(in, path, new Forwarder(path, to));
        } catch (PulledItems.Stopped e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            to.accept(ReadItem.problem(path, null, "could not be read: " + e));
        }
    }

    private record Forwarder(String path, Consumer<ReadItem> to) implements ArticleSink {
        @Override
        public void article(RawArticle article) {
            to.accept(ReadItem.article(path, article.origin().position(), RawArticleCodec.encode(article)));
        }

        @Override
        public void error(ReadError error) {
            to.accept(ReadItem.problem(path, error.where().position(), error.message()));
        }
    }
}
