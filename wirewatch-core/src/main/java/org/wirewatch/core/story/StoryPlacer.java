package org.wirewatch.core.story;

import java.util.List;
import java.util.function.Consumer;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;

/**
 * The story stage of a run, for the caller that asked for stories: takes analysed articles and
 * hands them on with their story, duplicate and translation set, and with the day an undated copy
 * or translation inherits from its original (re-analysed with it, so relative dates resolve).
 * Stateful: one per run, fed from one thread in delivery order.
 *
 * <pre>{@code
 * StoryPlacer stories = wirewatch.stories(StoryOptions.stream());
 * for (AnalysedArticle a : analysed) stories.accept(a.article(), a.text(), out::write);
 * stories.finish(out::write);
 * }</pre>
 */
public interface StoryPlacer {

    /**
     * Takes one analysed article and hands on those now placed: this one in a stream, none while a
     * whole input is held. Its words are read from {@code text}, the text the pipeline cut for it
     * ({@code Pipeline.analysis}); when that is null the article's text is cut again, once.
     */
    void accept(Article analysed, AnalysedText text, Consumer<Article> out);

    /** {@link #accept(Article, AnalysedText, Consumer)} for an article without its analysed text (read back from storage). */
    default void accept(Article analysed, Consumer<Article> out) {
        accept(analysed, null, out);
    }

    /** Hands on what is still held (a whole input, in input order); a stream holds nothing. */
    void finish(Consumer<Article> out);

    /** The stories of the articles placed so far. */
    List<Story> stories();
}
