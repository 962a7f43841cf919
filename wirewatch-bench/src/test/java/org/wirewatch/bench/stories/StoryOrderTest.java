package org.wirewatch.bench.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirewatch.bench.corpus.CorpusGenerator;
import org.wirewatch.bench.corpus.GeneratedArticle;
import org.wirewatch.core.eval.BCubed;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;
import org.wirewatch.core.story.StoryBatch;
import org.wirewatch.core.story.StoryClusterer;
import org.wirewatch.core.story.StorySettings;

/**
 * A feed, a crawl or an archive never delivers articles in order of publication: the same
 * generated corpus streamed through one {@link StoryClusterer} in date order, in reverse and
 * shuffled three ways must give stories of the same quality as each other and as the batch.
 */
class StoryOrderTest {
    private static final int ARTICLES = 1_000;
    /** Orders of arrival against each other: the bound (#15). */
    private static final double TOLERANCE = 0.02;
    /** Streamed against batch: the bound too (#15). */
    private static final double TOLERANCE_TO_BATCH = 0.02;
    private static final LanguagePacks PACKS = LanguagePacks.discover();
    private static List<Article> byDate;
    private static Map<String, String> gold;

    @BeforeAll
    static void analyse() {
        Pipeline pipeline = new Pipeline(new PipelineSettings(false, LanguageIdentifier.defaultLanguages()));
        List<GeneratedArticle> generated = new ArrayList<>();
        new CorpusGenerator(ARTICLES, CorpusGenerator.defaultStories(ARTICLES), 11).generate(generated::add);
        byDate = new ArrayList<>();
        gold = new LinkedHashMap<>();
        for (GeneratedArticle g : generated) {
            gold.put(g.id(), g.story());
            byDate.add(pipeline.analyze(new RawArticle(g.id(), g.text(), g.title(), null, g.lang(), g.published(), g.source(), List.of(),
                    new SourceRef("generated", g.id()), true, List.of())));
        }
        byDate.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
    }

    @Test
    void every_order_of_arrival_gives_stories_as_good_as_the_batch() {
        double batch = f1(new StoryBatch(PACKS, StorySettings.defaults()).assign(byDate).articles());
        Map<String, Double> streamed = new LinkedHashMap<>();
        streamed.put("date", f1(streamed(byDate)));
        List<Article> reverse = new ArrayList<>(byDate);
        Collections.reverse(reverse);
        streamed.put("reverse", f1(streamed(reverse)));
        for (long seed = 1; seed <= 3; seed++) {
            List<Article> shuffled = new ArrayList<>(byDate);
            Collections.shuffle(shuffled, new Random(seed));
            streamed.put("shuffled " + seed, f1(streamed(shuffled)));
        }
        String figures = "batch " + batch + ", streamed " + streamed;
        System.out.println("story order: " + figures);
        assertTrue(batch > 0.85, figures);
        for (double f : streamed.values()) assertTrue(Math.abs(f - batch) <= TOLERANCE_TO_BATCH, figures);
        double low = Collections.min(streamed.values());
        double high = Collections.max(streamed.values());
        assertTrue(high - low <= TOLERANCE, figures);
    }

    /** The articles placed one by one, each story id read through the merges made after it was placed. */
    private static List<Article> streamed(List<Article> arriving) {
        StoryClusterer clusterer = new StoryClusterer(PACKS, StorySettings.defaults());
        List<Article> placed = new ArrayList<>();
        for (Article a : arriving) placed.add(clusterer.add(a));
        return placed.stream().map(a -> a.withStory(clusterer.resolve(a.story()), a.duplicateOf(), a.translationOf())).toList();
    }

    private static double f1(List<Article> articles) {
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (Article a : articles) {
            truth.add(gold.get(a.id()));
            predicted.add(a.story());
        }
        return BCubed.of(truth, predicted).f1();
    }
}
