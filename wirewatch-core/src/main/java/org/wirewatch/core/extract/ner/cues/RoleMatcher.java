package org.wirewatch.core.extract.ner.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;

/**
 * Finds titles around names. A cue is read as three parts:
 * <pre>
 *   premodifiers        office (trigger)          complement
 *   US | White House …  Defense Secretary | Gov.   to NATO | for Strategic Communications | НАТО | офиса президента
 * </pre>
 * The trigger is the longest role phrase at its position. Premodifiers are capitalised words,
 * acronyms, demonyms, designators, "'s" and modifiers ("former"), joined by "of"/"the".
 * Complements are the same words plus connectors; in languages with genitive complements
 * (Russian, Ukrainian) they may also hold lower-case offices and bodies in the genitive
 * ("глава офиса президента"), and an office right after such a word is that complement, not
 * the title of the name ("президента" in "глава офиса президента Андрей Ермак").
 * Immutable; all per-call state lives in a {@link CueTokens}.
 */
final class RoleMatcher {
    private static final int MAX_COMPLEMENT = 8;
    private static final int MAX_PREMODIFIERS = 8;

    private final Lexicon<RolePhrase> byFirst;
    private final Lexicon<RolePhrase> byLast;
    private final boolean genitiveComplements;

    private record Match(RolePhrase phrase, int start, int end) {}

    RoleMatcher(List<RolePhrase> phrases, boolean genitiveComplements) {
        Lexicon.Builder<RolePhrase> first = Lexicon.builder();
        Lexicon.Builder<RolePhrase> last = Lexicon.builder();
        for (RolePhrase p : phrases) {
            first.add(p.words().get(0), p);
            last.add(p.words().get(p.length() - 1), p);
        }
        this.byFirst = first.build();
        this.byLast = last.build();
        this.genitiveComplements = genitiveComplements;
    }

    Optional<RoleCue> before(CueTokens t, int nameStart) {
        int lo = Math.max(0, nameStart - 1 - MAX_COMPLEMENT);
        for (int j = nameStart - 1; j >= lo; j--) {
            if (j < nameStart - 1 && !complementToken(t, j + 1)) break;
            Match m = endingAt(t, j);
            if (m == null) continue;
            if (namesAnOrganisation(t, m)) continue;
            if (genitiveComplements && m.start() > 0 && governs(t, m.start() - 1)) {
                j = m.start();   // the whole phrase is a complement; keep looking left of it
                continue;
            }
            if (m.end() < nameStart && joiner(t, nameStart - 1)) return Optional.empty();
            return Optional.of(cue(t, m, premodifierStart(t, m.start(), 0), nameStart));
        }
        return Optional.empty();
    }

    Optional<RoleCue> after(CueTokens t, int nameEnd) {
        int n = t.size();
        int i = nameEnd;
        if (i >= n || !separator(t.get(i))) return Optional.empty();
        i++;
        if (i < n && t.has(i, WordCue.DETERMINER)) i++;
        for (int k = i; k < n && k - i <= MAX_PREMODIFIERS; k++) {
            Match m = startingAt(t, k);
            if (m != null) return Optional.of(cue(t, m, i, complementEnd(t, m.end(), false)));
            boolean premodifier = premodifier(t, k) || (joiner(t, k) && k > i && affiliation(t, k - 1));
            if (!premodifier) return Optional.empty();
        }
        return Optional.empty();
    }

    List<RoleCue> all(CueTokens t) {
        List<RoleCue> found = new ArrayList<>();
        int floor = 0;
        for (int i = 0; i < t.size(); i++) {
            Match m = startingAt(t, i);
            if (m == null || namesAnOrganisation(t, m)) continue;
            int end = complementEnd(t, m.end(), true);
            found.add(cue(t, m, premodifierStart(t, m.start(), floor), end));
            floor = end;
            i = end - 1;
        }
        return List.copyOf(found);
    }

    /** The longest phrase whose last word is token {@code j}. */
    private Match endingAt(CueTokens t, int j) {
        if (t.get(j).isPunctuation() && !t.get(j).text().equals(".")) return null;
        Match best = null;
        for (RolePhrase p : byLast.lookup(t.folded(j), t.lower(j))) {
            int s = j - p.length() + 1;
            if (s < 0 || (best != null && p.length() <= best.phrase().length())) continue;
            if (matchesAt(t, p, s)) best = new Match(p, s, j + 1);
        }
        return best;
    }

