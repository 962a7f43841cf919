package org.wirewatch.core.extract.tone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.lang.UposTags;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.morph.Upos;
import org.wirewatch.core.model.Check;

/**
 * One language's tone words with their valence (-4 very negative to +4 very positive, VADER's
 * scale) and the words that change them: negations, boosters (and dampeners, with a negative
 * increment) and contrast words ("but"). Words are looked up in lower case as written and, where
 * the lexicon asks for it, by their dictionary lemmas, so that "провалами" finds "провал".
 *
 * <p>Immutable apart from a bounded memo of lemma look-ups; thread-safe. Build one per language
 * and share it.
 */
public final class ToneLexicon {
    /** Enough distinct word forms for a large corpus; past it, forms are looked up each time. */
    private static final int MEMO_LIMIT = 300_000;
    private static final float NONE = Float.NaN;

    private final String language;
    private final Map<String, Float> valences;
    private final Set<String> negations;
    private final Set<String> negationSuffixes;
    private final Set<String> negationExceptions;
    private final Set<String> reversals;
    private final Map<String, Float> boosters;
    private final Set<String> contrasts;
    private final Morphology morphology;
    private final UposTags tags;
    private final ConcurrentHashMap<String, Float> memo = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> lemmas = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ToneWord> words = new ConcurrentHashMap<>();

    /**
     * @param morphology the dictionary to find lemmas with; null to look up words only as written
     */
    public ToneLexicon(String language, Map<String, Float> valences, Set<String> negations, Set<String> negationSuffixes,
                       Map<String, Float> boosters, Set<String> contrasts, Morphology morphology) {
        this(language, valences, negations, negationSuffixes, Set.of(), Set.of(), boosters, contrasts, morphology);
    }

    /**
     * @param negationExceptions two-word phrases ("at least") in which the second word, a negation
     *                           elsewhere ("least successful"), negates nothing
     * @param reversals          lemmas that turn a bad thing after them good ("cuts the risk of death")
     * @param morphology the dictionary to find lemmas with; null to look up words only as written
     */
    public ToneLexicon(String language, Map<String, Float> valences, Set<String> negations, Set<String> negationSuffixes,
                       Set<String> negationExceptions, Set<String> reversals, Map<String, Float> boosters, Set<String> contrasts,
                       Morphology morphology) {
        this(language, valences, negations, negationSuffixes, negationExceptions, reversals, boosters, contrasts, morphology, null);
    }

    private ToneLexicon(String language, Map<String, Float> valences, Set<String> negations, Set<String> negationSuffixes,
                        Set<String> negationExceptions, Set<String> reversals, Map<String, Float> boosters, Set<String> contrasts,
                        Morphology morphology, UposTags tags) {
        this.language = Check.notNullParam(language, "language");
        this.valences = Map.copyOf(valences);
        this.negations = Set.copyOf(negations);
        this.negationSuffixes = Set.copyOf(negationSuffixes);
        this.negationExceptions = Set.copyOf(negationExceptions);
        this.reversals = Set.copyOf(reversals);
        this.boosters = Map.copyOf(boosters);
        this.contrasts = Set.copyOf(contrasts);
        this.morphology = morphology;
        this.tags = tags;
    }

    /** This lexicon with the language's parts of speech, so that its words know their readings ({@link ToneWord#morph}). */
    ToneLexicon withTags(UposTags tags) {
        return new ToneLexicon(language, valences, negations, negationSuffixes, negationExceptions, reversals, boosters, contrasts, morphology, tags);
    }

    /**
     * This lexicon with more words: {@code learned} (lemma or form to valence) fills in where the
     * lexicon has no valence of its own, so a pack's hand-written words win over learned ones.
     */
    public ToneLexicon withLearned(Map<String, Float> learned) {
        Map<String, Float> merged = new java.util.HashMap<>(learned);
        merged.putAll(valences);
        return new ToneLexicon(language, merged, negations, negationSuffixes, negationExceptions, reversals, boosters, contrasts, morphology, tags);
    }

    public String language() {
        return language;
    }

    /** How many words carry a valence. */
    public int size() {
        return valences.size();
    }

