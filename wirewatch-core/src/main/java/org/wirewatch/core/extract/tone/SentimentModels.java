package org.wirewatch.core.extract.tone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the entity-sentiment step gets a trained classifier for a language: the models on the
 * class path ({@code org/wirewatch/models/sentiment/<lang>.model}, in the {@code wirewatch-models}
 * jar), each read once on first use, or none ({@code --sentiment rules}), or given ones (training
 * and cross-validation). Empty for a language means {@link TargetRules} decide. Thread-safe.
 */
public final class SentimentModels {
    private static final String FOLDER = "org/wirewatch/models/sentiment/";

    private final boolean bundled;
    private final Map<String, Optional<SentimentModel>> loaded = new ConcurrentHashMap<>();

    private SentimentModels(boolean bundled, Map<String, SentimentModel> given) {
        this.bundled = bundled;
        given.forEach((lang, model) -> loaded.put(lang, Optional.of(model)));
    }

    /** No models: the rules everywhere. */
    public static SentimentModels none() {
        return new SentimentModels(false, Map.of());
    }

    /** The models installed on the class path. */
    public static SentimentModels bundled() {
        return new SentimentModels(true, Map.of());
    }

    /** Exactly these models, by language code. */
    public static SentimentModels of(Map<String, SentimentModel> models) {
        return new SentimentModels(false, models);
    }

    /** Whether a trained model serves the language. */
    public boolean has(String lang) {
        return forLanguage(lang).isPresent();
    }

    Optional<SentimentModel> forLanguage(String lang) {
        if (lang == null) return Optional.empty();
        if (!bundled) return loaded.getOrDefault(lang, Optional.empty());
        return loaded.computeIfAbsent(lang, SentimentModels::load);
    }

    private static Optional<SentimentModel> load(String lang) {
        String name = FOLDER + lang + ".model";
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) loader = SentimentModels.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(SentimentModel.read(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled sentiment model " + name, e);
        }
    }
}
