package org.wirewatch.core.linguistics.names;

/**
 * How names written in one language are put into the Latin alphabet. One implementation per
 * language whose script is not Latin (or whose Cyrillic needs its own table); every other
 * language keeps Latin as it is.
 */
public interface Romanizer {

    /** The ISO 639-1 code, or "*" for the default. */
    String language();

    /** The name in Latin letters, diacritics and BGN's prime marks kept (Зеленський → Zelensʹkyy). */
    String latin(String name);

    /**
     * The Latin spelling {@link NameKeys#key} folds: {@link #latin} unless the language spells
     * some sound of foreign names in a way its table cannot know (Russian Лэмми for Lammy).
     */
    default String forKey(String name) {
        return latin(name);
    }
}
