package org.wirewatch.core.extract.tone;

import java.util.List;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;

/**
 * The features of a {@link Target} for the trained classifiers, hashed into {@code 2^bits} slots:
 * the words around the mention (by lemma where the lexicon has a dictionary) by side and distance,
 * the words of its clause, the words right before and after it, the sentiment words by side and
 * distance and those of its clause by its role there, the rules' own score, negation just before
 * the mention and quotation marks around it. The sentence's other words are not features: a
 * sentence often portrays its mentions differently ("A praised B"), and they only added noise
 * (English dev macro-F1 0.643 with them, 0.660 without).
 *
 * <p>A feature is named by a string ("L:" + lemma), but the string is never built: its hash is
 * computed piece by piece ({@link #cat}), equal to the {@code hashCode} of the whole string, so the
 * features of every mention of every article cost no allocation. Stateless; thread-safe.
 */
final class TargetFeatures {
    private static final int BIAS = "bias".hashCode();
    private static final int NEAR = "near".hashCode(), POS = "pos".hashCode(), NEG = "neg".hashCode();
    private static final int LEFT = "left".hashCode(), RIGHT = "right".hashCode(), CLAUSE = "clause".hashCode();
    private static final int C = "c:".hashCode(), INSIDE = "inside:".hashCode(), HIT = "hit:".hashCode(), HITW = "hitw:".hashCode();
    private static final int RULE = "rule:".hashCode(), ROLE = "role:".hashCode(), CHIT = "chit:".hashCode(), CHITW = "chitw:".hashCode();
    private static final int B1 = "b1:".hashCode(), A1 = "a1:".hashCode(), B2 = "b2:".hashCode(), A2 = "a2:".hashCode();
    private static final int QUOTED = "quoted".hashCode(), FIRST = "first".hashCode(), NEGATED = "negated".hashCode();
    private static final int SELF = "self:".hashCode(), COMMON = "common".hashCode();

    private TargetFeatures() {}

    /** Receives one feature: its slot and value. */
    interface Sink {
        void accept(int slot, float value);
    }

    /** The slot of the feature every target has, whose weights are the classes' biases. */
    static int biasSlot(int bits) {
        return slot(BIAS) & ((1 << bits) - 1);
    }

    /** The features of the first feature set (what the models of format 1 were trained on). */
    static void extract(Target t, int bits, Sink sink) {
        extract(t, bits, 1, sink);
    }

    /** The features of feature set 1, or of set 2, which adds the mention's role ({@link TargetRoles}). */
    static void extract(Target t, int bits, int set, Sink sink) {
        int mask = (1 << bits) - 1;
        List<Token> tokens = t.tokens();
        ToneWord[] forms = t.sentence().forms();
        emit(sink, mask, BIAS, 1);
        int clauseFrom = clauseStart(t), clauseTo = clauseEnd(t);
        for (int i = 0; i < tokens.size(); i++) {
            if (forms[i] == null || (i >= t.from() && i < t.to())) continue;
            String w = forms[i].stem();
            int d = t.distance(i);
            char side = i < t.from() ? 'L' : 'R';
            if (d < 4) emit(sink, mask, cat(cat(cat(0, side), ':'), w), 1);
            if (d < 10) emit(sink, mask, cat(cat(cat(cat(0, side), bucket(d)), ':'), w), 1);
            if (i >= clauseFrom && i < clauseTo) emit(sink, mask, cat(C, w), 1);
        }
        self(t, sink, mask);
        neighbours(t, sink, mask);
        clause(t, clauseFrom, clauseTo, sink, mask);
        double near = 0, pos = 0, neg = 0, left = 0, right = 0;
        for (ToneHit h : t.sentence().hits()) {
            if (t.inside(h)) {
                emit(sink, mask, cat(INSIDE, sign(h.valence())), 1);
                continue;
            }
            int d = t.distance(h.word());
            near += h.valence() / (1 + d / 4.0);
            if (h.valence() > 0) pos += h.valence();
            else neg -= h.valence();
            if (h.word() < t.from()) left += h.valence();
            else right += h.valence();
            char side = h.word() < t.from() ? 'L' : 'R';
            emit(sink, mask, cat(cat(cat(HIT, sign(h.valence())), side), bucket(d)), 1);
            emit(sink, mask, cat(cat(cat(cat(HITW, side), ':'), forms[h.word()].stem()), sign(h.valence())), 1);
        }
        emit(sink, mask, NEAR, (float) squash(near));
        emit(sink, mask, POS, (float) squash(pos));
        emit(sink, mask, NEG, (float) squash(neg));
        emit(sink, mask, LEFT, (float) squash(left));
        emit(sink, mask, RIGHT, (float) squash(right));
        emit(sink, mask, cat(RULE, TargetRules.INSTANCE.classify(t).label()), 1);
        if (quoted(tokens, t.from())) emit(sink, mask, QUOTED, 1);
        if (t.from() == 0) emit(sink, mask, FIRST, 1);
        if (set >= 2) TargetRoles.extract(t, clauseFrom, clauseTo, sink, mask);
    }

    /**
     * The mention's own words, and whether it is written in lower case (a profession, a
     * nationality: "журналисты", "the minister") rather than as a name: some targets are portrayed
     * alike in most sentences ("террористы"), and common nouns are less often judged than names
     * (Russian dev F1(P,N) 0.324 without these features, see docs/models.md).
     */
    private static void self(Target t, Sink sink, int mask) {
        boolean common = true;
        for (int i = t.from(); i < t.to(); i++) {
            ToneWord w = t.sentence().forms()[i];
            if (w == null) continue;
            emit(sink, mask, cat(SELF, w.stem()), 1);
            common &= !Character.isUpperCase(t.tokens().get(i).text().charAt(0));
        }
        if (common) emit(sink, mask, COMMON, 1);
    }

