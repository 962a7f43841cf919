package org.wirewatch.core.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import org.wirewatch.core.model.Article;

/**
 * The JSON form of the article record (DESIGN.md): snake_case keys, nulls written out so a
 * reader sees which fields are unknown. Thread-safe; one instance can serve every writer.
 */
public final class ArticleJson {
    private final ObjectMapper mapper;
    private final ObjectWriter compact;
    private final ObjectWriter pretty;

    public ArticleJson() {
        mapper = new ObjectMapper()
                .registerModule(wholeNumbersWithoutFraction())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        compact = mapper.writer();
        pretty = mapper.writerWithDefaultPrettyPrinter();
    }

    /** "90 drones" has the value 90, not 90.0: counts read as counts, and 1e9 stays 1000000000. */
    private static SimpleModule wholeNumbersWithoutFraction() {
        JsonSerializer<Double> serializer = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                double v = value;
                if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) gen.writeNumber((long) v);
                else gen.writeNumber(v);
            }
        };
        SimpleModule module = new SimpleModule("whole-numbers");
        module.addSerializer(Double.class, serializer);
        module.addSerializer(double.class, serializer);
        return module;
    }

    /** One line of JSONL: no line breaks inside (JSON escapes them). */
    public String toLine(Article article) {
        return write(compact, article);
    }

    public String toPrettyJson(Object value) {
        return write(pretty, value);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
