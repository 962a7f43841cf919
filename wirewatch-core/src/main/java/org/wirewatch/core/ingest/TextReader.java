package org.wirewatch.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/** A plain UTF-8 text file is one article; its text is kept exactly as written (only a BOM is dropped). */
final class TextReader implements FormatReader {
    private final long maxBytes;

    TextReader(InputLimits limits) {
        this.maxBytes = limits.maxDocumentBytes();
    }

    @Override
    public void read(InputStream in, SourceRef where, ArticleSink sink) throws IOException {
        byte[] bytes = BoundedBytes.readAtMost(in, maxBytes);
        if (bytes == null) {
            sink.error(new ReadError(where, BoundedBytes.tooLarge(BoundedBytes.DOCUMENT_LIMIT, maxBytes)));
            return;
        }
        Utf8.Decoded decoded = Utf8.decode(bytes);
        if (decoded.text().isBlank()) {
            sink.error(new ReadError(where, "empty"));
            return;
        }
        String id = Ids.choose(decoded.text(), Ids.stem(where.input()));
        RawArticle article = RawArticle.ofText(id, decoded.text(), where);
        sink.article(decoded.issue() == null ? article : article.withIssue(decoded.issue()));
    }
}
