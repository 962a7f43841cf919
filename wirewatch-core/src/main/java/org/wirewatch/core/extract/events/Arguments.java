package org.wirewatch.core.extract.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.text.TokenKind;

/**
 * Reads the actor, target and places of one trigger from its sentence, by position and the
 * language's cue words: the subject before an active verb, the "by" phrase of a passive, the
 * entity named before a noun ("Russian missile attack", "Blinken's visit") or after it ("strike
 * by Russians", "удар Израиля"), the subject of a light verb ("Russia launched a strike"), the
 * entity after a target preposition ("on Kyiv", "по Києву") or a direct object ("condemned
 * Russia"), and places after a place preposition, lists included ("in Kyiv, Dnipro and Sloviansk").
 */
final class Arguments {
    /** How far (in tokens) an argument may stand from the word that governs it. */
    private static final int NEAR = 4;

    private final EventCues cues;
    private final Set<String> prepositions;

    Arguments(EventCues cues) {
        this.cues = cues;
        Set<String> all = new HashSet<>();
        for (EventType t : EventType.values()) {
            all.addAll(cues.targetPrepositions(t));
            all.addAll(cues.locationPrepositions(t));
        }
        this.prepositions = Set.copyOf(all);
    }

    record Read(Arg actor, Arg target, List<String> locations) {}

    Read read(SentenceView s, TriggerMatch t) {
        Arg actor;
        Arg target;
        if (t.verb() && t.passive()) {
            actor = agentAfter(s, t.last());
            target = subjectBefore(s, t.first(), true);
        } else if (t.verb()) {
            actor = subjectBefore(s, t.first(), false);
            target = cues.directObject(t.type()) ? directObject(s, t.last()) : null;
            Arg partner = t.type() == EventType.MEET && target == null && actor != null ? coSubject(s, actor) : null;
            if (partner != null) {   // "Zelensky and Bayramov met": one meets the other
                target = actor;
                actor = partner;
            }
            if (target == null) target = afterPreposition(s, t.last(), cues.targetPrepositions(t.type()));
            if (target == null && gives(t.type())) target = dativeAfter(s, t.last());
        } else {
            actor = nounActor(s, t);
            target = afterPreposition(s, t.last(), cues.targetPrepositions(t.type()));
            if (target == null && gives(t.type())) target = dativeAfter(s, t.last());   // "пакет допомоги Україні"
        }
        if (t.type() == EventType.MEMBERSHIP && !t.verb() && target == null && actor != null && actor.type().equals("ORG")) {
            target = actor;   // "Sweden's NATO membership": the body is joined, the country before it joins
            actor = modifierBefore(s, actor.first());
        }
        if (actor != null && target != null && actor.id().equals(target.id())) target = null;
        List<String> locations = locations(s, t, t.last() + 2 * NEAR);
        if (actor != null && actor.place()) {
            if (actor.stateOf() != null && opensClause(s, actor) && !modifier(s, actor) && !possessed(s, actor)) {
                actor = actor.asState();   // "Moscow launched an attack": the capital stands for its state
            } else {
                if (!locations.contains(actor.id())) locations.add(0, actor.id());
                actor = null;   // a city does not act; "Kyiv's air defences" act in Kyiv
            }
        }
        if (target != null && target.place()) {
            if (!t.type().befallsPlaces() && target.stateOf() != null) {
                target = target.asState();   // "accused Moscow"
            } else {
                if (!locations.contains(target.id())) locations.add(0, target.id());
                if (!t.type().befallsPlaces()) target = null;   // "visited Kyiv": where the visit was, not whom it met
            }
        }
        return new Read(actor, target, locations);
    }

