package org.wirewatch.core.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.xml.sax.InputSource;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds via Rome, one article per item ("item 5"). Text from the full
 * content (content:encoded, Atom content), else the description/summary, rendered as paragraphs.
 * A feed is parsed whole, so it is bounded by {@link InputLimits#maxFeedBytes()}.
 */
final class FeedReader implements FormatReader {
    private final long maxBytes;

    FeedReader(InputLimits limits) {
        this.maxBytes = limits.maxFeedBytes();
    }

    @Override
    public void read(InputStream in, SourceRef where, ArticleSink sink) throws IOException {
        byte[] bytes = BoundedBytes.readAtMost(in, maxBytes);
        if (bytes == null) {
            sink.error(new ReadError(where, BoundedBytes.tooLarge(BoundedBytes.FEED_LIMIT, maxBytes)));
            return;
        }
        SyndFeed feed;
        try {
            feed = parser().build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            feed = leniently(bytes, e, where, sink);
            if (feed == null) return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) sink.error(new ReadError(where, "empty: the feed has no items"));
        for (int i = 0; i < entries.size(); i++) {
            SourceRef at = where.at("item " + (i + 1));
            RawArticle article = toArticle(feed, entries.get(i), at);
            if (article.text().isBlank()) {
                sink.error(new ReadError(at, "empty: the item has no text"));
            } else {
                sink.article(article);
            }
        }
    }

    /**
     * A feed that is not well-formed XML (an unescaped "&", an unclosed tag, a DOCTYPE) is repaired
     * by jsoup's forgiving XML parser and read again, so one bad character does not cost every item;
     * the damage is reported once, with its line. DTDs are dropped, never read.
     */
    private static SyndFeed leniently(byte[] bytes, Exception strict, SourceRef where, ArticleSink sink) {
        // a feed cut short fails where it ends, which the parser does not number
        int line = strict instanceof ParsingFeedException p && p.getLineNumber() > 0 ? p.getLineNumber() : lineCount(bytes);
        SourceRef at = where.at("line " + line);
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
            doc.childNodes().stream().filter(n -> n instanceof DocumentType || n instanceof XmlDeclaration).toList().forEach(Node::remove);
            doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false)
                    .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml);
            SyndFeed feed = parser().build(new InputSource(new StringReader(doc.outerHtml())));
            if (feed.getEntries().stream().allMatch(entry -> text(entry).isBlank())) throw new FeedException("nothing recovered");
            sink.error(new ReadError(at, "malformed XML (" + xmlProblem(strict) + "); read leniently, every item recovered that could be"));
            return feed;
        } catch (FeedException | IllegalArgumentException | IOException e) {
            sink.error(new ReadError(at, "not a readable RSS or Atom feed (" + xmlProblem(strict) + ")"));
            return null;
        }
    }

    private static int lineCount(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length - 1; i++) if (bytes[i] == '\n') lines++;
        return lines;
    }

    /** The XML parser's complaint without its Java names: "The entity name must immediately follow the '&'…". */
    private static String xmlProblem(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceFirst("^Invalid XML: ", "").replaceFirst("^Error on line -?\\d+: ", "");
        m = m.replaceAll("\\s*when the feature \"[^\"]*\" set to true", "");
        return m.strip();
    }

    /** A new parser per feed: Rome's SyndFeedInput is not documented as thread-safe. */
    private static SyndFeedInput parser() {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false); // no DTDs: no external entities from untrusted feeds
        return input;
    }

    private static RawArticle toArticle(SyndFeed feed, SyndEntry entry, SourceRef at) {
        String text = text(entry);
        String url = blankToNull(entry.getLink());
        String id = Ids.choose(text, entry.getUri(), url);
        return new RawArticle(id, text, plain(entry.getTitle()), url, feed.getLanguage(),
                published(feed, entry), blankToNull(plain(feed.getTitle())), authors(entry), at, true, List.of());
    }

    private static String text(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            String t = render(content);
            if (!t.isBlank()) return t;
        }
        return entry.getDescription() == null ? "" : render(entry.getDescription());
    }

    /** Atom "text" content is already plain; everything else (RSS, html, xhtml) is rendered from HTML. */
    private static String render(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) return value.strip();
        return HtmlText.of(Jsoup.parseBodyFragment(value).body());
    }

    private static String published(SyndFeed feed, SyndEntry entry) {
        Date date = entry.getPublishedDate();
        if (date == null) date = entry.getUpdatedDate();
        if (date == null) date = feed.getPublishedDate();
        return date == null ? null : IsoDates.of(date.toInstant());
    }

    private static List<String> authors(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson p : entry.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) names.add(p.getName().strip());
        }
        if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            names.add(entry.getAuthor().strip());
        }
        return names;
    }

    /** Titles may carry markup or entities (Atom type="html"); keep only their text. */
    private static String plain(String s) {
        if (s == null) return null;
        return s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(s).text() : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
