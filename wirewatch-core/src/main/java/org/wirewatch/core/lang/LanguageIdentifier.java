package org.wirewatch.core.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Paragraph;

/**
 * Identifies the language of documents and of their paragraphs, among a configured set.
 *
 * <p>Cheap evidence first: the script of the letters (Latin text cannot be Russian), then letters
 * only one configured language of that script uses (ы, э, ъ, ё for Russian against і, ї, є, ґ for
 * Ukrainian; ə, ğ, ı, ş for Azerbaijani against w for English). Lingua's n-gram model is asked only
 * when those do not decide, on a bounded sample, and the letters then check its answer. Lingua is
 * restricted to the configured languages: a detector with all 75 takes 1.4 GB and calls some
 * Ukrainian sentences Kazakh.
 *
 * <p>Thread-safe: build one, keep it, share it. The Lingua models load on first use that needs
 * them (1–4 s and ~25 MB of heap per language), once per identifier; constructing one is
 * cheap, so a CLI can construct it before knowing whether it will analyse anything.
 *
 * <pre>{@code
 * LanguageIdentifier languages = new LanguageIdentifier(LanguageIdentifier.defaultLanguages());
 * String lang = languages.identify(text).map(LanguageGuess::lang).orElse(null);
 * List<Paragraph> paragraphs = languages.paragraphs(text, lang);
 * }</pre>
 */
public final class LanguageIdentifier {
    /** Letters of a document's prose that are enough to know its language for certain. */
    static final int SAMPLE_LETTERS = 1500;

    private static final Set<String> DEFAULT_LANGUAGES =
            Collections.unmodifiableSet(new LinkedHashSet<>(List.of("en", "ru", "uk", "az")));

    private final Set<String> languages;
    private final LanguageDecider decider;
    /** Null when identification is limited to the configured languages. */
    private final BroadIdentification broad;
    private final LookAlikes lookAlikes;

    /**
     * English, Russian, Ukrainian and Azerbaijani: the languages of the news Wirewatch is built for
     * (Azerbaijani for the photo captions of Baku outlets). Each further language costs ~25 MB of
     * heap and load time, slows Lingua on every text of its script, and gives Lingua another
     * neighbour to confuse: Kazakh and Belarusian next to Ukrainian and Russian are how the
     * 75-language detector goes wrong. Text in other languages is named by the broad second
     * opinion ({@link BroadIdentification}) when these four's letters do not decide. Unmodifiable.
     */
    public static Set<String> defaultLanguages() {
        return DEFAULT_LANGUAGES;
    }

    /** An identifier for {@link #defaultLanguages()}. */
    public LanguageIdentifier() {
        this(DEFAULT_LANGUAGES);
    }

    /**
     * An identifier for the given ISO 639-1 codes (case-insensitive).
     *
     * @throws IllegalArgumentException if the set is empty or a code is unknown (the message names it);
     *                                  the packs shipped support az, be, de, en, es, fr, kk, pl, pt, ru, tr, uk
     */
    public LanguageIdentifier(Set<String> isoCodes) {
        this(LanguagePacks.discover(), isoCodes);
    }

    /**
     * An identifier for the given codes, each of which must have a pack with an alphabet, that
     * also names any other language Lingua knows when the configured ones' letters do not decide.
     */
    public LanguageIdentifier(LanguagePacks packs, Set<String> isoCodes) {
        this(packs, isoCodes, true);
    }

    /** @param broad whether to name languages outside {@code isoCodes} too ({@link BroadIdentification}) */
    public LanguageIdentifier(LanguagePacks packs, Set<String> isoCodes, boolean broad) {
        Check.notNullParam(isoCodes, "isoCodes");
        LanguageProfiles known = new LanguageProfiles(Check.notNullParam(packs, "packs"));
        Check.isTrue(!isoCodes.isEmpty(), "isoCodes must not be empty");
        List<LanguageProfile> profiles = new ArrayList<>();
        Set<String> codes = new TreeSet<>();   // sorted, so the configuration is order-independent
        for (String code : isoCodes) codes.add(known.forCode(code).isoCode());
        for (String code : codes) profiles.add(known.forCode(code));
        this.languages = Collections.unmodifiableSet(codes);
        this.decider = new LanguageDecider(profiles);
        this.broad = broad ? new BroadIdentification() : null;
        this.lookAlikes = new LookAlikes(profiles, known.all());
    }

