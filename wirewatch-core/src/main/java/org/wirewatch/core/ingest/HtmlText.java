package org.wirewatch.core.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Renders an HTML element as plain text: one paragraph per block element (p, div, li, h1..h6,
 * blockquote, …), paragraphs separated by a blank line, {@code <br>} as a line break, runs of
 * whitespace collapsed except inside {@code <pre>}, no-break spaces as plain spaces. Scripts,
 * styles and other non-text elements are dropped.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "article", "section", "header", "footer", "main", "aside", "nav",
            "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "caption", "hr", "address",
            "form", "fieldset", "details", "summary", "center", "body");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
            "select", "head", "title", "button",
            // ruby annotations: the reading of a word (furigana), not more of the text
            "rt", "rp");

    /**
     * Starts the paragraph of every list item, so the line cleaner can tell an item of a list
     * in the body (kept) from a short stray line after it (page furniture).
     */
    static final String LIST_ITEM = "• ";

    /** Elements whose one capital letter alone is a drop cap without any class saying so. */
    private static final Set<String> CAP_ELEMENTS = Set.of("p", "div", "big");
    /** Class or id words that mark an element styled as a drop cap ("dropcap", "drop-cap", "initial"). */
    private static final Pattern CAP_MARK = Pattern.compile("(?i)drop-?cap|initial|first-?letter");

    private HtmlText() {}

    static String of(Element root) {
        Renderer r = new Renderer();
        root.filter(r);
        r.flushCap();
        r.flush();
        return r.out.toString();
    }

    /** Builds the text in one pass; a new instance per call, so rendering is thread-safe. */
    private static final class Renderer implements NodeFilter {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder paragraph = new StringBuilder();
        private int preDepth;
        /** A list item started and its first text has not come yet. */
        private boolean itemPending;
        /** A drop cap's letter, held until the text it starts comes, so "T" + "he" gives "The". */
        private String cap;
        /** The held capital stood in a block of its own ({@code <p>T</p>}). */
        private boolean capBlock;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.getWholeText());
            } else if (node instanceof Element el) {
                String tag = el.normalName();
                if (SKIPPED.contains(tag)) return FilterResult.SKIP_ENTIRELY;
                if (tag.equals("br")) lineBreak();
                if (tag.equals("td") || tag.equals("th")) append(" ");
                if (tag.equals("pre")) preDepth++;
                if (BLOCKS.contains(tag)) flush();
                if (tag.equals("li")) itemPending = true;
                if (isDropCap(el)) {
                    cap = el.text().strip();
                    capBlock = BLOCKS.contains(tag);
                    return FilterResult.SKIP_ENTIRELY;
                }
            }
            return FilterResult.CONTINUE;
        }

        /**
         * One capital letter alone in a paragraph, a {@code <big>} or an element marked as a drop
         * cap: the first letter of the next word, set large. A bare inline capital ("<b>A</b> bird")
         * or a one-letter heading (a glossary's "A") is left alone: it may be a word of its own.
         */
        private static boolean isDropCap(Element el) {
            String text = el.text().strip();
            if (text.codePointCount(0, text.length()) != 1 || !Character.isUpperCase(text.codePointAt(0))) return false;
            return CAP_ELEMENTS.contains(el.normalName())
                    || CAP_MARK.matcher(el.className() + " " + el.id()).find();
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el) {
                if (el.normalName().equals("pre")) preDepth--;
                if (el.normalName().equals("li")) itemPending = false;
                if (BLOCKS.contains(el.normalName())) flush();
            }
            return FilterResult.CONTINUE;
        }

        private void append(String raw) {
            String s = raw.replace('\u00A0', ' ');
            if (cap != null && !s.isBlank()) s = withCap(s);
            if (itemPending && !s.isBlank()) {
                if (paragraph.toString().isBlank()) paragraph.setLength(0);
                paragraph.append(LIST_ITEM);
                itemPending = false;
            }
            if (preDepth > 0) {
                paragraph.append(s);
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
                if (!space) {
                    paragraph.append(c);
                } else if (paragraph.length() > 0 && !endsWithSpace()) {
                    paragraph.append(' ');
                }
            }
        }

        /** The held capital joined to the word it starts, or left as the page set it before other text. */
        private String withCap(String s) {
            String held = cap;
            cap = null;
            String rest = s.stripLeading();
            if (Character.isLowerCase(rest.codePointAt(0))) return held + rest;
            paragraph.append(held);
            if (capBlock) flush();
            return s;
        }

        /** A drop cap with no text after it is text of its own. */
        void flushCap() {
            if (cap != null) paragraph.append(cap);
            cap = null;
        }

        private void lineBreak() {
            trimTrailingSpace();
            if (paragraph.length() > 0) paragraph.append('\n');
        }

        private boolean endsWithSpace() {
            char last = paragraph.charAt(paragraph.length() - 1);
            return last == ' ' || last == '\n';
        }

        private void trimTrailingSpace() {
            while (paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) == ' ') {
                paragraph.setLength(paragraph.length() - 1);
            }
        }

        void flush() {
            // only a cap set as a block of its own reaches into the next block
            if (cap != null && (paragraph.length() > 0 || !capBlock)) flushCap();
            String p = paragraph.toString().strip();
            paragraph.setLength(0);
            if (p.isEmpty()) return;
            if (out.length() > 0) out.append("\n\n");
            out.append(p);
        }
    }
}
