package org.wirewatch.core.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirewatch.core.clean.LiveBlogSegmenter;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.lang.LanguageGuess;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Paragraph;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.Segment;

/**
 * The analysis pipeline: prepare text (clean + metadata), split live blogs into segments,
 * identify languages. Stages are built once and shared; {@link #analyze} keeps no state between
 * calls, so one pipeline serves many threads.
 */
public final class Pipeline {
    private final TextPreparation preparation;
    private final LiveBlogSegmenter segmenter;
    private final LanguageIdentifier languages;

    public Pipeline(PipelineSettings settings) {
        this.preparation = new TextPreparation(new TextCleaner(), settings.raw());
        this.segmenter = new LiveBlogSegmenter();
        this.languages = new LanguageIdentifier(settings.languages());
    }

    public Article analyze(RawArticle in) {
        PreparedText prepared = preparation.prepare(in);
        String text = prepared.text();
        List<Segment> segments = text.isEmpty() ? List.of() : segmenter.segment(text, prepared.title());
        String lang = declaredLanguage(in)
                .orElseGet(() -> languages.identify(text).map(LanguageGuess::lang).orElse(null));
        List<Paragraph> paragraphs = languages.paragraphs(text, lang);
        return new Article(in.id(), lang, prepared.title(), prepared.source(), in.url(), prepared.authors(),
                prepared.published(), false, text, segments, paragraphs,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, in.issues());
    }

    /** A language the input declared ("en-GB", "RU") as its ISO 639-1 code. */
    private static Optional<String> declaredLanguage(RawArticle in) {
        if (in.lang() == null || in.lang().isBlank()) return Optional.empty();
        String primary = in.lang().strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.length() == 2 ? Optional.of(primary) : Optional.empty();
    }
}
