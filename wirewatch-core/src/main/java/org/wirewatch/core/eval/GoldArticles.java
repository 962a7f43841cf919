package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/** Builds the {@link RawArticle} a prediction function sees from the article fields of a gold line. */
final class GoldArticles {
    private GoldArticles() {}

    /** Reads id, text, title, lang and published (or dct) from {@code node}; {@code fallbackId} when it has no id. */
    static RawArticle from(JsonNode node, SourceRef where, String fallbackId) {
        return of(JsonFields.text(node, "id"), JsonFields.requiredText(node, "text"), node, where, fallbackId);
    }

    /** An article whose text the gold line does not hold verbatim (token-tagged NER joins its tokens). */
    static RawArticle of(String id, String text, JsonNode node, SourceRef where, String fallbackId) {
        String lang = JsonFields.text(node, "lang", "language");
        // markup=true: the gold text is already clean, so no stage should strip page furniture from it.
        return new RawArticle(id == null ? fallbackId : id, text, JsonFields.text(node, "title"), null,
                lang == null || lang.isBlank() ? null : lang.trim().toLowerCase(Locale.ROOT),
                JsonFields.text(node, "published", "dct"), null, List.of(), where, true, List.of());
    }

    /** "gold.jsonl:7", a stable id for a line that names none. */
    static String lineId(SourceRef where) {
        String position = where.position() == null ? "" : where.position().replace("line ", "");
        return where.input() + ":" + position;
    }
}
