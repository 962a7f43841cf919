package org.wirewatch.core.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.extract.ner.cues.RoleCue;
import org.wirewatch.core.extract.ner.cues.TokenRange;
import org.wirewatch.core.extract.ner.cues.WordCue;
import org.wirewatch.core.linguistics.text.Token;

/**
 * Finds the runs of capitalised words in a sentence that may be names, and splits them around
 * titles: "NATO Secretary General Jens Stoltenberg" gives "NATO" (inside the title) and "Jens
 * Stoltenberg" (the name, with the title as its role). Words that are capitalised only because
 * they name a title, day or month are left out. Thread-safe.
 */
final class CandidateFinder {

    /**
     * @param nonPerson says whether a word is a known organisation or place, so that a title is not
     *                  taken to end in front of one
     */
    List<Candidate> find(List<Token> tokens, NameCues cues, Predicate<Token> nonPerson) {
        List<Candidate> found = new ArrayList<>();
        boolean titled = mentionsATitle(tokens, cues);
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens.get(i), cues)) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i, cues);
            if (titled) splitAroundTitles(tokens, i, end, cues, nonPerson, found);
            else addTrimmed(tokens, i, end, cues, null, false, found);
            i = end;
        }
        return found;
    }

    /**
     * Every title has a word that is a title on its own ("Secretary", "Minister", "секретарем"), so
     * a sentence without one needs no search for titles, the dearest step here.
     */
    private static boolean mentionsATitle(List<Token> tokens, NameCues cues) {
        for (Token t : tokens) if (t.isWord() && cues.isRoleWord(t.text())) return true;
        return false;
    }

    private static boolean startsName(Token t, NameCues cues) {
        return t.isWord() && (t.capitalised() || t.allCaps()) && !cues.isCalendarWord(t.text());
    }

    /**
     * The run goes on over capitalised words, over name particles ("van der", "de") and over
     * connectors inside organisation names ("Ministry of Defence", "National Security and Defence
     * Council"): a connector joins only where a designator word is on one side, so "Russia and
     * Ukraine" and "Rutte in Brussels" stay apart.
     */
    private static int runEnd(List<Token> tokens, int start, NameCues cues) {
        int j = start + 1;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            boolean nextStarts = j + 1 < tokens.size() && startsName(tokens.get(j + 1), cues);
            if (startsName(t, cues)) {
                j++;
            } else if (nextStarts && t.isWord() && cues.isNameParticle(t.text())) {
                j += 2;
            } else if (nextStarts && joinsOrganisation(tokens, start, j, cues)) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean joinsOrganisation(List<Token> tokens, int start, int connector, NameCues cues) {
        Token t = tokens.get(connector);
        if (!t.isWord() || !cues.is(t.text(), WordCue.CONNECTOR) || cues.isPlacePreposition(t.text())) return false;
        int after = connector + 1;
        while (after < tokens.size() && startsName(tokens.get(after), cues)) after++;
        return hasDesignator(tokens, start, connector, cues) || hasDesignator(tokens, connector + 1, after, cues);
    }

    private static boolean hasDesignator(List<Token> tokens, int from, int to, NameCues cues) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (cues.isOrgDesignator(w) || cues.isPlaceDesignator(w)) return true;
        }
        return false;
    }

    /**
     * Splits [from, to) where a title ends and a name begins. Of the places a title could end,
     * the earliest whose remainder looks like a name wins: "US Secretary of State | Antony
     * Blinken", not "… State Antony | Blinken"; and "генеральным секретарем НАТО | Марком Рютте",
     * since a remainder starting with a known organisation or place is no name. Words inside the
     * title ("NATO", "US") become candidates of their own; what stands before the title can only
     * name an organisation or place.
     */
    private void splitAroundTitles(List<Token> tokens, int from, int to, NameCues cues, Predicate<Token> nonPerson,
                                   List<Candidate> out) {
        for (int k = from; k < to; k++) {
            Optional<RoleCue> cue = cues.roleBefore(tokens, k);
            if (cue.isEmpty() || cue.get().span().end() != k || !looksLikeName(tokens, k, to, cues, nonPerson)) continue;
            RoleCue role = cue.get();
            if (!reaches(tokens, role, from)) continue;
            if (role.span().start() > from) addTrimmed(tokens, from, role.span().start(), cues, null, true, out);
            for (TokenRange affiliation : role.affiliations()) {
                out.add(new Candidate(tokens, affiliation.start(), affiliation.end(), null, true));
            }
            addTrimmed(tokens, k, to, cues, role, false, out);
            return;
        }
        addTrimmed(tokens, from, to, cues, null, false, out);
    }

    /**
     * A title belongs to this run only if no other name stands between its office words and the
     * run: in "с генеральным секретарем НАТО Марком Рютте в Брюсселе Байден", the title is
     * Rutte's, not Biden's; in "Ambassador to NATO Julie Smith" it is Smith's.
     */
    private static boolean reaches(List<Token> tokens, RoleCue role, int from) {
        int capitalised = 0;
        for (int i = role.trigger().end(); i < from; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && (t.capitalised() || t.allCaps()) && ++capitalised > 1) return false;
        }
        return true;
    }

    private static boolean looksLikeName(List<Token> tokens, int from, int to, NameCues cues, Predicate<Token> nonPerson) {
        if (nonPerson.test(tokens.get(from))) return false;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).allCaps()) return false;   // "ОВС НАТО": acronyms name bodies, not people
            String w = tokens.get(i).text();
            if (cues.isRoleWord(w) || cues.isOrgDesignator(w) || cues.isPlaceDesignator(w)) return false;
        }
        return true;
    }

    /** Drops title, bridge and function words from the edges of a run; keeps what is left. */
    private static void addTrimmed(List<Token> tokens, int from, int to, NameCues cues, RoleCue role, boolean affiliate,
                                   List<Candidate> out) {
        int a = from;
        int b = to;
        while (a < b && isEdgeNoise(tokens.get(a), cues)) a++;
        while (b > a && isEdgeNoise(tokens.get(b - 1), cues)) b--;
        if (a >= b) return;
        if (role == null && !affiliate) role = cues.roleAfter(tokens, b).orElse(null);
        out.add(new Candidate(tokens, a, b, role, affiliate));
    }

    private static boolean isEdgeNoise(Token t, NameCues cues) {
        String w = t.text();
        return !t.isWord() || cues.isFunctionWord(w) || cues.isRoleWord(w) || cues.is(w, WordCue.ROLE_MODIFIER)
                || cues.isNameParticle(w) || cues.is(w, WordCue.CONNECTOR) || cues.is(w, WordCue.DETERMINER);
    }
}
