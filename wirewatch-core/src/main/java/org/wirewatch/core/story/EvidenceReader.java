package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.Tokenizer;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Segment;

/**
 * Reads the {@link Evidence} of an analysed article, or of one post of a live blog, from what the
 * pipeline found in it. Only mentions, dates, amounts and events inside the unit count.
 * Thread-safe.
 */
final class EvidenceReader {
    private static final int ORDER_LIMIT = 40;

    private final Lexicon lexicon;
    private final Tokenizer tokenizer = new Tokenizer();
    private final MinHash minHash = new MinHash();

    EvidenceReader(LanguagePacks packs) {
        this.lexicon = new Lexicon(packs);
    }

    /** The languages with a word-bridge list of their own ({@link Similarity} compares two of them apart). */
    java.util.Set<String> bridgedLanguages() {
        return lexicon.bridgedLanguages();
    }

    /** The article as one unit. */
    Evidence article(Article a) {
        return read(a, a.id(), 0, a.text().length(), a.title());
    }

    /** One post of a live blog, as a unit of its own with the id {@code ARTICLE#N}. */
    Evidence segment(Article a, int index) {
        Segment s = a.segments().get(index);
        return read(a, unitId(a.id(), index), s.start(), s.end(), s.title() != null ? s.title() : a.title());
    }

    static String unitId(String articleId, int segment) {
        return articleId + "#" + (segment + 1);
    }

    private Evidence read(Article a, String unitId, int start, int end, String title) {
        Map<String, Double> entities = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Set<String> order = new LinkedHashSet<>();
        for (Mention m : a.entities()) {
            if (m.id() == null || m.start() < start || m.end() > end) continue;
            entities.merge(m.id(), 1.0, Double::sum);
            if (m.name() != null) names.putIfAbsent(m.id(), m.name());
            if (order.size() < ORDER_LIMIT) order.add(m.id());
        }
        // One tokenisation of the unit serves both the lexical evidence and the near-copy signature.
        List<Token> tokens = tokenizer.tokens(a.text(), start, end);
        Lexicon.Words words = lexicon.words(tokens, a.lang());
        return new Evidence(unitId, a.id(), a.lang(), title, a.source(), Minutes.of(a.published()), entities, names, words.lemmas(), words.bridge(),
                days(a.dates(), start, end, a.published()), amounts(a.amounts(), start, end, a.lang()), events(a.events(), start, end), new ArrayList<>(order),
                minHash.of(tokens), end - start);
    }

    /**
     * Full days only: a bare year or month is shared by too many unrelated stories to count. The
     * day the article appeared ("on Tuesday", "today") is left out too: every article of that day
     * names it, and closeness in time is weighed apart.
     */
    private static Set<String> days(List<DateMention> dates, int start, int end, String published) {
        String today = published != null && published.length() >= 10 ? published.substring(0, 10) : null;
        Set<String> out = new HashSet<>();
        for (DateMention d : dates) {
            if (d.value() == null || d.start() < start || d.end() > end || d.value().length() < 10) continue;
            String day = d.value().substring(0, 10);
            if (!day.equals(today)) out.add(day);
        }
        return out;
    }

    /**
     * "90|drone": the value with what it counts; a bare number says too little. What it counts is
     * named by its shared concept where the word bridge has one ("20|градус" is "20|degree"), so
     * that amounts meet, and conflict, across languages.
     */
    private Set<String> amounts(List<Amount> amounts, int start, int end, String lang) {
        Set<String> out = new HashSet<>();
        for (Amount x : amounts) {
            if (x.object() == null || x.start() < start || x.end() > end) continue;
            String concept = lexicon.concept(x.object(), lang);
            out.add(String.format(Locale.ROOT, "%s|%s", number(x.value()), concept != null ? concept : x.object()));
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Set<String> events(List<Event> events, int start, int end) {
        Set<String> out = new HashSet<>();
        for (Event e : events) {
            if (e.type() == null || e.start() < start || e.end() > end) continue;
            out.add(e.location() == null ? e.type() : e.type() + "@" + e.location());
        }
        return out;
    }
}
