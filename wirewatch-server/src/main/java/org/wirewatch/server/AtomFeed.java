package org.wirewatch.server;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.alerts.MatchLog;
import org.wirewatch.index.alerts.SavedAlert;

/**
 * An alert's matches as an Atom 1.0 feed (RFC 4287), newest first. Written by the JDK's XML writer,
 * which escapes every text and attribute; characters XML 1.0 cannot carry (control characters in
 * scraped text) are dropped first, so untrusted article text always gives a well-formed feed.
 */
final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int SUMMARY_CHARS = 300;

    /** One entry: a match and its article (null when the article is no longer stored). */
    record Entry(MatchLog.Match match, Article article) { }

    private AtomFeed() {
    }

    /** {@code base}: this server's address as the client reached it (e.g. http://127.0.0.1:7070), for absolute links. */
    static String of(SavedAlert alert, List<Entry> entries, String base) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", "urn:wirewatch:alert:" + alert.name());
            text(xml, "title", "Wirewatch alert " + alert.name() + describe(alert));
            text(xml, "updated", entries.isEmpty() ? alert.created() : entries.get(0).match().matched());
            link(xml, "self", base + "/api/alerts/" + alert.name() + ".atom", "application/atom+xml");
            link(xml, "alternate", base + "/api/alerts/" + alert.name(), "application/json");
            xml.writeStartElement("author");
            text(xml, "name", "Wirewatch");
            xml.writeEndElement();
            text(xml, "generator", "Wirewatch");
            for (Entry e : entries) entry(xml, alert, e, base);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed of alert " + alert.name(), e);
        }
    }

    private static void entry(XMLStreamWriter xml, SavedAlert alert, Entry e, String base) throws XMLStreamException {
        String id = e.match().article();
        Article a = e.article();
        xml.writeStartElement("entry");
        text(xml, "id", "urn:wirewatch:alert:" + alert.name() + ":article:" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        text(xml, "title", a == null ? id : title(a));
        text(xml, "updated", e.match().matched());
        link(xml, "alternate", base + "/article.html?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8), "text/html");
        if (a != null && a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
            link(xml, "via", a.url(), null);
        }
        if (a != null) {
            if (a.source() != null) {
                xml.writeStartElement("author");
                text(xml, "name", a.source());
                xml.writeEndElement();
            }
            if (a.text() != null) text(xml, "summary", summary(a.text()));
            if (a.lang() != null) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", "lang:" + a.lang());
            }
        }
        xml.writeEndElement();
    }

    private static String title(Article a) {
        if (a.title() != null && !a.title().isBlank()) return a.title();
        return a.text() == null ? a.id() : summary(a.text());
    }

    private static String summary(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= SUMMARY_CHARS ? flat : flat.substring(0, SUMMARY_CHARS) + "…";
    }

    private static String describe(SavedAlert a) {
        StringBuilder s = new StringBuilder();
        if (a.query() != null) s.append(": ").append(a.query());
        if (a.entity() != null) s.append(" entity=").append(a.entity());
        if (a.category() != null) s.append(" category=").append(a.category());
        if (a.lang() != null) s.append(" lang=").append(a.lang());
        return s.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlSafe(href));
        if (type != null) xml.writeAttribute("type", type);
    }

    /** Drops what XML 1.0 forbids (C0 controls but tab, newline and return; unpaired surrogates; U+FFFE/U+FFFF). */
    static String xmlSafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (ok) out.appendCodePoint(c);
        }
        return out.toString();
    }
}
