package org.wirewatch.core.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.BoundedMemo;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RoleMention;

/**
 * One sentence prepared for reading events: its tokens, their folded forms and dictionary
 * readings, and the entity argument at each token. A mention inside an office title ("NATO
 * Secretary General Mark Rutte") stands for the person; a leader's name before "administration"
 * stands for the country the leader heads.
 */
final class SentenceView {
    final Sentence sentence;
    final List<Token> tokens;
    final String[] words;
    final List<List<Reading>> readings;
    private final Arg[] argAt;
    /** Per token, {@link #lemmas(int)}: triggers, support verbs, modals and aid words all ask. */
    private final List<String>[] lemmas;

    /** Sentence {@code index} of the analysed text, with the readings it gives each token. */
    SentenceView(AnalysedText text, int index, EventCues cues, ArticleContext article) {
        this(text, index, cues, article, null);
    }

    /** @param folded {@link FoldedForms} remembered for the text's morphology, or null */
    SentenceView(AnalysedText text, int index, EventCues cues, ArticleContext article, BoundedMemo<String, List<String>> folded) {
        this.sentence = text.sentences().get(index);
        this.tokens = sentence.tokens();
        int n = tokens.size();
        int first = text.firstToken(index);
        this.words = new String[n];
        this.readings = new ArrayList<>(n);
        this.lemmas = newLemmaTable(n);
        for (int i = 0; i < n; i++) {
            readings.add(text.readings(first + i));
            lemmas[i] = FoldedForms.folded(tokens.get(i).text(), readings.get(i), folded);
            words[i] = lemmas[i].get(0);
        }
        this.argAt = new Arg[n];
        for (Mention m : article.mentionsIn(sentence.start(), sentence.end())) place(m, article, cues);
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newLemmaTable(int n) {
        return new List[n];
    }

    int size() {
        return tokens.size();
    }

    /** The argument covering token {@code i}, or null. */
    Arg argAt(int i) {
        return i >= 0 && i < argAt.length ? argAt[i] : null;
    }

    /** The argument whose first token is {@code i}, or null. */
    Arg argStartingAt(int i) {
        Arg a = argAt(i);
        return a != null && a.first() == i ? a : null;
    }

    boolean isWord(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord();
    }

    /** The folded lemmas of token {@code i}'s common readings, and the word itself. */
    List<String> lemmas(int i) {
        return lemmas[i];
    }

    /**
     * The token of a head word that makes an organisation's name stand for its head: "NATO chief",
     * "глава НАТО", "the head of the Alliance"; -1 when there is none.
     */
    private int headOf(int first, int last, EventCues cues) {
        if (last + 1 < tokens.size() && cues.head(words[last + 1])) return last + 1;
        for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
            if (cues.head(words[k])) return k;
            if (!cues.determiner(words[k])) return -1;
        }
        return -1;
    }

    private int lastTokenBefore(int end, int atLeast) {
        int last = atLeast;
        for (int i = atLeast; i < tokens.size() && tokens.get(i).end() <= end; i++) last = i;
        return last;
    }

    private void place(Mention m, ArticleContext article, EventCues cues) {
        String id = m.id();
        String type = m.type();
        if (id == null || !(type.equals("PER") || type.equals("ORG") || type.equals("LOC") || id.startsWith("iso:"))) return;
        if (id.startsWith("name:") && !type.equals("LOC")) return;   // an unlinked name is too weak to act or be acted on
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() <= m.start() || t.start() >= m.end()) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return;
        RoleMention role = article.roleAround(m);
        if (role != null && !role.personId().equals(id)) {
            id = role.personId();
            type = "PER";
            last = lastTokenBefore(role.end(), last);   // "US Defense Secretary Lloyd Austin" is one person
        }
        if (type.equals("ORG")) {
            int head = headOf(first, last, cues);
            String person = head < 0 ? null : article.officeHolderOf(id);
            if (person != null) {
                id = person;
                type = "PER";
                first = Math.min(first, head);
                last = Math.max(last, head);
            }
        }
        if (type.equals("PER") && last + 1 < tokens.size() && cues.government(words[last + 1])) {
            String country = article.countryLedBy(id);
            if (country != null) {
                id = country;
                type = "LOC";
                last++;
            }
        }
        boolean place = type.equals("LOC") && article.isPlaceInCountry(id);
        Arg arg = new Arg(id, type, first, last, place, place ? article.stateOfCapital(id) : null);
        for (int i = first; i <= last; i++) if (argAt[i] == null) argAt[i] = arg;
    }
}
