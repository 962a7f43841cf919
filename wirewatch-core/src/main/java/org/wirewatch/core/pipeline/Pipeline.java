package org.wirewatch.core.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wirewatch.core.clean.LiveBlogSegmenter;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.extract.amounts.AmountExtractor;
import org.wirewatch.core.extract.categories.Categorizer;
import org.wirewatch.core.extract.categories.CategorySet;
import org.wirewatch.core.extract.dates.DateExtractor;
import org.wirewatch.core.extract.events.EventExtractor;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.extract.ner.GenericNameFinder;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.extract.quotes.QuoteExtractor;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageGuess;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Issue;
import org.wirewatch.core.model.Language;
import org.wirewatch.core.model.Paragraph;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.Segment;
import org.wirewatch.core.extract.ner.NerMode;
import org.wirewatch.core.extract.ner.WordTypeGuesser;
import org.wirewatch.core.extract.ner.sequence.TaggerSource;
import org.wirewatch.core.extract.tone.EntitySentiment;
import org.wirewatch.core.extract.tone.SentimentMode;
import org.wirewatch.core.extract.tone.SentimentModels;
import org.wirewatch.core.extract.tone.SpanSentiment;
import org.wirewatch.core.extract.tone.ToneAnalyzer;

/**
 * The analysis pipeline: prepare text (clean + metadata), split live blogs into segments,
 * identify languages, infer the published date when the input has none, cut the text once
 * ({@link AnalysedText}), then run the extraction {@link Stage}s in order: entities, quotes,
 * dates, amounts, events, tone, categories. A stage that does not support the article's language is skipped with
 * {@code Issue("unsupported_language", stage)}. Stages are built once and shared; {@link #analyze}
 * keeps no state between calls, so one pipeline serves many threads.
 */
public final class Pipeline {
    private final TextPreparation preparation;
    private final LiveBlogSegmenter segmenter;
    private final LanguageIdentifier languages;
    private final DateExtractor dates;
    private final TextSplitter splitter;
    private final List<Stage> stages;
    private final EntitySentiment sentiment;
    private final LanguagePacks packs;

    public Pipeline(PipelineSettings settings) {
        this(settings, KnowledgeBases.builtIn());
    }

    /** A pipeline that links entities against the given knowledge base (e.g. with imported Wikidata). */
    public Pipeline(PipelineSettings settings, KnowledgeBase kb) {
        this(settings, kb, LanguagePacks.discover());
    }

    /** A pipeline sharing the caller's language packs (and so their dictionaries, read once). */
    public Pipeline(PipelineSettings settings, KnowledgeBase kb, LanguagePacks packs) {
        this(settings, kb, packs, taggers(settings, packs));
    }

    /**
     * A pipeline whose entity recogniser takes its sequence taggers from {@code taggers} instead of
     * the installed models (cross-validation scores each fold's freshly trained model this way).
     */
    public Pipeline(PipelineSettings settings, KnowledgeBase kb, LanguagePacks packs, TaggerSource taggers) {
        this.packs = packs;
        this.preparation = new TextPreparation(new TextCleaner(packs), settings.raw());
        this.segmenter = new LiveBlogSegmenter();
        this.languages = new LanguageIdentifier(packs, settings.languages());
        this.splitter = new TextSplitter(packs);
        this.dates = new DateExtractor(packs);
        this.sentiment = new EntitySentiment(new ToneAnalyzer(packs),
                settings.sentiment() == SentimentMode.RULES ? SentimentModels.none() : SentimentModels.bundled());
        this.stages = List.of(
                new EntityStage(new EntityRecognizer(kb, packs, NameCuesRegistry.of(packs), packs.nameKeys(), splitter,
                        WordTypeGuesser.bundled(), taggers), new GenericNameFinder(kb, packs), kb),
                new QuoteStage(new QuoteExtractor(packs)),
                new DateStage(dates),
                new AmountStage(new AmountExtractor(packs)),
                new EventStage(new EventExtractor(kb, packs)),
                new ToneStage(sentiment),
                new CategoryStage(new Categorizer(CategorySet.load(packs, settings.categories()))));
    }

    /** The learned entity recognisers, unless the settings ask for the rules alone. */
    private static TaggerSource taggers(PipelineSettings settings, LanguagePacks packs) {
        return settings.ner() == NerMode.RULES ? TaggerSource.NONE : TaggerSource.bundled(packs.morphologies());
    }

    /** The extraction stages, in the order they run. */
    public List<Stage> stages() {
        return stages;
    }

    public Article analyze(RawArticle in) {
        return analysis(in).article();
    }

