package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;

/**
 * A rule after decoding: a name in quotation marks right after a word that says what kind of
 * body it names ("радиостанция «Маяк»", "партии «Путь Грузии»", "клуба «16 тонн»", "центре
 * «Сколково»") is one organisation, whatever the model read in the quoted words alone: a place
 * in "Маяк" or "Грузии", a person in "Телевизор", or nothing. The head words are the language
 * pack's ({@code [quoted-org]} in {@code names.cues}); a pack that lists none changes nothing.
 * A span that crosses the quotation marks (a legal form or the head word taken in) is left as it
 * is. Immutable and thread-safe.
 */
final class QuotedOrganisations {
    /** Longest quoted name, in tokens; longer quotes are speech, not names. */
    private static final int MAX_TOKENS = 6;

    private final NameCues cues;

    /** {@code cues} not null. */
    QuotedOrganisations(NameCues cues) {
        this.cues = cues;
    }

    /** The spans of one sentence, each quoted name after a head word made one organisation. */
    List<TokenSpan> apply(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = spans;
        boolean[] inside = QuoteState.inside(tokens);
        for (int i = 2; i < tokens.size(); i++) {
            if (!inside[i] || inside[i - 1] || !isQuote(tokens.get(i - 1)) || !cues.isQuotedOrgHead(tokens.get(i - 2).text())) continue;
            int end = i;
            while (end < tokens.size() && !isQuote(tokens.get(end)) && end - i <= MAX_TOKENS) end++;
            if (end >= tokens.size() || end - i > MAX_TOKENS || !opensName(tokens.get(i))) continue;
            out = merged(out, i, end);
        }
        return out;
    }

    /** The spans with those inside {@code [from, to)} replaced by one organisation; unchanged if one crosses its edges. */
    private static List<TokenSpan> merged(List<TokenSpan> spans, int from, int to) {
        List<TokenSpan> out = new ArrayList<>(spans.size() + 1);
        boolean placed = false;
        for (TokenSpan s : spans) {
            boolean overlaps = s.from() < to && from < s.to();
            if (overlaps && (s.from() < from || s.to() > to)) return spans;
            if (overlaps && s.from() == from && s.to() == to && s.type() == EntityType.ORG) return spans;
            if (overlaps) continue;
            if (!placed && s.from() >= to) {
                out.add(new TokenSpan(from, to, EntityType.ORG));
                placed = true;
            }
            out.add(s);
        }
        if (!placed) out.add(new TokenSpan(from, to, EntityType.ORG));
        return out;
    }

    private static boolean isQuote(Token t) {
        return t.kind() == TokenKind.QUOTE;
    }

    /** A capital or a digit: "Маяк", "16 тонн"; a quote that begins in lower case is a phrase, not a name. */
    private static boolean opensName(Token t) {
        return !t.text().isEmpty() && (Character.isUpperCase(t.text().codePointAt(0)) || Character.isDigit(t.text().codePointAt(0)));
    }
}