    /** The word before and after the mention and their pair with it: "by X", "X said". */
    private static void neighbours(Target t, Sink sink, int mask) {
        List<Token> tokens = t.tokens();
        ToneWord[] forms = t.sentence().forms();
        String before = t.from() > 0 ? word(tokens, forms, t.from() - 1) : "^";
        String before2 = t.from() > 1 ? word(tokens, forms, t.from() - 2) : "^";
        String after = t.to() < tokens.size() ? word(tokens, forms, t.to()) : "$";
        String after2 = t.to() + 1 < tokens.size() ? word(tokens, forms, t.to() + 1) : "$";
        emit(sink, mask, cat(B1, before), 1);
        emit(sink, mask, cat(A1, after), 1);
        emit(sink, mask, cat(cat(cat(B2, before2), '_'), before), 1);
        emit(sink, mask, cat(cat(cat(A2, after), '_'), after2), 1);
        for (int j = Math.max(0, t.from() - 3); j < t.from(); j++) {
            if (forms[j] != null && forms[j].negation()) emit(sink, mask, NEGATED, 1);
        }
    }

    /**
     * The sentiment words of the mention's own clause (between the clause breaks around it), by
     * where they stand: after the mention at the clause's start they say what the mention does or
     * is ("X failed"), before it they say what is done to it ("condemned X").
     */
    private static void clause(Target t, int from, int to, Sink sink, int mask) {
        char role = from == t.from() ? 'S' : 'O';
        emit(sink, mask, cat(ROLE, role), 1);
        double sum = 0;
        for (ToneHit h : t.sentence().hits()) {
            if (t.inside(h) || h.word() < from || h.word() >= to) continue;
            sum += h.valence();
            char side = h.word() < t.from() ? 'L' : 'R';
            emit(sink, mask, cat(cat(cat(CHIT, role), side), sign(h.valence())), 1);
            emit(sink, mask, cat(cat(cat(CHITW, side), ':'), t.sentence().forms()[h.word()].stem()), 1);
        }
        emit(sink, mask, CLAUSE, (float) squash(sum));
    }

    /** The first token of the mention's clause: after the nearest clause break before it. */
    static int clauseStart(Target t) {
        int i = t.from() - 1;
        while (i >= 0 && !clauseBreak(t, i)) i--;
        return i + 1;
    }

    /** The token after the mention's clause: the nearest clause break after it. */
    static int clauseEnd(Target t) {
        int i = t.to();
        while (i < t.tokens().size() && !clauseBreak(t, i)) i++;
        return i;
    }

    private static boolean clauseBreak(Target t, int i) {
        ToneWord w = t.sentence().forms()[i];
        if (w != null) return w.contrast();
        Token tok = t.tokens().get(i);
        if (!tok.isPunctuation()) return false;
        String p = tok.text();
        return p.equals(",") || p.equals(";") || p.equals(":") || p.equals("(") || p.equals(")") || p.equals("\u2014") || p.equals("\u2013");
    }

    private static String word(List<Token> tokens, ToneWord[] forms, int i) {
        if (forms[i] != null) return forms[i].stem();
        Token t = tokens.get(i);
        if (t.kind() == TokenKind.NUMBER) return "0";
        return t.text();
    }

    /** Whether an odd number of quotation marks stands before the mention in its sentence. */
    private static boolean quoted(List<Token> tokens, int from) {
        int quotes = 0;
        for (int i = 0; i < from && i < tokens.size(); i++) if (tokens.get(i).kind() == TokenKind.QUOTE) quotes++;
        return quotes % 2 == 1;
    }

    static char sign(double v) {
        return v > 0 ? '+' : '-';
    }

    static char bucket(int d) {
        return d < 2 ? '0' : d < 5 ? '1' : d < 10 ? '2' : '3';
    }

    private static double squash(double v) {
        return v / Math.sqrt(v * v + 4);
    }

    /**
     * The hash of the string whose hash is {@code h}, with {@code s} appended: by String.hashCode's
     * recurrence, h x 31^length + s.hashCode(), and a String keeps its hash once computed, so a
     * lemma shared by the lexicon's memo is hashed once.
     */
    static int cat(int h, String s) {
        int n = s.length();
        if (n < POWERS.length) return h * POWERS[n] + s.hashCode();
        for (int k = 0; k < n; k++) h = 31 * h + s.charAt(k);
        return h;
    }

    /** 31^n (mod 2^32), for {@link #cat}. */
    private static final int[] POWERS = new int[64];

    static {
        POWERS[0] = 1;
        for (int n = 1; n < POWERS.length; n++) POWERS[n] = POWERS[n - 1] * 31;
    }

    static int cat(int h, char c) {
        return 31 * h + c;
    }

    static void emit(Sink sink, int mask, int hash, float value) {
        sink.accept(slot(hash) & mask, value);
    }

    /** String.hashCode is fixed by the language spec, so slots are the same in every JVM; the mix spreads them over the low bits. */
    private static int slot(int hash) {
        int h = hash * 0x9E3779B1;
        return h ^ (h >>> 15);
    }
}
