package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.ingest.Fixtures.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.RawArticle;

/** Pages written for these tests, one per class of markup that put the wrong text in the body. */
class MarkupPrunerTest {
    static final String P1 = "The harbour authority opened the new ferry terminal on Tuesday morning, two years "
            + "after the first pile was driven into the mud of the eastern quay.";
    static final String P2 = "Ferries to the islands will leave every forty minutes in summer, and the old "
            + "waiting hall will become a market for fishermen and local bakers.";
    static final String P3 = "The council expects the terminal to handle a million passengers a year by the end "
            + "of the decade, twice as many as the old pier could take.";

    @TempDir
    Path dir;

    @Test
    void hiddenCopiesOfTheArticleAndHiddenFormsAreNotText() {
        String page = page("""
                <article><h1>Ferry terminal opens</h1><p>%s</p><p>%s</p><p>%s</p></article>
                <div hidden><p>%s</p><p>%s</p></div>
                <div style="display: none"><form><p>Send this article by mail to a friend who cares about
                ferries and harbours and the sea.</p></form></div>
                <div aria-hidden="true"><p>%s</p></div>
                <div class="sr-only"><p>%s</p></div>
                """.formatted(P1, P2, P3, P1, P2, P3, P1));

        String text = read(page);

        assertEquals(1, count(text, P1), text);
        assertEquals(1, count(text, P2), text);
        assertEquals(1, count(text, P3), text);
        assertFalse(text.contains("by mail"), text);
    }

    @Test
    void shareBarsTeasersAndCommentNoticesNamedByTheirClassesAreNotText() {
        String page = page("""
                <article>
                <h1>Ferry terminal opens</h1>
                <div class="shareButtons">Share on every network you have heard of today</div>
                <div class="entry-content"><p>%s</p><p>%s</p><p>%s</p></div>
                <ul class="post-tags"><li>ferries</li><li>harbour</li><li>islands</li></ul>
                <div id="relatedPosts"><h3>You may also like</h3>
                  <p>The lighthouse keeper who painted every wave of the bay for forty years and sold none</p>
                  <p>A new bakery on the quay sells bread shaped like anchors to tourists and locals alike</p></div>
                <div class="comments-closed">Comments are closed for this article on ferries.</div>
                </article>
                """.formatted(P1, P2, P3));

        String text = read(page);

        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
        assertFalse(text.contains("Share on"), text);
        assertFalse(text.contains("lighthouse keeper"), text);
        assertFalse(text.contains("Comments are closed"), text);
        assertFalse(text.contains("islands\n"), text);
    }

    @Test
    void aFurnitureNameOnAWrapperOfTheArticleDoesNotRemoveIt() {
        String page = page("""
                <div class="layout has-sidebar"><div class="main-column">
                <h1>Ferry terminal opens</h1><p>%s</p><p>%s</p><p>%s</p></div>
                <aside class="sidebar">Weather on the coast: windy</aside></div>
                """.formatted(P1, P2, P3));

        String text = read(page);

        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
    }

    @Test
    void postsEmbeddedFromSocialNetworksStayInTheBodyEvenInsideSocialFurniture() {
        String page = page("""
                <article><h1>Ferry terminal opens</h1><p>%s</p>
                <div class="social-embed"><blockquote class="twitter-tweet"><p>Proud to welcome the first
                passengers at our new ferry terminal this morning!</p>&mdash; Mayor Jane Example (@mayor_example)
                <a href="https://example.org/status/1">July 8, 2024</a></blockquote></div>
                <p>%s</p>
                <div class="share-box"><blockquote class="instagram-media"><p>The first ferry leaves the new
                terminal, full of cyclists and day trippers.</p></blockquote><a href="#">Share</a></div>
                <p>%s</p></article>
                """.formatted(P1, P2, P3));

        String text = read(page);

        assertTrue(text.contains("Proud to welcome the first passengers at our new ferry terminal"), text);
        assertTrue(text.contains("The first ferry leaves the new terminal"), text);
        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
    }

