package org.wirewatch.core.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.SourceRef;

/**
 * The front door of ingest: reads files, directory trees and standard input in any supported
 * format (plain text, JSONL, HTML, RSS/Atom, WARC, each optionally gzipped), recognised by content
 * first and file extension second. Articles and errors go to an {@link ArticleSink} as they are
 * read; nothing is collected, so inputs of any size stream through.
 *
 * <p>Bad input is reported, never thrown: a missing file, binary or empty content, a bad JSONL line,
 * a truncated gzip or WARC each become a {@link ReadError} naming the input and position, and
 * reading goes on. Exceptions thrown by the sink itself propagate unchanged.
 *
 * <p>Immutable and thread-safe: one instance can serve concurrent {@link #read} calls.
 */
public final class ArticleInputs {
    private final DocumentRouter router;
    private final InputLimits limits;
    private final JsonArticles json;

    public ArticleInputs(InputLimits limits) {
        Check.notNullParam(limits, "limits");
        this.router = new DocumentRouter(limits);
        this.limits = limits;
        this.json = new JsonArticles(limits);
    }

    /**
     * Reads each input in order.
     *
     * @param inputs file paths, directory paths (read recursively in sorted order, hidden entries
     *               skipped) or "-" for {@code stdin}
     * @param stdin  read when an input is "-"; never closed here (may be null if no input is "-")
     * @param sink   receives every article (each with a non-null id) and every error
     */
    public void read(List<String> inputs, InputStream stdin, ArticleSink sink) {
        Check.notNullParam(inputs, "inputs");
        Check.notNullParam(sink, "sink");
        GuardedSink guarded = new GuardedSink(sink);
        try {
            for (String input : inputs) readInput(input, stdin, guarded);
        } catch (SinkFailure failure) {
            throw failure.unwrap();
        }
    }

    /**
     * Reads one stream that is not a local file, such as a Hadoop or object-store path opened by the
     * caller. Errors name {@code input}; its last path segment serves as the file name for the
     * extension fallback. The caller closes {@code in}.
     */
    public void read(InputStream in, String input, ArticleSink sink) {
        Check.notNullParam(in, "in");
        Check.notNullParam(input, "input");
        Check.notNullParam(sink, "sink");
        String name = input.substring(input.lastIndexOf('/') + 1);
        try {
            readStream(new KeepOpen(in), name, SourceRef.of(input), new GuardedSink(sink));
        } catch (SinkFailure failure) {
            throw failure.unwrap();
        }
    }

    /**
     * Reads a JSON body, such as one posted to the server: one article object (over any number of
     * lines) or JSON Lines, under the same rules as a JSONL file. Errors name {@code input} and, for
     * JSON Lines, the line.
     */
    public void readJson(byte[] body, String input, ArticleSink sink) {
        Check.notNullParam(body, "body");
        Check.notNullParam(sink, "sink");
        GuardedSink guarded = new GuardedSink(sink);
        SourceRef where = SourceRef.of(input);
        try {
            Utf8.Decoded decoded = Utf8.decode(body, body.length, 0);
            if (decoded.text().isBlank()) {
                guarded.error(new ReadError(where, "empty"));
                return;
            }
            com.fasterxml.jackson.databind.JsonNode one = json.single(decoded.text());
            if (one == null) {
                new JsonlReader(limits).read(new java.io.ByteArrayInputStream(body), where, guarded);
                return;
            }
            JsonArticles.Parsed parsed = json.parse(one, where, decoded.issue());
            if (parsed.article() != null) guarded.article(parsed.article());
            else guarded.error(new ReadError(where, parsed.error()));
        } catch (SinkFailure failure) {
            throw failure.unwrap();
        }
    }

    private void readInput(String input, InputStream stdin, ArticleSink sink) {
        if (input == null) {
            sink.error(new ReadError(SourceRef.of("<null>"), "no input name"));
        } else if (input.equals("-")) {
            if (stdin == null) {
                sink.error(new ReadError(SourceRef.of("-"), "standard input is not available"));
            } else {
                readStream(new KeepOpen(stdin), "-", SourceRef.of("-"), sink);
            }
        } else {
            readPath(input, sink);
        }
    }

    private void readPath(String input, ArticleSink sink) {
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            sink.error(new ReadError(SourceRef.of(input), "not a valid path (" + e.getReason() + ")"));
            return;
        }
        if (Files.isDirectory(path)) {
            InputTree.walk(path, file -> readFile(file, sink), sink);
        } else {
            readFile(path, sink);
        }
    }

    private void readFile(Path file, ArticleSink sink) {
        SourceRef where = SourceRef.of(FileNames.text(file));
        try (InputStream in = Files.newInputStream(file)) {
            readStream(in, file.getFileName() == null ? "null" : FileNames.text(file.getFileName()), where, sink);
        } catch (IOException e) {
            sink.error(new ReadError(where, IoMessages.describe(e)));
        }
    }

    /** The last safety net: whatever a reader did not foresee is reported against the input, not thrown. */
    private void readStream(InputStream in, String name, SourceRef where, ArticleSink sink) {
        try {
            router.read(in, name, where, sink);
        } catch (IOException e) {
            sink.error(new ReadError(where, IoMessages.describe(e)));
        } catch (SinkFailure e) {
            throw e;
        } catch (StackOverflowError e) {
            // hostile markup can drive a parser too deep
            sink.error(new ReadError(where, "could not be read: nested too deeply"));
        } catch (RuntimeException e) {
            // a parser driven into a corner it never expected: the user gets no class names, the log does
            System.err.println("wirewatch: reading " + where.input() + " failed: " + e);
            sink.error(new ReadError(where, "could not be read: a reader failed on this input (a bug; please report it)"));
        }
    }

    /** Standard input belongs to the caller. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // deliberately left open
        }
    }
}
