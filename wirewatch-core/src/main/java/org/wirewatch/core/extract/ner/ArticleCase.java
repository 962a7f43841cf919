package org.wirewatch.core.extract.ner;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.Token;

/**
 * How one article capitalises its words, language-neutral evidence for names where no pack says
 * what a name looks like: which words it writes capitalised in mid-sentence, which in lower case,
 * and whether it capitalises so many mid-sentence words that its nouns must be capitalised
 * (German: about a third of them; Italian, Polish, Turkish news about a tenth). Immutable.
 */
final class ArticleCase {
    /** Share of mid-sentence words capitalised above which capitals mark nouns, not names. */
    static final double NOUN_CAPITALS = 0.22;
    /** Below this many mid-sentence words the share says nothing. */
    static final int MIN_WORDS = 30;

    private final Set<String> capitalisedMidSentence;
    private final Set<String> lowerCase;
    private final boolean capitalisesNouns;

    private ArticleCase(Set<String> capitalisedMidSentence, Set<String> lowerCase, boolean capitalisesNouns) {
        this.capitalisedMidSentence = Set.copyOf(capitalisedMidSentence);
        this.lowerCase = Set.copyOf(lowerCase);
        this.capitalisesNouns = capitalisesNouns;
    }

    static ArticleCase of(AnalysedText text) {
        Set<String> capitalised = new HashSet<>();
        Set<String> lower = new HashSet<>();
        int words = 0;
        int capitals = 0;
        for (Sentence sentence : text.sentences()) {
            Token previous = null;
            for (Token t : sentence.tokens()) {
                if (t.isWord() && t.lowerInitial()) lower.add(t.text().toLowerCase(Locale.ROOT));
                // Mid-sentence means after a word: after a colon, quote or dash a sentence may open.
                if (t.isWord() && previous != null && previous.isWord() && Character.isLetter(t.text().codePointAt(0))) {
                    words++;
                    if (t.capitalised()) {
                        capitals++;
                        capitalised.add(t.text().toLowerCase(Locale.ROOT));
                    }
                }
                previous = t;
            }
        }
        return new ArticleCase(capitalised, lower, words >= MIN_WORDS && capitals > words * NOUN_CAPITALS);
    }

    /** Whether the article writes this word (lower-cased) with a capital in mid-sentence somewhere. */
    boolean capitalisedMidSentence(String lowerWord) {
        return capitalisedMidSentence.contains(lowerWord);
    }

    /** Whether the article writes this word (lower-cased) in lower case somewhere: then it is a word, not a name. */
    boolean writtenLowerCase(String lowerWord) {
        return lowerCase.contains(lowerWord);
    }

    /** Whether capitals mark its nouns too (German), so a lone capitalised word is no evidence of a name. */
    boolean capitalisesNouns() {
        return capitalisesNouns;
    }
}
