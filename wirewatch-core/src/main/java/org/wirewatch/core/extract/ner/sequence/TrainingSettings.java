package org.wirewatch.core.extract.ner.sequence;

/**
 * How a sequence model is trained.
 *
 * @param epochs passes over the training documents
 * @param seed   seed of the shuffle of documents before each pass (the only randomness)
 * @param bits   log2 of the number of feature buckets; 2^bits × 13 weights
 * @param groups the optional feature groups
 * @param dropLowerCase leave out gold spans starting in lower case (the NEREL conventions, see {@link Alignment})
 * @param splitPlaces   split an organisation ending in a place name into ORG + LOC (FactRuEval's convention)
 */
public record TrainingSettings(int epochs, long seed, int bits, FeatureGroups groups, boolean dropLowerCase, boolean splitPlaces) {
    public static final int DEFAULT_EPOCHS = 15;
    public static final long DEFAULT_SEED = 14;
    public static final int DEFAULT_BITS = 18;

    public TrainingSettings {
        if (epochs < 1) throw new IllegalArgumentException("epochs must be >= 1");
        if (bits < 10 || bits > 24) throw new IllegalArgumentException("bits must be in [10, 24]");
    }
}
