package org.wirewatch.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.UncheckedIOException;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.model.Article;

/** Article records as JSON lines, both ways: the form {@code analyze} writes. Thread-safe. */
final class ArticleRecords {
    private final ArticleJson json = new ArticleJson();
    private final ObjectReader reader = json.mapper()
            .readerFor(Article.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    Article parse(String line) {
        try {
            return reader.readValue(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not an article record: " + e.getOriginalMessage(), e);
        }
    }

    String line(Article article) {
        return json.toLine(article);
    }
}