    /** The analysed article with the text cut for it, for a caller that runs the story stage after ({@link AnalysedArticle}). */
    public AnalysedArticle analysis(RawArticle in) {
        PreparedText prepared = preparation.prepare(in);
        String text = prepared.text();
        List<Segment> segments = text.isEmpty() ? List.of() : segmenter.segment(text, prepared.title());
        String lang = declaredLanguage(in)
                .orElseGet(() -> languages.identify(text).map(LanguageGuess::lang).orElse(null));
        List<Paragraph> paragraphs = languages.paragraphs(text, lang);
        AnalysedText analysed = lang == null ? null : analysedText(text, lang);
        Optional<String> inferred = prepared.published() == null && analysed != null ? dates.inferPublished(analysed) : Optional.empty();
        Article article = Article.builder(in.id(), text).lang(lang).title(prepared.title()).source(prepared.source()).url(in.url())
                .authors(prepared.authors()).published(inferred.orElse(prepared.published()), inferred.isPresent())
                .segments(segments).paragraphs(paragraphs).issues(in.issues()).build();
        return new AnalysedArticle(analysed == null ? article : extract(article, analysed), analysed);
    }

    /**
     * The article as if published on {@code day} (ISO-8601), marked inferred, with the stages run
     * again, since entities (offices' dates), dates and events read the date: how an undated article
     * takes the date of the dated article it translates or copies (docs/stories.md). A
     * {@link org.wirewatch.core.story.Redating}.
     */
    public Article redate(Article article, String day) {
        Article dated = article.toBuilder().published(day, true).build();
        if (dated.lang() == null) return dated;
        AnalysedText text = analysedText(dated.text(), dated.lang());
        for (Stage stage : stages) {
            if (stage.support(dated.lang()) != LanguageSupport.Level.NONE) dated = stage.apply(dated, text);
        }
        return dated;
    }

    /**
     * How the sentence holding [start, end) of an analysed article portrays that span: any span a
     * caller names ("the minister", "they"), not only the mentions the recogniser found, by the
     * same classifier as the mentions' {@code sentiment}. Empty when the article's language has no
     * tone or the span lies outside its sentences.
     *
     * @param article an article as {@link #analyze} returned it
     */
    public Optional<SpanSentiment> sentiment(Article article, int start, int end) {
        Check.notNullParam(article, "article");
        if (article.lang() == null || !sentiment.supports(article.lang())) return Optional.empty();
        return sentiment.span(analysedText(article.text(), article.lang()), article.entities(), start, end);
    }

    /**
     * The article as cleaning leaves it: the text {@link #analyze} would give it, with the title,
     * authors, date and source read from it; no language, segments or extraction. For measuring
     * the cleaning alone (main-text extraction), which is a small part of the cost of analysis.
     */
    public Article prepare(RawArticle in) {
        PreparedText prepared = preparation.prepare(in);
        return Article.builder(in.id(), prepared.text()).title(prepared.title()).source(prepared.source()).url(in.url())
                .authors(prepared.authors()).published(prepared.published(), false).issues(in.issues()).build();
    }

    /** The one analysed text every stage reads, with the pack's readings (the same for analysis and redating). */
    private AnalysedText analysedText(String text, String lang) {
        return AnalysedText.of(text, lang, splitter, packs);
    }

    /** Runs each stage that supports the article's language; records the others as issues. */
    private Article extract(Article article, AnalysedText text) {
        for (Stage stage : stages) {
            if (stage.support(article.lang()) == LanguageSupport.Level.NONE) {
                article = article.withIssue(Issue.unsupportedLanguage(stage.name()));
            } else {
                article = stage.apply(article, text);
            }
        }
        return article;
    }

    /** What each stage does with each language that has a pack or can be identified, by language code. */
    public List<LanguageSupport> languageSupport() {
        Set<Language> all = new TreeSet<>(Comparator.comparing(Language::code));
        all.addAll(packs.languages());
        for (String code : languages.languages()) all.add(Language.of(code));
        List<LanguageSupport> out = new ArrayList<>();
        for (Language l : all) out.add(supportOf(l));
        return out;
    }

    private LanguageSupport supportOf(Language language) {
        String code = language.code();
        Optional<LanguagePack> pack = packs.find(language);
        Map<String, LanguageSupport.Level> levels = new LinkedHashMap<>();
        levels.put("identify", languages.languages().contains(code) ? LanguageSupport.Level.FULL
                : languages.names(code) ? LanguageSupport.Level.GENERIC : LanguageSupport.Level.NONE);
        levels.put("clean", pack.map(TextCleaner::hasCues).orElse(false) ? LanguageSupport.Level.FULL : LanguageSupport.Level.GENERIC);
        for (Stage stage : stages) levels.put(stage.name(), stage.support(code));
        boolean ownAnalyzer = pack.flatMap(LanguagePack::indexAnalyzer).isPresent();
        levels.put("search", ownAnalyzer ? LanguageSupport.Level.FULL : LanguageSupport.Level.GENERIC);
        return new LanguageSupport(language, levels);
    }

    /** The language the input declared (validated at the input boundary), as its ISO 639-1 code. */
    private static Optional<String> declaredLanguage(RawArticle in) {
        return in.language().map(Language::code);
    }
}
