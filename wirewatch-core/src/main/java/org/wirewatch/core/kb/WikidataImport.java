package org.wirewatch.core.kb;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.wirewatch.core.model.Check;

/**
 * Imports a Wikidata JSON dump into a data directory, where {@link KnowledgeBases#withImported}
 * finds it. The dump may be plain, gzip ({@code latest-all.json.gz}) or bzip2
 * ({@code latest-all.json.bz2}), recognised by its first bytes; it is streamed, never held in
 * memory. The previous import is replaced only when the new one is complete.
 */
public final class WikidataImport {
    private WikidataImport() {}

    public static ImportSummary run(Path dump, Path dataDir, ImportSettings settings, ImportListener listener)
            throws IOException {
        Check.notNullParam(dump, "dump");
        Check.notNullParam(dataDir, "dataDir");
        Check.notNullParam(settings, "settings");
        Check.notNullParam(listener, "listener");
        WikidataDumpReader reader = new WikidataDumpReader(settings, WikidataClasses.bundled());
        try (BufferedReader in = open(dump); ImportedStore.Writing out = ImportedStore.write(dataDir)) {
            ImportSummary summary = reader.read(in, dump.toString(), out::write, listener);
            out.commit();
            return summary;
        }
    }

    /** Where the import is stored under a data directory. */
    public static Path storedFile(Path dataDir) {
        return ImportedStore.file(dataDir);
    }

    private static BufferedReader open(Path dump) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(dump), 1 << 16);
        try {
            raw.mark(4);
            byte[] head = raw.readNBytes(3);
            raw.reset();
            InputStream in = raw;
            if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                in = new GZIPInputStream(raw, 1 << 16);   // reads every member of a multi-member file
            } else if (head.length == 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
                in = new BZip2CompressorInputStream(raw, true);   // the dumps are multi-stream
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 20);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }
}
