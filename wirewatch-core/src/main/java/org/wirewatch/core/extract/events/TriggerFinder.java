package org.wirewatch.core.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.text.TokenKind;

/** Finds trigger words in a sentence by lemma, and whether each is used as a verb, a passive or a noun. */
final class TriggerFinder {
    private final EventCues cues;

    TriggerFinder(EventCues cues) {
        this.cues = cues;
    }

    List<TriggerMatch> find(SentenceView s) {
        List<TriggerMatch> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.isWord(i) || s.argAt(i) != null) continue;
            TriggerMatch m = at(s, i);
            if (m != null) {
                out.add(m);
                i = m.last();
            }
        }
        return out;
    }

    private TriggerMatch at(SentenceView s, int i) {
        for (String lemma : s.lemmas(i)) {
            for (Trigger t : cues.triggers(lemma)) {
                if (t.next() != null && !(i + 1 < s.size() && s.words[i + 1].equals(t.next()))) continue;
                boolean verb = t.next() != null || usedAsVerb(s, i);   // "shot down": a particle makes it a verb
                if (t.partOfSpeech() == 'v' && !verb || t.partOfSpeech() == 'n' && verb) continue;
                int last = t.next() != null ? i + 1 : i;
                if (t.next() == null && i + 1 < s.size() && isParticle(s, i + 1)) last = i + 1;
                return new TriggerMatch(t.type(), i, last, verb, verb && passive(s, i));
            }
        }
        return null;
    }

    /** "shot down": a particle right after a verb belongs to it. */
    private static boolean isParticle(SentenceView s, int i) {
        for (Reading r : s.readings.get(i)) if (r.tag().equals("RP")) return s.words[i].equals("down");
        return false;
    }

    /**
     * Whether the word is used as a verb: it has only verb readings of the lemma, or, where it can
     * also be a noun ("attacks", "strike"), a subject or an object entity stands right beside it.
     */
    private boolean usedAsVerb(SentenceView s, int i) {
        boolean verb = false;
        boolean noun = false;
        for (Reading r : s.readings.get(i)) {
            if (r.isProper()) continue;
            if (cues.isVerb(r) || cues.participle(r) || cues.passiveTag(r)) verb = true;
            else if (cues.isNoun(r)) noun = true;
        }
        if (!noun) return verb;
        if (!verb) return false;
        return subjectRightBefore(s, i) || s.argStartingAt(i + 1) != null || objectRightAfter(s, i + 1) || i > 0 && (cues.modal(s.words[i - 1])
                || cues.auxiliary(s.words[i - 1]) || cues.firstPerson(s.words[i - 1]) || cues.negation(s.words[i - 1]));
    }

    /** "killing 12 people", "destroying the building": a count or an article opens the verb's object. */
    private boolean objectRightAfter(SentenceView s, int k) {
        return k < s.size() && (s.tokens.get(k).kind() == TokenKind.NUMBER || cues.determiner(s.words[k]));
    }

    /** A name right before the word, not a demonym: "Russia strikes", but not "Ukrainian strikes". */
    private static boolean subjectRightBefore(SentenceView s, int i) {
        Arg a = s.argAt(i - 1);
        return a != null && !a.isDemonym();
    }

    private boolean passive(SentenceView s, int i) {
        boolean participle = false;
        for (Reading r : s.readings.get(i)) {
            if (cues.passiveTag(r)) return true;
            if (cues.participle(r)) participle = true;
        }
        if (!participle) return false;
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (cues.auxiliary(s.words[k])) return true;
            if (!s.isWord(k)) return false;
        }
        return false;
    }
}