    /** The lower-case form of a token as the lexicon keys it: typographic apostrophes folded. */
    public static String normal(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.indexOf('\u2019') < 0 && lower.indexOf('\u02bc') < 0 ? lower : lower.replace('\u2019', '\'').replace('\u02bc', '\'');
    }

    /** Everything the lexicon knows of a word token as written, looked up once per spelling. */
    ToneWord word(String token) {
        ToneWord known = words.get(token);
        if (known != null) return known;
        String form = normal(token);
        List<String> morph = morph(form);
        ToneWord found = new ToneWord(form, stem(form), valence(form), booster(form), negation(form), contrast(form), reversal(form),
                morph, morph.stream().anyMatch(m -> m.startsWith(VERB)));
        if (words.size() < MEMO_LIMIT) words.put(token, found);
        return found;
    }

    private static final String VERB = Upos.VERB.name() + "/";

    /**
     * The form's readings as part of speech and the last part of the dictionary tag, which for a
     * Russian noun is its case ("NOUN/Nom", "PROPN/R"): who acts and who is acted upon.
     */
    private List<String> morph(String form) {
        if (morphology == null || tags == null) return List.of();
        List<String> out = new ArrayList<>(4);
        for (Reading r : morphology.readings(form)) {
            String tag = r.tag();
            String m = tags.of(r).name() + "/" + tag.substring(tag.lastIndexOf(':') + 1);
            if (!out.contains(m)) out.add(m.intern());
        }
        return out;
    }

    /** The valence of a word form (as {@link #normal} gives it), or NaN when it carries none. */
    public float valence(String form) {
        Float direct = valences.get(form);
        if (direct != null) return direct;
        if (morphology == null) return NONE;
        Float known = memo.get(form);
        if (known != null) return known;
        float found = byLemma(form);
        if (memo.size() < MEMO_LIMIT) memo.put(form, found);
        return found;
    }

    private float byLemma(String form) {
        for (Reading r : morphology.readings(form)) {
            if (r.isProper()) continue;
            String lemma = r.lemma().toLowerCase(Locale.ROOT);
            Float v = valences.get(lemma);
            // Russian dictionary lemmas keep the ё that word lists (and most writers) leave out
            if (v == null && lemma.indexOf('ё') >= 0) v = valences.get(lemma.replace('ё', 'е'));
            if (v != null) return v;
        }
        return NONE;
    }

    /**
     * The form's first common-word lemma in lower case where the lexicon looks words up by lemma
     * ("провалами" → "провал"), else the form itself: one feature for all forms of a word.
     */
    public String stem(String form) {
        if (morphology == null) return form;
        String known = lemmas.get(form);
        if (known != null) return known;
        String found = form;
        for (Reading r : morphology.readings(form)) {
            if (r.isProper()) continue;
            found = r.lemma().toLowerCase(Locale.ROOT);
            break;
        }
        if (lemmas.size() < MEMO_LIMIT) lemmas.put(form, found);
        return found;
    }

    /** Whether the form negates what follows ("not", "never", "didn't", "не"). */
    public boolean negation(String form) {
        if (negations.contains(form)) return true;
        for (String suffix : negationSuffixes) if (form.endsWith(suffix)) return true;
        return false;
    }

    /** Whether the negation {@code form} after {@code previous} negates nothing ("at least"). */
    public boolean negationException(String previous, String form) {
        return !negationExceptions.isEmpty() && negationExceptions.contains(previous + " " + form);
    }

    /**
     * Whether the form (or its lemma) lessens or ends what follows it, turning a bad thing good
     * ("reduces the risk", "halts violence", "combat disease").
     */
    public boolean reversal(String form) {
        if (reversals.isEmpty()) return false;
        if (reversals.contains(form)) return true;
        if (morphology == null) return false;
        for (Reading r : morphology.readings(form)) {
            if (!r.isProper() && reversals.contains(r.lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** How much the form raises (positive) or lowers (negative) the strength of the sentiment word after it; 0 for none. */
    public float booster(String form) {
        Float b = boosters.get(form);
        return b == null ? 0 : b;
    }

    /** Whether the form turns the sentence ("but", "однако"): what follows weighs more than what came before. */
    public boolean contrast(String form) {
        return contrasts.contains(form);
    }
}
