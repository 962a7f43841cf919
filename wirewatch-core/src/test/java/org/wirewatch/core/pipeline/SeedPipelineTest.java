package org.wirewatch.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.wirewatch.core.SharedData;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Paragraph;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.Segment;

/** The issue's acceptance criteria on the real seed articles, read through the JSONL reader and the whole pipeline. */
class SeedPipelineTest {

    private static Map<String, Article> analyse(boolean raw) {
        Path seedsJsonl = SharedData.require("corpus", "seeds.jsonl");
        Pipeline pipeline = new Pipeline(new PipelineSettings(raw, LanguageIdentifier.defaultLanguages()));
        Map<String, Article> byPrefix = new LinkedHashMap<>();
        List<ReadError> errors = new ArrayList<>();
        new ArticleInputs(InputLimits.defaults()).read(List.of(seedsJsonl.toString()), new ByteArrayInputStream(new byte[0]),
                new ArticleSink() {
                    @Override
                    public void article(RawArticle article) {
                        byPrefix.put(article.id().substring(0, 3), pipeline.analyze(article));
                    }

                    @Override
                    public void error(ReadError error) {
                        errors.add(error);
                    }
                });
        assertEquals(List.of(), errors);
        return byPrefix;
    }

    @Test
    void cleanedSeedsCarryTheMetadataTheIssueNames() {
        Map<String, Article> seeds = analyse(false);

        assertEquals(List.of("en", "en", "en", "en", "ru"), seeds.values().stream().map(Article::lang).toList());

        Article russian = seeds.get("004");
        assertTrue(russian.title().startsWith("Блинкен пообещал"), russian.title());
        assertEquals(List.of("Оксана Лінська"), russian.authors());
        assertEquals("2024-11-13T17:21", russian.published());
        assertFalse(russian.text().contains("Почему вы можете доверять"), "trust line dropped");
        assertFalse(russian.text().matches("(?s).*\\n\\d{1,2}:\\d{2}\\n.*"), "no sidebar time stamps");
        assertFalse(russian.text().contains("1.1т"), "no view counters");

        Article reuters = seeds.get("002");
        assertEquals(List.of("Pavel Polityuk", "Olena Harmash", "Valentyn Ogirenko", "Simon Lewis"), reuters.authors());
        assertEquals("Reuters", reuters.source());
        assertTrue(reuters.amounts().stream().anyMatch(a -> a.value() == 90 && "drone".equals(a.object())), reuters.amounts().toString());
        assertTrue(reuters.entities().stream().anyMatch(m -> "Antony Blinken".equals(m.name()) && "PER".equals(m.type())));

        Article turan = seeds.get("001");
        for (String furniture : List.of("Leave a review", "Follow us on social networks", "News Line", "Açiq")) {
            assertFalse(turan.text().contains(furniture), furniture);
        }

        Article liveBlog = seeds.get("003");
        assertTrue(liveBlog.segments().size() >= 17, "posts: " + liveBlog.segments().size());
        for (Segment post : liveBlog.segments()) {
            assertTrue(liveBlog.text().startsWith(post.title(), post.start()), "segment starts at its headline: " + post.title());
        }
        Article nato = seeds.get("000");
        assertEquals(1, nato.segments().size(), "two subheadings do not make a live blog");
        assertEquals("2024-07-08", nato.published(), "inferred: the strike was 'today', the summit of July 9-11 starts 'tomorrow'");
        assertTrue(nato.publishedInferred());
        assertTrue(nato.dates().stream().anyMatch(d -> d.text().contains("July 8") && "2024-07-08".equals(d.value())), nato.dates().toString());
        assertTrue(nato.quotes().stream().anyMatch(q -> q.text().startsWith("Only today, we have seen") && q.speaker() != null
                && "Jens Stoltenberg".equals(q.speaker().name())), nato.quotes().toString());
        assertTrue(nato.amounts().stream().anyMatch(a -> a.value() == 40 && "missile".equals(a.object())), nato.amounts().toString());
    }

    @Test
    void rawSeedsKeepTheirTextAndReportForeignParagraphs() {
        Map<String, Article> seeds = analyse(true);

        Article turan = seeds.get("001");
        assertEquals(Set.of("az"), foreignLanguages(turan), "the two captions");
        assertEquals(2, turan.paragraphs().stream().filter(p -> "az".equals(p.lang())).count());
        assertEquals(Set.of("uk"), foreignLanguages(seeds.get("004")), "the Ukrainian promo line");
        assertTrue(seeds.get("004").text().contains("Почему вы можете доверять"), "--raw keeps everything");
    }

    private static Set<String> foreignLanguages(Article article) {
        Set<String> foreign = new java.util.TreeSet<>();
        for (Paragraph p : article.paragraphs()) {
            if (p.lang() != null && !p.lang().equals(article.lang())) foreign.add(p.lang());
        }
        return foreign;
    }
}
