/**
 * Morphology of names in English, Russian and Ukrainian, from dictionaries on Maven Central read
 * directly with morfologik: LanguageTool's English and Russian dictionaries and VESUM for
 * Ukrainian (with its semantic tags).
 *
 * <p>{@link org.wirewatch.core.linguistics.morph.Morphologies} hands out one
 * {@link org.wirewatch.core.linguistics.morph.Morphology} per language: the dictionary
 * {@link org.wirewatch.core.linguistics.morph.Reading readings} of a word form with the
 * {@link org.wirewatch.core.linguistics.morph.NameClass kind of name} each is, whether a capitalised word is
 * also an ordinary word, and the base form of an inflected name (Блинкена → Блинкен,
 * Києві → Київ), also for names no dictionary knows. Everything else in the package is internal.
 */
package org.wirewatch.core.linguistics.morph;
