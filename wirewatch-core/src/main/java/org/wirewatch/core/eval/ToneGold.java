package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/**
 * One line of a tone gold file: the article, its gold tone in [-1, 1], its source ("semeval07")
 * and, where the file has one, its label ("positive", "negative", "neutral", "mixed").
 */
record ToneGold(RawArticle article, double tone, String source, String label) {

    static ToneGold parse(JsonNode node, SourceRef where) {
        RawArticle article = GoldArticles.from(node, where, GoldArticles.lineId(where));
        double tone = JsonFields.requiredNumber(node, "tone");
        if (tone < -1 || tone > 1) throw new GoldFormatException("\"tone\" must be in [-1, 1], was " + tone);
        ToneGold gold = new ToneGold(article, tone, JsonFields.text(node, "source"), JsonFields.text(node, "label"));
        gold.goldClass();   // an unknown label is this line's error, not the run's
        return gold;
    }

    /** The gold class: the label where the file gives one (mixed counts as neutral), else the tone cut at ±0.05. */
    String goldClass() {
        if (label != null) {
            return switch (label) {
                case "positive", "negative", "neutral" -> label;
                case "mixed" -> "neutral";
                default -> throw new GoldFormatException("unknown label " + label);
            };
        }
        return ThreeClasses.cut(tone, ToneEvaluation.GOLD_CUT);
    }

    boolean mixed() {
        return "mixed".equals(label);
    }
}
