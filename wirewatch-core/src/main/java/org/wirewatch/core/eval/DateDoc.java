package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/**
 * One dates gold document. {@code scored} are its DATE and TIME expressions (and untyped ones);
 * {@code ignored} are DURATION and SET, kept so a prediction that only finds them is neither
 * rewarded nor punished (predictions carry no type to tell them apart).
 */
record DateDoc(RawArticle article, List<Timex> scored, List<Timex> ignored) {
    static final String[] LIST_KEYS = {"timex", "dates", "timexes"};

    DateDoc {
        Check.notNullParam(article, "article");
        scored = List.copyOf(scored);
        ignored = List.copyOf(ignored);
    }

    static DateDoc parse(JsonNode line, SourceRef where) {
        RawArticle article = GoldArticles.from(line, where, GoldArticles.lineId(where));
        JsonNode list = JsonFields.array(line, LIST_KEYS);
        if (list == null) throw new GoldFormatException("missing \"timex\" (or \"dates\"); use [] for none");
        int length = article.text().length();
        List<Timex> scored = new ArrayList<>();
        List<Timex> ignored = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject()) throw new GoldFormatException("timex must be an object, was " + item);
            int start = JsonFields.requiredInt(item, "start");
            int end = JsonFields.requiredInt(item, "end");
            if (start < 0 || start >= end || end > length) {
                throw new GoldFormatException("timex span [" + start + "," + end + ") outside text of length " + length);
            }
            String type = JsonFields.text(item, "type");
            type = type == null ? null : type.trim().toUpperCase(Locale.ROOT);
            Timex timex = new Timex(start, end, type, JsonFields.text(item, "value"));
            if ("DURATION".equals(type) || "SET".equals(type)) ignored.add(timex);
            else scored.add(timex);
        }
        return new DateDoc(article, scored, ignored);
    }
}
