package org.wirewatch.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org facts a page declares in {@code <script type="application/ld+json">}: the
 * first object (searching arrays and {@code @graph}) that has a datePublished, and its author
 * and publisher. Broken JSON-LD is common and simply yields nothing.
 */
final class JsonLd {
    /** What the page's JSON-LD says; fields are null or empty when it says nothing. */
    record Facts(String datePublished, List<String> authors, String publisher) {
        static final Facts NONE = new Facts(null, List.of(), null);
    }

    private static final int MAX_DEPTH = 8;
    private final ObjectMapper mapper = new ObjectMapper();

    Facts read(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = mapper.readTree(script.data());
            } catch (JsonProcessingException e) {
                continue; // hand-written JSON-LD is often invalid; other sources may still say
            }
            JsonNode article = findWithDate(root, 0);
            if (article != null) {
                return new Facts(article.get("datePublished").asText(), names(article.get("author")),
                        name(article.get("publisher")));
            }
        }
        return Facts.NONE;
    }

    private static JsonNode findWithDate(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) return null;
        if (node.isObject() && node.path("datePublished").isTextual()) return node;
        Iterable<JsonNode> children = node.isArray() ? node : node.path("@graph");
        for (JsonNode child : children) {
            JsonNode found = findWithDate(child, depth + 1);
            if (found != null) return found;
        }
        return null;
    }

    private static List<String> names(JsonNode author) {
        List<String> names = new ArrayList<>();
        if (author == null) return names;
        if (author.isArray()) {
            for (JsonNode a : author) {
                String n = name(a);
                if (n != null) names.add(n);
            }
        } else {
            String n = name(author);
            if (n != null) names.add(n);
        }
        return names;
    }

    /** A person or organisation: a plain string or an object with "name". */
    private static String name(JsonNode node) {
        if (node == null) return null;
        String n = node.isTextual() ? node.asText() : node.path("name").asText("");
        return n.isBlank() ? null : n.strip();
    }
}
