package org.wirewatch.core.extract.ner.sequence;

import java.util.Arrays;

/** A growable list of ints, so that features are not boxed. Not thread-safe. */
final class IntList {
    private int[] values;
    private int size;

    IntList(int capacity) {
        values = new int[capacity];
    }

    void add(int v) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    void addAll(int[] vs) {
        for (int v : vs) add(v);
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
