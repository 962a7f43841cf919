package org.wirewatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.model.RoleMention;

class ArticleDigestTest {
    @Test
    void a_digest_reads_back_as_written_nulls_included() {
        String text = "Minister Olena Dovha said \"we will rebuild\" in Lviv.";
        Article a = Article.builder("d1", text).lang("uk").title(null).source("Wire\u001fone").published("2024-11-02T09:15").story("s1")
                .entities(List.of(new Mention(9, 20, "Olena Dovha", "PER", "name:olena dovha", "Olena Dovha", "positive", 0.4),
                        new Mention(47, 51, "Lviv", "LOC", null, null, null, null)))
                .roles(List.of(new RoleMention("name:olena dovha", "Olena Dovha", "minister", null, null, 0, 20, "2024-11-02")))
                .quotes(List.of(new Quote(26, 41, "we will rebuild", true, "said", new Quote.Speaker("name:olena dovha", "Olena Dovha", 9, 20)),
                        new Quote(26, 41, "we will rebuild", true, "said", null)))
                .events(List.of(new Event("MEET", "040", 21, 25, "name:olena dovha", null, "ww:lviv", List.of("ww:lviv"), null, null, List.of(), List.of())))
                .build();
        ArticleDigest digest = ArticleDigest.of(a);
        ArticleDigest back = ArticleDigest.decode(digest.encode());
        assertEquals(List.of(digest.id(), digest.lang(), digest.published(), digest.story()), List.of(back.id(), back.lang(), back.published(), back.story()));
        assertEquals(digest.mentions(), back.mentions());
        assertEquals(digest.roles(), back.roles());
        assertNull(back.title());
        assertEquals("Wire one", back.source(), "the digest's separators are not kept inside fields");
        assertEquals(List.of("name:olena dovha", ""), back.speakers());
        assertEquals(List.of(List.of("name:olena dovha", "ww:lviv")), back.events());
        assertEquals(0.4, back.mentions().get(0).sentimentScore());
    }

    @Test
    void a_located_place_keeps_its_point_and_country_and_an_older_digest_still_reads() {
        String text = "Shelling hit Kharkiv and Lviv.";
        Article a = Article.builder("d3", text).lang("en")
                .entities(List.of(new Mention(13, 20, "Kharkiv", "LOC", "ww:kharkiv", "Kharkiv").withPlace(49.99, 36.23, "UA"),
                        new Mention(25, 29, "Lviv", "LOC", null, null)))
                .build();
        List<Mention> back = ArticleDigest.decode(ArticleDigest.of(a).encode()).mentions();
        assertEquals(49.99, back.get(0).lat());
        assertEquals(36.23, back.get(0).lon());
        assertEquals("UA", back.get(0).country());
        assertNull(back.get(1).lat(), "a place the knowledge base does not locate has no point");
        assertEquals(List.of(back.get(0)), ArticleDigest.decode(ArticleDigest.of(a).encode(), "ww:kharkiv").mentions());
        String older = "a\u001fd4\u001fen\u001f\u0000\u001f\u0000\u001f\u0000\u001f\u0000\u001e"
                + "m\u001fKharkiv\u001fLOC\u001fww:kharkiv\u001fKharkiv\u001f\u0000\u001f\u0000\u001e";
        Mention unlocated = ArticleDigest.decode(new org.apache.lucene.util.BytesRef(older)).mentions().get(0);
        assertEquals("ww:kharkiv", unlocated.id());
        assertNull(unlocated.lat(), "a digest written before places were kept reads without them");
    }

    @Test
    void read_for_one_entity_a_digest_keeps_only_what_concerns_it() {
        String text = "Olena Dovha met Petro Hnatiuk in Lviv.";
        Article a = Article.builder("d2", text).lang("en")
                .entities(List.of(new Mention(0, 11, "Olena Dovha", "PER", "name:olena dovha", "Olena Dovha", null, null),
                        new Mention(16, 29, "Petro Hnatiuk", "PER", "name:petro hnatiuk", "Petro Hnatiuk", null, null)))
                .events(List.of(new Event("MEET", "040", 12, 15, "name:olena dovha", "name:petro hnatiuk", null, List.of(), null, null, List.of(), List.of())))
                .build();
        ArticleDigest hers = ArticleDigest.decode(ArticleDigest.of(a).encode(), "name:petro hnatiuk");
        assertEquals(List.of("Petro Hnatiuk"), hers.mentions().stream().map(Mention::text).toList());
        assertEquals(1, hers.events().size(), "the event he takes part in is kept");
        assertEquals(2, ArticleDigest.decode(ArticleDigest.of(a).encode()).mentions().size());
    }
}
