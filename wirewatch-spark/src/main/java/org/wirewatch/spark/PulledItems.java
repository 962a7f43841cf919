package org.wirewatch.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns a reader that pushes (core's readers call a sink) into an iterator Spark can pull, through a
 * small bounded queue filled by a reader thread: a task holds at most {@link #CAPACITY} raw
 * articles however large its input file is. {@link #close} stops the reader thread when a task
 * ends early (cancelled, or failed downstream).
 */
final class PulledItems implements Iterator<ReadItem>, AutoCloseable {
    static final int CAPACITY = 64;

    /** Thrown inside the reader thread to unwind the readers when the consumer has gone. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("reading stopped", null, false, false);
        }
    }

    private static final ReadItem END = ReadItem.problem("<end>", null, "<end>");

    private final BlockingQueue<ReadItem> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread reader;
    private ReadItem next;

    /** Starts {@code read} on a daemon thread; it hands each item to the consumer it is given. */
    PulledItems(String name, Consumer<Consumer<ReadItem>> read) {
        reader = new Thread(() -> {
            try {
                read.accept(this::put);
                put(END);
            } catch (Stopped e) {
                // the consumer has gone; nobody waits for the end
            } catch (RuntimeException | Error e) {
                // never leave the consumer waiting for an end that does not come
                put(ReadItem.problem(name, null, "could not be read: " + e));
                put(END);
            }
        }, "wirewatch-read " + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void put(ReadItem item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while reading", e);
            }
        }
        return next != END;
    }

    @Override
    public ReadItem next() {
        if (!hasNext()) throw new NoSuchElementException();
        ReadItem item = next;
        next = null;
        return item;
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
