package org.wirewatch.core.linguistics.morph;

/** One raw line of a morfologik dictionary: a lemma exactly as stored and its tag. */
public record DictionaryEntry(String lemma, String tag) {}
