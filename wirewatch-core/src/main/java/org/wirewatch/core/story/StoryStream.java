package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;

/**
 * Places articles in stories as they arrive, over one {@link StoryClusterer}: each comes back at
 * once with its story set and, when it is an undated copy or translation of a dated article, with
 * that article's day through the {@link Redating}. Not thread-safe: one stream per run.
 */
public final class StoryStream implements StoryPlacer {
    private final StoryClusterer clusterer;
    private final Redating redating;

    public StoryStream(StoryClusterer clusterer, Redating redating) {
        this.clusterer = Check.notNullParam(clusterer, "clusterer");
        this.redating = Check.notNullParam(redating, "redating");
    }

    /**
     * One article placed, and the undated articles placed before it that its date now dates (it is
     * their copy or translation): a stream has handed those on already, so a caller that keeps what it
     * handed on (an index) stores them again with the day.
     */
    public record Placed(Article article, List<StoryClusterer.Dating> earlier) {
        public Placed {
            Check.notNullParam(article, "article");
            earlier = List.copyOf(earlier);
        }
    }

    public Placed place(Article analysed) {
        return place(analysed, null);
    }

    /** {@link #place(Article)}, reading its words from the text the pipeline cut for it (null: cut again). */
    public Placed place(Article analysed, AnalysedText text) {
        Article placed = clusterer.add(Check.notNullParam(analysed, "analysed"), text);
        List<StoryClusterer.Dating> earlier = new ArrayList<>();
        for (StoryClusterer.Dating d : clusterer.datingOf(placed)) {
            if (d.articleId().equals(placed.id())) placed = redating.redate(placed, d.day());
            else earlier.add(d);
        }
        return new Placed(placed, earlier);
    }

    @Override
    public void accept(Article analysed, AnalysedText text, Consumer<Article> out) {
        out.accept(place(analysed, text).article());
    }

    @Override
    public void finish(Consumer<Article> out) {
        // nothing is held
    }

    @Override
    public List<Story> stories() {
        return clusterer.stories();
    }
}
