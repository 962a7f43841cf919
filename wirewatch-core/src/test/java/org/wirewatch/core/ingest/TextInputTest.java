package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.ingest.Fixtures.concat;
import static org.wirewatch.core.ingest.Fixtures.gzip;
import static org.wirewatch.core.ingest.Fixtures.utf8;
import static org.wirewatch.core.ingest.Fixtures.write;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Issue;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

class TextInputTest {
    private static final String STORY = "Council approves new bridge\n\nThe city council voted on Tuesday to fund a bridge.\n";

    @TempDir
    Path dir;

    @Test
    void textFileIsOneArticleWithIdFromFileNameAndExactText() {
        Path file = write(dir, "007_a1b2c3.txt", STORY);

        RawArticle a = CollectingSink.read(file).only();

        assertEquals("007_a1b2c3", a.id());
        assertEquals(STORY, a.text());
        assertFalse(a.markup());
        assertEquals(SourceRef.of(file.toString()), a.origin());
        assertNull(a.title());
        assertEquals(List.of(), a.issues());
    }

    @Test
    void directoryIsReadRecursivelyInSortedOrderSkippingHiddenEntries() {
        write(dir, "b/2.txt", "second file in b");
        write(dir, "a.txt", "top level file");
        write(dir, "b/1.txt", "first file in b");
        write(dir, "b/.draft.txt", "hidden file");
        write(dir, ".cache/x.txt", "inside a hidden directory");
        write(dir, "c/deeper/3.txt", "deep file");

        CollectingSink sink = CollectingSink.read(dir);

        assertEquals(List.of(), sink.errors);
        assertEquals(List.of("a", "1", "2", "3"), sink.ids());
        assertEquals(dir.resolve("c/deeper/3.txt").toString(), sink.articles.get(3).origin().input());
    }

    @Test
    void standardInputIsSniffedAndGetsContentHashId() {
        CollectingSink sink = CollectingSink.readStdin(utf8(STORY));

        RawArticle a = sink.only();
        assertEquals(STORY, a.text());
        assertEquals("-", a.origin().input());
        assertTrue(a.id().matches("[0-9a-f]{16}"), a.id());
        assertEquals(a.id(), CollectingSink.readStdin(utf8(STORY)).only().id(), "hash ids are stable");
    }

    @Test
    void gzippedTextIsUnwrappedAndKeepsItsStem() {
        Path file = write(dir, "note.txt.gz", gzip(STORY));

        RawArticle a = CollectingSink.read(file).only();

        assertEquals("note", a.id());
        assertEquals(STORY, a.text());
    }

    @Test
    void invalidUtf8IsKeptWithReplacementAndAnIssueGivingTheOffset() {
        byte[] bytes = concat(utf8("Price: 5 "), new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8(" euros today"));
        Path file = write(dir, "broken.txt", bytes);

        RawArticle a = CollectingSink.read(file).only();

        assertTrue(a.text().startsWith("Price: 5 \uFFFD"), a.text());
        assertTrue(a.text().endsWith(" euros today"));
        assertEquals(1, a.issues().size());
        Issue issue = a.issues().get(0);
        assertEquals(Issue.INVALID_UTF8, issue.code());
        assertTrue(issue.message().contains("first invalid byte at offset 9"), issue.message());
    }

    @Test
    void binaryFileIsReportedAndSkipped() {
        byte[] bytes = new byte[300];
        Arrays.fill(bytes, (byte) 'a');
        bytes[120] = 0;
        Path file = write(dir, "photo.txt", bytes);

        CollectingSink sink = CollectingSink.read(file);

        assertEquals(List.of(), sink.articles);
        sink.onlyError(file.toString(), "binary content");
    }

    @Test
    void manyControlCharactersCountAsBinary() {
        byte[] bytes = utf8("ab\u0001\u0002cd\u0003\u0004ef\u0005\u0006gh\u0007\u0008");
        Path file = write(dir, "odd.dat", bytes);

        CollectingSink.read(file).onlyError(file.toString(), "binary content");
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreReportedAsEmpty() {
        Path empty = write(dir, "empty.txt", "");
        Path blank = write(dir, "blank.txt", " \n\t\r\n  ");

        CollectingSink sink = CollectingSink.read(empty, blank);

        assertEquals(List.of(), sink.articles);
        assertEquals(2, sink.errors.size());
        assertEquals(new ReadError(SourceRef.of(empty.toString()), "empty"), sink.errors.get(0));
        assertEquals(new ReadError(SourceRef.of(blank.toString()), "empty"), sink.errors.get(1));
    }

    @Test
    void documentOverTheLimitIsReportedNamingTheLimitAndOthersStillRead() {
        Path big = write(dir, "big.txt", "x".repeat(2_000));
        Path small = write(dir, "small.txt", "short text");

        CollectingSink sink = CollectingSink.read(InputLimits.defaults().withMaxDocumentBytes(1_000), big, small);

        assertEquals(List.of("small"), sink.ids());
        sink.onlyError(big.toString(), "larger than the document limit, --max-mb (1000 bytes)");
    }

    @Test
    void missingAndInvalidPathsAreErrorsNotExceptions() {
        Path missing = dir.resolve("no-such-file.txt");
        CollectingSink sink = CollectingSink.read(InputLimits.defaults(),
                List.of(missing.toString(), "bad\0name", write(dir, "ok.txt", "fine").toString()), null);

        assertEquals(List.of("ok"), sink.ids());
        assertEquals(2, sink.errors.size());
        assertEquals(missing.toString(), sink.errors.get(0).where().input());
        assertEquals("no such file or directory", sink.errors.get(0).message());
        assertTrue(sink.errors.get(1).message().startsWith("not a valid path"), sink.errors.get(1).message());
    }

    @Test
    void dashWithoutStandardInputIsAnError() {
        CollectingSink sink = CollectingSink.read(InputLimits.defaults(), List.of("-"), null);

        sink.onlyError("-", "standard input is not available");
    }

    @Test
    void standardInputIsNotClosed() {
        var stdin = new ByteArrayInputStream(utf8(STORY)) {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        new ArticleInputs(InputLimits.defaults()).read(List.of("-"), stdin, new CollectingSink());
        assertFalse(stdin.closed);
    }

    @Test
    void exceptionsFromTheSinkReachTheCallerUnchanged() {
        Path file = write(dir, "a.txt", STORY);
        IllegalStateException stop = new IllegalStateException("downstream full");
        ArticleSink failing = new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                throw stop;
            }

            @Override
            public void error(ReadError error) {}
        };

        var thrown = assertThrows(IllegalStateException.class,
                () -> new ArticleInputs(InputLimits.defaults()).read(List.of(file.toString()), null, failing));
        assertSame(stop, thrown);
    }
}
