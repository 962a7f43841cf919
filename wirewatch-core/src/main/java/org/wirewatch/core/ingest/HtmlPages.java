package org.wirewatch.core.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.wirewatch.core.model.Issue;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/** Turns the bytes of one HTML page into an article; shared by the HTML file and WARC readers. Thread-safe. */
final class HtmlPages {
    private final PageMetadata metadata = new PageMetadata();

    /**
     * @param charset the HTTP header's charset, or null
     * @param baseUri the page's address (WARC target URI), or "" when unknown
     * @return the article with id null; its text is blank when the page has none
     */
    RawArticle parse(byte[] bytes, String charset, String baseUri, SourceRef origin) {
        Utf8.Decoded decoded = HtmlDecoder.decode(bytes, charset);
        Document doc = Jsoup.parse(decoded.text(), baseUri);
        PageMetadata.Meta meta = metadata.read(doc);
        String text = MainText.of(doc, decoded.text(), baseUri);
        List<Issue> issues = new ArrayList<>();
        if (decoded.issue() != null) issues.add(decoded.issue());
        return new RawArticle(null, text, meta.title(), meta.url(), meta.lang(), meta.published(), meta.source(),
                meta.authors(), origin, true, issues);
    }
}
