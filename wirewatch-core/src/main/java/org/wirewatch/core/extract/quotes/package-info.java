/**
 * Quotes with speakers: {@link org.wirewatch.core.extract.quotes.QuoteExtractor} finds direct quotes and
 * reported speech in a cleaned text and links each to the entity mentions of its speaker.
 *
 * <p>How a passage is attributed, in order: a cue after the closing mark in the same sentence
 * ("…," Stoltenberg emphasized), else a cue earlier in the sentence (Rutte said "…", По его словам,
 * "…"), else the attribution of the quote right before it when only marks separate them (split quotes
 * and quotes continued in the next paragraph). A quote with no cue at all (scare quotes, headlines)
 * is not reported. The speaker is the name next to the verb, a pronoun resolved to the person last
 * speaking or last named as a subject, or an office held by a person named earlier; otherwise null.
 *
 * <p>Per-language words (speech verbs, pronouns, "that"/"что"/"що", "according to", offices) live in
 * {@code quotes.cues} of a language pack resource files behind {@link org.wirewatch.core.extract.quotes.QuoteCues}; adding a
 * language means adding a file and a class, not a branch.
 */
package org.wirewatch.core.extract.quotes;
