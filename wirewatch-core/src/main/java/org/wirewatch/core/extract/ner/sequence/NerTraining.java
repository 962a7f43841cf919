package org.wirewatch.core.extract.ner.sequence;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;

/**
 * Training a sequence model from gold JSONL files, end to end: read, align to the project's
 * tokens, train, and score on development files. What {@code wirewatch train ner} runs.
 */
public final class NerTraining {
    private final String lang;
    private final Morphology morphology;
    private final KnowledgeBase kb;
    private final TextSplitter splitter;

    /** @param kb the knowledge base for gazetteer features: the built-in one, which taggers use too */
    public NerTraining(String lang, Morphology morphology, KnowledgeBase kb, TextSplitter splitter) {
        this.lang = lang;
        this.morphology = morphology;
        this.kb = kb;
        this.splitter = splitter;
    }

    /** Trains on the documents of these files; progress and alignment counts go to {@code log}. */
    public SequenceModel train(List<Path> trainFiles, TrainingSettings settings, PrintWriter log) throws IOException {
        List<GoldDocument> gold = new ArrayList<>();
        for (Path file : trainFiles) gold.addAll(GoldDocument.read(file));
        return trainDocuments(gold, settings, log);
    }

    /** Trains on these documents, in this order before the seeded shuffles. */
    public SequenceModel trainDocuments(List<GoldDocument> gold, TrainingSettings settings, PrintWriter log) {
        return trainDocuments(gold, List.of(), settings, log);
    }

    /**
     * Trains on {@code gold}, to which the settings' conventions (lower-case spans dropped, places
     * split off) apply, and on {@code asIs}, documents already in the target convention (the
     * evaluation set's own annotation), whose spans are all kept. Both in this order before the
     * seeded shuffles.
     */
    public SequenceModel trainDocuments(List<GoldDocument> gold, List<GoldDocument> asIs, TrainingSettings settings, PrintWriter log) {
        Alignment alignment = new Alignment(splitter, settings.dropLowerCase(), settings.splitPlaces() ? this::namesPlace : null);
        List<List<AlignedSentence>> docs = new ArrayList<>();
        int tokens = 0;
        for (GoldDocument doc : gold) {
            List<AlignedSentence> sentences = alignment.align(doc, lang);
            for (AlignedSentence s : sentences) tokens += s.tokens().size();
            docs.add(sentences);
        }
        int sourceDocuments = docs.size();
        Alignment.AlignmentReport a = alignment.report();
        log.printf(Locale.ROOT, "train: %d documents, %d tokens, %d gold spans (%d not on token edges, widened; %d across sentences, dropped; %d lower-case, dropped; %d split ORG+LOC)%n",
                docs.size(), tokens, a.spans(), a.inexact(), a.crossing(), a.lowerCase(), a.split());
        if (!asIs.isEmpty()) {
            Alignment plain = new Alignment(splitter, false, null);
            tokens = 0;
            for (GoldDocument doc : asIs) {
                List<AlignedSentence> sentences = plain.align(doc, lang);
                for (AlignedSentence s : sentences) tokens += s.tokens().size();
                docs.add(sentences);
            }
            Alignment.AlignmentReport b = plain.report();
            log.printf(Locale.ROOT, "extra (as is): %d documents, %d tokens, %d gold spans (%d not on token edges, widened; %d across sentences, dropped)%n",
                    asIs.size(), tokens, b.spans(), b.inexact(), b.crossing());
        }
        log.printf(Locale.ROOT, "features: %s; 2^%d buckets; %d epochs; seed %d%n", settings.groups(), settings.bits(), settings.epochs(),
                settings.seed());
        log.flush();
        FeatureExtractor features = new FeatureExtractor(lang, morphology, kb, Cues.of(lang), settings.groups());
        long began = System.nanoTime();
        int[] domains = new int[docs.size()];
        for (int d = 0; d < domains.length; d++) domains[d] = d < sourceDocuments && !asIs.isEmpty() ? FeatureExtractor.SOURCE : FeatureExtractor.TARGET;
        SequenceModel model = new SequenceTrainer(settings, features).train(lang, docs, domains, (epoch, sentences, mistakes, seconds) -> {
            log.printf(Locale.ROOT, "epoch %d/%d: %d sentences, %d with mistakes, %.1f s (%.0f sentences/s)%n", epoch, settings.epochs(),
                    sentences, mistakes, seconds, sentences / Math.max(seconds, 1e-9));
            log.flush();
        });
        log.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - began) / 1e9);
        return model;
    }

    /** Whether the built-in knowledge base or the dictionary knows a word (or its base form) as a place. */
    private boolean namesPlace(Token t) {
        for (org.wirewatch.core.kb.KbEntity e : kb.find(t.text(), lang)) if (e.type() == org.wirewatch.core.kb.EntityType.LOC) return true;
        if (morphology == null) return false;
        for (org.wirewatch.core.linguistics.morph.Reading r : morphology.readings(t.text())) {
            if (r.nameClass() == org.wirewatch.core.linguistics.morph.NameClass.PLACE) return true;
            if (r.nameClass() == null) continue;
            for (org.wirewatch.core.kb.KbEntity e : kb.find(r.lemma(), lang)) if (e.type() == org.wirewatch.core.kb.EntityType.LOC) return true;
        }
        return false;
    }

    /** The model's own spans scored against development files (no rules, no linking). */
    public SpanScores evaluate(SequenceModel model, List<Path> devFiles) throws IOException {
        List<GoldDocument> gold = new ArrayList<>();
        for (Path file : devFiles) gold.addAll(GoldDocument.read(file));
        return evaluateDocuments(model, gold);
    }

    public SpanScores evaluateDocuments(SequenceModel model, List<GoldDocument> gold) {
        return evaluateDocuments(model, gold, new SpanScores());
    }

    /** Adds the model's scores on these documents to {@code scores} (pooling several models' figures) and returns it. */
    public SpanScores evaluateDocuments(SequenceModel model, List<GoldDocument> gold, SpanScores scores) {
        SequenceTagger tagger = new SequenceTagger(model, morphology, kb);
        for (GoldDocument doc : gold) scores.add(doc.spans(), predict(tagger, doc.text()));
        return scores;
    }

    /** The tagger's names in a text, as character spans. */
    public List<GoldDocument.GoldSpan> predict(SequenceTagger tagger, String text) {
        DocumentState state = new DocumentState();
        List<GoldDocument.GoldSpan> out = new ArrayList<>();
        for (Sentence s : splitter.sentences(text, lang)) {
            List<Token> tokens = s.tokens();
            for (TokenSpan t : tagger.tag(tokens, state)) {
                out.add(new GoldDocument.GoldSpan(tokens.get(t.from()).start(), tokens.get(t.to() - 1).end(), t.type()));
            }
        }
        return out;
    }
}
