package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/** One line of a stories gold file: an article with its gold story id, or a judged pair of articles. */
sealed interface StoryLine {

    /** An article and the gold story (cluster) it belongs to. */
    record Member(RawArticle article, String story) implements StoryLine {}

    /** Two articles judged to tell the same story, or not. */
    record Pair(RawArticle a, RawArticle b, boolean sameStory) implements StoryLine {}

    /** A line with both "a" and "b" is a pair; any other line is a member. */
    static StoryLine parse(JsonNode line, SourceRef where) {
        if (line.has("a") != line.has("b")) throw new GoldFormatException("a pair needs both \"a\" and \"b\"");
        if (line.has("a")) {
            String pairId = JsonFields.text(line, "pair_id", "id");
            // Pair articles are joined across lines by id, so a missing id gets one unique to this line.
            String base = pairId != null ? pairId : GoldArticles.lineId(where);
            RawArticle a = GoldArticles.from(JsonFields.object(line, "a"), where, base + "/a");
            RawArticle b = GoldArticles.from(JsonFields.object(line, "b"), where, base + "/b");
            if (a.id().equals(b.id())) throw new GoldFormatException("pair compares article \"" + a.id() + "\" with itself");
            return new Pair(a, b, JsonFields.requiredBoolean(line, "same_story", "same"));
        }
        RawArticle article = GoldArticles.from(line, where, GoldArticles.lineId(where));
        String story = JsonFields.requiredText(line, "story", "story_id", "cluster");
        if (story.isBlank()) throw new GoldFormatException("\"story\" is blank");
        return new Member(article, story);
    }
}
