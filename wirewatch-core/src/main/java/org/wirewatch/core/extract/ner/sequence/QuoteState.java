package org.wirewatch.core.extract.ner.sequence;

import java.util.List;
import org.wirewatch.core.linguistics.text.Token;

/**
 * Which tokens stand between quotation marks: Ukrainian and Russian write the names of companies,
 * parties and clubs in quotes (ТОВ « Грімальді », движение «Солидарность»), and the quotes often
 * belong to the span. Straight quotes open and close by turns; « » „ “ ” by their direction.
 */
final class QuoteState {
    private QuoteState() {}

    static boolean[] inside(List<Token> tokens) {
        boolean[] in = new boolean[tokens.size()];
        boolean open = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != org.wirewatch.core.linguistics.text.TokenKind.QUOTE) {
                in[i] = open;
                continue;
            }
            String q = t.text();
            if (q.equals("«") || q.equals("„")) open = true;
            else if (q.equals("»")) open = false;
            else open = !open;
        }
        return in;
    }
}
