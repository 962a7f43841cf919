package org.wirewatch.core.linguistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.morph.Upos;
import org.wirewatch.core.lang.UposTags;
import org.wirewatch.core.model.Language;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.model.Check;

/**
 * An article's text cut once, after its language is known: sentences of tokens with exact offsets,
 * by the sentence rules of its language ("und" rules when it has none). Every stage that reads
 * tokens or sentences takes them from here, so offsets agree between stages and no stage
 * tokenises again. Built with the language packs, it also gives each token its dictionary
 * readings and their universal parts of speech, where the language has a morphology (looked up
 * once per token, on first use). Its content never changes; the lookups it remembers are the
 * same whichever thread asks first, so one text may be shared.
 */
public final class AnalysedText {
    /** Sentence rules for text in a language without rules of its own. */
    static final String UNDETERMINED = "und";

    private final String text;
    private final String language;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final int[] sentenceStarts;
    private final Morphology morphology;
    private final UposTags uposTags;
    private final List<Reading>[] readings;
    private final Set<Upos>[] upos;

    @SuppressWarnings("unchecked")
    private AnalysedText(String text, String language, List<Sentence> sentences, Morphology morphology, UposTags uposTags) {
        this.text = text;
        this.language = language;
        this.sentences = sentences;
        List<Token> all = new ArrayList<>(text.length() / 5);
        this.sentenceStarts = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceStarts[s] = all.size();
            all.addAll(sentences.get(s).tokens());
        }
        this.tokens = Collections.unmodifiableList(all);
        this.morphology = morphology;
        this.uposTags = uposTags;
        this.readings = new List[morphology == null ? 0 : all.size()];
        this.upos = new Set[all.size()];
    }

    /** Tokens and sentences only: no readings. @param language ISO 639-1 code, or null when unknown */
    public static AnalysedText of(String text, String language, TextSplitter splitter) {
        return of(text, language, splitter, null);
    }

    /**
     * Tokens and sentences, and the readings and parts of speech of the language's pack (when it has
     * a morphology; {@code packs} may be null for none).
     */
    public static AnalysedText of(String text, String language, TextSplitter splitter, LanguagePacks packs) {
        Check.notNullParam(text, "text");
        Check.notNullParam(splitter, "splitter");
        String rules = language != null && splitter.supports(language) ? language : UNDETERMINED;
        Language lang = packs == null ? null : Language.parse(language).orElse(null);
        Morphology morphology = lang == null ? null : packs.morphology(lang).orElse(null);
        UposTags tags = morphology == null ? null : packs.uposTags(lang).orElse(null);
        return new AnalysedText(text, language, splitter.sentences(text, rules), morphology, tags);
    }

    public String text() {
        return text;
    }

    /** The ISO 639-1 code of the text's language, or null when unknown. */
    public String language() {
        return language;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Every token of the text, in order: the tokens of the sentences one after another. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The index in {@link #tokens()} of the first token of sentence {@code sentence}. */
    public int firstToken(int sentence) {
        return sentenceStarts[sentence];
    }

    /** The morphology the readings come from; empty when the text was built without one. */
    public Optional<Morphology> morphology() {
        return Optional.ofNullable(morphology);
    }

    /** The dictionary readings of token {@code i} (an index into {@link #tokens()}); empty for a non-word or without a morphology. */
    public List<Reading> readings(int i) {
        if (morphology == null || !tokens.get(i).isWord()) return List.of();
        List<Reading> r = readings[i];
        if (r == null) readings[i] = r = morphology.readings(tokens.get(i).text());
        return r;
    }

    /**
     * The universal parts of speech token {@code i} may have: one for punctuation, numbers, symbols
     * and addresses; for a word, those of its dictionary readings (several where the word is
     * ambiguous, "that" DET PRON SCONJ …), empty where the dictionary does not know it or the
     * language has no morphology or tag map.
     */
    public Set<Upos> upos(int i) {
        Set<Upos> u = upos[i];
        if (u == null) upos[i] = u = uposOf(i);
        return u;
    }

    private Set<Upos> uposOf(int i) {
        switch (tokens.get(i).kind()) {
            case PUNCT, QUOTE, DASH: return Set.of(Upos.PUNCT);
            case NUMBER: return Set.of(Upos.NUM);
            case SYMBOL: return Set.of(Upos.SYM);
            case URL: return Set.of(Upos.X);
            case POSSESSIVE: return Set.of(Upos.PART);
            default: break;
        }
        if (uposTags == null) return Set.of();
        EnumSet<Upos> all = EnumSet.noneOf(Upos.class);
        for (Reading r : readings(i)) all.add(uposTags.of(r));
        return Collections.unmodifiableSet(all);
    }
}
