/**
 * Tone and entity sentiment: how an article, each segment and each sentence read (GDELT V1.5TONE
 * style, per 100 words, with the words that carried it), and how each entity mention's sentence
 * portrays it. {@link org.wirewatch.core.extract.tone.ToneAnalyzer} is the front door; each
 * language's words live in its pack's {@code tone.lex} ({@link org.wirewatch.core.extract.tone.ToneLexiconFile}),
 * or come from English's through the word bridge ({@link org.wirewatch.core.extract.tone.BridgedValences});
 * the rules (negation, boosters, contrast, capitals, exclamation marks) are VADER's, written here
 * for every language; trained target-sentiment models, where installed, come from
 * {@link org.wirewatch.core.extract.tone.SentimentModels}.
 */
package org.wirewatch.core.extract.tone;
