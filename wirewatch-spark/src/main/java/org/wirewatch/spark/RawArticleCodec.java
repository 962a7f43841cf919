package org.wirewatch.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.wirewatch.core.model.RawArticle;

/**
 * Raw articles cross the shuffle between reading and analysis as JSON strings: plain Java
 * serialisation of the core records would tie the shuffle format to their class layout. Thread-safe.
 */
final class RawArticleCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private RawArticleCodec() {}

    static String encode(RawArticle article) {
        try {
            return MAPPER.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode raw article " + article.id(), e);
        }
    }

    static RawArticle decode(String json) {
        try {
            return MAPPER.readValue(json, RawArticle.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot decode raw article", e);
        }
    }
}
