package org.wirewatch.core.extract.categories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.BoundedMemo;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.morph.Upos;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Category;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;

/**
 * Scores an analysed article against every category definition (docs/categories.md): each match
 * of a term, entity id or event type adds its weight (a word inside a longer phrase that matched
 * counts only with the phrase), a term, entity or event type counting at most
 * {@value #MAX_COUNTED} times, so one word repeated does not make a topic; a category whose
 * {@code must} terms (in the article's language) are all absent, or one of whose {@code not} terms
 * is present, scores nothing. Thread-safe.
 */
public final class Categorizer {
    static final int MAX_COUNTED = 2;
    private static final int[] NO_TERMS = {};
    private static final Set<Upos> FUNCTION_WORDS = EnumSet.of(Upos.ADP, Upos.AUX, Upos.CCONJ, Upos.SCONJ, Upos.DET, Upos.PART, Upos.PRON);
    private final CategorySet categories;
    /** Per language, every term of every category by the forms its first word accepts: one pass over the text finds them all. */
    private final Map<String, TermIndex> indexes = new HashMap<>();
    /**
     * Per category (in {@link CategorySet#definitions()} order) and language, the numbers of its
     * terms longest first, sorted once. A term is known by its number in {@link #terms} while
     * matching: hashing a term (its text and every form of every word) per probe was most of this stage.
     */
    private final List<Map<String, int[]>> longestFirst = new ArrayList<>();
    /** Every distinct term of every category and language; equal terms share a number. */
    private final List<Term> terms = new ArrayList<>();
    /**
     * Per morphology, the {@link #formsOf} of each word form met so far: they depend on the form
     * alone, and news repeats its words. Bounded, since news brings new words every day.
     */
    private final Map<Morphology, BoundedMemo<String, Set<String>>> formsByMorphology = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_FORMS = 100_000;

    public Categorizer(CategorySet categories) {
        this.categories = categories;
        Map<Term, Integer> numbers = new HashMap<>();
        for (CategoryDefinition d : categories.definitions()) {
            for (Map.Entry<String, List<Term>> e : d.terms().entrySet()) {
                indexes.computeIfAbsent(e.getKey(), k -> new TermIndex()).addAll(numbered(e.getValue(), numbers));
            }
            Map<String, int[]> sorted = new HashMap<>();
            for (String lang : d.terms().keySet()) {
                sorted.put(lang, numbered(longestFirst(d.terms(lang)), numbers).stream().mapToInt(Integer::intValue).toArray());
            }
            longestFirst.add(sorted);
        }
    }

    private List<Integer> numbered(List<Term> list, Map<Term, Integer> numbers) {
        List<Integer> out = new ArrayList<>(list.size());
        for (Term t : list) {
            out.add(numbers.computeIfAbsent(t, k -> {
                terms.add(k);
                return terms.size() - 1;
            }));
        }
        return out;
    }

    /** Term numbers by the exact forms their first word accepts, and those whose first word is a stem. */
    private final class TermIndex {
        final Map<String, Set<Integer>> byFirstForm = new HashMap<>();
        final Set<Integer> stemFirst = new LinkedHashSet<>();

        void addAll(List<Integer> numbers) {
            for (int n : numbers) {
                for (String form : terms.get(n).words().get(0)) {
                    if (form.endsWith("*")) stemFirst.add(n);
                    else byFirstForm.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(n);
                }
            }
        }
    }

    /** Whether some category has words in {@code lang} (entities and events serve every language). */
    public boolean hasWords(String lang) {
        return categories.definitions().stream().anyMatch(d -> !d.terms(lang).isEmpty());
    }

    /** The categories the article reaches, best score first. */
    public List<Category> categorize(Article article, AnalysedText text) {
        List<List<Integer>> words = wordRuns(text);
        List<Set<String>> forms = tokenForms(text);
        List<int[]>[] matches = matches(indexes.get(article.lang()), words, forms, text.tokens());
        List<Category> found = new ArrayList<>();
        List<CategoryDefinition> definitions = categories.definitions();
        for (int c = 0; c < definitions.size(); c++) {
            CategoryDefinition d = definitions.get(c);
            Score score = new Score();
            if (!termsAllow(longestFirst.get(c).getOrDefault(article.lang(), NO_TERMS), matches, score)) continue;
            for (Mention m : article.entities()) {
                if (m.id() != null && d.entities().containsKey(m.id())) score.add(m.id(), d.entities().get(m.id()), m.start(), m.end());
            }
            for (Event e : article.events()) {
                if (d.events().containsKey(e.type())) score.add("event:" + e.type(), d.events().get(e.type()), e.start(), e.end());
            }
            if (score.total >= d.threshold()) {
                found.add(new Category(d.id(), Math.round(score.total * 100) / 100.0, score.evidence()));
            }
        }
        found.sort((a, b) -> Double.compare(b.score(), a.score()));
        return found;
    }

    /** Adds the term matches to {@code score}; false when a guard keeps the category off. */
    private boolean termsAllow(int[] longestFirst, List<int[]>[] matches, Score score) {
        boolean needsMust = false;
        boolean hasMust = false;
        List<int[]> counted = new ArrayList<>();
        for (int number : longestFirst) {
            Term term = terms.get(number);
            if (term.role() == Term.Role.MUST) needsMust = true;
            if (matches[number] == null) continue;
            for (int[] span : matches[number]) {
                if (term.role() == Term.Role.SCORE && overlapsAny(span, counted)) continue;
                counted.add(span);
                switch (term.role()) {
                    case NOT -> { return false; }
                    case MUST -> { hasMust = true; score.evidence.add(new Category.Evidence(span[0], span[1])); }
                    case SCORE -> score.add(term.text(), term.weight(), span[0], span[1]);
                }
            }
        }
        return !needsMust || hasMust;
    }

