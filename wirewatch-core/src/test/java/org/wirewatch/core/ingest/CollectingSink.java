package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.model.RawArticle;

/** Test sink: keeps everything it is given, in order. */
final class CollectingSink implements ArticleSink {
    final List<RawArticle> articles = new ArrayList<>();
    final List<ReadError> errors = new ArrayList<>();

    @Override
    public void article(RawArticle article) {
        articles.add(article);
    }

    @Override
    public void error(ReadError error) {
        errors.add(error);
    }

    static CollectingSink read(InputLimits limits, Path... paths) {
        List<String> inputs = new ArrayList<>();
        for (Path p : paths) inputs.add(p.toString());
        return read(limits, inputs, InputStream.nullInputStream());
    }

    static CollectingSink read(Path... paths) {
        return read(InputLimits.defaults(), paths);
    }

    static CollectingSink readStdin(byte[] stdin) {
        return read(InputLimits.defaults(), List.of("-"), new ByteArrayInputStream(stdin));
    }

    static CollectingSink read(InputLimits limits, List<String> inputs, InputStream stdin) {
        CollectingSink sink = new CollectingSink();
        new ArticleInputs(limits).read(inputs, stdin, sink);
        return sink;
    }

    RawArticle only() {
        assertEquals(List.of(), errors, "errors");
        assertEquals(1, articles.size(), "articles");
        return articles.get(0);
    }

    List<String> ids() {
        return articles.stream().map(RawArticle::id).toList();
    }

    /** The single error, checked to name the input and contain the given text. */
    ReadError onlyError(String input, String messagePart) {
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        ReadError e = errors.get(0);
        assertEquals(input, e.where().input());
        assertTrue(e.message().contains(messagePart), () -> "message: " + e.message());
        return e;
    }
}
