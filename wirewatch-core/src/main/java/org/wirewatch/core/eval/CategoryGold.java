package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/** One line of a category gold file (docs/eval-formats.md): the article and the ids of the categories it belongs to. */
record CategoryGold(RawArticle article, Set<String> categories) {

    static CategoryGold parse(JsonNode node, SourceRef where) {
        RawArticle article = GoldArticles.from(node, where, GoldArticles.lineId(where));
        JsonNode list = JsonFields.array(node, "categories");
        if (list == null) throw new GoldFormatException("missing \"categories\" (an empty list for none)");
        List<String> ids = JsonFields.strings(list, "\"categories\"");
        return new CategoryGold(article, new TreeSet<>(ids));
    }
}
