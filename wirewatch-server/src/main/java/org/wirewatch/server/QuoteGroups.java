package org.wirewatch.server;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Quote;

/**
 * A speaker's quotes with each saying once, however many outlets and languages carried it. Two
 * quotes are the same saying when
 * <ol>
 *   <li>in one language, their words are equal after normalisation (Unicode NFKC, lower case,
 *       punctuation and quote marks dropped, spaces collapsed): the wire copy in five outlets;</li>
 *   <li>across languages, one article translates the other (the story stage's {@code translation_of}),
 *       each holds exactly one saying of the speaker, and the two carry the same numbers ("6 weeks"
 *       is never "8 недель"). Articles with several sayings are not paired by their order: on 2,000
 *       generated articles, translations that put the quotes in another order joined different
 *       sayings that way.</li>
 * </ol>
 * Articles of one story that are not translations of each other are not paired: outlets in two
 * languages covering the same day quote different sayings as often as the same one. Sayings join
 * transitively: two translations of one original meet through it.
 * Fed one article at a time; not thread-safe: one per request.
 */
final class QuoteGroups {
    /** One article's telling of a saying. */
    record Telling(String articleId, String lang, String source, String published, String text, int start, int end) {}

    /**
     * @param text     the saying in the reader's language when some article gave it so, else its first telling's
     * @param articles the articles telling it; {@code tellings} lists the first {@link #TELLINGS_SHOWN}
     */
    record Group(String text, String lang, String speakerId, String speaker, String first, String last, List<String> languages,
                 List<String> outlets, int articles, Map<String, String> texts, List<Telling> tellings) {}

    static final int TELLINGS_SHOWN = 10;

    private record Said(Telling telling) {}

    /** One article quoting the speaker: its language, the article it translates, and its sayings' keys in the order of the text. */
    private record Quoting(String lang, String translationOf, List<String> keys) {}

    private final String speakerId;
    private final String readerLang;
    private final Map<String, List<Said>> byWords = new LinkedHashMap<>();
    private final Map<String, Quoting> articles = new LinkedHashMap<>();
    private String speakerName;

    QuoteGroups(String speakerId, String readerLang) {
        this.speakerId = speakerId;
        this.readerLang = readerLang;
    }

    void add(Article a) {
        String lang = a.lang() == null ? "und" : a.lang();
        List<String> keys = new ArrayList<>();
        // in the order of the text: the extractor lists quotes by how it found them, not where they stand
        List<Quote> quotes = a.quotes().stream().sorted(Comparator.comparingInt(Quote::start)).toList();
        for (Quote q : quotes) {
            if (q.speaker() == null || !speakerId.equals(q.speaker().id())) continue;
            if (speakerName == null) speakerName = q.speaker().name();
            String key = lang + '\u0000' + normalised(q.text());
            byWords.computeIfAbsent(key, k -> new ArrayList<>()).add(new Said(new Telling(a.id(), lang, a.source(), a.published(), q.text(), q.start(), q.end())));
            if (!keys.contains(key)) keys.add(key);
        }
        if (!keys.isEmpty()) articles.put(a.id(), new Quoting(lang, a.translationOf(), keys));
    }

    static String normalised(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Every saying, those told in most articles first, then the newest. */
    List<Group> groups() {
        List<String> keys = new ArrayList<>(byWords.keySet());
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < keys.size(); i++) index.put(keys.get(i), i);
        int[] parent = new int[keys.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        pairTranslations(index, parent);
        Map<Integer, List<Said>> merged = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) merged.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).addAll(byWords.get(keys.get(i)));
        List<Group> out = new ArrayList<>();
        for (List<Said> said : merged.values()) out.add(group(said));
        out.sort(Comparator.comparingInt(Group::articles).reversed()
                .thenComparing(Group::last, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /** Rule 2: a translation's one saying is its original's one saying, when their numbers agree. */
    private void pairTranslations(Map<String, Integer> index, int[] parent) {
        for (Quoting translation : articles.values()) {
            Quoting original = translation.translationOf() == null ? null : articles.get(translation.translationOf());
            if (original == null || original.lang().equals(translation.lang()) || original.keys().size() != 1 || translation.keys().size() != 1) continue;
            String a = original.keys().get(0), b = translation.keys().get(0);
            if (numbers(a).equals(numbers(b))) parent[root(parent, index.get(b))] = root(parent, index.get(a));
        }
    }

    /** The numbers a saying's words carry, in order ("6 weeks" → [6]). */
    private static List<String> numbers(String key) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = DIGITS.matcher(key);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private Group group(List<Said> said) {
        said.sort(Comparator.comparing((Said s) -> s.telling().published(), Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, String> texts = new TreeMap<>();
        Set<String> outlets = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        Set<String> languages = new TreeSet<>();
        String first = null, last = null;
        for (Said s : said) {
            Telling t = s.telling();
            texts.putIfAbsent(t.lang(), t.text());
            if (t.source() != null) outlets.add(t.source());
            articles.add(t.articleId());
            languages.add(t.lang());
            if (t.published() != null) {
                if (first == null) first = t.published();
                last = t.published();
            }
        }
        String lang = texts.containsKey(readerLang) ? readerLang : said.get(0).telling().lang();
        List<Telling> shown = said.stream().map(Said::telling).limit(TELLINGS_SHOWN).toList();
        return new Group(texts.get(lang), lang, speakerId, speakerName, first, last, List.copyOf(languages), List.copyOf(outlets),
                articles.size(), texts, shown);
    }
}
