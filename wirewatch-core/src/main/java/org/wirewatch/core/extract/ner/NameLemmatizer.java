package org.wirewatch.core.extract.ner;

import java.util.StringJoiner;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.NameClass;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.text.Token;

/** The base form of a multi-word name, word by word, guided by the dictionary's name tags. Thread-safe. */
final class NameLemmatizer {
    private final Morphology morphology;

    /** @param morphology the language's morphology, or null where there is none (names stay as written) */
    NameLemmatizer(Morphology morphology) {
        this.morphology = morphology;
    }

    /** Names written with lower-case words ("Служба безпеки України") are phrases: declining them word by word would garble them. */
    String lemma(Candidate c) {
        StringJoiner joined = new StringJoiner(" ");
        if (hasLowerCaseWord(c)) {
            for (int i = 0; i < c.size(); i++) joined.add(c.token(i).text());
            return joined.toString();
        }
        for (int i = 0; i < c.size(); i++) joined.add(wordLemma(c.token(i).text(), i == c.size() - 1));
        return joined.toString();
    }

    private static boolean hasLowerCaseWord(Candidate c) {
        for (int i = 0; i < c.size(); i++) if (c.token(i).isWord() && c.token(i).lowerInitial()) return true;
        return false;
    }

    String wordLemma(String word, boolean last) {
        if (morphology == null) return word;
        return morphology.nameLemma(word, hint(word, last));
    }

    /** Every base form the dictionary gives a word, capitalised as a name: "Вене" → Вена, Веня. */
    java.util.Set<String> dictionaryLemmas(String word) {
        java.util.Set<String> lemmas = new java.util.LinkedHashSet<>();
        if (morphology == null) return lemmas;
        for (Reading r : morphology.readings(word)) {
            String l = r.lemma();
            if (!l.isEmpty()) lemmas.add(l.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + l.substring(1));
        }
        return lemmas;
    }

    NameClass nameClass(Token token) {
        if (morphology == null) return null;
        for (Reading r : morphology.readings(token.text())) if (r.nameClass() != null) return r.nameClass();
        return null;
    }

    boolean isOnlyNominal(String word) {
        return morphology != null && morphology.isOnlyNominal(word);
    }

    boolean isCommonWord(String word) {
        return morphology != null && morphology.isCommonWord(word);
    }

    private NameClass hint(String word, boolean last) {
        for (Reading r : morphology.readings(word)) if (r.nameClass() != null) return r.nameClass();
        // An unknown last word of a name is most often a surname; the rules decline it as one.
        return last ? NameClass.SURNAME : null;
    }
}
