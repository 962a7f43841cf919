package org.wirewatch.core.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.wirewatch.core.clean.MarkupCues;

/**
 * Removes from a page, before the body is picked, what its markup says no reader sees or reads
 * as the article: elements hidden with {@code hidden}, {@code aria-hidden="true"},
 * {@code display:none} or a hiding class (hidden copies of the article, share-by-mail forms,
 * pop-ups), and elements whose class or id names page furniture (share bars, related-post
 * teasers, comment notices, cookie banners). A furniture element stays when it holds the
 * article body or most of the page's text, because sites put such names on wrappers too
 * ({@code <div class="content has-sidebar">}). Posts embedded from social networks (tweets,
 * Instagram posts) are quoted by the article, so they stay where they are when the furniture
 * around them goes ({@code <div class="social-embed">}). Picture captions ({@code <figcaption>}) go,
 * unless they hold much of the page's text (a gallery), where a caption repeated under every slide
 * is kept once. Furniture inside the element named as the article body goes too (a
 * newsletter box or an author's bio placed between or after its paragraphs), but an id ending in a
 * number is a section's anchor ("nav-section-2", "toc_title_3"), not a name of furniture.
 * Thread-safe.
 */
final class MarkupPruner {
    /**
     * A furniture element holding at least this share of the text left is a wrapper, not furniture.
     * Small furniture goes first, so a wrapper of the article is measured against what is left
     * once the menus and comments beside it are gone, not against the whole page.
     */
    private static final double[] WRAPPER_SHARES = {0.2, 0.2, 0.5};

    /** Below this share of the page's text, the captions are furniture; above it, the pictures are the story. */
    private static final double CAPTION_SHARE = 0.3;

    /** A teaser with this share of link text or more points to other pages. */
    private static final double TEASER_LINK_SHARE = 0.5;

    private final MarkupCues cues;

    MarkupPruner(MarkupCues cues) {
        this.cues = cues;
    }

    /** Prunes the body of {@code doc} in place. */
    void prune(Element body) {
        List<Element> hidden = new ArrayList<>();
        for (Element el : body.getAllElements()) if (el != body && hidden(el)) hidden.add(el);
        hidden.forEach(Element::remove);
        for (double share : WRAPPER_SHARES) {
            List<Element> furniture = new ArrayList<>();
            collectFurniture(body, share * body.text().length(), furniture);
            furniture.forEach(this::removeKeepingPosts);
        }
        removeCaptions(body);
    }

    /** Removes a furniture element, leaving the embedded posts it holds in its place. */
    private void removeKeepingPosts(Element furniture) {
        for (Element el : furniture.getAllElements()) {
            if (cues.marksEmbeddedPost(el.className()) && !insidePost(el, furniture)) furniture.before(el);
        }
        furniture.remove();
    }

    /** Whether an ancestor of {@code el} below {@code top} is itself an embedded post (moved with it). */
    private boolean insidePost(Element el, Element top) {
        for (Element p = el.parent(); p != null && p != top; p = p.parent()) {
            if (cues.marksEmbeddedPost(p.className())) return true;
        }
        return false;
    }

    /**
     * Captions describe a picture, not the story, and name the photographer; they are text only on
     * pages made of pictures (a slideshow whose captions tell the story), where each is kept once.
     */
    private static void removeCaptions(Element body) {
        Elements captions = body.select("figcaption");
        int captionText = 0;
        for (Element caption : captions) captionText += caption.text().length();
        if (captionText < CAPTION_SHARE * body.text().length()) {
            captions.remove();
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Element caption : captions) {
            String text = caption.text().strip();
            if (!text.isEmpty() && !seen.add(text)) caption.remove();
        }
    }

    private void collectFurniture(Element parent, double wrapperText, List<Element> out) {
        for (Element child : parent.children()) {
            if (furniture(child) && !holdsArticle(child, wrapperText)) {
                out.add(child);
            } else {
                collectFurniture(child, wrapperText, out);
            }
        }
    }

    private boolean furniture(Element el) {
        if (cues.marksEmbeddedPost(el.className())) return false;
        if (cues.marksTeaser(el.className()) && pointsElsewhere(el)) return true;
        return cues.marksFurniture(el.className()) || (!numbered(el.id()) && cues.marksFurniture(el.id()));
    }

    /**
     * Whether a teaser is a link to another page: it sits in a link, a link holds or sits in its
     * heading, or most of its text is link text. A teaser without such a link is the article's lead.
     */
    private static boolean pointsElsewhere(Element teaser) {
        if (teaser.closest("a[href]") != null) return true;
        for (Element a : teaser.select("a[href]")) {
            if (!a.select("h1, h2, h3, h4, h5, h6").isEmpty() || a.closest("h1, h2, h3, h4, h5, h6") != null) return true;
        }
        return ProseContainer.linkShare(teaser) >= TEASER_LINK_SHARE;
    }

    /** An id ending in a number names one of a series (a section's anchor "toc_title_2"), not furniture. */
    private static boolean numbered(String id) {
        return !id.isEmpty() && Character.isDigit(id.charAt(id.length() - 1));
    }

    private boolean marksBody(Element el) {
        return cues.marksBody(el.className()) || cues.marksBody(el.id())
                || "articleBody".equals(el.attr("itemprop"));
    }

    private boolean holdsArticle(Element el, double wrapperText) {
        if (marksBody(el) || el.normalName().equals("article") || el.normalName().equals("main")) return true;
        for (Element d : el.getAllElements()) if (d != el && marksBody(d)) return true;
        return el.text().length() >= wrapperText;
    }

    private boolean hidden(Element el) {
        if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden").trim())) return true;
        String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")) return true;
        for (String name : el.classNames()) if (cues.hides(name)) return true;
        return false;
    }
}
