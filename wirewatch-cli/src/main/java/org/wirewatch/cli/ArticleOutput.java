package org.wirewatch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.model.Article;

/**
 * Writes article records as JSONL (one per line) or as one JSON array. A file target is written
 * beside the destination and moved into place only when complete, so an interrupted run never
 * leaves a half-written file where a good one stood.
 */
final class ArticleOutput implements AutoCloseable {
    enum Format { jsonl, json }

    private final ArticleJson json = new ArticleJson();
    private final Format format;
    private final BufferedWriter out;
    private final Path destination;
    private final Path partial;
    private long written;

    private ArticleOutput(Format format, Writer writer, Path destination, Path partial) {
        this.format = format;
        this.out = new BufferedWriter(writer, 1 << 16);
        this.destination = destination;
        this.partial = partial;
    }

    static ArticleOutput toWriter(Format format, Writer writer) {
        return new ArticleOutput(format, writer, null, null);
    }

    static ArticleOutput toFile(Format format, Path destination) throws IOException {
        Path absolute = destination.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        return new ArticleOutput(format, Files.newBufferedWriter(partial, StandardCharsets.UTF_8), absolute, partial);
    }

    void write(Article article) {
        try {
            if (format == Format.jsonl) {
                out.write(json.toLine(article));
                out.write('\n');
            } else {
                out.write(written == 0 ? "[\n" : ",\n");
                out.write(json.toPrettyJson(article));
            }
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (format == Format.json) out.write(written == 0 ? "[]\n" : "\n]\n");
        out.flush();
        if (destination == null) return;
        out.close();
        Files.move(partial, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
