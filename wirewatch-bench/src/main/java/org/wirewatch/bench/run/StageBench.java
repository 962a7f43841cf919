package org.wirewatch.bench.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.clean.LiveBlogSegmenter;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.extract.amounts.AmountExtractor;
import org.wirewatch.core.extract.categories.Categorizer;
import org.wirewatch.core.extract.categories.CategorySet;
import org.wirewatch.core.extract.amounts.FoundAmount;
import org.wirewatch.core.extract.dates.DateExtractor;
import org.wirewatch.core.extract.events.EventExtractor;
import org.wirewatch.core.extract.ner.ArticleHints;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.extract.quotes.QuoteExtractor;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageGuess;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Paragraph;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.Segment;
import org.wirewatch.core.extract.ner.NerMode;
import org.wirewatch.core.extract.ner.WordTypeGuesser;
import org.wirewatch.core.extract.ner.sequence.TaggerSource;
import org.wirewatch.core.extract.tone.EntitySentiment;
import org.wirewatch.core.extract.tone.SentimentModels;
import org.wirewatch.core.extract.tone.ToneAnalyzer;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.story.StoryClusterer;

/**
 * Throughput of each pipeline stage on its own, on one thread, by calling the public stage class
 * on the texts it would receive in the pipeline. The index stage needs the whole pipeline's output
 * and the Lucene store, so {@link BenchRunner} adds it ({@link IndexStage}). A stage without work
 * is reported as null rather than with an invented number.
 */
final class StageBench {
    /** Every stage of the design, in pipeline order. */
    static final List<String> STAGES = List.of(
            "read", "clean", "segment", "language", "entities", "quotes", "dates", "amounts", "events", "tone", "categories", "stories", "index");

    private final BenchCorpus corpus;
    private final Timing timing;
    private final TextCleaner cleaner;
    private final LiveBlogSegmenter segmenter = new LiveBlogSegmenter();
    private final LanguageIdentifier languages;
    private final LanguagePacks packs = LanguagePacks.discover();
    private final EntityRecognizer entities;
    private final AmountExtractor amounts = new AmountExtractor(packs);
    private final DateExtractor dates = new DateExtractor(packs);
    private final QuoteExtractor quotes = new QuoteExtractor(packs);
    private final TextSplitter splitter = new TextSplitter(packs);
    private final EventExtractor events = new EventExtractor(KnowledgeBases.builtIn(), packs);
    private final EntitySentiment tone = new EntitySentiment(new ToneAnalyzer(packs), SentimentModels.bundled());
    private final Categorizer categories = new Categorizer(CategorySet.load(packs, null));

    StageBench(BenchCorpus corpus, Timing timing, TextCleaner cleaner, LanguageIdentifier languages, NerMode ner) {
        this.entities = new EntityRecognizer(KnowledgeBases.builtIn(), packs, NameCuesRegistry.of(packs), packs.nameKeys(),
                splitter, WordTypeGuesser.bundled(), ner == NerMode.RULES ? TaggerSource.NONE : TaggerSource.bundled(packs.morphologies()));
        this.corpus = corpus;
        this.timing = timing;
        this.cleaner = cleaner;
        this.languages = languages;
    }

    /** One pass of each stage but the index over the corpus, by name, in {@link #STAGES} order. */
    Map<String, Timing.Work> works(StageInputs inputs) {
        Map<String, Timing.Work> works = new LinkedHashMap<>();
        works.put("read", this::read);
        works.put("clean", () -> clean(inputs.toClean()));
        works.put("segment", () -> segment(inputs));
        works.put("language", () -> identify(inputs.cleaned()) + analyse(inputs).size());
        List<AnalysedText> texts = analyse(inputs);
        works.put("entities", () -> recognize(texts));
        List<List<Mention>> mentions = mentionsOf(texts);
        works.put("quotes", () -> countQuotes(texts, mentions));
        works.put("dates", () -> countDates(texts));
        works.put("amounts", () -> countAmounts(texts));
        List<Article> analysed = analysedOf(inputs, texts, mentions);
        works.put("events", () -> countEvents(analysed, texts));
        works.put("tone", () -> weighTone(analysed, texts));
        works.put("categories", () -> categorize(analysed, texts));
        works.put("stories", () -> placeInStories(analysed, texts));
        return works;
    }

    /** Articles per second of each stage, in {@link #STAGES} order; null for a stage without work. */
    Map<String, Double> measure(Map<String, Timing.Work> works) {
        int n = corpus.articles().size();
        Map<String, Double> perSecond = new LinkedHashMap<>();
        for (String stage : STAGES) perSecond.put(stage, works.containsKey(stage) ? n / timing.medianSeconds(works.get(stage)) : null);
        return perSecond;
    }

    private long read() {
        long[] chars = new long[1];
        BenchCorpus.readInto(corpus.file(), corpus.articles().size(), new CountingSink(chars));
        return chars[0];
    }

    private long clean(List<String> texts) {
        long chars = 0;
        for (String t : texts) chars += cleaner.clean(t).text().length();
        return chars;
    }