    /** The longest phrase whose first word is token {@code i}. */
    private Match startingAt(CueTokens t, int i) {
        if (t.get(i).kind() != TokenKind.WORD) return null;
        Match best = null;
        for (RolePhrase p : byFirst.lookup(t.folded(i), t.lower(i))) {
            if (i + p.length() > t.size() || (best != null && p.length() <= best.phrase().length())) continue;
            if (matchesAt(t, p, i)) best = new Match(p, i, i + p.length());
        }
        return best;
    }

    private static boolean matchesAt(CueTokens t, RolePhrase p, int s) {
        for (int k = 0; k < p.length(); k++) if (!t.matches(s + k, p.words().get(k))) return false;
        return true;
    }

    /** "General Staff", "President's Office": in English a capitalised body right after the office makes it a name. */
    private boolean namesAnOrganisation(CueTokens t, Match m) {
        if (genitiveComplements || m.end() >= t.size()) return false;
        int k = m.end();
        if (t.get(k).kind() == TokenKind.POSSESSIVE && k + 1 < t.size()) k++;
        return t.get(k).capitalised() && t.has(k, WordCue.ORG_DESIGNATOR);
    }

    /** A lower-case office or body: what a genitive after it depends on ("офиса" in "офиса президента"). */
    private static boolean governs(CueTokens t, int k) {
        Token tok = t.get(k);
        return tok.kind() == TokenKind.WORD && tok.lowerInitial() && (t.has(k, WordCue.ROLE) || t.has(k, WordCue.ORG_DESIGNATOR));
    }

    private int premodifierStart(CueTokens t, int triggerStart, int floor) {
        int k = triggerStart;
        while (triggerStart - k < MAX_PREMODIFIERS) {
            if (k - 1 >= floor && premodifier(t, k - 1)) {
                k--;
            } else if (!genitiveComplements && k - 2 >= floor && k < triggerStart && joiner(t, k - 1) && affiliation(t, k - 2)
                    && !t.has(k, WordCue.DEMONYM)) {
                k -= 2;   // "Ministry of Defense spokesman"; but not "Lammy and | Dutch PM"
            } else {
                break;
            }
        }
        if (k < triggerStart && t.get(k).kind() == TokenKind.POSSESSIVE) k++;
        return k;
    }

    /** End of the complement after a trigger ending at {@code from}; never ends on a connector or article. */
    private int complementEnd(CueTokens t, int from, boolean conservative) {
        if (conservative && !genitiveComplements && (from >= t.size() || !t.has(from, WordCue.CONNECTOR))) return from;
        int end = from;
        int plainRun = 0;
        for (int k = from; k < t.size() && k - from < MAX_COMPLEMENT && complementToken(t, k); k++) {
            if (genitiveComplements && k > from && t.has(k, WordCue.ROLE) && !governs(t, k - 1) && startingAt(t, k) != null) {
                break;   // not a genitive of what precedes it, so the next title: "… в Европе | генералом"
            }
            plainRun = plainCapitalised(t, k) ? plainRun + 1 : 0;
            // Without a name to bound it, plain capitalised words may be the name itself: English
            // keeps one after a connector ("of the Alliance"), Russian and Ukrainian none, since
            // "Президент Байден" and "президента Украины" differ only in their endings.
            if (conservative && plainRun == (genitiveComplements ? 1 : 2)) {
                end = k - plainRun + 1;
                while (end > from && (joiner(t, end - 1) || t.get(end - 1).kind() == TokenKind.POSSESSIVE)) end--;
                return end;
            }
            if (!joiner(t, k)) end = k + 1;
        }
        return end;
    }

    private boolean complementToken(CueTokens t, int k) {
        Token tok = t.get(k);
        if (affiliation(t, k) || joiner(t, k)) return true;
        if (tok.kind() == TokenKind.POSSESSIVE) return k > 0 && t.get(k - 1).kind() == TokenKind.WORD;
        if (tok.kind() != TokenKind.WORD || !t.has(k, WordCue.ROLE)) return false;
        // an office inside the complement: genitive ("офиса президента") or possessive ("the president's office")
        return genitiveComplements || (k + 1 < t.size() && t.get(k + 1).kind() == TokenKind.POSSESSIVE);
    }

