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
        return of(GoldLines.read(gold, StoryLine::parse));
    }

    /** Reads the two-file form, a gold file of story ids and a docs file, as {@code eval stories --docs} does. */
    public static StoryGoldFile read(Path gold, Path docs) throws IOException {
        Check.notNullParam(gold, "gold");
        Check.notNullParam(docs, "docs");
        return of(StoryDocs.join(gold, docs));
    }

    private static StoryGoldFile of(GoldFile<StoryLine> file) {
        StoryGold stories = StoryGold.of(file.items());
        List<String> errors = new java.util.ArrayList<>(file.errors());
        errors.addAll(stories.notes());
        return new StoryGoldFile(stories.articles(), stories.clusters(), errors);
    }
}