    private long segment(StageInputs inputs) {
        long segments = 0;
        for (int i = 0; i < inputs.cleaned().size(); i++) {
            List<Segment> found = segmenter.segment(inputs.cleaned().get(i), inputs.titles().get(i));
            segments += found.size();
        }
        return segments;
    }

    private long identify(List<String> texts) {
        long paragraphs = 0;
        for (String t : texts) {
            String lang = languages.identify(t).map(LanguageGuess::lang).orElse(null);
            List<Paragraph> found = languages.paragraphs(t, lang);
            paragraphs += found.size() + (lang == null ? 0 : lang.length());
        }
        return paragraphs;
    }

    /**
     * The text of each article cut once, as the pipeline does right after identifying its language;
     * timed with the language stage, handed to every extraction stage.
     */
    private List<AnalysedText> analyse(StageInputs inputs) {
        List<AnalysedText> all = new java.util.ArrayList<>();
        for (int i = 0; i < inputs.cleaned().size(); i++) {
            String lang = inputs.langs().get(i);
            all.add(lang == null ? null : AnalysedText.of(inputs.cleaned().get(i), lang, splitter, packs));
        }
        return all;
    }

    private long recognize(List<AnalysedText> texts) {
        long mentions = 0;
        for (AnalysedText t : texts) if (t != null) mentions += entities.recognize(t, null, ArticleHints.NONE).mentions().size();
        return mentions;
    }

    /** What the quote stage gets from the entity stage, computed once, outside the timing. */
    private List<List<Mention>> mentionsOf(List<AnalysedText> texts) {
        List<List<Mention>> all = new java.util.ArrayList<>();
        for (AnalysedText t : texts) all.add(t == null ? List.of() : entities.recognize(t, null, ArticleHints.NONE).mentions());
        return all;
    }

    private long countQuotes(List<AnalysedText> texts, List<List<Mention>> mentions) {
        long found = 0;
        for (int i = 0; i < texts.size(); i++) if (texts.get(i) != null) found += quotes.extract(texts.get(i), mentions.get(i)).size();
        return found;
    }

    private long countDates(List<AnalysedText> texts) {
        long found = 0;
        for (AnalysedText t : texts) if (t != null) found += dates.extract(t, "2025-03-14").size();
        return found;
    }

    private long countAmounts(List<AnalysedText> texts) {
        long found = 0;
        for (AnalysedText t : texts) if (t != null) found += amounts.extract(t).size();
        return found;
    }

    /** What the story stage gets: articles with their entities, quotes, dates and amounts, built once, outside the timing. */
    private List<Article> analysedOf(StageInputs inputs, List<AnalysedText> texts, List<List<Mention>> mentions) {
        List<Article> all = new java.util.ArrayList<>();
        for (int i = 0; i < inputs.cleaned().size(); i++) {
            String text = inputs.cleaned().get(i), lang = inputs.langs().get(i);
            AnalysedText t = texts.get(i);
            List<DateMention> found = t == null ? List.of() : dates.extract(t, "2025-03-14");
            List<Amount> counted = t == null ? List.of() : amounts.extract(t).stream().map(FoundAmount::toModel).toList();
            all.add(Article.builder("bench-" + i, text).lang(lang).title(inputs.titles().get(i))
                    .published(corpus.articles().get(i).published()).entities(mentions.get(i))
                    .quotes(t == null ? List.of() : quotes.extract(t, mentions.get(i))).dates(found).amounts(counted).build());
        }
        return all;
    }

    private long countEvents(List<Article> analysed, List<AnalysedText> texts) {
        long found = 0;
        for (int i = 0; i < analysed.size(); i++) if (texts.get(i) != null) found += events.extract(analysed.get(i), texts.get(i)).size();
        return found;
    }

    /** The tone stage on texts already cut into sentences, as the pipeline hands them over (the cut is outside the timing). */
    /** The built-in categories of each article (its entities as found; events, which add little, left out). */
    private long categorize(List<Article> analysed, List<AnalysedText> cut) {
        long found = 0;
        for (int i = 0; i < analysed.size(); i++) found += categories.categorize(analysed.get(i), cut.get(i)).size() + 1;
        return found;
    }

    private long weighTone(List<Article> analysed, List<AnalysedText> cut) {
        long words = 0;
        for (int i = 0; i < analysed.size(); i++) {
            Article toned = tone.apply(analysed.get(i), cut.get(i));
            if (toned.tone() != null) words += toned.tone().words();
        }
        return words;
    }

    /** A fresh clusterer per run, as a new stream would get, reading words from the texts the pipeline cut. */
    private long placeInStories(List<Article> analysed, List<AnalysedText> texts) {
        StoryClusterer clusterer = new StoryClusterer(packs);
        long linked = 0;
        for (int i = 0; i < analysed.size(); i++) if (clusterer.add(analysed.get(i), texts.get(i)).translationOf() != null) linked++;
        return linked + clusterer.openStories();
    }

    private record CountingSink(long[] chars) implements ArticleSink {
        @Override
        public void article(RawArticle article) {
            chars[0] += article.text().length();
        }

        @Override
        public void error(ReadError error) {
            // counted when the corpus was first read
        }
    }
}
