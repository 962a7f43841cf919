package org.wirewatch.core.extract.ner.sequence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.linguistics.morph.Morphologies;

/**
 * The trained models found on the class path as {@code org/wirewatch/models/ner/<lang>.model}.
 * The core does not depend on the module that ships them: without it every language falls back
 * to the rules. Each model is read once, on the first article of its language, and then shared by
 * all threads; the tagger extracts its gazetteer features from the built-in knowledge base, as in
 * training, whatever base the recogniser links against.
 */
public final class BundledSequenceModels implements TaggerSource {
    private static final String FOLDER = "org/wirewatch/models/ner/";

    private final Morphologies morphologies;
    private final ClassLoader loader;
    private final ConcurrentMap<String, Optional<SequenceTagger>> taggers = new ConcurrentHashMap<>();

    public BundledSequenceModels(Morphologies morphologies) {
        this(morphologies, BundledSequenceModels.class.getClassLoader());
    }

    BundledSequenceModels(Morphologies morphologies, ClassLoader loader) {
        this.morphologies = morphologies;
        this.loader = loader;
    }

    /** The class-path resource of a language's model. */
    public static String resource(String lang) {
        return FOLDER + lang.toLowerCase(Locale.ROOT) + ".model";
    }

    /** Whether a model for the language is on the class path (without reading it). */
    public boolean has(String lang) {
        return lang != null && loader.getResource(resource(lang)) != null;
    }

    @Override
    public Optional<SequenceTagger> forLanguage(String lang) {
        if (lang == null) return Optional.empty();
        return taggers.computeIfAbsent(lang.toLowerCase(Locale.ROOT), this::load);
    }

    private Optional<SequenceTagger> load(String lang) {
        String name = resource(lang);
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) return Optional.empty();
            SequenceModel model = SequenceModel.read(in, name);
            return Optional.of(new SequenceTagger(model, morphologies.forLanguage(lang).orElse(null), KnowledgeBases.builtIn()));
        } catch (IOException e) {
            // Shipped with the code, so an unreadable model is a broken build, not bad input.
            throw new UncheckedIOException("cannot read the NER model " + name, e);
        }
    }
}
