package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/** One similarity gold pair; {@code overall} is on the SemEval-2022 Task 8 scale, 1 (very similar) to 4 (very dissimilar). */
record SimilarityPair(String pairId, RawArticle a, RawArticle b, double overall) {

    static SimilarityPair parse(JsonNode line, SourceRef where) {
        String pairId = JsonFields.text(line, "pair_id", "id");
        String base = pairId != null ? pairId : GoldArticles.lineId(where);
        RawArticle a = GoldArticles.from(JsonFields.object(line, "a"), where, base + "/a");
        RawArticle b = GoldArticles.from(JsonFields.object(line, "b"), where, base + "/b");
        double overall = JsonFields.requiredNumber(line, "overall", "score");
        // Outside 1..4 the file is on another scale, and negating it would not mean "more similar".
        if (overall < 1 || overall > 4) throw new GoldFormatException("\"overall\" must be between 1 and 4, was " + overall);
        return new SimilarityPair(base, a, b, overall);
    }

    /** "en-ru"; "und" stands for a side whose language the gold does not give. */
    String langPair() {
        return (a.lang() == null ? "und" : a.lang()) + "-" + (b.lang() == null ? "und" : b.lang());
    }
}
