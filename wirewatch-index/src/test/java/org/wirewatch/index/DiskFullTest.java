package org.wirewatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;

/**
 * The disk fills up in the middle of an ingest (simulated at the directory layer: every write past
 * a byte budget fails as a full disk does). Ingest stops with the file system's message, and the
 * index still opens, holding every article whose commit was reported.
 */
class DiskFullTest {
    private static final KnowledgeBase KB = KnowledgeBases.builtIn();
    private static final int BATCH = 10;

    @Test
    void a_full_disk_stops_ingest_with_a_clear_message_and_the_index_stays_readable(@TempDir Path data) throws IOException {
        for (long budget : List.of(20_000L, 60_000L, 150_000L)) {
            Path dir = Files.createDirectories(data.resolve("budget-" + budget));
            Path at = Files.createDirectories(dir.resolve("index"));
            long committed = 0;
            IOException full = null;
            WirewatchIndex index = WirewatchIndex.open(new FullDisk(FSDirectory.open(at), budget), at, KB);
            try {
                for (int n = 0; n < 10_000 && full == null; n++) {
                    index.add(article(n));
                    if ((n + 1) % BATCH == 0) committed = index.commit();
                }
            } catch (IOException e) {
                full = e;
            } finally {
                try {
                    index.close();
                } catch (IOException | RuntimeException afterFull) {
                    // closing after a failed write may fail again; the index on disk is what counts
                }
            }
            assertNotNull(full, "the budget of " + budget + " bytes was never reached");
            assertTrue(messages(full).contains("No space left on device"), "the file system's reason reaches the user: " + messages(full));

            try (WirewatchIndex reopened = WirewatchIndex.open(dir, KB)) {
                assertTrue(reopened.size() >= committed, budget + ": " + reopened.size() + " readable, " + committed + " reported committed");
                for (int n = 0; n < committed; n++) assertTrue(reopened.get(id(n)).isPresent(), budget + ": lost " + id(n));
                assertEquals(reopened.size(), reopened.search(SearchRequest.all().withEntity("Sybiha")).total());
            }
        }
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) all.append(t.getMessage()).append(" | ");
        return all.toString();
    }

    private static String id(int n) {
        return "full-" + n;
    }

    private static Article article(int n) {
        String text = "Report " + n + ": Sybiha met ministers in Vienna about shipping lane " + n + " and the grain corridor.";
        return Article.builder(id(n), text).lang("en").title("Report " + n).source("Disk Wire").published("2025-03-14")
                .entities(List.of(new Mention(text.indexOf("Sybiha"), text.indexOf("Sybiha") + 6, "Sybiha", "PER", "ww:sybiha", "Andrii Sybiha")))
                .build();
    }

    /** A directory on a disk with {@code budget} bytes free. */
    private static final class FullDisk extends FilterDirectory {
        private final AtomicLong free;

        FullDisk(Directory in, long budget) {
            super(in);
            this.free = new AtomicLong(budget);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return new Limited(super.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            return new Limited(super.createTempOutput(prefix, suffix, context));
        }

        private final class Limited extends IndexOutput {
            private final IndexOutput out;

            Limited(IndexOutput out) {
                super("limited(" + out + ")", out.getName());
                this.out = out;
            }

            private void use(long n) throws IOException {
                if (free.addAndGet(-n) < 0) throw new IOException("No space left on device");
            }

            @Override
            public void writeByte(byte b) throws IOException {
                use(1);
                out.writeByte(b);
            }

            @Override
            public void writeBytes(byte[] b, int offset, int length) throws IOException {
                use(length);
                out.writeBytes(b, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }

            @Override
            public long getFilePointer() {
                return out.getFilePointer();
            }

            @Override
            public long getChecksum() throws IOException {
                return out.getChecksum();
            }
        }
    }
}
