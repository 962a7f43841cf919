package org.wirewatch.core.extract.amounts;

import java.util.List;
import java.util.Optional;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.text.Token;

/**
 * Finds the noun a number counts: the first noun after it, over adjectives and conjunctions
 * ("six ballistic and cruise missiles", "шість балістичних ракет"), lemmatised and put into
 * English through the language's object list. A noun modifying a listed noun gives way to it
 * ("cruise missiles" counts missiles); two listed nouns joined by a conjunction are counted
 * together ("200 drones and missiles" → "drone and missile"). Stateless apart from its
 * immutable collaborators; thread-safe.
 */
final class ObjectFinder {
    /** Words between a number and its noun, at most: "six ballistic and cruise missiles". */
    private static final int REACH = 5;

    private final AmountCues cues;
    private final Morphology morphology;

    ObjectFinder(AmountCues cues, Morphology morphology) {
        this.cues = cues;
        this.morphology = morphology;
    }

    /** The object counted by the number ending before token {@code from}, or null. */
    CountedObject find(List<Token> tokens, int from, int sentenceEnd) {
        int limit = Math.min(sentenceEnd, from + REACH);
        for (int m = from; m < limit; m++) {
            Token t = tokens.get(m);
            if (!t.isWord()) return null;
            String word = Words.normal(t.text());
            if (cues.numberWord(word).isPresent() || cues.month(word) || cues.functionWord(word)) return null;
            Word w = analyse(t.text(), word);
            if (w.listed != null) return coordinated(tokens, m, sentenceEnd, w.listed);
            if (cues.conjunction(word)) {
                if (m > from) continue;   // "ballistic and cruise missiles"
                return null;              // "5 or 6": a range, not a count
            }
            boolean more = m + 1 < limit && tokens.get(m + 1).isWord();
            // an adjective (which may also be a noun: "ballistic") modifies what follows
            if (w.adjective && !w.other && (w.noun == null || more)) continue;
            if (w.noun != null) {
                Word next = more ? analyse(tokens.get(m + 1).text(), Words.normal(tokens.get(m + 1).text())) : null;
                if (next != null && next.listed != null) return coordinated(tokens, m + 1, sentenceEnd, next.listed);
                return new CountedObject(w.noun, false, false, null, m + 1);
            }
            return null;
        }
        return null;
    }

    /** "drones and missiles": a second listed noun after a conjunction joins the first. */
    private CountedObject coordinated(List<Token> tokens, int m, int sentenceEnd, CountedNoun first) {
        int c = m + 1;
        if (c + 1 < sentenceEnd && tokens.get(c).isWord() && cues.conjunction(Words.normal(tokens.get(c).text()))) {
            Token second = tokens.get(c + 1);
            if (second.isWord()) {
                Word w = analyse(second.text(), Words.normal(second.text()));
                if (w.listed != null && !w.listed.english().equals(first.english()) && w.listed.people() == first.people()) {
                    return new CountedObject(first.english() + " and " + w.listed.english(), true, first.people(), first.category(), c + 2);
                }
            }
        }
        return new CountedObject(first.english(), true, first.people(), first.category(), m + 1);
    }

    /** What the dictionary says of one word, reduced to what amounts need. */
    private record Word(CountedNoun listed, String noun, boolean adjective, boolean other) {}

    private Word analyse(String form, String normal) {
        Optional<CountedNoun> direct = cues.object(normal);
        if (direct.isPresent()) return new Word(direct.get(), normal, false, false);
        List<Reading> readings = morphology.readings(form);
        String noun = null;
        boolean adjective = false;
        boolean other = false;
        for (Reading r : readings) {
            if (cues.isNoun(r)) {
                String lemma = Words.normal(r.lemma());
                Optional<CountedNoun> listed = cues.object(lemma);
                if (listed.isPresent()) return new Word(listed.get(), lemma, false, false);
                if (noun == null) noun = lemma;
            } else if (cues.isAdjective(r)) {
                adjective = true;
            } else {
                other = true;   // a verb, preposition, …: "three diverted" counts nothing named
            }
        }
        if (readings.isEmpty()) {
            CountedNoun guessed = byStem(normal);
            if (guessed != null) return new Word(guessed, normal, false, false);
            // a word the dictionary lacks is most likely a noun: keep it as written (folded)
            return new Word(null, normal, false, false);
        }
        return new Word(null, noun, adjective, other);
    }

    /**
     * A form the dictionary does not know ("дронов", "шахедів") matched to a listed lemma by its
     * stem: the lemma without its final vowel, soft sign or й, followed by a short ending.
     */
    private CountedNoun byStem(String normal) {
        for (String lemma : cues.objectLemmas()) {
            String stem = stem(lemma);
            if (stem.length() >= 3 && normal.startsWith(stem) && normal.length() - stem.length() <= 3) {
                return cues.object(lemma).orElse(null);
            }
        }
        return null;
    }

    private static String stem(String lemma) {
        int e = lemma.length();
        while (e > 0 && "аеиоуыэюяьйієї".indexOf(lemma.charAt(e - 1)) >= 0) e--;
        return lemma.substring(0, e);
    }
}
