package org.wirewatch.core.linguistics.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * A morfologik dictionary bundled on the classpath ({@code .dict} with its {@code .info} beside
 * it), read on the first lookup and then shared.
 *
 * <p>Read lazily because each costs 25–60 ms and 1–3.5 MB of heap, which a CLI printing
 * {@code --help} must not pay. The automaton is immutable and shared between threads; the
 * {@link DictionaryLookup} that walks it reuses internal buffers and is not thread-safe, so each
 * thread gets its own (cheap: a few small buffers).
 *
 * <p>Thread-safe.
 */
public final class MorfologikDictionary {
    private final String resource;
    private final Object lock = new Object();
    private final AtomicInteger loads = new AtomicInteger();
    private final ThreadLocal<DictionaryLookup> lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary()));
    private volatile Dictionary dictionary;

    /** @param resource absolute classpath name of the {@code .dict} file */
    public MorfologikDictionary(String resource) {
        this.resource = resource;
    }

    /** The entries stored for exactly this form (case-sensitive); empty if none or not encodable. */
    public List<DictionaryEntry> lookup(String form) {
        List<WordData> found = lookups.get().lookup(form);
        if (found.isEmpty()) return List.of();
        // WordData is a view into the lookup's buffers, valid only until its next call: copy out.
        List<DictionaryEntry> entries = new ArrayList<>(found.size());
        for (WordData w : found) {
            CharSequence tag = w.getTag();
            entries.add(new DictionaryEntry(w.getStem().toString(), tag == null ? "" : tag.toString()));
        }
        return entries;
    }

    /** Every (form, entry) the dictionary holds, in its stored order; for training, not for lookups. */
    public void forEach(BiConsumer<String, DictionaryEntry> visitor) {
        for (WordData w : new DictionaryLookup(dictionary())) {
            CharSequence tag = w.getTag();
            visitor.accept(w.getWord().toString(), new DictionaryEntry(w.getStem().toString(), tag == null ? "" : tag.toString()));
        }
    }

    public boolean isLoaded() {
        return dictionary != null;
    }

    /** How many times the dictionary was read: 0 before first use, 1 after. */
    public int loads() {
        return loads.get();
    }

    private Dictionary dictionary() {
        Dictionary d = dictionary;
        if (d != null) return d;
        // Per-instance lazy state, so double-checked locking on a volatile field (as in LinguaModel).
        synchronized (lock) {
            if (dictionary == null) dictionary = read();
            return dictionary;
        }
    }

    private Dictionary read() {
        URL url = MorfologikDictionary.class.getResource(resource);
        // The dictionaries come with declared dependencies, so a missing one is a broken build.
        if (url == null) throw new IllegalStateException("dictionary missing from the classpath: " + resource);
        try {
            loads.incrementAndGet();
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + resource, e);
        }
    }
}
