package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/** One gold target of an entity-sentiment file: a span, its gold polarity and (Russian file) its type. */
public record SentimentTarget(int start, int end, String text, String polarity, String type) {

    /** One line of an entity-sentiment file: the article and its targets. */
    public record Doc(RawArticle article, List<SentimentTarget> targets) {
        public Doc {
            targets = List.copyOf(targets);
        }

        static Doc parse(JsonNode node, SourceRef where) {
            RawArticle article = GoldArticles.from(node, where, GoldArticles.lineId(where));
            JsonNode array = JsonFields.array(node, "targets");
            if (array == null) throw new GoldFormatException("missing \"targets\"");
            List<SentimentTarget> targets = new ArrayList<>();
            for (JsonNode t : array) {
                int start = JsonFields.requiredInt(t, "start");
                int end = JsonFields.requiredInt(t, "end");
                if (start < 0 || end < start || end > article.text().length()) {
                    throw new GoldFormatException("target [" + start + "," + end + ") outside the text");
                }
                String polarity = JsonFields.requiredText(t, "polarity");
                if (!ThreeClasses.CLASSES.contains(polarity)) throw new GoldFormatException("unknown polarity " + polarity);
                targets.add(new SentimentTarget(start, end, JsonFields.text(t, "text"), polarity, JsonFields.text(t, "type")));
            }
            return new Doc(article, targets);
        }
    }

    /** Reads an entity-sentiment gold or training file; bad lines are reported in the result, not thrown. */
    public static Docs read(java.nio.file.Path file) throws java.io.IOException {
        GoldFile<Doc> f = GoldLines.read(file, Doc::parse);
        return new Docs(f.items(), f.errors());
    }

    /** The documents of a file and the messages of the lines that could not be read. */
    public record Docs(List<Doc> docs, List<String> errors) {
        public Docs {
            docs = List.copyOf(docs);
            errors = List.copyOf(errors);
        }
    }
}
