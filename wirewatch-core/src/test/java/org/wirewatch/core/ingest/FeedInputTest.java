package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.ingest.Fixtures.gzip;
import static org.wirewatch.core.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

class FeedInputTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>Harbour Gazette</title>
              <link>https://harbour.example/</link>
              <description>Local news</description>
              <language>en-us</language>
              <pubDate>Mon, 01 Jul 2024 06:00:00 GMT</pubDate>
              <item>
                <title>Ferry service resumes</title>
                <link>https://harbour.example/ferry</link>
                <guid isPermaLink="false">harbour-1001</guid>
                <pubDate>Tue, 02 Jul 2024 09:30:00 +0200</pubDate>
                <dc:creator>Pat Columnist</dc:creator>
                <description>Short teaser only.</description>
                <content:encoded><![CDATA[<p>The ferry runs again after repairs.</p><h3>Timetable</h3><p>Boats leave hourly.</p>]]></content:encoded>
              </item>
              <item>
                <title>Market day moved</title>
                <link>https://harbour.example/market</link>
                <description>&lt;p&gt;The weekly market moves to Friday.&lt;/p&gt;</description>
              </item>
              <item>
                <title>Photo gallery</title>
                <link>https://harbour.example/photos</link>
              </item>
            </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Valley Wire</title>
              <id>urn:uuid:valley-wire</id>
              <updated>2024-08-05T12:00:00Z</updated>
              <entry>
                <title type="html">Rain &amp;amp; wind expected</title>
                <id>urn:uuid:entry-1</id>
                <link href="https://valley.example/weather"/>
                <published>2024-08-05T10:00:00+03:00</published>
                <updated>2024-08-05T11:00:00+03:00</updated>
                <author><name>Sam Forecaster</name></author>
                <author><name>Lee Observer</name></author>
                <content type="html">&lt;p&gt;Heavy rain is expected tonight.&lt;/p&gt;&lt;p&gt;Roads may flood.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>School reopens</title>
                <id>urn:uuid:entry-2</id>
                <link href="https://valley.example/school"/>
                <updated>2024-08-04T08:00:00Z</updated>
                <summary>The village school reopened on Monday.</summary>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void rssItemsBecomeArticlesWithFullContentAndFeedMetadata() {
        Path file = write(dir, "harbour.rss", RSS);

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(2, sink.articles.size());
        RawArticle ferry = sink.articles.get(0);
        assertEquals("harbour-1001", ferry.id());
        assertEquals("The ferry runs again after repairs.\n\nTimetable\n\nBoats leave hourly.", ferry.text());
        assertEquals("Ferry service resumes", ferry.title());
        assertEquals("https://harbour.example/ferry", ferry.url());
        assertEquals("2024-07-02T07:30:00Z", ferry.published());
        assertEquals(List.of("Pat Columnist"), ferry.authors());
        assertEquals("Harbour Gazette", ferry.source());
        assertEquals("en", ferry.lang());
        assertTrue(ferry.markup());
        assertEquals(new SourceRef(file.toString(), "item 1"), ferry.origin());

        RawArticle market = sink.articles.get(1);
        assertEquals("The weekly market moves to Friday.", market.text());
        assertEquals("2024-07-01T06:00:00Z", market.published(), "falls back to the feed date");

        ReadError empty = sink.onlyError(file.toString(), "no text");
        assertEquals("item 3", empty.where().position());
    }

    @Test
    void atomEntriesBecomeArticles() {
        CollectingSink sink = CollectingSink.read(write(dir, "valley.xml", ATOM));

        assertEquals(List.of(), sink.errors);
        assertEquals(List.of("urn:uuid:entry-1", "urn:uuid:entry-2"), sink.ids());
        RawArticle rain = sink.articles.get(0);
        assertEquals("Rain & wind expected", rain.title());
        assertEquals("Heavy rain is expected tonight.\n\nRoads may flood.", rain.text());
        assertEquals("2024-08-05T07:00:00Z", rain.published());
        assertEquals(List.of("Sam Forecaster", "Lee Observer"), rain.authors());
        assertEquals("Valley Wire", rain.source());
        RawArticle school = sink.articles.get(1);
        assertEquals("The village school reopened on Monday.", school.text());
        assertEquals("2024-08-04T08:00:00Z", school.published(), "updated date when none published");
    }

    @Test
    void feedsAreSniffedWithoutExtensionAndInsideGzip() {
        assertEquals(2, CollectingSink.read(write(dir, "feed", ATOM)).articles.size());
        assertEquals(2, CollectingSink.read(write(dir, "feed.atom.gz", gzip(ATOM))).articles.size());
        assertEquals(2, CollectingSink.readStdin(Fixtures.utf8(RSS)).articles.size());
    }

    @Test
    void brokenFeedIsOneError() {
        Path file = write(dir, "broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</item>");

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(List.of(), sink.articles);
        sink.onlyError(file.toString(), "not a readable RSS or Atom feed");
    }

    @Test
    void feedOverItsLimitIsReportedNamingTheLimit() {
        Path file = write(dir, "big.rss", RSS);

        CollectingSink sink = CollectingSink.read(InputLimits.defaults().withMaxFeedBytes(500), file);

        assertEquals(List.of(), sink.articles);
        sink.onlyError(file.toString(), "larger than the feed limit (500 bytes)");
    }
}
