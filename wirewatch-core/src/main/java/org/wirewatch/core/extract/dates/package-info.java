/**
 * Temporal expressions: found in English, Russian and Ukrainian text with exact offsets and
 * normalised to ISO-8601 at the precision the text gives.
 *
 * <p>{@link org.wirewatch.core.extract.dates.DateExtractor} is the front door: {@code extract(text, lang,
 * anchor)} and {@code inferPublished(text, lang)}. Inside, {@code Words} cuts the text into
 * letter runs, digit runs and marks (numbering sentences), {@code Scanner} matches expressions
 * with one {@code DateGrammar} per language (each backed by a language pack's {@code dates.cues} word
 * file, parsed once and shared), {@code Tense} reads the cue word nearest each expression, and
 * {@code Resolver} turns an expression into a value against the anchor. Adding a language means
 * adding a grammar class and its file. Every class is immutable or confined to one call.
 */
package org.wirewatch.core.extract.dates;
