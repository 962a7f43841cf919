package org.wirewatch.core.extract.ner.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The name-type model shipped in the core jar ({@value #RESOURCE}, trained by
 * {@code wirewatch train names}), read on first use (~0.1 s, ~2 MB of heap) and shared. The
 * holder idiom makes the read lazy and thread-safe without locks on later calls.
 */
public final class BundledNameTypeModel {
    public static final String RESOURCE = "/org/wirewatch/core/extract/ner/names.model";

    private BundledNameTypeModel() {}

    private static final class Holder {
        static final NameTypeModel MODEL = read();
    }

    public static NameTypeModel get() {
        return Holder.MODEL;
    }

    private static NameTypeModel read() {
        try (InputStream in = BundledNameTypeModel.class.getResourceAsStream(RESOURCE)) {
            // Shipped with the code, so a missing model is a broken build, not bad input.
            if (in == null) throw new IllegalStateException("name-type model missing from the classpath: " + RESOURCE);
            return NameTypeModel.read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
