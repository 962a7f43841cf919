package org.wirewatch.core.extract.tone;

import java.util.List;
import java.util.Locale;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;

/**
 * The features of a {@link Target} for the trained classifiers, hashed into {@code 2^bits} slots:
 * the sentence's words (by lemma where the lexicon has a dictionary), the words right before and
 * after the mention, the sentiment words by side and distance, the rules' own score, negation just
 * before the mention and quotation marks around it. Stateless; thread-safe.
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
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (!tok.isWord() || (i >= t.from() && i < t.to())) continue;
            String w = lexicon.stem(ToneLexicon.normal(tok.text()));
            emit(sink, mask, "w:" + w, 1);
            int d = t.distance(i);
            if (d < 4) emit(sink, mask, (i < t.from() ? "L:" : "R:") + w, 1);
        }
        neighbours(t, sink, mask);
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