    /**
     * A word that may stand before the office in its cue. English puts the organisation there
     * ("NATO Secretary General"); Russian and Ukrainian put it after, so before the office they
     * allow only modifiers and demonyms ("бывший президент", "российский посол"): a name or an
     * acronym there belongs to what came before ("ОВС НАТО в Европе | генералом").
     */
    private boolean premodifier(CueTokens t, int k) {
        Token tok = t.get(k);
        if (tok.kind() != TokenKind.WORD && tok.kind() != TokenKind.POSSESSIVE) return false;
        if (tok.kind() == TokenKind.WORD && (t.has(k, WordCue.ROLE_MODIFIER) || t.has(k, WordCue.DEMONYM))) return true;
        if (genitiveComplements) return false;
        if (tok.kind() == TokenKind.POSSESSIVE) return k > 0 && affiliation(t, k - 1);
        return affiliation(t, k);
    }

    /** A word that can name an organisation, country or place inside a title. */
    private static boolean affiliation(CueTokens t, int k) {
        Token tok = t.get(k);
        if (tok.kind() != TokenKind.WORD || t.has(k, WordCue.ROLE)) return false;
        if (t.has(k, WordCue.DEMONYM) || t.has(k, WordCue.ORG_DESIGNATOR) || t.has(k, WordCue.PLACE_DESIGNATOR)) return true;
        if (t.has(k, WordCue.FUNCTION) || joiner(t, k) || t.has(k, WordCue.CALENDAR) || t.has(k, WordCue.ROLE_MODIFIER)) return false;
        return tok.capitalised() || tok.allCaps();
    }

    /** An affiliation that is not an acronym, designator or demonym: possibly part of a person's name. */
    private static boolean plainCapitalised(CueTokens t, int k) {
        return affiliation(t, k) && !t.get(k).allCaps() && !t.has(k, WordCue.ORG_DESIGNATOR)
                && !t.has(k, WordCue.PLACE_DESIGNATOR) && !t.has(k, WordCue.DEMONYM);
    }

    private static boolean joiner(CueTokens t, int k) {
        return t.get(k).kind() == TokenKind.WORD && (t.has(k, WordCue.CONNECTOR) || t.has(k, WordCue.DETERMINER));
    }

    private static boolean separator(Token tok) {
        return tok.kind() == TokenKind.DASH || tok.isPunct(",") || tok.isPunct("(");
    }

    private static RoleCue cue(CueTokens t, Match m, int spanStart, int spanEnd) {
        List<TokenRange> affiliations = new ArrayList<>();
        runs(t, spanStart, m.start(), affiliations);
        runs(t, m.end(), spanEnd, affiliations);
        List<Token> tokens = t.tokens();
        return new RoleCue(m.phrase().role(), new TokenRange(spanStart, spanEnd), new TokenRange(m.start(), m.end()),
                affiliations, tokens.get(spanStart).start(), tokens.get(spanEnd - 1).end());
    }

    /**
     * Maximal runs of affiliation words in {@code [from, to)}, joined across "of"/"and"/"the"
     * ("National Security and Defence Council"); a run counts only if it holds a capitalised
     * word, an acronym or a demonym, so "city military administration" alone is not one.
     */
    private static void runs(CueTokens t, int from, int to, List<TokenRange> out) {
        int k = from;
        while (k < to) {
            if (!affiliation(t, k)) {
                k++;
                continue;
            }
            int start = k;
            int end = k + 1;
            boolean strong = false;
            int j = k;
            while (j < to) {
                if (affiliation(t, j)) {
                    Token tok = t.get(j);
                    strong |= tok.capitalised() || tok.allCaps() || t.has(j, WordCue.DEMONYM);
                    end = ++j;
                } else if (joiner(t, j) && j + 1 < to) {
                    j++;
                } else {
                    break;
                }
            }
            if (strong) out.add(new TokenRange(start, end));
            k = Math.max(end, k + 1);
        }
    }
}
