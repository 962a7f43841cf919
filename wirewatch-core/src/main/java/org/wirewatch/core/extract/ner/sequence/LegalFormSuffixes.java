package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.text.Token;

/**
 * A rule after decoding: a name that ends in a company's legal form ("MAKO Holding B. V.",
 * "Siemens AG", "Стокман Інтерхолд С. А.") is an organisation. The single capitals of "B. V."
 * look like a person's initials to the model, which then reads the firm as a person. The forms
 * are the language pack's ({@code [legal-form]} in {@code names.cues}, letters run together);
 * a language that lists none keeps its types. Immutable and thread-safe.
 */
final class LegalFormSuffixes {
    /** Most single-letter parts of a form written with stops ("S. p. A."). */
    private static final int MAX_LETTERS = 3;

    private final NameCues cues;

    /** {@code cues} not null. */
    LegalFormSuffixes(NameCues cues) {
        this.cues = cues;
    }

    /** The spans of one sentence, those ending in a legal form typed as organisations. */
    List<TokenSpan> retype(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = null;
        for (int n = 0; n < spans.size(); n++) {
            TokenSpan s = spans.get(n);
            if (s.type() == EntityType.ORG || s.to() - s.from() < 2 || !endsInLegalForm(tokens, s)) continue;
            if (out == null) out = new ArrayList<>(spans);
            out.set(n, new TokenSpan(s.from(), s.to(), EntityType.ORG));
        }
        return out == null ? spans : out;
    }

    /**
     * "… AG", "… Ltd .", "… B . V .": the last word, or the single letters written with stops run
     * together when at least two words stand before them.
     */
    private boolean endsInLegalForm(List<Token> tokens, TokenSpan s) {
        int i = s.to() - 1;
        if (tokens.get(i).isPunct(".")) i--;
        if (i <= s.from() || !tokens.get(i).isWord()) return false;
        if (cues.isLegalFormSuffix(tokens.get(i).text())) return true;
        StringBuilder letters = new StringBuilder();
        while (i > s.from() && letters.length() < MAX_LETTERS && tokens.get(i).isWord() && tokens.get(i).length() == 1) {
            letters.insert(0, tokens.get(i).text());
            i--;
            if (!tokens.get(i).isPunct(".")) break;
            i--;
        }
        // after one word, single capitals with stops are a person's initials ("Петренко С. А.")
        return letters.length() >= 2 && i > s.from() && cues.isLegalFormSuffix(letters.toString());
    }
}
