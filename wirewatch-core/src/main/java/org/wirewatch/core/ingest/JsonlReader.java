package org.wirewatch.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.wirewatch.core.model.SourceRef;

/**
 * JSON Lines, one article per line, streamed: only the current line is in memory, so inputs of
 * any size work. A bad line is reported with its number and the rest is still read.
 */
final class JsonlReader implements FormatReader {
    private final long maxLineBytes;
    private final JsonArticles articles;

    JsonlReader(InputLimits limits) {
        this.maxLineBytes = limits.maxDocumentBytes();
        this.articles = new JsonArticles(limits);
    }

    @Override
    public void read(InputStream in, SourceRef where, ArticleSink sink) {
        LineSplitter lines = new LineSplitter(in, maxLineBytes);
        boolean sawContent = false;
        while (true) {
            LineSplitter.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                sink.error(new ReadError(where.at("line " + lines.nextLineNumber()), IoMessages.describe(e)));
                return;
            }
            if (line == null) break;
            if (!line.tooLong() && isBlank(line.bytes())) continue;
            sawContent = true;
            readLine(line, where.at("line " + line.number()), sink);
        }
        if (!sawContent) sink.error(new ReadError(where, "empty"));
    }

    private void readLine(LineSplitter.Line line, SourceRef at, ArticleSink sink) {
        if (line.tooLong()) {
            sink.error(new ReadError(at, BoundedBytes.tooLarge(BoundedBytes.DOCUMENT_LIMIT, maxLineBytes)));
            return;
        }
        Utf8.Decoded decoded = Utf8.decode(line.bytes(), line.bytes().length, line.offset());
        JsonArticles.Parsed parsed = articles.parse(decoded.text(), at, decoded.issue());
        if (parsed.article() != null) {
            sink.article(parsed.article());
        } else {
            sink.error(new ReadError(at, parsed.error()));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') return false;
        }
        return true;
    }
}
