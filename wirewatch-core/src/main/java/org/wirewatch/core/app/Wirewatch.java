package org.wirewatch.core.app;

import java.util.List;
import java.util.Optional;
import org.wirewatch.core.extract.tone.SpanSentiment;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.pipeline.AnalysedArticle;
import org.wirewatch.core.pipeline.LanguageSupport;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;
import org.wirewatch.core.story.ArticleSimilarity;
import org.wirewatch.core.story.StoryBatch;
import org.wirewatch.core.story.StoryClusterer;
import org.wirewatch.core.story.StoryOptions;
import org.wirewatch.core.story.StoryPlacer;
import org.wirewatch.core.story.StoryStream;

/**
 * The front door: analysis, stories and name keys over one {@link Resources}, so that whatever a
 * caller uses shares the same dictionaries and knowledge base.
 *
 * <pre>{@code
 * Wirewatch wirewatch = new Wirewatch(Resources.bundled(), new PipelineSettings(false, Set.of("en", "ru", "uk")));
 * AnalysedArticle analysed = wirewatch.analysis(raw);
 * StoryPlacer stories = wirewatch.stories(StoryOptions.stream());
 * stories.accept(analysed.article(), analysed.text(), out::write);
 * }</pre>
 *
 * <p>Thread-safe: {@link #analyze} keeps no state between calls; a {@link StoryPlacer} it builds
 * is the caller's to feed in delivery order.
 */
public final class Wirewatch {
    private final Resources resources;
    private final Pipeline pipeline;
    private final NameKeys nameKeys;

    public Wirewatch(Resources resources, PipelineSettings settings) {
        this.resources = Check.notNullParam(resources, "resources");
        this.pipeline = new Pipeline(Check.notNullParam(settings, "settings"), resources.knowledgeBase(), resources.packs());
        this.nameKeys = resources.packs().nameKeys();
    }

    public Article analyze(RawArticle in) {
        return pipeline.analyze(in);
    }

    /** The analysed article with the text the pipeline cut for it, which a {@link StoryPlacer} reads its words from. */
    public AnalysedArticle analysis(RawArticle in) {
        return pipeline.analysis(in);
    }

    /**
     * How the sentence holding [start, end) of an analysed article portrays that span, for any
     * span the caller names, not only recognised mentions ({@link Pipeline#sentiment}).
     */
    public Optional<SpanSentiment> sentiment(Article article, int start, int end) {
        return pipeline.sentiment(article, start, end);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Resources resources() {
        return resources;
    }

    /** Cross-script name keys over the packs' romanizers, shared (it caches keys). */
    public NameKeys nameKeys() {
        return nameKeys;
    }

    /** Which stage supports which language. */
    public List<LanguageSupport> languages() {
        return pipeline.languageSupport();
    }

    /**
     * The story stage for one run, as the caller asks: placing each article as it arrives, or the
     * whole input at its end. An undated translation or copy is re-analysed with its original's day.
     */
    public StoryPlacer stories(StoryOptions options) {
        Check.notNullParam(options, "options");
        if (options.holdInput()) return new StoryBatch(resources.packs(), options.settings(), pipeline::redate).placer();
        return new StoryStream(new StoryClusterer(resources.packs(), options.settings()), pipeline::redate);
    }

    /** How alike two articles are, in any pair of languages. */
    public ArticleSimilarity similarity() {
        return new ArticleSimilarity(resources.packs());
    }
}
