package org.wirewatch.core.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers that depend on their key alone, remembered for the first {@code capacity} keys. The
 * pipeline asks the same questions about the same word forms, names and tags in every article,
 * while news brings new forms every day: remembering only the first keys met keeps memory bounded
 * on an endless stream, and the frequent forms are met first. Values must be immutable and not
 * null. Thread-safe; two threads may work out the same answer once each.
 */
public final class BoundedMemo<K, V> {
    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final int capacity;

    /** {@code capacity} > 0: how many keys are remembered at most. */
    public BoundedMemo(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException("capacity must be positive: " + capacity);
        this.capacity = capacity;
    }

    /** The remembered answer for {@code key}, or {@code workOut}'s, remembered while there is room. */
    public V get(K key, Function<? super K, ? extends V> workOut) {
        V answer = known.get(key);
        if (answer != null) return answer;
        answer = workOut.apply(key);
        if (known.size() < capacity) known.putIfAbsent(key, answer);
        return answer;
    }
}
