package org.wirewatch.core.extract.tone;

import static org.wirewatch.core.extract.tone.TargetFeatures.bucket;
import static org.wirewatch.core.extract.tone.TargetFeatures.cat;
import static org.wirewatch.core.extract.tone.TargetFeatures.emit;
import static org.wirewatch.core.extract.tone.TargetFeatures.sign;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;

/**
 * The features of a {@link Target}'s role in its sentence (feature set 2 of
 * {@link TargetFeatures}): a sentence that says something bad happened does not say to whom, and
 * the mention's grammatical case (the last part of its dictionary tag: for Russian nouns
 * nominative, the usual agent, against the cases of what is acted upon) crossed with the signs of
 * the sentiment words near it and in its clause, the verbs on either side of it in its clause, and
 * whether it stands inside or outside a quotation in a sentence that quotes. Stateless.
 */
final class TargetRoles {
    private static final int CASE = "tc:".hashCode(), CASE_CLAUSE = "tcr:".hashCode(), CASE_NEAR = "tcn:".hashCode();
    private static final int VERB = "v:".hashCode(), CASE_VERB = "tcv:".hashCode(), QUOTES = "qs:".hashCode();

    private TargetRoles() {}

    static void extract(Target t, int clauseFrom, int clauseTo, TargetFeatures.Sink sink, int mask) {
        List<String> cases = cases(t);
        float share = cases.isEmpty() ? 0 : 1f / cases.size();
        char role = clauseFrom == t.from() ? 'S' : 'O';
        ToneHit nearest = null;
        for (ToneHit h : t.sentence().hits()) {
            if (t.inside(h)) continue;
            if (nearest == null || t.distance(h.word()) < t.distance(nearest.word())) nearest = h;
        }
        for (String c : cases) {
            emit(sink, mask, cat(CASE, c), share);
            for (ToneHit h : t.sentence().hits()) {
                if (t.inside(h) || h.word() < clauseFrom || h.word() >= clauseTo) continue;
                emit(sink, mask, cat(cat(cat(cat(CASE_CLAUSE, c), role), side(t, h.word())), sign(h.valence())), share);
            }
            if (nearest != null) {
                int d = t.distance(nearest.word());
                emit(sink, mask, cat(cat(cat(cat(CASE_NEAR, c), side(t, nearest.word())), sign(nearest.valence())), bucket(d)), share);
            }
        }
        verbs(t, clauseFrom, clauseTo, cases, share, sink, mask);
        quotes(t, sink, mask);
    }

    /** The nearest verb on each side of the mention within its clause, by lemma, and its valence by the mention's case. */
    private static void verbs(Target t, int clauseFrom, int clauseTo, List<String> cases, float share, TargetFeatures.Sink sink, int mask) {
        ToneWord[] forms = t.sentence().forms();
        int left = t.from() - 1;
        while (left >= clauseFrom && (forms[left] == null || !forms[left].verb())) left--;
        int right = t.to();
        while (right < clauseTo && (forms[right] == null || !forms[right].verb())) right++;
        for (int v : new int[] {left >= clauseFrom ? left : -1, right < clauseTo ? right : -1}) {
            if (v < 0) continue;
            char side = side(t, v);
            emit(sink, mask, cat(cat(VERB, side), forms[v].stem()), 1);
            float valence = forms[v].valence();
            char polarity = Float.isNaN(valence) || valence == 0 ? '0' : sign(valence);
            for (String c : cases) emit(sink, mask, cat(cat(cat(CASE_VERB, c), side), polarity), share);
        }
    }

    /** In a sentence that quotes, whether the mention is inside the quotation (named by the speaker) or outside (often the speaker). */
    private static void quotes(Target t, TargetFeatures.Sink sink, int mask) {
        List<Token> tokens = t.tokens();
        int before = 0, all = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() != TokenKind.QUOTE) continue;
            all++;
            if (i < t.from()) before++;
        }
        if (all > 0) emit(sink, mask, cat(QUOTES, before % 2 == 1 ? 'i' : 'o'), 1);
    }

    /**
     * The grammatical cases the mention's head may be in: of its first noun or name (a name's own
     * readings where it has them, so "Путина" is not also the fish), else of its first word.
     */
    static List<String> cases(Target t) {
        ToneWord[] forms = t.sentence().forms();
        for (int i = t.from(); i < t.to(); i++) {
            if (forms[i] == null) continue;
            List<String> proper = parts(forms[i].morph(), "PROPN/"), common = parts(forms[i].morph(), "NOUN/");
            boolean capital = Character.isUpperCase(t.tokens().get(i).text().charAt(0));
            if (capital && !proper.isEmpty()) return proper;
            if (!common.isEmpty() || !proper.isEmpty()) return common.isEmpty() ? proper : common;
        }
        for (int i = t.from(); i < t.to(); i++) if (forms[i] != null) return parts(forms[i].morph(), "");
        return List.of();
    }

    private static List<String> parts(List<String> morph, String prefix) {
        List<String> out = new ArrayList<>(morph.size());
        for (String m : morph) {
            if (!m.startsWith(prefix)) continue;
            String c = m.substring(m.indexOf('/') + 1);
            if (!out.contains(c)) out.add(c);
        }
        return out;
    }

    private static char side(Target t, int word) {
        return word < t.from() ? 'L' : 'R';
    }
}
