package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.linguistics.text.Token;

/**
 * A rule after decoding, for languages whose pack says so ({@code numbered-words-no-names} in
 * {@code names.cues}): a span that is one word joined to a number by a hyphen, written without
 * spaces ("STS-124", "Су-27", "гелий-3"), is a designation of a model, a mission or an isotope,
 * not a name; the model reads the capitals and the context ("экипаж STS-124") as an
 * organisation's. Stateless.
 */
final class NumberedWords {
    private NumberedWords() {}

    /** The spans without those that are a numbered word. */
    static List<TokenSpan> drop(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = null;
        for (int n = 0; n < spans.size(); n++) {
            if (!numbered(tokens, spans.get(n))) {
                if (out != null) out.add(spans.get(n));
                continue;
            }
            if (out == null) out = new ArrayList<>(spans.subList(0, n));
        }
        return out == null ? spans : out;
    }

    /** The span's tokens, written together, are letters, a hyphen and digits. */
    private static boolean numbered(List<Token> tokens, TokenSpan s) {
        StringBuilder text = new StringBuilder();
        for (int i = s.from(); i < s.to(); i++) {
            if (i > s.from() && tokens.get(i - 1).end() != tokens.get(i).start()) return false;
            text.append(tokens.get(i).text());
        }
        return text.toString().matches("\\p{L}+-\\d+");
    }
}
