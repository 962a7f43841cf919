package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;

/**
 * Maps gold character spans onto the tokens of the project's own tokenizer, so that training sees
 * what the tagger will see. A span whose edges fall inside a token is widened to the tokens it
 * overlaps (and counted as inexact); one that crosses a sentence boundary is dropped (and counted).
 */
final class Alignment {
    private final TextSplitter splitter;
    private final boolean dropLowerCase;
    /** Whether a word names a place, for splitting "Конгресса США"; null to keep organisations whole. */
    private final java.util.function.Predicate<Token> place;
    private int split;
    private int spans;
    private int lowerCase;
    private int inexact;
    private int crossing;

    /**
     * @param dropLowerCase leave out spans that start with a lower-case letter: NEREL marks
     *                      "российских" and "полиции" as names, FactRuEval and the recogniser's users do not
     */
    Alignment(TextSplitter splitter, boolean dropLowerCase) {
        this(splitter, dropLowerCase, null);
    }

    /**
     * @param place where not null, an organisation whose last word is a place becomes two names,
     *              as FactRuEval marks them ("Конгресса" ORG + "США" LOC) and NEREL does not
     */
    Alignment(TextSplitter splitter, boolean dropLowerCase, java.util.function.Predicate<Token> place) {
        this.place = place;
        this.splitter = splitter;
        this.dropLowerCase = dropLowerCase;
    }

    List<AlignedSentence> align(GoldDocument doc, String lang) {
        List<AlignedSentence> out = new ArrayList<>();
        List<Sentence> sentences = splitter.sentences(doc.text(), lang);
        int next = 0;
        List<GoldDocument.GoldSpan> gold = doc.spans();
        for (Sentence s : sentences) {
            List<TokenSpan> inside = new ArrayList<>();
            while (next < gold.size() && gold.get(next).start() < s.end()) {
                GoldDocument.GoldSpan g = gold.get(next++);
                spans++;
                if (dropLowerCase && Character.isLowerCase(doc.text().codePointAt(g.start()))) {
                    lowerCase++;
                    continue;
                }
                TokenSpan t = toTokens(s.tokens(), g);
                if (t == null || g.end() > s.end()) crossing++;
                else if (inside.isEmpty() || inside.get(inside.size() - 1).to() <= t.from()) inside.addAll(splitTrailingPlace(s.tokens(), t));
            }
            out.add(new AlignedSentence(s.tokens(), Bilou.encode(s.tokens().size(), inside)));
        }
        spans += gold.size() - next;
        crossing += gold.size() - next;
        return out;
    }

    private List<TokenSpan> splitTrailingPlace(List<Token> tokens, TokenSpan t) {
        if (place == null || t.type() != org.wirewatch.core.kb.EntityType.ORG || t.to() - t.from() < 2) return List.of(t);
        Token last = tokens.get(t.to() - 1);
        Token before = tokens.get(t.to() - 2);
        if (!last.isWord() || !last.capitalised() || !before.isWord() || !place.test(last)) return List.of(t);
        split++;
        return List.of(new TokenSpan(t.from(), t.to() - 1, t.type()), new TokenSpan(t.to() - 1, t.to(), org.wirewatch.core.kb.EntityType.LOC));
    }

    private TokenSpan toTokens(List<Token> tokens, GoldDocument.GoldSpan g) {
        int from = -1;
        int to = -1;
        boolean exact = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() <= g.start() || t.start() >= g.end()) continue;
            if (from < 0) {
                from = i;
                exact &= t.start() == g.start();
            }
            to = i + 1;
        }
        if (from < 0) return null;
        exact &= tokens.get(to - 1).end() == g.end();
        if (!exact) inexact++;
        return new TokenSpan(from, to, g.type());
    }

    /** How the gold spans met the tokens: total, widened to token edges, dropped across sentences. */
    AlignmentReport report() {
        return new AlignmentReport(spans, inexact, crossing, lowerCase, split);
    }

    /**
     * @param inexact   spans whose edges fell inside a token
     * @param crossing  spans across a sentence break
     * @param lowerCase spans left out because they start in lower case
     * @param split     organisations split before a trailing place
     */
    record AlignmentReport(int spans, int inexact, int crossing, int lowerCase, int split) {}
}
