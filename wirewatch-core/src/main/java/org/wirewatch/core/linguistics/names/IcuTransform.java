package org.wirewatch.core.linguistics.names;

import com.ibm.icu.text.Transliterator;

/**
 * An ICU transliterator built on first use and then shared. Built lazily because the first one
 * a JVM builds costs ~0.6 s (ICU reads its rule data); later ones a few milliseconds.
 * ICU transliterators are thread-safe (they synchronise internally on their rule data).
 */
public final class IcuTransform {
    private final String id;
    private final Object lock = new Object();
    private volatile Transliterator transliterator;

    public IcuTransform(String id) {
        this.id = id;
    }

    public String apply(String text) {
        return transliterator().transliterate(text);
    }

    private Transliterator transliterator() {
        Transliterator t = transliterator;
        if (t != null) return t;
        synchronized (lock) {
            if (transliterator == null) transliterator = Transliterator.getInstance(id);
            return transliterator;
        }
    }
}
