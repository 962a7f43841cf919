package org.wirewatch.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.story.Story;
import org.wirewatch.core.story.Redating;
import org.wirewatch.core.story.StoryClusterer;
import org.wirewatch.core.story.StoryStream;

/**
 * The story clusterer's state kept beside the index ({@code DATA/stories.json}), so articles
 * ingested today join the stories stored yesterday. It is kept consistent with the index across a
 * crash by numbering each saved state and naming its number in the index commit it belongs to
 * ({@link ArticleStore} does the three steps in this order at each commit): {@link #prepare} writes state
 * {@code n} to {@code stories.json.n} (temporary file, fsync, atomic rename) before the index
 * commit; the commit records {@code stories=n}; {@link #committed} then moves
 * {@code stories.json.n} over {@code stories.json}. {@link #open} reads {@code stories.json.n} for
 * the {@code n} the last index commit names when that file is still there (a crash after the
 * commit, before the move), else {@code stories.json}; a state prepared for a commit that never
 * happened is ignored. So the state read always describes exactly the committed articles.
 * One thread places articles at a time; the readers ({@link #resolve}, {@link #mergedIds}) may run
 * beside it (a server's story pages while posts are stored), so every method is synchronized.
 */
public final class StoredStories {
    static final String FILE = "stories.json";
    /** The key of the index commit's user data naming the story state saved with it. */
    public static final String COMMIT_KEY = "stories";

    private final Path file;
    private final StoryClusterer clusterer;
    /** The number of the state the last index commit names (0: none named yet). */
    private long version;

    private StoredStories(Path file, StoryClusterer clusterer, long version) {
        this.file = file;
        this.clusterer = clusterer;
        this.version = version;
    }

    /** The stories stored under {@code dataDir} as of the index's last commit, or a fresh clusterer when there are none yet. */
    public static StoredStories open(Path dataDir, LanguagePacks packs) throws IOException {
        return open(dataDir, packs, committedVersion(dataDir.resolve("index")));
    }

    /**
     * The stories under {@code dataDir} as of the commit of a store that keeps no Lucene commit
     * data here (a Solr collection): {@code committedVersion} is the state number its last commit
     * named under {@link #COMMIT_KEY} (0 for none).
     */
    public static StoredStories open(Path dataDir, LanguagePacks packs, long committedVersion) throws IOException {
        Path file = dataDir.resolve(FILE);
        long version = committedVersion;
        Path pending = pending(file, version);
        StoryClusterer read = version > 0 ? read(pending, packs) : null;
        if (read == null) read = read(file, packs);
        return new StoredStories(file, read != null ? read : new StoryClusterer(packs), version);
    }

    /** The state in {@code file}, or null when there is no such file. */
    private static StoryClusterer read(Path file, LanguagePacks packs) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return StoryClusterer.read(in, packs);
        } catch (NoSuchFileException e) {
            return null; // never written, or (pending) already moved over stories.json by the writer
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read the story state " + file + ": " + e.getMessage(), e);
        }
    }

    /** The story state number the index's last commit names; 0 without an index or a named state. */
    private static long committedVersion(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) return 0;
        try (Directory dir = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) return 0;
            String named = SegmentInfos.readLatestCommit(dir).getUserData().get(COMMIT_KEY);
            return named == null ? 0 : Long.parseLong(named);
        } catch (NumberFormatException e) {
            throw new IOException("the index in " + indexDir + " names no valid story state: " + e.getMessage(), e);
        }
    }

    private static Path pending(Path file, long version) {
        return file.resolveSibling(FILE + "." + version);
    }

    /**
     * The article placed as a {@link StoryStream} places it (with its story, the article it duplicates
     * or translates, and a day it inherits), and the undated articles placed before that now take its day.
     */
    public synchronized StoryStream.Placed place(Article article, Redating redating) {
        return place(article, null, redating);
    }

    /** {@link #place(Article, Redating)}, reading the article's words from {@code text}, what the pipeline cut (null: cut again). */
    public synchronized StoryStream.Placed place(Article article, AnalysedText text, Redating redating) {
        return new StoryStream(clusterer, redating).place(article, text);
    }

    /** The surviving id of a story that may since have been merged into another. */
    public synchronized String resolve(String storyId) {
        return clusterer.resolve(storyId);
    }

    /**
     * The ids of the stories merged, since, into the story {@code storyId} goes by now: articles
     * stored before a merge still carry these ids. Empty for an unknown id.
     */
    public synchronized List<String> mergedIds(String storyId) {
        return clusterer.story(storyId).map(Story::mergedIds).orElse(List.of());
    }

    /** Whether ingest has stored stories under {@code dataDir}. */
    public static boolean exist(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) return true;
        try {
            long version = committedVersion(dataDir.resolve("index"));
            return version > 0 && Files.exists(pending(file, version)); // committed, not yet moved (a crash)
        } catch (IOException e) {
            return false;
        }
    }

    /** Every stored story, closed and open (merged ones only under the id they survive as). */
    public synchronized List<Story> stories() {
        return clusterer.stories();
    }

    /**
     * Writes the state, durably, as the next numbered state (step 1 of a commit); returns its
     * number, for the index commit to name.
     */
    public synchronized long prepare() throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        long next = version + 1;
        Path temporary = file.resolveSibling(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            clusterer.write(out);
        }
        IOUtils.fsync(temporary, false);
        Files.move(temporary, pending(file, next), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        IOUtils.fsync(dir, true);
        return next;
    }

    /**
     * After the index commit that names state {@code n} returned (step 3): moves it over
     * {@code stories.json} and drops states prepared for commits that never happened.
     */
    public synchronized void committed(long n) throws IOException {
        Path dir = file.getParent();
        Files.move(pending(file, n), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        IOUtils.fsync(dir, true);
        version = n;
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, FILE + ".[0-9]*")) {
            for (Path p : stale) Files.deleteIfExists(p);
        }
    }
}
