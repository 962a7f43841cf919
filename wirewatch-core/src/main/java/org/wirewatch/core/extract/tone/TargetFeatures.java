package org.wirewatch.core.extract.tone;

import java.util.List;
import java.util.Locale;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;

/**
 * The features of a {@link Target} for the trained classifiers, hashed into {@code 2^bits} slots:
 * the words around the mention (by lemma where the lexicon has a dictionary) by side and distance,
 * the words of its clause, the words right before and after it, the sentiment words by side and
 * distance and those of its clause by its role there, the rules' own score, negation just before
 * the mention and quotation marks around it. The sentence's other words are not features: a
 * sentence often portrays its mentions differently ("A praised B"), and they only added noise
 * (English dev macro-F1 0.643 with them, 0.660 without). Stateless; thread-safe.
 */
final class TargetFeatures {
    private TargetFeatures() {}

    /** Receives one feature: its slot and value. */
    interface Sink {
        void accept(int slot, float value);
    }

    static void extract(Target t, int bits, Sink sink) {
        int mask = (1 << bits) - 1;
        List<Token> tokens = t.tokens();
        ToneLexicon lexicon = t.lexicon();
        emit(sink, mask, "bias", 1);
        int clauseFrom = clauseStart(t), clauseTo = clauseEnd(t);
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (!tok.isWord() || (i >= t.from() && i < t.to())) continue;
            String w = lexicon.stem(ToneLexicon.normal(tok.text()));
            int d = t.distance(i);
            if (d < 4) emit(sink, mask, (i < t.from() ? "L:" : "R:") + w, 1);
            if (d < 10) emit(sink, mask, (i < t.from() ? "L" : "R") + bucket(d) + ":" + w, 1);
            if (i >= clauseFrom && i < clauseTo) emit(sink, mask, "c:" + w, 1);
        }
        neighbours(t, sink, mask);
        clause(t, clauseFrom, clauseTo, sink, mask);
        double near = 0, pos = 0, neg = 0, left = 0, right = 0;
        for (ToneHit h : t.sentence().hits()) {
            if (t.inside(h)) {
                emit(sink, mask, "inside:" + sign(h.valence()), 1);
                continue;
            }
            int d = t.distance(h.word());
            near += h.valence() / (1 + d / 4.0);
            if (h.valence() > 0) pos += h.valence();
            else neg -= h.valence();
            if (h.word() < t.from()) left += h.valence();
            else right += h.valence();
            String side = h.word() < t.from() ? "L" : "R";
            emit(sink, mask, "hit:" + sign(h.valence()) + side + bucket(d), 1);
            emit(sink, mask, "hitw:" + side + ":" + lexicon.stem(ToneLexicon.normal(tokens.get(h.word()).text())) + sign(h.valence()), 1);
        }
        emit(sink, mask, "near", (float) squash(near));
        emit(sink, mask, "pos", (float) squash(pos));
        emit(sink, mask, "neg", (float) squash(neg));
        emit(sink, mask, "left", (float) squash(left));
        emit(sink, mask, "right", (float) squash(right));
        emit(sink, mask, "rule:" + TargetRules.INSTANCE.classify(t).label(), 1);
        if (quoted(tokens, t.from())) emit(sink, mask, "quoted", 1);
        if (t.from() == 0) emit(sink, mask, "first", 1);
    }

    /** The word before and after the mention and their pair with it: "by X", "X said". */
    private static void neighbours(Target t, Sink sink, int mask) {
        List<Token> tokens = t.tokens();
        String before = t.from() > 0 ? word(tokens.get(t.from() - 1), t.lexicon()) : "^";
        String before2 = t.from() > 1 ? word(tokens.get(t.from() - 2), t.lexicon()) : "^";
        String after = t.to() < tokens.size() ? word(tokens.get(t.to()), t.lexicon()) : "$";
        String after2 = t.to() + 1 < tokens.size() ? word(tokens.get(t.to() + 1), t.lexicon()) : "$";
        emit(sink, mask, "b1:" + before, 1);
        emit(sink, mask, "a1:" + after, 1);
        emit(sink, mask, "b2:" + before2 + "_" + before, 1);
        emit(sink, mask, "a2:" + after + "_" + after2, 1);
        for (int j = Math.max(0, t.from() - 3); j < t.from(); j++) {
            if (tokens.get(j).isWord() && t.lexicon().negation(ToneLexicon.normal(tokens.get(j).text()))) emit(sink, mask, "negated", 1);
        }
    }

    /**
     * The sentiment words of the mention's own clause (between the clause breaks around it), by
     * where they stand: after the mention at the clause's start they say what the mention does or
     * is ("X failed"), before it they say what is done to it ("condemned X").
     */
    private static void clause(Target t, int from, int to, Sink sink, int mask) {
        String role = from == t.from() ? "S" : "O";
        emit(sink, mask, "role:" + role, 1);
        double sum = 0;
        for (ToneHit h : t.sentence().hits()) {
            if (t.inside(h) || h.word() < from || h.word() >= to) continue;
            sum += h.valence();
            String side = h.word() < t.from() ? "L" : "R";
            emit(sink, mask, "chit:" + role + side + sign(h.valence()), 1);
            emit(sink, mask, "chitw:" + side + ":" + t.lexicon().stem(ToneLexicon.normal(t.tokens().get(h.word()).text())), 1);
        }
        emit(sink, mask, "clause", (float) squash(sum));
    }

    /** The first token of the mention's clause: after the nearest clause break before it. */
    private static int clauseStart(Target t) {
        int i = t.from() - 1;
        while (i >= 0 && !clauseBreak(t.tokens().get(i), t.lexicon())) i--;
        return i + 1;
    }

    /** The token after the mention's clause: the nearest clause break after it. */
    private static int clauseEnd(Target t) {
        int i = t.to();
        while (i < t.tokens().size() && !clauseBreak(t.tokens().get(i), t.lexicon())) i++;
        return i;
    }

    private static boolean clauseBreak(Token tok, ToneLexicon lexicon) {
        if (tok.isWord()) return lexicon.contrast(ToneLexicon.normal(tok.text()));
        if (!tok.isPunctuation()) return false;
        String p = tok.text();
        return p.equals(",") || p.equals(";") || p.equals(":") || p.equals("(") || p.equals(")") || p.equals("\u2014") || p.equals("\u2013");
    }

    private static String word(Token t, ToneLexicon lexicon) {
        if (t.isWord()) return lexicon.stem(ToneLexicon.normal(t.text()));
        if (t.kind() == TokenKind.NUMBER) return "0";
        return t.text();
    }

    /** Whether an odd number of quotation marks stands before the mention in its sentence. */
    private static boolean quoted(List<Token> tokens, int from) {
        int quotes = 0;
        for (int i = 0; i < from && i < tokens.size(); i++) if (tokens.get(i).kind() == TokenKind.QUOTE) quotes++;
        return quotes % 2 == 1;
    }

    private static String sign(double v) {
        return v > 0 ? "+" : "-";
    }

    private static String bucket(int d) {
        return d < 2 ? "0" : d < 5 ? "1" : d < 10 ? "2" : "3";
    }

    private static double squash(double v) {
        return v / Math.sqrt(v * v + 4);
    }

    private static void emit(Sink sink, int mask, String feature, float value) {
        sink.accept(slot(feature) & mask, value);
    }

    /** String.hashCode is fixed by the language spec, so slots are the same in every JVM; the mix spreads them over the low bits. */
    static int slot(String feature) {
        int h = feature.hashCode() * 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