    private Arg nounActor(SentenceView s, TriggerMatch t) {
        Arg after = agentAfter(s, t.last());
        if (after != null) return after;
        Arg genitive = s.argStartingAt(t.last() + 1);
        if (genitive != null && hasGenitive(s, t.last() + 1)) return genitive;
        if (t.last() + 1 < s.size() && cues.ofAgent(t.type(), s.words[t.last() + 1])) {
            for (int k = t.last() + 2; k <= Math.min(s.size() - 1, t.last() + 3); k++) if (s.argStartingAt(k) != null) return s.argAt(k);
        }
        Arg modifier = modifierBefore(s, t.first());
        if (modifier != null) return modifier;
        int possessive = possessiveBefore(s, t.first());
        if (possessive >= 0) return subjectBefore(s, governingVerb(s, possessive), false);
        int support = supportVerbBefore(s, t.first());
        return support >= 0 ? subjectBefore(s, support, false) : null;
    }

    private static boolean gives(EventType type) {
        return type == EventType.AID_PLEDGE || type == EventType.AID_DELIVERY;
    }

    /** "передала Україні 20 танків": the one given to, in the dative, right after the verb. */
    private Arg dativeAfter(SentenceView s, int last) {
        for (int k = last + 1; k < Math.min(s.size(), last + NEAR); k++) {
            Arg a = s.argStartingAt(k);
            if (a != null) {
                for (Reading r : s.readings.get(k)) if (cues.dativeTag(r)) return a;
                return null;
            }
            if (!s.isWord(k)) return null;
        }
        return null;
    }

    private boolean hasGenitive(SentenceView s, int i) {
        for (Reading r : s.readings.get(i)) if (cues.genitiveTag(r)) return true;
        return false;
    }

