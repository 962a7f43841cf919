package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.text.Token;

/**
 * A name that opens a quotation mark closes it: "ТОВ « Грімальді" followed by "»" becomes
 * "ТОВ « Грімальді »", as the Ukrainian gold writes company names. The model often stops one
 * token short, since the closing quote looks like any other punctuation to it. The other way
 * round, a name inside quotes does not take the closing quote it never opened: "«Західна нафтова
 * група»" gives "Західна нафтова група", not "Західна нафтова група»".
 */
final class QuoteBalance {
    private QuoteBalance() {}

    static List<TokenSpan> close(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan s = spans.get(k);
            int next = k + 1 < spans.size() ? spans.get(k + 1).from() : tokens.size();
            boolean closes = s.to() < next && opens(tokens, s) && isClosing(tokens.get(s.to()));
            if (closes) s = new TokenSpan(s.from(), s.to() + 1, s.type());
            else if (s.to() - s.from() > 1 && isClosing(tokens.get(s.to() - 1)) && !opens(tokens, new TokenSpan(s.from(), s.to() - 1, s.type()))) {
                s = new TokenSpan(s.from(), s.to() - 1, s.type());   // "Західна нафтова група»": a quote it never opened
            }
            out.add(s);
        }
        return out;
    }

    /**
     * A name between quotes right after an abbreviation of a company's legal form takes it in:
     * "ПрАТ « Зоря »", "ТзОВ «Сяйво»", the way the Ukrainian gold writes 670 of 680 such names.
     * The model learns the common forms (ТОВ, ДП) and misses the rare ones; a designator it tagged
     * as a name of its own is merged.
     */
    static List<TokenSpan> withLegalForms(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = new ArrayList<>(spans.size());
        for (TokenSpan s : spans) {
            int f = s.from();
            boolean quoted = f >= 2 && isOpening(tokens.get(f - 1)) && s.to() < tokens.size() && isClosing(tokens.get(s.to()))
                    && isLegalForm(tokens.get(f - 2));
            TokenSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (!quoted || (last != null && last.to() > f - 2 && !(last.from() == f - 2 && last.to() == f - 1))) {
                out.add(s);
                continue;
            }
            if (last != null && last.to() > f - 2) out.remove(out.size() - 1);
            out.add(new TokenSpan(f - 2, s.to(), EntityType.ORG));
        }
        return out;
    }

    /** "ТОВ", "ПрАТ", "ТзОВ": a short word of letters with at least two capitals, the first among them. */
    private static boolean isLegalForm(Token t) {
        String w = t.text();
        if (!t.isWord() || w.length() < 2 || w.length() > 5 || !Character.isUpperCase(w.charAt(0))) return false;
        int capitals = 0;
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) return false;
            if (Character.isUpperCase(w.charAt(i))) capitals++;
        }
        return capitals >= 2;
    }

    private static boolean isOpening(Token t) {
        return t.text().equals("«") || t.text().equals("„");
    }

    /** Whether the span has an opening guillemet or low quote with no closing one after it. */
    private static boolean opens(List<Token> tokens, TokenSpan s) {
        int open = 0;
        for (int i = s.from(); i < s.to(); i++) {
            String t = tokens.get(i).text();
            if (t.equals("«") || t.equals("„")) open++;
            else if (isClosing(tokens.get(i)) && open > 0) open--;
        }
        return open > 0;
    }

    private static boolean isClosing(Token t) {
        return t.text().equals("»") || t.text().equals("“");
    }
}