    /** Longer phrases first, so "humanitarian aid" takes its words before "humanitarian" and "aid" count again. */
    private static List<Term> longestFirst(List<Term> terms) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        return List.copyOf(sorted);
    }

    private static boolean overlapsAny(int[] span, List<int[]> spans) {
        for (int[] s : spans) if (span[0] < s[1] && s[0] < span[1]) return true;
        return false;
    }

    /** Token indices of each sentence's words, in order: a phrase matches words that follow each other. */
    private static List<List<Integer>> wordRuns(AnalysedText text) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<Integer> run = new ArrayList<>();
            int first = text.firstToken(s);
            for (int i = first; i < first + sentences.get(s).tokens().size(); i++) {
                if (text.tokens().get(i).isWord()) run.add(i);
            }
            runs.add(run);
        }
        return runs;
    }

    /**
     * Per token, its lower-case form and its dictionary lemmas (null for a non-word). A word that may
     * be a function word keeps only its own form: Russian "после" (after) is also a case of "посол"
     * (ambassador), and reading it so would make every "after" diplomacy.
     */
    private List<Set<String>> tokenForms(AnalysedText text) {
        BoundedMemo<String, Set<String>> remembered = text.morphology()
                .map(m -> formsByMorphology.computeIfAbsent(m, k -> new BoundedMemo<>(MAX_REMEMBERED_FORMS))).orElse(null);
        List<Set<String>> forms = new ArrayList<>(text.tokens().size());
        for (int i = 0; i < text.tokens().size(); i++) {
            Token t = text.tokens().get(i);
            if (!t.isWord()) { forms.add(null); continue; }
            int at = i;
            forms.add(remembered == null ? formsOf(text, at) : remembered.get(t.text(), form -> formsOf(text, at)));
        }
        return forms;
    }

    private static Set<String> formsOf(AnalysedText text, int i) {
        String lower = text.tokens().get(i).text().toLowerCase(Locale.ROOT);
        Set<String> f = null;   // most words have no other form: a one-element set, no hash table per token
        if (Collections.disjoint(text.upos(i), FUNCTION_WORDS)) {
            for (Reading r : text.readings(i)) {
                String lemma = r.lemma().toLowerCase(Locale.ROOT);
                if (lemma.equals(lower)) continue;
                if (f == null) f = new HashSet<>(List.of(lower));
                f.add(lemma);
            }
        }
        return f == null ? Set.of(lower) : Collections.unmodifiableSet(f);
    }

    /** The character spans where each term of the language occurs, in text order; a term found nowhere is absent. */
    @SuppressWarnings("unchecked")
    private List<int[]>[] matches(TermIndex index, List<List<Integer>> runs, List<Set<String>> forms, List<Token> tokens) {
        List<int[]>[] found = new List[terms.size()];
        if (index == null) return found;
        int[] triedAt = new int[terms.size()];   // the last word position (counted from 1) each term was tried at
        int position = 0;
        for (List<Integer> run : runs) {
            for (int at = 0; at < run.size(); at++) {
                position++;
                for (String f : forms.get(run.get(at))) {
                    Set<Integer> first = index.byFirstForm.get(f);
                    if (first != null) for (int number : first) tryAt(number, position, triedAt, run, at, forms, tokens, found);
                }
                for (int number : index.stemFirst) tryAt(number, position, triedAt, run, at, forms, tokens, found);
            }
        }
        return found;
    }

    /** Adds the span of term {@code number} at word {@code at} of {@code run} when it fits there; each term once per position. */
    private void tryAt(int number, int position, int[] triedAt, List<Integer> run, int at, List<Set<String>> forms,
                       List<Token> tokens, List<int[]>[] found) {
        if (triedAt[number] == position) return;
        triedAt[number] = position;
        Term term = terms.get(number);
        int n = term.words().size();
        if (at + n <= run.size() && fitsAt(term, run, at, forms)) {
            if (found[number] == null) found[number] = new ArrayList<>();
            found[number].add(new int[] {tokens.get(run.get(at)).start(), tokens.get(run.get(at + n - 1)).end()});
        }
    }

    private static boolean fitsAt(Term term, List<Integer> run, int at, List<Set<String>> forms) {
        for (int w = 0; w < term.words().size(); w++) {
            if (!term.fits(w, forms.get(run.get(at + w)))) return false;
        }
        return true;
    }

    /** A category's running score and evidence; each key counts at most {@value #MAX_COUNTED} times. */
    private static final class Score {
        double total;
        final Map<String, Integer> counted = new HashMap<>();
        final Set<Category.Evidence> evidence = new LinkedHashSet<>();

        void add(String key, double weight, int start, int end) {
            int n = counted.merge(key, 1, Integer::sum);
            if (n <= MAX_COUNTED) total += weight;
            evidence.add(new Category.Evidence(start, end));
        }

        List<Category.Evidence> evidence() {
            List<Category.Evidence> sorted = new ArrayList<>(evidence);
            sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
            return sorted;
        }
    }
}
