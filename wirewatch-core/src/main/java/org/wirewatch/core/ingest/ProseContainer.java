package org.wirewatch.core.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The second opinion on where a page's article is: the innermost element that holds nearly all
 * of the page's prose, rendered without its link-dense blocks (menus, teaser lists). Prose is
 * what sits in paragraph-like blocks long enough to be sentences and not mostly link text.
 *
 * <p>Readability scores single blocks and their close siblings, so it can pick a share-by-mail
 * form, a list of signatories or the method of a recipe and leave the intro, the letter or the
 * ingredients behind. A page's prose is rarely split across distant containers, so the element
 * holding most of it is a good check on that pick. Stateless and thread-safe.
 */
final class ProseContainer {
    /** A block with fewer characters is a label, a heading or a button, not prose. */
    static final int MIN_PARAGRAPH = 80;
    /** The container must hold this share of the page's prose. */
    private static final double SHARE = 0.9;
    /** A paragraph with more link text than this is a teaser or a menu entry. */
    private static final double PARAGRAPH_LINK_SHARE = 0.3;
    /** A block of the container with more link text than this is navigation and is left out. */
    private static final double DROPPED_LINK_SHARE = 0.5;
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "article", "section", "header", "footer", "main", "aside", "nav",
            "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
            "address", "form", "fieldset", "details", "summary", "center");

    private ProseContainer() {}

    /** The innermost element under {@code body} holding nearly all of its prose; {@code body} when it has none. */
    static Element find(Element body) {
        Map<Element, Integer> weight = weigh(body);
        int total = weight.getOrDefault(body, 0);
        Element best = body;
        while (total > 0) {
            Element next = null;
            for (Element child : best.children()) {
                if (weight.getOrDefault(child, 0) >= SHARE * total) next = child;
            }
            if (next == null) break;
            best = next;
        }
        return best;
    }

    /**
     * The text of {@code container} without its link-dense blocks that hold no prose (a wrapper
     * can be link-dense from the menus beside the article it holds); the container is not changed.
     */
    static String text(Element container) {
        Element copy = container.clone();
        Map<Element, Integer> weight = weigh(copy);
        List<Element> navigation = new ArrayList<>();
        for (Element el : copy.getAllElements()) {
            if (el != copy && BLOCKS.contains(el.normalName()) && !weight.containsKey(el)
                    && linkShare(el) > DROPPED_LINK_SHARE) {
                navigation.add(el);
            }
        }
        for (Element el : navigation) if (el.parent() != null) el.remove();
        return HtmlText.of(copy);
    }

    /** Characters in the paragraphs of a rendered text that are long enough to be prose. */
    static int prose(String text) {
        int sum = 0;
        for (String paragraph : text.split("\n\n")) if (paragraph.length() >= MIN_PARAGRAPH) sum += paragraph.length();
        return sum;
    }

    /**
     * The prose characters under every element. Descendants come after their ancestors in
     * {@code getAllElements}, so walking it backwards sums children before parents, without
     * recursion on deeply nested pages.
     */
    private static Map<Element, Integer> weigh(Element body) {
        List<Element> all = body.getAllElements();
        Map<Element, Integer> weight = new IdentityHashMap<>();
        Map<Element, Boolean> holdsBlock = new IdentityHashMap<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element el = all.get(i);
            int sum = 0;
            boolean blockInside = false;
            for (Element child : el.children()) {
                sum += weight.getOrDefault(child, 0);
                blockInside |= BLOCKS.contains(child.normalName()) || holdsBlock.getOrDefault(child, false);
            }
            if (!blockInside && BLOCKS.contains(el.normalName())) sum = paragraphWeight(el);
            if (sum > 0) weight.put(el, sum);
            if (blockInside) holdsBlock.put(el, true);
        }
        return weight;
    }

    private static int paragraphWeight(Element block) {
        int length = block.text().length();
        if (length < MIN_PARAGRAPH || linkShare(block) > PARAGRAPH_LINK_SHARE) return 0;
        return length;
    }

    /** The share of an element's text that sits in links (0 for an element without text). */
    static double linkShare(Element el) {
        int length = el.text().length();
        if (length == 0) return 0;
        int links = 0;
        for (Element a : el.select("a")) links += a.text().length();
        return links / (double) length;
    }
}
