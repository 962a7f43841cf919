/**
 * Tokens and sentences with exact offsets (Java String indices into the article text, end
 * exclusive).
 *
 * <p>{@link org.wirewatch.core.linguistics.text.TextSplitter} is the front door: {@code sentences(text, lang)}
 * or {@code sentences(text, start, end, lang)} for a segment. Every line break ends a sentence;
 * within a line the {@link org.wirewatch.core.linguistics.text.Tokenizer} cuts tokens by script (the same
 * for every language) and one {@link org.wirewatch.core.linguistics.text.SentenceRules} per language
 * (English, Russian, Ukrainian, each backed by a language pack's {@code sentences.cues} file) says which
 * full stops belong to abbreviations. {@link org.wirewatch.core.linguistics.text.Token} and
 * {@link org.wirewatch.core.linguistics.text.Sentence} are immutable records; every class here is
 * thread-safe. Adding a language means adding a {@code SentenceRules} and its file.
 */
package org.wirewatch.core.linguistics.text;