    /** "Russian missile attack", "Blinken's visit": an entity before the noun with only modifiers between. */
    private Arg modifierBefore(SentenceView s, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
            Arg a = s.argAt(k);
            if (a != null) return a.isDemonym() || a.first() == 0 || !prepositions.contains(s.words[a.first() - 1]) ? a : null;
            if (!modifier(s, k)) return null;
        }
        return null;
    }

    private boolean modifier(SentenceView s, int k) {
        String w = s.words[k];
        if (w.equals("'s") || w.equals("'") || w.equals("s")) return true;
        if (!s.isWord(k)) return false;
        List<Reading> rs = s.readings.get(k);
        if (rs.isEmpty()) return false;
        boolean nominal = false;
        for (Reading r : rs) nominal |= !cues.isVerb(r) || cues.participle(r);   // "air" in "air strikes" may also be a verb
        return nominal && !prepositions.contains(w) && !cues.clauseBreak(w);
    }

    /** "its air strikes", "своих ударов": the owner is the subject of the clause. */
    private int possessiveBefore(SentenceView s, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
            if (cues.possessive(s.words[k])) return k;
            if (!modifier(s, k)) return -1;
        }
        return -1;
    }

    /** The verb right before a noun phrase ("launched its first attack"), from which its subject is sought; else the phrase itself. */
    private int governingVerb(SentenceView s, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 2); j--) if (finiteVerb(s, j)) return j;
        return k;
    }

    /** The nearest entity before the token that no preposition or verb governs, across clauses: a pronoun's antecedent. */
    Arg ungovernedBefore(SentenceView s, int k) {
        for (int j = k - 1; j >= 0; j--) {
            Arg a = s.argAt(j);
            if (a == null) continue;
            if (a.first() == 0 || !prepositions.contains(s.words[a.first() - 1]) && !objectOfVerb(s, a.first() - 1)) return a;
            j = a.first();
        }
        return null;
    }

    private int supportVerbBefore(SentenceView s, int first) {
        for (int k = first - 1; k >= Math.max(0, first - NEAR); k--) {
            if (!s.isWord(k) || s.argAt(k) != null) return -1;
            for (String lemma : s.lemmas(k)) if (cues.support(lemma)) return k;
        }
        return -1;
    }

    /**
     * The subject: the nearest entity before the word in its clause that no preposition governs.
     * A participle clause right after "while"/"after" ("while visiting Rutte") takes the subject
     * of the clause before, but a relative clause ("внаслідок якої загинули") takes none, and no
     * subject is sought past another finite verb of the same clause. The subject of a passive is
     * not sought beyond a verb of saying.
     */
    Arg subjectBefore(SentenceView s, int first, boolean passive) {
        boolean crossed = false;
        for (int k = first - 1; k >= 0; k--) {
            Arg a = s.argAt(k);
            if (a != null) {
                if (a.first() > 0 && (prepositions.contains(s.words[a.first() - 1]) || cues.agent(s.words[a.first() - 1])
                        || objectOfVerb(s, a.first() - 1))) {
                    k = a.first();
                    continue;
                }
                return a;
            }
            if (passive && reportingVerb(s, k)) return null;   // "Klitschko said 14 people were injured": the speaker suffered nothing
            if (!crossed && finiteVerb(s, k)) return null;     // "росіяни випустили 40 дронів, 31 із них збили": another verb's subject
            if (cues.relative(s.words[k])) return null;       // "an attack, in which two people died": no subject of ours beyond
            if (cues.clauseBreak(s.words[k])) {
                if (crossed || first - k > NEAR) return null;
                crossed = true;
            }
        }
        return null;
    }

    /** A verb with a subject of its own: a finite form, not an auxiliary, modal or verb of saying. */
    private boolean finiteVerb(SentenceView s, int k) {
        if (!s.isWord(k) || cues.auxiliary(s.words[k]) || cues.modal(s.words[k]) || reportingVerb(s, k)) return false;
        List<Reading> rs = s.readings.get(k);
        if (rs.isEmpty()) return false;
        boolean finite = false;
        for (Reading r : rs) {
            if (!cues.isVerb(r) && !cues.participle(r)) return false;
            finite |= cues.isVerb(r) && !cues.participle(r) && !cues.infinitiveOrGerund(r);
        }
        return finite;
    }

    boolean reportingVerb(SentenceView s, int k) {
        for (Reading r : s.readings.get(k)) {
            if ((cues.isVerb(r) || cues.participle(r)) && cues.reporting(Words.normal(r.lemma()))) return true;
        }
        return false;
    }

    /** Whether the token can only be a common noun, which the name before it then modifies ("NATO standards"). */
    private boolean modifiesNoun(SentenceView s, int k) {
        if (!s.isWord(k) || s.argAt(k) != null || s.readings.get(k).isEmpty()) return false;
        for (Reading r : s.readings.get(k)) if (!cues.isNoun(r) || r.isProper()) return false;
        return true;
    }

    /** "Ukrainian President Zelensky and Azerbaijani Foreign Minister Bayramov": the name joined to the subject by "and". */
    private Arg coSubject(SentenceView s, Arg subject) {
        for (int k = subject.first() - 1; k >= Math.max(0, subject.first() - 5); k--) {
            Arg a = s.argAt(k);
            if (a != null && a.isDemonym()) continue;   // "Azerbaijani" in the title
            if (a != null || !s.isWord(k)) return null;
            if (cues.listGlue(s.words[k])) {
                Arg before = s.argAt(k - 1);
                return before == null || before.isDemonym() || before.id().equals(subject.id()) ? null : before;
            }
        }
        return null;
    }

    /** "has not struck Kyiv", "killed 78 Russians": an entity after a full verb (and a number or article) is its object. */
    private boolean objectOfVerb(SentenceView s, int k) {
        while (k > 0 && (s.tokens.get(k).kind() == TokenKind.NUMBER || cues.determiner(s.words[k]))) k--;
        if (!s.isWord(k) || cues.auxiliary(s.words[k]) || cues.reporting(s.words[k])) return false;
        List<Reading> rs = s.readings.get(k);
        if (rs.isEmpty()) return false;
        for (Reading r : rs) if (!cues.isVerb(r) && !cues.participle(r) || cues.reporting(Words.normal(r.lemma()))) return false;
        return true;
    }

    private Arg agentAfter(SentenceView s, int last) {
        for (int k = last + 1; k < Math.min(s.size(), last + NEAR); k++) {
            if (cues.agent(s.words[k])) return firstArgFrom(s, k + 1, 3);
            if (!s.isWord(k) || cues.clauseBreak(s.words[k])) return null;
        }
        return null;
    }

    private Arg directObject(SentenceView s, int last) {
        for (int k = last + 1; k < Math.min(s.size(), last + NEAR); k++) {
            Arg a = s.argAt(k);
            if (a != null) return modifiesNoun(s, a.last() + 1) ? null : a;   // "meet NATO standards"
            if (!s.isWord(k) || prepositions.contains(s.words[k]) || cues.clauseBreak(s.words[k])) return null;
        }
        return null;
    }

    private Arg afterPreposition(SentenceView s, int last, Set<String> preps) {
        if (preps.isEmpty()) return null;
        for (int k = last + 1; k < Math.min(s.size(), last + 4 * NEAR); k++) {
            if (preps.contains(s.words[k])) {
                Arg a = firstArgFrom(s, k + 1, 3);
                if (a != null) return a;
            }
            if (cues.clauseBreak(s.words[k]) || s.words[k].equals(",")) return null;
        }
        return null;
    }

    private static Arg firstArgFrom(SentenceView s, int from, int within) {
        for (int k = from; k < Math.min(s.size(), from + within); k++) {
            if (s.argAt(k) != null) return s.argAt(k);
            if (!s.isWord(k)) return null;
        }
        return null;
    }

    /**
     * The first token of the trigger's clause as far as saying goes: after the last verb of saying
     * before it ("Speaking in Brussels, Blinken said the deployment …": Brussels is where he spoke).
     */
    private int firstOfClause(SentenceView s, TriggerMatch t) {
        for (int k = t.first() - 1; k >= 0; k--) if (saying(s, k)) return k + 1;
        return 0;
    }

    /** The last token before the first verb of saying after the trigger ("…, Blinken said in Brussels"). */
    private int lastOfClause(SentenceView s, TriggerMatch t) {
        for (int k = t.last() + 1; k < s.size(); k++) if (saying(s, k)) return k - 1;
        return s.size() - 1;
    }

    /** A verb of saying with its speaker ("Blinken said", "said Klitschko", "he said", "Blinken … also said"), not "casualties reported in Kyiv". */
    private boolean saying(SentenceView s, int k) {
        if (s.argAt(k) != null || !reportingVerb(s, k)) return false;
        boolean before = k > 0 && (s.argAt(k - 1) != null || cues.personPronoun(s.words[k - 1]));
        return before || k + 1 < s.size() && s.argAt(k + 1) != null || subjectBefore(s, k, false) != null;
    }

    /** Whether the entity begins its sentence or clause ("Moscow launched", "…, Washington said"), not "outside Kyiv". */
    static boolean opensClause(SentenceView s, Arg a) {
        return a.first() == 0 || !s.isWord(a.first() - 1);
    }

    /** "Kyiv's air defences": what the place owns acts there. */
    private static boolean possessed(SentenceView s, Arg a) {
        if (a.last() + 1 >= s.size()) return false;
        String next = s.words[a.last() + 1];
        return next.equals("'s") || next.equals("'") || next.equals("s");
    }

    /** Whether the entity only modifies the noun after it ("TURAN's Washington correspondent"). */
    boolean modifier(SentenceView s, Arg a) {
        return a.last() + 1 < s.size() && modifiesNoun(s, a.last() + 1);
    }

    /** Places after a place preposition anywhere in the sentence, and the places listed with them. */
    private List<String> locations(SentenceView s, TriggerMatch t, int lastOpening) {
        Set<String> preps = cues.locationPrepositions(t.type());
        List<String> out = new ArrayList<>();
        boolean open = false;
        int gap = 0;
        int to = lastOfClause(s, t);
        for (int k = firstOfClause(s, t); k <= to; k++) {
            Arg a = s.argAt(k);
            if (a != null) {
                if (open && a.isLocation() && !out.contains(a.id())) out.add(a.id());
                open = open && a.isLocation();
                gap = 2;   // after a place only list words go on

                k = a.last();
                continue;
            }
            String w = s.words[k];
            if (preps.contains(w) && (k <= lastOpening || open)) {
                open = true;
                gap = 0;
            } else if (open && (w.equals(",") || cues.listGlue(w) || gap < 2 && s.isWord(k))) {
                gap++;
            } else {
                open = false;
            }
        }
        return out;
    }
}
