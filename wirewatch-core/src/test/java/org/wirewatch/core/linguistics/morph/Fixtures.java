package org.wirewatch.core.linguistics.morph;

import org.wirewatch.core.lang.LanguagePacks;

/**
 * One registry shared by the tests of this package: each dictionary is then read once per test
 * JVM. Tests of loading build their own.
 */
final class Fixtures {
    private Fixtures() {}

    static final Morphologies MORPHOLOGIES = LanguagePacks.discover().morphologies();

    static Morphology ru() {
        return MORPHOLOGIES.forLanguage("ru").orElseThrow();
    }

    static Morphology uk() {
        return MORPHOLOGIES.forLanguage("uk").orElseThrow();
    }

    static Morphology en() {
        return MORPHOLOGIES.forLanguage("en").orElseThrow();
    }
}
