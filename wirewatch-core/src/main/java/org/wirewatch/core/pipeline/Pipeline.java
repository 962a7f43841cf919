package org.wirewatch.core.pipeline;

import org.wirewatch.core.lang.LanguagePack;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.clean.LiveBlogSegmenter;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.extract.amounts.AmountExtractor;
import org.wirewatch.core.extract.amounts.FoundAmount;
import org.wirewatch.core.extract.dates.DateExtractor;
import org.wirewatch.core.extract.events.EventExtractor;
import org.wirewatch.core.extract.ner.ArticleHints;
import org.wirewatch.core.extract.ner.Entities;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.extract.quotes.QuoteExtractor;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageGuess;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.model.Issue;
import org.wirewatch.core.model.Language;
import org.wirewatch.core.model.Paragraph;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.Segment;

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
    private final QuoteExtractor quotes;
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
        this.preparation = new TextPreparation(new TextCleaner(packs), settings.raw());
        this.segmenter = new LiveBlogSegmenter();
        this.languages = new LanguageIdentifier(packs, settings.languages());
        this.entities = new EntityRecognizer(kb, packs, NameCuesRegistry.of(packs), packs.nameKeys(), new TextSplitter(packs));
        this.amounts = new AmountExtractor(packs);
        this.dates = new DateExtractor(packs);
        this.events = new EventExtractor(kb, packs);
        this.quotes = new QuoteExtractor(packs);
        this.packs = packs;
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
        Map<String, LanguageSupport.Level> stages = new LinkedHashMap<>();
        stages.put("identify", level(languages.languages().contains(code)));
        stages.put("clean", packs.find(language).map(TextCleaner::hasCues).orElse(false) ? LanguageSupport.Level.FULL : LanguageSupport.Level.GENERIC);
        stages.put("entities", level(entities.supports(code)));
        stages.put("quotes", level(quotes.supports(code)));
        stages.put("dates", dates.supports(code) ? LanguageSupport.Level.FULL : LanguageSupport.Level.GENERIC);
        stages.put("amounts", level(amounts.supports(code)));
        stages.put("events", level(events.supports(code)));
        boolean ownAnalyzer = packs.find(language).flatMap(LanguagePack::indexAnalyzer).isPresent();
        stages.put("search", ownAnalyzer ? LanguageSupport.Level.FULL : LanguageSupport.Level.GENERIC);
        return new LanguageSupport(language, stages);
    }

    private static LanguageSupport.Level level(boolean supported) {
        return supported ? LanguageSupport.Level.FULL : LanguageSupport.Level.NONE;
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
                .amounts(amountsIn(text, lang)).issues(issues(in, lang)).build();
        return analysed.withEvents(events.extract(analysed));
    }

    /** The input's issues, and one for each stage that does not support the article's language. */
    private List<Issue> issues(RawArticle in, String lang) {
        if (lang == null) return in.issues();
        List<Issue> issues = new ArrayList<>(in.issues());
        if (!entities.supports(lang)) issues.add(Issue.unsupportedLanguage("entities"));
        if (!quotes.supports(lang)) issues.add(Issue.unsupportedLanguage("quotes"));
        if (!dates.supports(lang)) issues.add(new Issue(Issue.UNSUPPORTED_LANGUAGE, "dates: numeric and ISO dates only"));
        if (!amounts.supports(lang)) issues.add(Issue.unsupportedLanguage("amounts"));
        if (!events.supports(lang)) issues.add(Issue.unsupportedLanguage("events"));
        return issues;
    }

    private List<Quote> quotesIn(String text, String lang, Entities found) {
        return lang == null ? List.of() : quotes.extract(text, lang, found.mentions());
    }

    private List<Amount> amountsIn(String text, String lang) {
        return lang == null ? List.of() : amounts.extract(text, lang).stream().map(FoundAmount::toModel).toList();
    }

    /** The language the input declared (validated at the input boundary), as its ISO 639-1 code. */
    private static Optional<String> declaredLanguage(RawArticle in) {
        return in.language().map(Language::code);
    }
}
