package org.wirewatch.core.extract.ner;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Mention;

/**
 * Entities in a language without name cues: runs of capitalised words that the knowledge base
 * knows as a name, in any language or script ("NATO", "Putin", "Київ"), longest first, linked to
 * their identity. Nothing the knowledge base does not know is a name here, so a German noun or a
 * sentence's first word is never taken for one; recall is what the knowledge base covers.
 * Immutable and thread-safe.
 */
public final class KnownNameFinder {
    /** The longest name tried, in words. */
    static final int MAX_WORDS = 4;

    private final KnowledgeBase kb;

    public KnownNameFinder(KnowledgeBase kb) {
        this.kb = Check.notNullParam(kb, "kb");
    }

    public List<Mention> find(AnalysedText analysed) {
        Check.notNullParam(analysed, "analysed");
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : analysed.sentences()) find(analysed.text(), analysed.language(), sentence.tokens(), out);
        return List.copyOf(out);
    }

    private void find(String text, String lang, List<Token> tokens, List<Mention> out) {
        int i = 0;
        while (i < tokens.size()) {
            int end = capitalised(tokens.get(i)) ? longestKnown(text, lang, tokens, i, out) : -1;
            i = end > i ? end : i + 1;
        }
    }

    /** Adds the longest known name starting at token {@code from} and returns the token after it; -1 if none. */
    private int longestKnown(String text, String lang, List<Token> tokens, int from, List<Mention> out) {
        int run = from + 1;
        while (run < tokens.size() && run - from < MAX_WORDS && capitalised(tokens.get(run))
                && adjacent(text, tokens.get(run - 1), tokens.get(run))) run++;
        for (int to = run; to > from; to--) {
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            String name = text.substring(start, end);
            List<KbEntity> known = kb.find(name, lang);
            if (known.isEmpty()) continue;
            KbEntity e = known.get(0);
            out.add(new Mention(start, end, name, e.type().name(), e.id(), e.name()));
            return to;
        }
        return -1;
    }

    private static boolean capitalised(Token t) {
        return t.isWord() && (t.capitalised() || t.allCaps());
    }

    /** Words of one name are separated by a single space at most. */
    private static boolean adjacent(String text, Token a, Token b) {
        return b.start() - a.end() <= 1 && (b.start() == a.end() || text.charAt(a.end()) == ' ');
    }
}
