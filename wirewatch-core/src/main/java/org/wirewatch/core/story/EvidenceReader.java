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
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Segment;

/**
 * Reads the {@link Evidence} of an analysed article, or of one post of a live blog, from what the
 * pipeline found in it. Only mentions, dates, amounts and events inside the unit count. Its words
 * are the tokens of the {@link AnalysedText} the pipeline cut for the article; an article read back
 * from storage, without one, is cut once here as the pipeline cuts it ({@link #textOf}), so both
 * give the same evidence. Thread-safe.
 */
final class EvidenceReader {
    private static final int ORDER_LIMIT = 40;

    private final Lexicon lexicon;
    private final TextSplitter splitter;
    private final MinHash minHash = new MinHash();

    EvidenceReader(LanguagePacks packs) {
        this.lexicon = new Lexicon(packs);
        this.splitter = new TextSplitter(packs);
    }

    /** The languages with a word-bridge list of their own ({@link Similarity} compares two of them apart). */
    java.util.Set<String> bridgedLanguages() {
        return lexicon.bridgedLanguages();
    }

    /**
     * The text the article's words are read from: {@code text} when it is the article's (what the
     * pipeline cut), else the article's text cut as the pipeline cuts it; null is fine.
     */
    AnalysedText textOf(Article a, AnalysedText text) {
        if (text != null && text.text().equals(a.text())) return text;
        return AnalysedText.of(a.text(), a.lang(), splitter);
    }

    /** The units of the article: the article itself, or each post of a live blog; {@code text} as for {@link #textOf}. */
    List<Evidence> units(Article a, AnalysedText text) {
        AnalysedText words = textOf(a, text);
        if (a.segments().size() <= 1) return List.of(article(a, words));
        List<Evidence> out = new ArrayList<>(a.segments().size());
        for (int i = 0; i < a.segments().size(); i++) out.add(segment(a, i, words));
        return out;
    }

    /** The article as one unit, its text cut here. */
    Evidence article(Article a) {
        return article(a, textOf(a, null));
    }

    /** The article as one unit; {@code text} is {@link #textOf} it. */
    Evidence article(Article a, AnalysedText text) {
        return read(a, text, a.id(), 0, a.text().length(), a.title());
    }

    /** One post of a live blog, as a unit of its own with the id {@code ARTICLE#N}; {@code text} is {@link #textOf} the article. */
    Evidence segment(Article a, int index, AnalysedText text) {
        Segment s = a.segments().get(index);
        return read(a, text, unitId(a.id(), index), s.start(), s.end(), s.title() != null ? s.title() : a.title());
    }

    static String unitId(String articleId, int segment) {
        return articleId + "#" + (segment + 1);
    }

    private Evidence read(Article a, AnalysedText text, String unitId, int start, int end, String title) {
        Map<String, Double> entities = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Set<String> order = new LinkedHashSet<>();
        for (Mention m : a.entities()) {
            if (m.id() == null || m.start() < start || m.end() > end) continue;
            entities.merge(m.id(), 1.0, Double::sum);
            if (m.name() != null) names.putIfAbsent(m.id(), m.name());
            if (order.size() < ORDER_LIMIT) order.add(m.id());
        }
        // The tokens of the unit serve both the lexical evidence and the near-copy signature.
        List<Token> tokens = within(text.tokens(), start, end);
        Lexicon.Words words = lexicon.words(tokens, a.lang());
        return new Evidence(unitId, a.id(), a.lang(), title, a.source(), Minutes.of(a.published()), entities, names, words.lemmas(), words.bridge(),
                days(a.dates(), start, end, a.published()), amounts(a.amounts(), start, end, a.lang()), events(a.events(), start, end), new ArrayList<>(order),
                minHash.of(tokens), end - start);
    }

    /** The tokens inside {@code [start, end)}: a live-blog post's, out of the whole article's. */
    private static List<Token> within(List<Token> tokens, int start, int end) {
        int from = firstAtOrAfter(tokens, start);
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= end) to++;
        return from == 0 && to == tokens.size() ? tokens : tokens.subList(from, to);
    }

    private static int firstAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
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
