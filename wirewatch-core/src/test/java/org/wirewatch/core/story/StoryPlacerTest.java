package org.wirewatch.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.story.Fixtures.ELECTION;
import static org.wirewatch.core.story.Fixtures.ELECTION_LATER;
import static org.wirewatch.core.story.Fixtures.FLOOD;
import static org.wirewatch.core.story.Fixtures.FLOOD_LATER;
import static org.wirewatch.core.story.Fixtures.FLOOD_RU;
import static org.wirewatch.core.story.Fixtures.article;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.app.Resources;
import org.wirewatch.core.app.Wirewatch;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Segment;
import org.wirewatch.core.pipeline.PipelineSettings;

/** The story stage a caller asks the facade for: a stream hands each article on at once, a whole input at its end. */
class StoryPlacerTest {
    private static final Wirewatch WIREWATCH = new Wirewatch(Resources.bundled(),
            new PipelineSettings(false, LanguageIdentifier.defaultLanguages()));
    private static final Article FLOOD_EN = article("flood-en", "en", "2026-03-03T09:00", FLOOD);
    private static final Article FLOOD_RU_UNDATED = article("flood-ru", "ru", null, FLOOD_RU);

    @Test
    void a_stream_hands_on_each_article_placed_and_dates_an_undated_translation_as_it_comes() {
        StoryPlacer stream = WIREWATCH.stories(StoryOptions.stream());
        List<Article> out = new ArrayList<>();
        stream.accept(FLOOD_EN, out::add);
        assertEquals(1, out.size(), "a stream holds nothing back");
        assertNotNull(out.get(0).story());
        stream.accept(FLOOD_RU_UNDATED, out::add);
        Article russian = out.get(1);
        assertEquals("flood-en", russian.translationOf());
        assertEquals(out.get(0).story(), russian.story());
        assertEquals("2026-03-03", russian.published());
        assertTrue(russian.publishedInferred());
        assertTrue(russian.dates().stream().anyMatch(d -> d.text().equals("вторник") && d.value().equals("2026-03-03")),
                "the text is read again with the inherited day: " + russian.dates());
        stream.finish(out::add);
        assertEquals(2, out.size());
        assertEquals(1, stream.stories().size());
    }

    @Test
    void a_whole_input_is_placed_at_its_end_and_comes_back_in_input_order() {
        StoryPlacer whole = WIREWATCH.stories(StoryOptions.wholeInput());
        List<Article> out = new ArrayList<>();
        for (Article a : List.of(FLOOD_RU_UNDATED, FLOOD_EN, article("election", "en", null, ELECTION))) whole.accept(a, out::add);
        assertEquals(List.of(), out, "held until the input ends");
        whole.finish(out::add);
        assertEquals(List.of("flood-ru", "flood-en", "election"), out.stream().map(Article::id).toList());
        assertEquals("2026-03-03", out.get(0).published(), "the undated original takes its translation's day");
        assertEquals(out.get(0).story(), out.get(1).story());
        assertEquals(2, whole.stories().size());
    }

    @Test
    void posts_read_from_the_text_the_pipeline_cut_land_where_a_stored_article_re_cut_lands() {
        TextSplitter splitter = new TextSplitter(WIREWATCH.resources().packs());
        List<Article> articles = List.of(FLOOD_EN, article("election", "en", "2026-03-03T10:00", ELECTION),
                Fixtures.liveBlog("blog", "en", "2026-03-03T13:00", FLOOD_LATER, ELECTION_LATER), FLOOD_RU_UNDATED);
        StoryPlacer withText = WIREWATCH.stories(StoryOptions.stream());
        StoryPlacer reCut = WIREWATCH.stories(StoryOptions.stream());
        AnalysedText unrelated = AnalysedText.of(ELECTION, "en", splitter);
        List<Article> fromText = new ArrayList<>(), fromStorage = new ArrayList<>(), fromWrongText = new ArrayList<>();
        StoryPlacer wrongText = WIREWATCH.stories(StoryOptions.stream());
        for (Article a : articles) {
            withText.accept(a, AnalysedText.of(a.text(), a.lang(), splitter), fromText::add);
            reCut.accept(a, fromStorage::add);
            wrongText.accept(a, unrelated, fromWrongText::add);
        }
        Article blog = fromText.get(2);
        List<String> posts = blog.segments().stream().map(Segment::story).toList();
        assertEquals(List.of(fromText.get(0).story(), fromText.get(1).story()), posts, "each post joins its own story");
        assertEquals("flood-en", fromText.get(3).translationOf());
        assertEquals(fromStorage, fromText, "the same stories, posts, copies and translations either way");
        assertEquals(fromStorage, fromWrongText, "a text that is not the article's is not read as its words");
    }
}
