package org.wirewatch.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;

/**
 * A stories gold file read for inspection rather than scoring: each distinct article with its gold
 * cluster label (as {@link StoryEvaluation} groups them), for tools that look at the pairs a system
 * split or joined. Immutable.
 */
public record StoryGoldFile(List<RawArticle> articles, List<String> clusters, List<String> errors) {

    public StoryGoldFile {
        articles = List.copyOf(articles);
        clusters = List.copyOf(clusters);
        errors = List.copyOf(errors);
    }

    /** Reads the file in any form {@code eval stories} takes; bad lines become errors naming the line. */
    public static StoryGoldFile read(Path gold) throws IOException {
        Check.notNullParam(gold, "gold");
        GoldFile<StoryLine> file = GoldLines.read(gold, StoryLine::parse);
        StoryGold stories = StoryGold.of(file.items());
        List<String> errors = new java.util.ArrayList<>(file.errors());
        errors.addAll(stories.notes());
        return new StoryGoldFile(stories.articles(), stories.clusters(), errors);
    }
}
