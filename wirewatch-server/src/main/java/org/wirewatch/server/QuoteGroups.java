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
 *   <li>across languages, they are in one translation family (an article and the articles the
 *       story stage found to translate it, {@code translation_of}) and pair up by order: when each
 *       language of the family has the same number of distinct sayings of the speaker, the first
 *       in one language is the first in the other, and so on (a translation keeps its quotes'
 *       order), provided the two carry the same numbers ("6 weeks" is never "8 недель"). When the
 *       counts differ, nothing in that family is paired across languages, rather than guess.</li>
 * </ol>
 * Articles of one story that are not translations of each other are not paired: outlets in two
 * languages covering the same day quote different sayings as often as the same one.
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

    private record Said(Telling telling, String family, int order) {}

    private final String speakerId;
    private final String readerLang;
    private final Map<String, List<Said>> byWords = new LinkedHashMap<>();
    private String speakerName;

    QuoteGroups(String speakerId, String readerLang) {
        this.speakerId = speakerId;
        this.readerLang = readerLang;
    }

    void add(Article a) {
        int order = 0;
        for (Quote q : a.quotes()) {
            if (q.speaker() == null || !speakerId.equals(q.speaker().id())) continue;
            if (speakerName == null) speakerName = q.speaker().name();
            String lang = a.lang() == null ? "und" : a.lang();
            String family = a.translationOf() != null ? a.translationOf() : a.id();
            Said said = new Said(new Telling(a.id(), lang, a.source(), a.published(), q.text(), q.start(), q.end()), family, order++);
            byWords.computeIfAbsent(lang + '\u0000' + normalised(q.text()), k -> new ArrayList<>()).add(said);
        }
    }

    static String normalised(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Every saying, those told in most articles first, then the newest. */
    List<Group> groups() {
        List<List<Said>> sets = new ArrayList<>(byWords.values());
        int[] parent = new int[sets.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        pairAcrossLanguages(sets, parent);
        Map<Integer, List<Said>> merged = new LinkedHashMap<>();
        for (int i = 0; i < sets.size(); i++) merged.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).addAll(sets.get(i));
        List<Group> out = new ArrayList<>();
        for (List<Said> said : merged.values()) out.add(group(said));
        out.sort(Comparator.comparingInt(Group::articles).reversed()
                .thenComparing(Group::last, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /** Rule 2: within each translation family, the i-th saying of one language joins the i-th of every other, when the counts agree. */
    private static void pairAcrossLanguages(List<List<Said>> sets, int[] parent) {
        // family → language → set index → its first place among the speaker's quotes in that family's articles
        Map<String, Map<String, Map<Integer, Integer>>> families = new TreeMap<>();
        for (int i = 0; i < sets.size(); i++) {
            for (Said s : sets.get(i)) {
                families.computeIfAbsent(s.family(), k -> new TreeMap<>())
                        .computeIfAbsent(s.telling().lang(), k -> new LinkedHashMap<>())
                        .merge(i, s.order(), Math::min);
            }
        }
        for (Map<String, Map<Integer, Integer>> byLang : families.values()) {
            if (byLang.size() < 2) continue;
            Set<Integer> sizes = new TreeSet<>();
            byLang.values().forEach(m -> sizes.add(m.size()));
            if (sizes.size() != 1) continue;
            List<List<Integer>> ordered = byLang.values().stream().map(m -> m.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList()).toList();
            List<Integer> first = ordered.get(0);
            for (List<Integer> other : ordered.subList(1, ordered.size())) {
                for (int k = 0; k < other.size(); k++) {
                    if (!numbers(sets.get(first.get(k))).equals(numbers(sets.get(other.get(k))))) continue;
                    parent[root(parent, other.get(k))] = root(parent, first.get(k));
                }
            }
        }
    }

    /** The numbers a saying's words carry, in order ("6 weeks" → [6]). */
    private static List<String> numbers(List<Said> said) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = DIGITS.matcher(said.get(0).telling().text());
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
