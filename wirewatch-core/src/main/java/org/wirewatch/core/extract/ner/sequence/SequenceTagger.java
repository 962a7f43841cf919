package org.wirewatch.core.extract.ner.sequence;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.text.Token;

/**
 * Tags the sentences of a document with a trained {@link SequenceModel}: features, Viterbi, spans.
 * Thread-safe; what one document carries between its sentences is in the caller's
 * {@link DocumentState} (one per document, sentences in text order).
 */
public final class SequenceTagger {
    private final SequenceModel model;
    private final FeatureExtractor features;
    /**
     * Per word form, the model's scores of the features the form always has (its own, which come
     * first in every token's features): most tokens are words seen before, and summing their
     * weights was a good part of tagging (scattered reads of a large table). Bounded, like the
     * extractor's word cache, since news brings new names every day.
     */
    private final ConcurrentHashMap<String, float[]> ownScores = new ConcurrentHashMap<>();
    private static final int MAX_SCORED_WORDS = 100_000;
    /** Null without cues or a dictionary. */
    private final CoordinatedNames coordination;
    /** Null without cues. */
    private final LegalFormSuffixes legalForms;
    /** Null without cues. */
    private final QuotedOrganisations quotedOrganisations;
    private final boolean numberedWordsNoNames;

    /**
     * @param morphology the model language's dictionary, or null
     * @param kb         the knowledge base the model was trained with (the built-in one)
     */
    public SequenceTagger(SequenceModel model, Morphology morphology, KnowledgeBase kb) {
        if (model.featureSet() != FeatureExtractor.FEATURE_SET) {
            throw new IllegalArgumentException("model for '" + model.lang() + "' has features v" + model.featureSet()
                    + ", this build extracts v" + FeatureExtractor.FEATURE_SET + ": retrain it with `wirewatch train ner`");
        }
        NameCues cues = Cues.of(model.lang());
        this.model = model;
        this.features = new FeatureExtractor(model.lang(), morphology, kb, cues, model.groups());
        this.coordination = cues == null || morphology == null ? null : new CoordinatedNames(cues, morphology);
        this.legalForms = cues == null ? null : new LegalFormSuffixes(cues);
        this.quotedOrganisations = cues == null ? null : new QuotedOrganisations(cues);
        this.numberedWordsNoNames = cues != null && cues.numberedWordsAreNoNames();
    }

    public String lang() {
        return model.lang();
    }

    /** The names in one sentence, as token spans; remembers their types for the document's later sentences. */
    public List<TokenSpan> tag(List<Token> tokens, DocumentState doc) {
        if (tokens.isEmpty()) return List.of();
        List<TokenSpan> decoded = QuoteBalance.close(tokens, Brackets.split(tokens, Bilou.decode(decode(tokens, doc))));
        List<TokenSpan> spans = model.groups().has(FeatureGroups.LEGAL_FORMS)
                ? QuoteBalance.close(tokens, QuoteBalance.withLegalForms(tokens, decoded)) : decoded;
        if (coordination != null) spans = coordination.extend(tokens, spans);
        if (legalForms != null) spans = legalForms.retype(tokens, spans);
        if (quotedOrganisations != null) spans = quotedOrganisations.apply(tokens, spans);
        if (numberedWordsNoNames) spans = NumberedWords.drop(tokens, spans);
        remember(tokens, spans, doc);
        return spans;
    }

    private int[] decode(List<Token> tokens, DocumentState doc) {
        int[][] all = features.features(tokens, doc);
        int[][] own = new int[tokens.size()][];
        float[][] scores = new float[tokens.size()][];
        for (int i = 0; i < own.length; i++) {
            String form = tokens.get(i).text();
            own[i] = features.own(form, doc);
            scores[i] = ownScores(form, own[i]);
        }
        return model.decode(all, own, scores);
    }

    private float[] ownScores(String form, int[] own) {
        float[] scores = ownScores.get(form);
        if (scores != null) return scores;
        scores = model.scores(own);
        if (ownScores.size() < MAX_SCORED_WORDS) ownScores.putIfAbsent(form, scores);
        return scores;
    }

    static void remember(List<Token> tokens, List<TokenSpan> spans, DocumentState doc) {
        for (TokenSpan s : spans) {
            int type = Bilou.typeIndex(s.type());
            for (int i = s.from(); i < s.to(); i++) if (tokens.get(i).isWord()) doc.remember(tokens.get(i).lower(), type);
        }
    }
}
