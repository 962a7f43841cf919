package org.wirewatch.core.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/**
 * Web archives (WARC 1.0/1.1, as in Common Crawl's CC-NEWS), streamed record by record ("record 3").
 * HTML {@code response} records with a 2xx status and HTML {@code resource} records become
 * articles via {@link HtmlPages}; every other record is skipped. A damaged record (garbled header,
 * wrong length, cut short) is reported with its offset and reading resumes at the next line that
 * starts a record ({@link WarcFraming}). Byte offsets in messages count the uncompressed stream.
 */
final class WarcArticleReader implements FormatReader {
    private final long maxBytes;
    private final HtmlPages pages = new HtmlPages();

    /** What one record gave: an article, an error, or neither (skipped); {@code fatal} ends the file. */
    private record Outcome(RawArticle article, String error, boolean fatal) {
        static final Outcome SKIPPED = new Outcome(null, null, false);
    }

    WarcArticleReader(InputLimits limits) {
        this.maxBytes = limits.maxDocumentBytes();
    }

    @Override
    public void read(InputStream in, SourceRef where, ArticleSink sink) throws IOException {
        Rewindable input = new Rewindable(in);
        for (int number = 1; ; number++) {
            SourceRef at = where.at("record " + number);
            long start = input.position();
            try {
                WarcFraming.Framed framed = WarcFraming.next(input);
                if (framed == null) return;
                start = framed.start();
                if (framed.problem() != null) {
                    sink.error(new ReadError(at, "damaged WARC record at byte " + start + " (" + framed.problem() + ")"
                            + (framed.resumed() ? "; reading resumes at the next record" : "")));
                    if (!framed.resumed()) return;
                    continue;
                }
                deliver(framed, at, sink);
                String after = framed.finish();
                if (after != null) {
                    sink.error(new ReadError(at, "damaged WARC record at byte " + start + " (" + after + ")"));
                    if (!WarcFraming.resync(input)) return;
                }
            } catch (IOException e) {
                sink.error(new ReadError(at, damaged(e, start)));
                return;
            }
        }
    }

    /** Parses one framed record with jwarc and hands over what it gave. */
    private void deliver(WarcFraming.Framed framed, SourceRef at, ArticleSink sink) throws IOException {
        Optional<WarcRecord> record;
        WarcReader reader = new WarcReader(framed.stream());
        try {
            record = reader.next();
        } catch (IOException | RuntimeException e) {
            if (e instanceof EOFException eof) throw eof;
            sink.error(new ReadError(at, "damaged WARC record at byte " + framed.start() + " (" + detail(e) + ")"));
            return;
        }
        if (record.isEmpty()) return;
        Outcome outcome = extract(record.get(), at);
        if (outcome.article() != null) sink.article(outcome.article());
        if (outcome.error() != null) sink.error(new ReadError(at, outcome.error()));
        if (outcome.fatal()) throw new EOFException("the record is cut short");
    }

    private Outcome extract(WarcRecord record, SourceRef at) {
        try {
            if (record instanceof WarcResponse response) return fromResponse(response, at);
            if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
                return fromPayload(resource, resource.body().stream(), charset(resource.contentType()), at);
            }
            return Outcome.SKIPPED;
        } catch (EOFException e) {
            return new Outcome(null, damaged(e, record.position()), true);
        } catch (IOException | RuntimeException e) {
            // one bad HTTP message or page does not damage the archive: the next record is still readable
            return new Outcome(null, "unreadable " + record.type() + " record: " + e.getMessage(), false);
        }
    }

    private Outcome fromResponse(WarcResponse response, SourceRef at) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP)) return Outcome.SKIPPED;
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299 || !isHtml(http.contentType())) return Outcome.SKIPPED;
        return fromPayload(response, http.bodyDecoded().stream(), charset(http.contentType()), at);
    }

    private Outcome fromPayload(WarcTargetRecord record, InputStream payload, String charset, SourceRef at)
            throws IOException {
        byte[] bytes = BoundedBytes.readAtMost(payload, maxBytes);
        if (bytes == null) return new Outcome(null, BoundedBytes.tooLarge(BoundedBytes.DOCUMENT_LIMIT, maxBytes), false);
        String target = record.target();
        RawArticle page = pages.parse(bytes, charset, target == null ? "" : target, at);
        if (page.text().isBlank()) return new Outcome(null, "empty: the page has no text", false);
        String published = page.published() != null ? page.published() : warcDate(record);
        RawArticle article = new RawArticle(Ids.choose(page.text(), target), page.text(), page.title(),
                target != null ? target : page.url(), page.lang(), published, page.source(), page.authors(),
                at, true, page.issues());
        return new Outcome(article, null, false);
    }

    /** WARC-Date is mandatory, but a missing or malformed one only costs the fallback date. */
    private static String warcDate(WarcRecord record) {
        try {
            return IsoDates.of(record.date());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String charset(MediaType type) {
        return type.parameters().get("charset");
    }

    /** @param position where the damaged record starts (in the uncompressed stream) */
    private static String damaged(Exception e, long position) {
        return "damaged WARC record at byte " + position + ", reading stopped: " + detail(e);
    }

    private static String detail(Exception e) {
        if (e instanceof ParsingException) return "unreadable header: " + e.getMessage(); // names the offset and shows the bytes
        if (e instanceof IOException io) return IoMessages.describe(io);
        return "unreadable (" + e.getClass().getSimpleName() + ")";
    }
}
