package org.wirewatch.core.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.extract.amounts.AmountExtractor;
import org.wirewatch.core.extract.amounts.FoundAmount;
import org.wirewatch.core.clean.LiveBlogSegmenter;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.extract.dates.DateExtractor;
import org.wirewatch.core.extract.events.EventExtractor;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageGuess;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.model.Paragraph;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.Segment;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.core.extract.ner.ArticleHints;
import org.wirewatch.core.extract.ner.Entities;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.extract.ner.NerMode;
import org.wirewatch.core.extract.ner.WordTypeGuesser;
import org.wirewatch.core.extract.ner.sequence.TaggerSource;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.extract.quotes.QuoteExtractor;
import org.wirewatch.core.linguistics.text.TextSplitter;

/**
 * The analysis pipeline: prepare text (clean + metadata), split live blogs into segments,
 * identify languages, recognise and link entities, find quotes with their speakers, dates (inferring the published date
 * when the input has none and the text allows), amounts and events. Stages are built once and shared; {@link #analyze} keeps no state between
 * calls, so one pipeline serves many threads.
 */
public final class Pipeline {
    private final TextPreparation preparation;
    private final LiveBlogSegmenter segmenter;
    private final LanguageIdentifier languages;
    private final EntityRecognizer entities;
    private final AmountExtractor amounts;
    private final DateExtractor dates;
    private final EventExtractor events;
    private final QuoteExtractor quotes = new QuoteExtractor();

    public Pipeline(PipelineSettings settings) {
        this(settings, KnowledgeBases.builtIn());
    }

    /** A pipeline that links entities against the given knowledge base (e.g. with imported Wikidata). */
    public Pipeline(PipelineSettings settings, KnowledgeBase kb) {
        this(settings, kb, new Morphologies());
    }

    /** A pipeline sharing the caller's dictionaries, so a command that also clusters stories reads them once. */
    public Pipeline(PipelineSettings settings, KnowledgeBase kb, Morphologies morphologies) {
        this.preparation = new TextPreparation(new TextCleaner(), settings.raw());
        this.segmenter = new LiveBlogSegmenter();
        this.languages = new LanguageIdentifier(settings.languages());
        TaggerSource taggers = settings.ner() == NerMode.RULES ? TaggerSource.NONE : TaggerSource.bundled(morphologies);
        this.entities = new EntityRecognizer(kb, morphologies, NameCuesRegistry.standard(), new NameKeys(), new TextSplitter(),
                WordTypeGuesser.bundled(), taggers);
        this.amounts = new AmountExtractor(morphologies);
        this.dates = new DateExtractor(morphologies);
        this.events = new EventExtractor(kb, morphologies);
    }

    public Article analyze(RawArticle in) {
        PreparedText prepared = preparation.prepare(in);
        String text = prepared.text();
        List<Segment> segments = text.isEmpty() ? List.of() : segmenter.segment(text, prepared.title());
        String lang = declaredLanguage(in)
                .orElseGet(() -> languages.identify(text).map(LanguageGuess::lang).orElse(null));
        List<Paragraph> paragraphs = languages.paragraphs(text, lang);
        Optional<String> inferred = prepared.published() == null && lang != null ? dates.inferPublished(text, lang) : Optional.empty();
        String published = inferred.orElse(prepared.published());
        ArticleHints hints = new ArticleHints(prepared.source() == null ? Set.of() : Set.of(prepared.source()), Set.copyOf(prepared.authors()));
        Entities found = entities.recognize(text, lang, published, hints);
        List<DateMention> dated = lang == null ? List.of() : dates.extract(text, lang, published);
        Article analysed = Article.builder(in.id(), text).lang(lang).title(prepared.title()).source(prepared.source()).url(in.url())
                .authors(prepared.authors()).published(published, inferred.isPresent()).segments(segments).paragraphs(paragraphs)
                .entities(found.mentions()).roles(found.roles()).quotes(quotesIn(text, lang, found)).dates(dated)
                .amounts(amountsIn(text, lang)).issues(in.issues()).build();
        return analysed.withEvents(events.extract(analysed));
    }

    private List<Quote> quotesIn(String text, String lang, Entities found) {
        return lang == null ? List.of() : quotes.extract(text, lang, found.mentions());
    }

    private List<Amount> amountsIn(String text, String lang) {
        return lang == null ? List.of() : amounts.extract(text, lang).stream().map(FoundAmount::toModel).toList();
    }

    /** A language the input declared ("en-GB", "RU") as its ISO 639-1 code. */
    private static Optional<String> declaredLanguage(RawArticle in) {
        if (in.lang() == null || in.lang().isBlank()) return Optional.empty();
        String primary = in.lang().strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.length() == 2 ? Optional.of(primary) : Optional.empty();
    }
}
