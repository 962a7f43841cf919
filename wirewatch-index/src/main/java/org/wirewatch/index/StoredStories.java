package org.wirewatch.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.story.Story;
import org.wirewatch.core.story.Redating;
import org.wirewatch.core.story.StoryClusterer;
import org.wirewatch.core.story.StoryStream;

/**
 * The story clusterer's state kept beside the index ({@code DATA/stories.json}), so articles
 * ingested today join the stories stored yesterday. The file is replaced atomically after each
 * index commit: after a crash it describes at most what was committed, never a half-written state.
 * One thread places articles at a time; the readers ({@link #resolve}, {@link #mergedIds}) may run
 * beside it (a server's story pages while posts are stored), so every method is synchronized.
 */
public final class StoredStories {
    static final String FILE = "stories.json";

    private final Path file;
    private final StoryClusterer clusterer;

    private StoredStories(Path file, StoryClusterer clusterer) {
        this.file = file;
        this.clusterer = clusterer;
    }

    /** The stories stored under {@code dataDir}, or a fresh clusterer when there are none yet. */
    public static StoredStories open(Path dataDir, LanguagePacks packs) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) return new StoredStories(file, new StoryClusterer(packs));
        try (InputStream in = Files.newInputStream(file)) {
            return new StoredStories(file, StoryClusterer.read(in, packs));
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read the story state " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The article placed as a {@link StoryStream} places it (with its story, the article it duplicates
     * or translates, and a day it inherits), and the undated articles placed before that now take its day.
     */
    public synchronized StoryStream.Placed place(Article article, Redating redating) {
        return new StoryStream(clusterer, redating).place(article);
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
        return Files.exists(dataDir.resolve(FILE));
    }

    /** Every stored story, closed and open (merged ones only under the id they survive as). */
    public synchronized List<Story> stories() {
        return clusterer.stories();
    }

    /** Writes the state to a temporary file and moves it over the old one in one step. */
    public synchronized void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            clusterer.write(out);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
