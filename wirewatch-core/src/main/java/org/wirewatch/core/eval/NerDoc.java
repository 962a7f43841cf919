package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/**
 * One NER gold document: the article to analyse and its gold PER/ORG/LOC spans (other types
 * already dropped, duplicates merged).
 */
record NerDoc(RawArticle article, Set<TypedSpan> entities) {
    static final String[] LIST_KEYS = {"entities", "spans", "ner"};

    NerDoc {
        Check.notNullParam(article, "article");
        entities = Set.copyOf(entities);
    }

    /** Character-span lines when they have an entity list, token-tagged lines when they have tokens. */
    static NerDoc parse(JsonNode line, SourceRef where) {
        if (JsonFields.has(line, LIST_KEYS)) return fromSpans(line, where);
        if (JsonFields.has(line, "tokens")) return fromTokens(line, where);
        throw new GoldFormatException("needs \"text\" with \"entities\" (or \"spans\"/\"ner\"), or \"tokens\" with \"ner_tags\"");
    }

    private static NerDoc fromSpans(JsonNode line, SourceRef where) {
        RawArticle article = GoldArticles.from(line, where, GoldArticles.lineId(where));
        String text = article.text();
        Set<TypedSpan> spans = new LinkedHashSet<>();
        for (JsonNode item : JsonFields.array(line, LIST_KEYS)) {
            int start;
            int end;
            String label;
            if (item.isArray() && item.size() >= 3) {            // [start, end, "PER"], as doccano exports
                start = JsonFields.asInt(item.get(0), "start");
                end = JsonFields.asInt(item.get(1), "end");
                label = item.get(2).asText();
            } else if (item.isObject()) {
                start = JsonFields.requiredInt(item, "start");
                end = JsonFields.requiredInt(item, "end");
                label = JsonFields.requiredText(item, "type", "label");
            } else {
                throw new GoldFormatException("entity must be an object or [start, end, type], was " + item);
            }
            if (start < 0 || start >= end || end > text.length()) {
                throw new GoldFormatException("entity span [" + start + "," + end + ") outside text of length " + text.length());
            }
            // A quoted surface form that disagrees with the offsets means the offsets count something else
            // (bytes, code points); scoring them as UTF-16 indices would be silently wrong.
            String surface = item.isObject() ? JsonFields.text(item, "text") : null;
            if (surface != null && !surface.equals(text.substring(start, end))) {
                throw new GoldFormatException("entity [" + start + "," + end + ") is \"" + text.substring(start, end)
                        + "\" in the text but \"" + surface + "\" in the gold (offsets must be UTF-16 indices)");
            }
            String type = EntityTypes.normalise(label);
            if (type != null) spans.add(new TypedSpan(start, end, type));
        }
        return new NerDoc(article, spans);
    }

    private static NerDoc fromTokens(JsonNode line, SourceRef where) {
        List<String> tokens = JsonFields.strings(JsonFields.array(line, "tokens"), "\"tokens\"");
        JsonNode tagArray = JsonFields.array(line, "ner_tags", "tags");
        if (tagArray == null) throw new GoldFormatException("\"tokens\" without \"ner_tags\"");
        List<String> tags = JsonFields.strings(tagArray, "\"ner_tags\" (integer tags need their label names)");
        if (tags.size() != tokens.size()) {
            throw new GoldFormatException(tokens.size() + " tokens but " + tags.size() + " ner_tags");
        }
        // Tokens joined by single spaces: the text the predictions run on, so both sides share offsets.
        int[] starts = new int[tokens.size()];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) text.append(' ');
            starts[i] = text.length();
            text.append(tokens.get(i));
        }
        List<TypedSpan> spans = new ArrayList<>();
        for (BioTags.Chunk chunk : BioTags.decode(tags)) {
            String type = EntityTypes.normalise(chunk.type());
            if (type == null) continue;
            spans.add(new TypedSpan(starts[chunk.first()], starts[chunk.last()] + tokens.get(chunk.last()).length(), type));
        }
        RawArticle article = GoldArticles.of(JsonFields.text(line, "id"), text.toString(), line, where, GoldArticles.lineId(where));
        return new NerDoc(article, new LinkedHashSet<>(spans));
    }
}
