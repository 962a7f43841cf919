package org.wirewatch.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The lead of an article: paragraphs of prose between the page's headline ({@code <h1>}) and the
 * start of the block picked as the body. Pages often set the lead apart from the body, in the
 * article's header or an intro box, where neither Readability nor the prose container (which
 * looks for the bulk of the prose) reach it. Only prose counts (long enough, not mostly links),
 * so the byline, date and share buttons between headline and body stay out; and only when the
 * body starts soon after the headline, so a lead is never taken from another part of the page.
 * Stateless and thread-safe.
 */
final class LeadParagraphs {
    /** The body must start within this many blocks after the headline. */
    private static final int REACH = 15;
    /** A lead paragraph with more link text than this is a teaser or a menu entry. */
    private static final double MAX_LINK_SHARE = 0.3;
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h2", "h3", "h4", "h5", "h6", "li", "dd", "blockquote", "section", "header", "figcaption", "td");

    private LeadParagraphs() {}

    /**
     * The lead paragraphs of {@code body} that {@code chosen} does not hold, in page order;
     * empty when there is no headline or the chosen text does not start soon after it.
     * Read before Readability edits the page.
     */
    static List<Block> candidates(Element body) {
        Element headline = body.selectFirst("h1");
        if (headline == null) return List.of();
        List<Block> blocks = new ArrayList<>();
        boolean after = false;
        for (Element el : body.getAllElements()) {
            if (el == headline) {
                after = true;
                continue;
            }
            if (!after || !BLOCKS.contains(el.normalName()) || hasBlockChild(el) || el.parents().contains(headline)) continue;
            String text = el.text().strip();
            if (text.isEmpty()) continue;
            blocks.add(new Block(collapse(text), isLead(el, text, headline.text())));
            if (blocks.size() > REACH) break;
        }
        return blocks;
    }

    /** The lead of the candidates for the chosen body text, joined as paragraphs; empty when there is none. */
    static String lead(List<Block> blocks, String chosen) {
        String body = collapse(chosen);
        List<String> lead = new ArrayList<>();
        for (Block b : blocks) {
            if (body.contains(b.text())) return String.join("\n\n", lead);
            if (b.prose()) lead.add(b.text());
        }
        return "";
    }

    /**
     * Long enough, mostly not links, closed as a sentence (a byline or a date line is not), and
     * not a header block that repeats the headline with the post's meta.
     */
    private static boolean isLead(Element el, String text, String headline) {
        return text.length() >= ProseContainer.MIN_PARAGRAPH && ProseContainer.linkShare(el) <= MAX_LINK_SHARE
                && endsSentence(text) && (headline.isBlank() || !text.contains(headline.strip()));
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) i--;
        return i >= 0 && ".!?…。！？".indexOf(text.charAt(i)) >= 0;
    }

    private static final String CLOSERS = "\"'”’»)]";

    /** A leaf block after the headline: its text, and whether it reads as a lead paragraph. */
    record Block(String text, boolean prose) {}

    private static boolean hasBlockChild(Element el) {
        for (Element child : el.children()) if (BLOCKS.contains(child.normalName()) || "ul".equals(child.normalName()) || "ol".equals(child.normalName())) return true;
        return false;
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
