package org.wirewatch.core.extract.ner.learn;

/**
 * One training or test example.
 *
 * @param word   the word as it would be written in text, capitalised
 * @param kind   what it names
 * @param group  the entry it comes from (language and base form): all forms and spellings of one
 *               entry land on the same side of a train/test split
 * @param source where the label comes from ("uk-dict", "ru-dict", "kb", "cldr", "en-dict", with
 *               "+latin" for a transliteration)
 */
public record LabelledWord(String word, NameKind kind, String group, String source) {}