    /** The configured ISO 639-1 codes, sorted. Unmodifiable. */
    public Set<String> languages() {
        return languages;
    }

    /**
     * The language of a whole text, judged on the first ~1,500 letters of its prose lines: among the
     * configured languages, and, when their letters do not decide, among every language Lingua
     * knows (so an Italian article is "it", not the nearest configured "en").
     *
     * @return empty when the text has fewer than 3 letters or the evidence does not separate two
     *         languages
     */
    public Optional<LanguageGuess> identify(CharSequence text) {
        Check.notNullParam(text, "text");
        String sample = DocumentSample.of(text, SAMPLE_LETTERS);
        LanguageDecider.Decision decision = decider.decision(sample, 0, sample.length(), -1);
        if (broad == null) return decision.guess();
        String lang = decision.guess().map(LanguageGuess::lang).orElse(null);
        // Its look-alike is as likely as the winner: the broad detector chooses, unbiased.
        if (lang != null && lookAlikes.undecided(lang, sample)) return broad.check(sample, Optional.empty()).or(decision::guess);
        boolean foreignTrace = decider.foreignTrace(sample);
        if (decision.byLetters() && !foreignTrace) return decision.guess();
        return broad.check(sample, decision.guess(),
                foreignTrace ? BroadIdentification.KEEP_GAP_FOREIGN_LETTERS : BroadIdentification.KEEP_GAP);
    }

    /**
     * The text's paragraphs with the language of each: paragraphs are separated by blank lines, or,
     * if the text has none, by line breaks. Spans are exact offsets into {@code text}, trimmed of
     * surrounding whitespace. A paragraph that does not contradict {@code documentLang} (no letters
     * of another configured language of its script, and Lingua not clearly against it) gets it
     * without consulting Lingua; {@code lang} is null when there is nothing to go on or the
     * evidence is split.
     *
     * @param documentLang the document's language, or null if unknown
     */
    public List<Paragraph> paragraphs(String text, String documentLang) {
        Check.notNullParam(text, "text");
        String document = documentLang == null ? null : documentLang.strip().toLowerCase(Locale.ROOT);
        int preferred = document == null ? -1 : decider.indexOf(document);
        // A document in a language outside the configured set keeps it in every paragraph whose
        // letters do not say otherwise: the configured languages' Lingua would only name the nearest.
        boolean outside = document != null && preferred < 0;
        List<Paragraph> out = new ArrayList<>();
        for (ParagraphSplitter.Span span : ParagraphSplitter.split(text)) {
            LanguageDecider.Decision decision = decider.decision(text, span.start(), span.end(), preferred);
            String lang = outside && !decision.byLetters() ? document : decision.guess().map(LanguageGuess::lang).orElse(null);
            out.add(new Paragraph(span.start(), span.end(), lang));
        }
        return List.copyOf(out);
    }

    /**
     * Whether a document in this language is labelled with it: among the configured languages by
     * their letters and Lingua, or else by the broad second opinion when that is on.
     */
    public boolean names(String isoCode) {
        return languages.contains(isoCode) || (broad != null && BroadIdentification.knows(isoCode));
    }

    LanguageDecider decider() {
        return decider;
    }

    /** Whether the Lingua models have been loaded (for tests of lazy loading). */
    boolean modelLoaded() {
        return decider.lingua().isLoaded();
    }

    /** How many times the Lingua detector was built (for tests: at most once). */
    int modelBuilds() {
        return decider.lingua().builds();
    }
}
