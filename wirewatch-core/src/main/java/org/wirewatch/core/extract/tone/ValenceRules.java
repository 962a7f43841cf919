package org.wirewatch.core.extract.tone;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.linguistics.text.Token;

/**
 * VADER's rules (Hutto and Gilbert, ICWSM 2014), written for Wirewatch over any language's
 * {@link ToneLexicon}: a sentiment word's valence is raised or lowered by boosters up to three
 * words before it (less the further away), flipped and damped by a negation there ("not a
 * success"), a bad thing turned good by a word that lessens or ends it ("cuts the risk of death",
 * after Polanyi and Zaenen's contextual valence shifters), strengthened when it alone is in capitals; after a contrast word ("but") the words
 * weigh 1.5 times and before it half; exclamation marks (and two or more question marks) strengthen
 * the whole sentence. The window
 * stops at clause punctuation, so "no, it was a success" is not negated. Stateless; thread-safe.
 */
final class ValenceRules {
    static final double BOOST = 0.293;
    static final double CAPS = 0.733;
    static final double NEGATION = -0.74;
    static final int WINDOW = 3;
    /** A reversal reaches over a short noun phrase: "cuts the risk of infection". */
    static final int REVERSAL_WINDOW = 5;
    private static final double[] DECAY = {1, 0.95, 0.9};

    private ValenceRules() {}

    /**
     * The sentiment words of one sentence (its tokens, in order) with their valence after the rules.
     *
     * @param forms what the lexicon knows of each token, null for those that are not words
     * @param names whether a token is part of a name ("United Nations", "Friends of the Earth"):
     *              a name is not a judgement, so its words carry no sentiment
     */
    static List<ToneHit> apply(List<Token> tokens, ToneWord[] forms, ToneLexicon lexicon, java.util.function.IntPredicate names) {
        int n = tokens.size();
        int caps = 0, words = 0, contrast = -1, exclamations = 0, questions = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                words++;
                if (t.allCaps()) caps++;
                if (contrast < 0 && forms[i].contrast()) contrast = i;
            } else if (t.isPunctuation()) {
                exclamations += count(t.text(), '!');
                questions += count(t.text(), '?');
            }
        }
        boolean capsStandOut = caps > 0 && caps < words;
        List<ToneHit> hits = new ArrayList<>();
        boolean[] reversing = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (forms[i] == null || !forms[i].sentiment() || names.test(tokens.get(i).start())) continue;
            hits.add(modified(tokens, forms, i, forms[i].valence(), capsStandOut, lexicon, reversing));
        }
        if (hits.isEmpty()) return hits;
        // a word that turned a bad thing good ("cuts" in "cuts the risk") is not itself bad
        hits.removeIf(h -> reversing[h.word()]);
        if (contrast >= 0) {
            for (int k = 0; k < hits.size(); k++) {
                ToneHit h = hits.get(k);
                hits.set(k, h.scaled(h.word() < contrast ? 0.5 : 1.5));
            }
        }
        double emphasis = Math.min(exclamations, 4) * 0.292 + questionEmphasis(questions);
        return emphasis == 0 ? hits : emphasised(hits, emphasis);
    }

    /** VADER: one question mark adds nothing, two or three 0.18 each, more 0.96. */
    private static double questionEmphasis(int questions) {
        return questions < 2 ? 0 : questions <= 3 ? questions * 0.18 : 0.96;
    }

    private static ToneHit modified(List<Token> tokens, ToneWord[] forms, int i, double base, boolean capsStandOut, ToneLexicon lexicon,
                                    boolean[] reversing) {
        double v = base;
        if (capsStandOut && tokens.get(i).allCaps()) v += Math.signum(v) * CAPS;
        int first = i;
        int reversal = base < 0 ? reversal(tokens, forms, i) : -1;
        if (reversal >= 0) {
            // the shifter is not itself bad; negated ("did not cut the risk") it turns nothing
            reversing[reversal] = true;
            if (!negated(tokens, forms, reversal, lexicon)) v *= NEGATION;
            first = reversal;
        }
        int j = i;
        for (int k = 0; k < WINDOW; k++) {
            j = previousWord(tokens, j);
            if (j < 0 || j <= reversal) break;
            ToneWord w = forms[j];
            float b = w.booster();
            if (b != 0 && Float.isNaN(w.valence())) {
                double s = Math.signum(v) * b;
                if (capsStandOut && tokens.get(j).allCaps()) s += Math.signum(s) * CAPS;
                v += s * DECAY[k];
                first = Math.min(first, j);
            }
            if (w.negation() && !exception(tokens, forms, j, lexicon)) {
                v *= NEGATION;
                first = Math.min(first, j);
            }
        }
        return new ToneHit(i, first, tokens.get(first).start(), tokens.get(i).end(), v);
    }

    /** The reversal word up to {@value #REVERSAL_WINDOW} words before {@code i} in its clause ("cuts the risk of infection"), or -1. */
    private static int reversal(List<Token> tokens, ToneWord[] forms, int i) {
        int j = i;
        for (int k = 0; k < REVERSAL_WINDOW; k++) {
            j = previousWord(tokens, j);
            if (j < 0) return -1;
            if (forms[j].reversal()) return j;
        }
        return -1;
    }

    /** Whether a negation stands in the {@value #WINDOW} words before {@code i}. */
    private static boolean negated(List<Token> tokens, ToneWord[] forms, int i, ToneLexicon lexicon) {
        int j = i;
        for (int k = 0; k < WINDOW; k++) {
            j = previousWord(tokens, j);
            if (j < 0) return false;
            if (forms[j].negation() && !exception(tokens, forms, j, lexicon)) return true;
        }
        return false;
    }

    /** Whether the negation word {@code j} stands in a phrase where it negates nothing ("at least"). */
    private static boolean exception(List<Token> tokens, ToneWord[] forms, int j, ToneLexicon lexicon) {
        int before = previousWord(tokens, j);
        return before >= 0 && lexicon.negationException(forms[before].form(), forms[j].form());
    }

    /** The index of the word before {@code i}, or -1 at the sentence start or a clause break. */
    private static int previousWord(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.isWord()) return j;
            if (t.isPunctuation() && !t.text().equals("\"") && t.kind() != org.wirewatch.core.linguistics.text.TokenKind.QUOTE) return -1;
        }
        return -1;
    }

    /** Exclamation marks add to the sentence's net sentiment, spread over its words in proportion. */
    private static List<ToneHit> emphasised(List<ToneHit> hits, double emphasis) {
        double sum = 0;
        for (ToneHit h : hits) sum += h.valence();
        if (sum == 0) return hits;
        double factor = (Math.abs(sum) + emphasis) / Math.abs(sum);
        List<ToneHit> out = new ArrayList<>(hits.size());
        for (ToneHit h : hits) out.add(h.scaled(factor));
        return out;
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) k++;
        return k;
    }
}
