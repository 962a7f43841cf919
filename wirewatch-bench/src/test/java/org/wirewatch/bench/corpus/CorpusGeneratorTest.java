package org.wirewatch.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirewatch.bench.Utf8;

class CorpusGeneratorTest {
    private static final int ARTICLES = 600;
    private static final int STORIES = 60;
    private static List<GeneratedArticle> corpus;

    @BeforeAll
    static void generate() {
        corpus = new ArrayList<>();
        new CorpusGenerator(ARTICLES, STORIES, 7).generate(corpus::add);
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        List<GeneratedArticle> again = new ArrayList<>();
        new CorpusGenerator(ARTICLES, STORIES, 7).generate(again::add);
        assertEquals(corpus, again);
        List<GeneratedArticle> other = new ArrayList<>();
        new CorpusGenerator(ARTICLES, STORIES, 8).generate(other::add);
        assertNotEquals(corpus.get(0).text(), other.get(0).text());
    }

    @Test
    void anArticleDependsOnlyOnItsPositionSoTheCorpusCanBeStreamed() {
        CorpusGenerator generator = new CorpusGenerator(ARTICLES, STORIES, 7);
        for (int position : new int[] {599, 0, 311}) assertEquals(corpus.get(position), generator.article(position));
    }

    @Test
    void writesExactlyTheArticlesAskedForWithUniqueIds() {
        assertEquals(ARTICLES, corpus.size());
        Set<String> ids = new HashSet<>();
        for (GeneratedArticle a : corpus) assertTrue(ids.add(a.id()), "duplicate id " + a.id());
    }

    @Test
    void mixesEnglishRussianAndUkrainian() {
        Map<String, Integer> byLanguage = new HashMap<>();
        for (GeneratedArticle a : corpus) byLanguage.merge(a.lang(), 1, Integer::sum);
        assertEquals(Set.of("en", "ru", "uk"), byLanguage.keySet());
        for (int count : byLanguage.values()) assertTrue(count > ARTICLES / 5, byLanguage.toString());
        assertTrue(corpus.stream().anyMatch(a -> a.lang().equals("uk") && a.text().contains("ї")));
        assertTrue(corpus.stream().anyMatch(a -> a.lang().equals("ru") && a.text().contains("ы")));
    }

    @Test
    void everyStoryHasAtLeastTwoArticlesInAtLeastTwoLanguages() {
        Map<String, List<GeneratedArticle>> stories = byStory();
        assertEquals(STORIES, stories.size());
        for (List<GeneratedArticle> story : stories.values()) {
            assertTrue(story.size() >= 2, story.get(0).story());
            assertTrue(story.stream().map(GeneratedArticle::lang).distinct().count() >= 2, story.get(0).story());
        }
    }

    @Test
    void translationsAndNearDuplicatesPointBackToAnEarlierArticleOfTheirStory() {
        Map<String, GeneratedArticle> byId = new HashMap<>();
        Map<Role, Integer> roles = new HashMap<>();
        for (GeneratedArticle a : corpus) {
            roles.merge(a.role(), 1, Integer::sum);
            if (a.role() == Role.ORIGINAL) {
                assertNull(a.derivedFrom());
            } else {
                GeneratedArticle source = byId.get(a.derivedFrom());
                assertNotNull(source, a.id() + " derives from an article written before it");
                assertEquals(source.story(), a.story());
                if (a.role() == Role.TRANSLATION) assertNotEquals(source.lang(), a.lang());
                if (a.role() == Role.NEAR_DUPLICATE) assertEquals(source.lang(), a.lang());
            }
            byId.put(a.id(), a);
        }
        assertEquals(Set.of(Role.values()), roles.keySet());
    }

    @Test
    void aStoryStaysInItsFourWeekWindowAndItsArticlesComeOutInOrder() {
        for (List<GeneratedArticle> story : byStory().values()) {
            String first = story.get(0).published();
            assertTrue(first.compareTo("2025-03-01") >= 0 && first.compareTo("2025-03-30") < 0, first);
            for (int i = 1; i < story.size(); i++) assertTrue(story.get(i).published().compareTo(story.get(i - 1).published()) >= 0);
        }
    }

    @Test
    void pagesAreNewsLengthAndCarryTheirTitleAndScrapedFurniture() {
        for (GeneratedArticle a : corpus) {
            int bytes = Utf8.size(a.text());
            assertTrue(bytes >= 3000 && bytes <= 6000, a.id() + ": " + bytes + " bytes");
            assertTrue(a.text().contains(a.title()), a.id());
            assertTrue(a.text().matches("(?s).*\\n\\d\\d:\\d\\d\\n.*"), a.id() + " has a sidebar with times");
            assertFalse(a.text().contains("{") || a.text().contains("}"), a.id() + " has an unfilled placeholder");
        }
    }

    @Test
    void aStoryNeedsTwoArticles() {
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(10, 6, 1));
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(10, 0, 1));
    }

    private static Map<String, List<GeneratedArticle>> byStory() {
        Map<String, List<GeneratedArticle>> stories = new HashMap<>();
        for (GeneratedArticle a : corpus) stories.computeIfAbsent(a.story(), s -> new ArrayList<>()).add(a);
        return stories;
    }
}
