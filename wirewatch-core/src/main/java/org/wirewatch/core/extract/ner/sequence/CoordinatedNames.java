package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.text.Token;

/**
 * A rule after decoding: the name of a body whose lower-case genitive chain goes on after a
 * conjunction takes the coordinated part in ("Міністерства економічного розвитку | і торгівлі",
 * "інститут інформації | , класифікації та кодування"). The model cuts such names at the
 * conjunction, where most names of its training text end; the dictionary tells a coordinated
 * genitive ("і торгівлі") from the start of the next phrase ("і прокуратура заявила"). Runs
 * where the language pack lists conjunctions ({@code [conjunction]} in {@code names.cues}) and
 * the language's dictionary knows the genitive ({@link Morphology#canBeGenitive}). Immutable and thread-safe.
 */
final class CoordinatedNames {
    /** Longest coordinated part, in words ("Всеукраїнської асоціації вільних профспілок"). */
    private static final int MAX_PART = 4;

    private final NameCues cues;
    private final Morphology morphology;

    /** Both not null; a language whose pack lists no conjunction, or whose dictionary knows no genitive, keeps its spans. */
    CoordinatedNames(NameCues cues, Morphology morphology) {
        this.cues = cues;
        this.morphology = morphology;
    }

    /** The spans of one sentence (in text order), organisations extended over their coordinated genitive chains. */
    List<TokenSpan> extend(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = null;
        for (int n = 0; n < spans.size(); n++) {
            TokenSpan s = spans.get(n);
            if (s.type() != EntityType.ORG || s.to() - s.from() < 2) continue;
            int limit = n + 1 < spans.size() ? spans.get(n + 1).from() : tokens.size();
            int end = chainEnd(tokens, s.to(), limit);
            if (end == s.to()) continue;
            if (out == null) out = new ArrayList<>(spans);
            out.set(n, new TokenSpan(s.from(), end, s.type()));
        }
        return out == null ? spans : out;
    }

    /**
     * Where the chain going on at token {@code from} ends: after the last part a conjunction
     * joins; parts after a comma count only when a conjunction closes the list ("інформації ,
     * класифікації та кодування"). The name's last word and every part's last word can be genitive
     * ("Служба безпеки | і прокуратура" stays as it is).
     */
    private int chainEnd(List<Token> tokens, int from, int limit) {
        Token last = tokens.get(from - 1);
        if (!isLowerNominal(last)) return from;
        if (!morphology.canBeGenitive(last.text())) return from;
        int committed = from;
        int i = bridgeEnd(tokens, from, limit);
        while (i < limit) {
            Token joint = tokens.get(i);
            boolean conjunction = joint.isWord() && cues.isConjunction(joint.text());
            if (!conjunction && !joint.isPunct(",")) break;
            int partEnd = partEnd(tokens, i + 1, limit);
            if (partEnd == i + 1 || !genitive(tokens.get(partEnd - 1)) || goesOn(tokens, partEnd)) break;
            i = partEnd;
            if (conjunction) committed = i;
        }
        return committed;
    }

    /**
     * The end of the genitive chain's own words the model left out before the conjunction
     * ("Комітет стандартизації | мір | і вимірних приладів"), or {@code from} when there are none;
     * they count only when a coordinated part follows.
     */
    private int bridgeEnd(List<Token> tokens, int from, int limit) {
        int end = partEnd(tokens, from, limit);
        return end > from && genitive(tokens.get(end - 1)) ? end : from;
    }

    /** The end of a run of up to {@link #MAX_PART} lower-case nouns and adjectives starting at {@code from}. */
    private int partEnd(List<Token> tokens, int from, int limit) {
        int i = from;
        while (i < limit && i - from < MAX_PART && isLowerNominal(tokens.get(i))) i++;
        return i;
    }

    /**
     * Whether the part is cut rather than ended: a lower-case noun or adjective, or a word the
     * dictionary does not know, follows it ("фізичних | осіб-підприємців"); a verb or a function word ends it.
     */
    private boolean goesOn(List<Token> tokens, int i) {
        if (i >= tokens.size()) return false;
        Token t = tokens.get(i);
        if (!t.isWord() || !t.lowerInitial() || cues.isConjunction(t.text()) || cues.isFunctionWord(t.text())) return false;
        return morphology.isOnlyNominal(t.text()) || morphology.readings(t.text()).isEmpty();
    }

    private boolean isLowerNominal(Token t) {
        return t.isWord() && t.lowerInitial() && !cues.isFunctionWord(t.text()) && morphology.isOnlyNominal(t.text())
                && !morphology.canBePronoun(t.text());
    }

    private boolean genitive(Token t) {
        return morphology.canBeGenitive(t.text());
    }
}
