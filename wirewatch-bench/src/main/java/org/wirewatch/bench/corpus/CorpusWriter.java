package org.wirewatch.bench.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes generated articles as JSONL, gzip-compressed when the file name ends in ".gz": one line
 * per article in the analyze input format (id, title, lang, published, source, text) plus the
 * gold fields story, role and derived_from, which readers ignore and {@code eval stories} reads.
 */
public final class CorpusWriter implements AutoCloseable {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Writer out;
    private final boolean owned;
    private long written;

    private CorpusWriter(Writer out, boolean owned) {
        this.out = out;
        this.owned = owned;
    }

    public static CorpusWriter toFile(Path file) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) stream = new GZIPOutputStream(stream, 1 << 16);
        return new CorpusWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16), true);
    }

    /** Writes to a writer the caller owns: closing flushes it but leaves it open (standard output). */
    public static CorpusWriter toWriter(Writer writer) {
        return new CorpusWriter(writer, false);
    }

    public void write(GeneratedArticle a) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", a.id());
        line.put("title", a.title());
        line.put("lang", a.lang());
        line.put("published", a.published());
        line.put("source", a.source());
        line.put("story", a.story());
        line.put("role", a.role().label());
        line.put("derived_from", a.derivedFrom());
        line.put("text", a.text());
        try {
            out.write(mapper.writeValueAsString(line));
            out.write('\n');
            written++;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise generated article " + a.id(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated corpus", e);
        }
    }

    public long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        if (owned) out.close();
        else out.flush();
    }
}