    @Test
    void aCaptionRepeatedUnderEverySlideOfAGalleryIsKeptOnce() {
        String caption = "The new terminal seen from the eastern quay at dawn, with the first ferry moored.";
        String figure = "<figure><img src=\"t.jpg\" alt=\"\"><figcaption>" + caption + "</figcaption></figure>";
        String slide = "<figure><img src=\"s.jpg\" alt=\"\"><figcaption>%s</figcaption></figure>";
        String page = page("<article><h1>Ferry terminal opens</h1>" + figure + figure
                + slide.formatted(P1) + figure + slide.formatted(P2) + slide.formatted(P3) + "</article>");

        String text = read(page);

        assertEquals(1, count(text, caption), text);
        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
    }

    @Test
    void theCaptionOfANewsPhotoIsNotText() {
        String page = page("""
                <article><h1>Ferry terminal opens</h1><p>%s</p>
                <figure><img src="t.jpg" alt=""><figcaption>The first ferry at the new quay.
                Photo: Sam Example / Harbour Press</figcaption></figure>
                <p>%s</p><p>%s</p></article>
                """.formatted(P1, P2, P3));

        String text = read(page);

        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
        assertFalse(text.contains("Harbour Press"), text);
    }

    @Test
    void authorBoxesPaywallNoticesAndPostMetaFootersNamedByTheirClassesAreNotText() {
        String page = page("""
                <article><h1>Ferry terminal opens</h1>
                <div class="entry-content is-paywall"><p>%s</p><p>%s</p><p>%s</p></div>
                <aside class="paywall-gate"><p>Choose your plan and keep reading every story about the coast.</p></aside>
                <div class="author-box"><p>Pat Example writes about ships, harbours and the people who work
                on them, and has sailed to every island of the bay at least twice.</p></div>
                <footer class="entry-meta">This entry was filed under Harbour news by Pat Example.</footer>
                </article>
                """.formatted(P1, P2, P3));

        String text = read(page);

        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
        assertFalse(text.contains("Choose your plan"), text);
        assertFalse(text.contains("writes about ships"), text);
        assertFalse(text.contains("filed under"), text);
    }

    @Test
    void furnitureInsideTheArticleBodyGoesButNumberedSectionAnchorsStay() {
        String page = page("""
                <article><h1>Ferry terminal opens</h1>
                <div class="article-body"><p>%s</p>
                <div class="newsletter-box"><p>Get the harbour news in your inbox every morning, free of charge.</p></div>
                <h2 id="nav-section-2">Timetable for the summer</h2><p>%s</p><p>%s</p>
                <div class="related-stories"><p>The lighthouse keeper who painted every wave of the bay</p></div>
                </div></article>
                """.formatted(P1, P2, P3));

        String text = read(page);

        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
        assertTrue(text.contains("Timetable for the summer"), text);
        assertFalse(text.contains("in your inbox"), text);
        assertFalse(text.contains("lighthouse keeper"), text);
    }

    @Test
    void teaserCardsLinkingToOtherArticlesGoButALeadNamedTeaserStays() {
        String page = page("""
                <article><h1>Ferry terminal opens</h1>
                <p class="article-teaser">The island ferries have a new home on the eastern quay, and it
                was finished two months ahead of the plan drawn up by the harbour board.</p>
                <p>%s</p><p>%s</p><p>%s</p>
                <div class="teaser"><a href="/lighthouse"><h3>The keeper who painted every wave</h3></a>
                <p>For forty years he painted the bay from his window and never sold a single picture.</p></div>
                <div class="story-card"><h3><a href="/bakery">Bread shaped like anchors</a></h3>
                <p>A new bakery on the quay has found a shape that tourists and locals both queue for.</p></div>
                </article>
                """.formatted(P1, P2, P3));

        String text = read(page);

        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
        assertTrue(text.contains("two months ahead of the plan"), text);
        assertFalse(text.contains("never sold a single picture"), text);
        assertFalse(text.contains("queue for"), text);
    }

    private String read(String page) {
        RawArticle a = CollectingSink.read(write(dir, "terminal.html", page)).only();
        return a.text();
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ferry terminal opens</title>"
                + "</head><body>" + body + "</body></html>";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
