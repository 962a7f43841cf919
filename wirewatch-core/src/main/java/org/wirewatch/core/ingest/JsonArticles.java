package org.wirewatch.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.wirewatch.core.model.Issue;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/**
 * Maps one JSON object in the article input format (id, text or html, title, url, lang, published,
 * source, authors) to a {@link RawArticle}, or says which field is at fault. Unknown fields are
 * ignored. Thread-safe.
 */
final class JsonArticles {
    /** Issue code for a "published" value that is not ISO-8601; the value is dropped, not guessed. */
    static final String INVALID_DATE = "invalid_date";

    /** Either an article or the reason there is none. */
    record Parsed(RawArticle article, String error) {}

    private static final List<String> STRING_FIELDS = List.of("id", "text", "html", "title", "url", "lang", "published", "source");

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
            return new Parsed(null, notJson(e));
        }
        return parse(node, at, decodeIssue);
    }

    /** The whole of {@code json} as one JSON value, or null when it is not exactly one (JSON Lines, or broken). */
    JsonNode single(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The rules every article object meets, whether a JSONL line or a body posted to the server. */
    Parsed parse(JsonNode node, SourceRef at, Issue decodeIssue) {
        if (node == null || node.isMissingNode()) return new Parsed(null, "empty");
        if (!node.isObject()) return new Parsed(null, "expected a JSON object, not " + kind(node));
        for (String field : STRING_FIELDS) {
            JsonNode v = node.get(field);
            if (v != null && !v.isNull() && !v.isTextual() && !(field.equals("id") && v.isNumber())) {
                return new Parsed(null, "\"" + field + "\" must be a string, not " + kind(v));
            }
        }
        JsonNode authors = node.get("authors");
        if (authors != null && !authors.isNull() && !authors.isTextual() && !isListOfStrings(authors)) {
            return new Parsed(null, "\"authors\" must be a string or a list of strings");
        }
        JsonNode text = node.get("text");
        JsonNode html = node.get("html");
        if ((text == null || text.isNull()) && (html == null || html.isNull())) return new Parsed(null, "no \"text\" or \"html\" field");
        String body;
        if (text != null && !text.isNull()) {
            if (text.asText().isBlank()) return new Parsed(null, "\"text\" is empty");
            body = text.asText();
        } else {
            body = HtmlText.of(Jsoup.parseBodyFragment(html.asText()).body()).strip();
            if (body.isEmpty()) return new Parsed(null, "\"html\" has no text");
        }
        return new Parsed(toArticle(node, body, at, decodeIssue), null);
    }

    /** Jackson's message without its source excerpt or feature names: what is wrong and where. */
    static String notJson(JsonProcessingException e) {
        String what = e.getOriginalMessage();
        int cut = what.indexOf(" (for ");
        if (cut < 0) cut = what.indexOf("\n");
        if (cut > 0) what = what.substring(0, cut);
        what = what.replaceAll("\\s*\\(start marker at \\[[^\\]]*\\]\\)", "").replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll(" \\(code \\d+\\)", "").replaceAll("\\(CTRL-CHAR, code \\d+\\)", "(control character)");
        var loc = e.getLocation();
        return "not JSON (" + what.strip() + (loc == null ? "" : "; at column " + loc.getColumnNr()) + ")";
    }

    private static String kind(JsonNode v) {
        if (v.isNull()) return "null";
        if (v.isArray()) return "an array";
        if (v.isObject()) return "an object";
        if (v.isTextual()) return "a string";
        if (v.isNumber()) return "a number";
        if (v.isBoolean()) return "a boolean";
        return "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isListOfStrings(JsonNode v) {
        if (!v.isArray()) return false;
        for (JsonNode a : v) if (!a.isTextual()) return false;
        return true;
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
        return new RawArticle(id, text, decodedTitle(scalar(node, "title")), url, scalar(node, "lang"),
                published, scalar(node, "source"), authors(node.get("authors")), at, true, issues);
    }

    /** A title is decoded like text from markup: "<b>Bold</b> &amp; co" is "Bold & co". */
    private static String decodedTitle(String title) {
        if (title == null || (title.indexOf('<') < 0 && title.indexOf('&') < 0)) return title;
        String decoded = Jsoup.parseBodyFragment(title).body().text().strip();
        return decoded.isEmpty() ? null : decoded;
    }

    /** A string or number field as text; null when absent or blank. */
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
                if (!a.asText().isBlank()) names.add(a.asText());
            }
        }
        return names;
    }
}
