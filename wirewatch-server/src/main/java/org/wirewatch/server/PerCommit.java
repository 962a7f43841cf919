package org.wirewatch.server;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.index.ArticleIndex;

/**
 * Figures counted over the stored articles (a trend, a total), kept by the commit they were counted
 * on and a key (the filter): asked again before the next commit lands, they are not counted again.
 * Thread-safe; two requests arriving together may both count, and give the same answer.
 *
 * @param <K> what a figure is counted for (a filter)
 * @param <V> the figure
 */
final class PerCommit<K, V> {
    /** How the figure is counted when it is not kept. */
    @FunctionalInterface
    interface Count<K, V> {
        V of(K key) throws IOException;
    }

    /** Figures kept at most (older commits' included); past it all are dropped and counted again as asked. */
    private static final int KEPT = 256;

    private record Key<K>(long version, K key) {}

    private final ArticleIndex index;
    private final Count<K, V> count;
    private final Map<Key<K>, V> kept = new ConcurrentHashMap<>();

    PerCommit(ArticleIndex index, Count<K, V> count) {
        this.index = index;
        this.count = count;
    }

    V get(K key) throws IOException {
        Key<K> at = new Key<>(index.version(), key);
        V figure = kept.get(at);
        if (figure != null) return figure;
        figure = count.of(key);
        if (kept.size() >= KEPT) kept.clear();
        kept.put(at, figure);
        return figure;
    }
}
