package org.wirewatch.core.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.core.model.SourceRef;

/** Sends one input stream to the reader for its format, unwrapping gzip on the way. Thread-safe. */
final class DocumentRouter {
    /** A .gz inside a .gz is plausible; deeper nesting is a decompression bomb or a mistake. */
    private static final int MAX_GZIP_DEPTH = 2;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final FormatSniffer sniffer = new FormatSniffer();
    private final Map<Format, FormatReader> readers;

    DocumentRouter(InputLimits limits) {
        readers = Map.of(
                Format.TEXT, new TextReader(limits),
                Format.JSONL, new JsonlReader(limits),
                Format.HTML, new HtmlReader(limits),
                Format.FEED, new FeedReader(limits),
                Format.WARC, new WarcArticleReader(limits));
    }

    /** @param name the file name ("-" for standard input), for the extension fallback */
    void read(InputStream in, String name, SourceRef where, ArticleSink sink) throws IOException {
        route(new BufferedInputStream(in, BUFFER_BYTES), name, where, sink, 0);
    }

    private void route(BufferedInputStream in, String name, SourceRef where, ArticleSink sink, int gzipDepth)
            throws IOException {
        Format format = sniffer.sniff(BoundedBytes.peek(in, FormatSniffer.HEAD_BYTES), name);
        switch (format) {
            case GZIP -> {
                if (gzipDepth >= MAX_GZIP_DEPTH) {
                    sink.error(new ReadError(where, "gzip nested more than " + MAX_GZIP_DEPTH + " deep; skipped"));
                    return;
                }
                InputStream inner = GzipInput.open(in, (member, offset, why) -> sink.error(new ReadError(where.at("gzip member " + member),
                        "damaged gzip member at byte " + offset + " (" + why + "); skipped to the next member")));
                route(new BufferedInputStream(inner, BUFFER_BYTES), withoutGz(name), where, sink, gzipDepth + 1);
            }
            case EMPTY -> sink.error(new ReadError(where, "empty"));
            case BINARY -> sink.error(new ReadError(where, "binary content; skipped"));
            default -> readers.get(format).read(in, where, sink);
        }
    }

    private static String withoutGz(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) return name.substring(0, name.length() - 3);
        if (lower.endsWith(".tgz")) return name.substring(0, name.length() - 4) + ".tar";
        return name;
    }
}
