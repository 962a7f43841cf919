package org.wirewatch.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/** An HTML file is one article: main text via Readability, metadata from the markup. */
final class HtmlReader implements FormatReader {
    private final long maxBytes;
    private final HtmlPages pages = new HtmlPages();

    HtmlReader(InputLimits limits) {
        this.maxBytes = limits.maxDocumentBytes();
    }

    @Override
    public void read(InputStream in, SourceRef where, ArticleSink sink) throws IOException {
        byte[] bytes = BoundedBytes.readAtMost(in, maxBytes);
        if (bytes == null) {
            sink.error(new ReadError(where, BoundedBytes.tooLarge(BoundedBytes.DOCUMENT_LIMIT, maxBytes)));
            return;
        }
        RawArticle page = pages.parse(bytes, null, "", where);
        if (page.text().isBlank()) {
            sink.error(new ReadError(where, "empty: the page has no text"));
            return;
        }
        sink.article(page.withId(Ids.choose(page.text(), Ids.stem(where.input()), page.url())));
    }
}
