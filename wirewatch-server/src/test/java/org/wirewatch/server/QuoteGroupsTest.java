package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Quote;

/** When two quotes are one saying: the same words in one language, or the same place in a translation. */
class QuoteGroupsTest {
    private static Article article(String id, String lang, String source, String translationOf, String... quotes) {
        StringBuilder text = new StringBuilder();
        List<Quote> found = new ArrayList<>();
        for (String q : quotes) {
            int start = text.length() + 1;
            text.append('"').append(q).append("\" he said. ");
            found.add(new Quote(start, start + q.length(), q, true, "said", new Quote.Speaker("ww:speaker", "A Speaker", 0, 0)));
        }
        return Article.builder(id, text.toString()).lang(lang).source(source).published("2025-01-10T10:00").quotes(found).build()
                .withStory("story", null, translationOf);
    }

    private static List<List<String>> sayings(Article... articles) {
        QuoteGroups groups = new QuoteGroups("ww:speaker", "en");
        for (Article a : articles) groups.add(a);
        return groups.groups().stream().map(g -> g.tellings().stream().map(QuoteGroups.Telling::articleId).sorted().toList()).toList();
    }

    @Test
    void the_same_words_in_two_outlets_are_one_saying_whatever_the_punctuation() {
        assertEquals(List.of(List.of("a", "b")), sayings(article("a", "en", "One", null, "Our ports are open, and ships sail."),
                article("b", "en", "Two", null, "our ports are open and ships sail!")));
    }

    @Test
    void a_translation_with_one_saying_pairs_it_with_the_originals_one_saying() {
        assertEquals(List.of(List.of("a", "b")), sayings(article("a", "en", "One", null, "Ships sail in 6 weeks."),
                article("b", "ru", "Два", "a", "Суда пойдут через 6 недель.")));
    }

    @Test
    void several_sayings_are_not_paired_by_their_order_a_translation_may_reorder_them() {
        assertEquals(4, sayings(article("a", "en", "One", null, "Ports are open.", "Ships sail."),
                article("b", "ru", "Два", "a", "Суда идут.", "Порты открыты.")).size());
    }

    @Test
    void the_same_story_and_day_without_a_translation_link_are_not_paired() {
        assertEquals(2, sayings(article("a", "en", "One", null, "Ports are open."), article("b", "ru", "Два", null, "Зима будет трудной.")).size());
    }

    @Test
    void sayings_with_other_numbers_or_other_counts_stay_apart() {
        assertEquals(2, sayings(article("a", "en", "One", null, "Ships sail in 6 weeks."),
                article("b", "ru", "Два", "a", "Суда пойдут через 8 недель.")).size());
        assertEquals(3, sayings(article("a", "en", "One", null, "Ports are open.", "Ships sail."),
                article("b", "ru", "Два", "a", "Порты открыты.")).size(), "two sayings against one: which one is it?");
        assertEquals(2, sayings(article("a", "en", "One", null, "Ports are open."), article("b", "ru", "Два", null, "Порты открыты.")).size(),
                "the same story and day without a translation link");
    }
}
