package org.wirewatch.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.model.Issue;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/**
 * Maps one JSON object in the article input format (id, text, title, url, lang, published,
 * source, authors) to a {@link RawArticle}. Unknown fields are ignored. Thread-safe.
 */
final class JsonArticles {
    /** Issue code for a "published" value that is not ISO-8601; the value is dropped, not guessed. */
    static final String INVALID_DATE = "invalid_date";

    /** Either an article or the reason there is none. */
    record Parsed(RawArticle article, String error) {}

    private final ObjectMapper mapper;

    JsonArticles(InputLimits limits) {
        // Jackson caps strings at 20M chars by default; a text may be as long as a document may be.
        int maxString = (int) Math.min(Integer.MAX_VALUE, Math.max(limits.maxDocumentBytes(), 1_000_000));
        JsonMapper built = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        built.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build());
        this.mapper = built;
    }

    /** @param decodeIssue an invalid-UTF-8 issue found while decoding the line, or null */
    Parsed parse(String json, SourceRef at, Issue decodeIssue) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return new Parsed(null, "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) return new Parsed(null, "not a JSON object");
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) return new Parsed(null, "no \"text\" field");
        if (!text.isTextual()) return new Parsed(null, "\"text\" is not a string");
        if (text.asText().isBlank()) return new Parsed(null, "\"text\" is empty");
        return new Parsed(toArticle(node, text.asText(), at, decodeIssue), null);
    }

    private static RawArticle toArticle(JsonNode node, String text, SourceRef at, Issue decodeIssue) {
        String url = scalar(node, "url");
        String rawDate = scalar(node, "published");
        String published = IsoDates.normalise(rawDate);
        List<Issue> issues = new ArrayList<>();
        if (decodeIssue != null) issues.add(decodeIssue);
        if (rawDate != null && published == null) {
            issues.add(new Issue(INVALID_DATE, "published \"" + rawDate + "\" is not ISO-8601; dropped"));
        }
        String id = Ids.choose(text, scalar(node, "id"), url);
        return new RawArticle(id, text, scalar(node, "title"), url, scalar(node, "lang"),
                published, scalar(node, "source"), authors(node.get("authors")), at, true, issues);
    }

    /** A string, number or boolean field as text; null when absent, blank or structured. */
    private static String scalar(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) return null;
        String s = value.asText();
        return s.isBlank() ? null : s;
    }

    private static List<String> authors(JsonNode value) {
        if (value == null) return List.of();
        if (value.isTextual()) return value.asText().isBlank() ? List.of() : List.of(value.asText());
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode a : value) {
                if (a.isValueNode() && !a.isNull() && !a.asText().isBlank()) names.add(a.asText());
            }
        }
        return names;
    }
}
