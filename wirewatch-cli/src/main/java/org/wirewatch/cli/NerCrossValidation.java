package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.wirewatch.core.eval.NerEvaluation;
import org.wirewatch.core.eval.NerReport;
import org.wirewatch.core.eval.Scores;
import org.wirewatch.core.extract.ner.NerMode;
import org.wirewatch.core.extract.ner.sequence.GoldDocument;
import org.wirewatch.core.extract.ner.sequence.NerTraining;
import org.wirewatch.core.extract.ner.sequence.SequenceModel;
import org.wirewatch.core.extract.ner.sequence.SequenceTagger;
import org.wirewatch.core.extract.ner.sequence.SpanScores;
import org.wirewatch.core.extract.ner.sequence.TaggerSource;
import org.wirewatch.core.extract.ner.sequence.TrainingSettings;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/**
 * K-fold cross-validation of {@code wirewatch train ner --cv-folds K --extra FILE}: the documents of
 * FILE are dealt into K folds by their order (document i goes to fold i mod K, so the split is
 * fixed by the file alone); each fold is held out once while a model is trained on the training
 * files plus the other K−1 folds (each of their documents {@code repeat} times), then the held-out
 * fold is scored through the whole pipeline exactly as {@code wirewatch eval ner} scores a gold
 * file (the fold's model in place of the installed one, then linking, document memory and the
 * knowledge-base additions). The pooled figure sums the counts of all folds (micro over every
 * document of FILE, each scored by the one model that did not see it). The model-alone figures are
 * pooled too, for comparison with {@code train ner --dev}.
 */
final class NerCrossValidation {
    private final String lang;
    private final NerTraining training;
    private final Morphology morphology;
    private final KnowledgeBase kb;
    private final LanguagePacks packs;

    NerCrossValidation(String lang, NerTraining training, Morphology morphology, KnowledgeBase kb, LanguagePacks packs) {
        this.lang = lang;
        this.training = training;
        this.morphology = morphology;
        this.kb = kb;
        this.packs = packs;
    }

    /** The fold of each of {@code documents} documents: document i is in fold i mod k. */
    static int[] folds(int documents, int k) {
        if (k < 2 || k > documents) throw new IllegalArgumentException("need 2 <= folds <= documents, got " + k + " for " + documents);
        int[] fold = new int[documents];
        for (int i = 0; i < documents; i++) fold[i] = i % k;
        return fold;
    }

    /** The non-blank lines of a gold file, in order: one per document, as {@link GoldDocument#read} reads them. */
    static List<String> documentLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /**
     * Runs the folds and prints one line per fold, then the pooled pipeline report and the pooled
     * model-alone report, to {@code out}.
     *
     * @param base   documents every fold trains on (the settings' conventions apply to them)
     * @param extra  the file to split; its documents are trained on as they are
     * @param repeat copies of each training fold's documents (0: the base alone, one model for all folds)
     */
    void run(List<GoldDocument> base, Path extra, int k, int repeat, TrainingSettings settings, Path scratch, PrintWriter out)
            throws IOException {
        run(base, extra, k, repeat, settings, scratch, out, null);
    }

    /**
     * As {@link #run(List, Path, int, int, TrainingSettings, Path, PrintWriter)}, and writes each held-out
     * document's predicted entities ({@code {"id", "entities"}}, one line each, in fold order) to
     * {@code predictions} when it is not null, for error analysis.
     */
    void run(List<GoldDocument> base, Path extra, int k, int repeat, TrainingSettings settings, Path scratch, PrintWriter out,
             Path predictions) throws IOException {
        List<String> predicted = new ArrayList<>();
        List<String> lines = documentLines(extra);
        List<GoldDocument> docs = GoldDocument.read(extra);
        if (lines.size() != docs.size()) throw new IOException(extra + ": " + lines.size() + " lines but " + docs.size() + " documents");
        int[] fold = folds(docs.size(), k);
        out.printf(Locale.ROOT, "cross-validation: %d folds of %s (%d documents, document i in fold i mod %d); each fold trained on %d base documents + the other folds x %d%n",
                k, extra.getFileName(), docs.size(), k, base.size(), repeat);
        out.flush();
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        SequenceModel shared = repeat == 0 ? training.trainDocuments(base, List.of(), settings, quiet) : null;
        List<NerReport> reports = new ArrayList<>();
        SpanScores alone = new SpanScores();
        for (int f = 0; f < k; f++) {
            List<GoldDocument> held = new ArrayList<>();
            List<String> heldLines = new ArrayList<>();
            List<GoldDocument> rest = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (fold[i] == f) {
                    held.add(docs.get(i));
                    heldLines.add(lines.get(i));
                }
            }
            for (int copy = 0; copy < repeat; copy++) {
                for (int i = 0; i < docs.size(); i++) if (fold[i] != f) rest.add(docs.get(i));
            }
            long began = System.nanoTime();
            SequenceModel model = shared != null ? shared : training.trainDocuments(base, rest, settings, quiet);
            training.evaluateDocuments(model, held, alone);
            Path gold = scratch.resolve("fold-" + (f + 1) + ".jsonl");
            Files.write(gold, heldLines, StandardCharsets.UTF_8);
            NerReport r;
            try {
                Pipeline pipeline = pipeline(model);
                r = NerEvaluation.run(gold, raw -> {
                    Article a = pipeline.analyze(raw);
                    if (predictions != null) predicted.add(entitiesLine(a));
                    return a;
                });
            } finally {
                Files.deleteIfExists(gold);
            }
            reports.add(r);
            out.printf(Locale.ROOT, "fold %d/%d: %3d documents, %4d gold; P %.4f R %.4f F1 %.4f; PER %.4f ORG %.4f LOC %.4f (%.1f s)%n",
                    f + 1, k, held.size(), r.micro().gold(), r.micro().precision(), r.micro().recall(), r.micro().f1(),
                    r.byType().get("PER").f1(), r.byType().get("ORG").f1(), r.byType().get("LOC").f1(), (System.nanoTime() - began) / 1e9);
            out.flush();
        }
        if (predictions != null) Files.write(predictions, predicted, StandardCharsets.UTF_8);
        out.print("pooled over the folds (whole pipeline, as eval ner):" + System.lineSeparator() + pooled(reports).toText());
        out.print("pooled over the folds (model alone, exact spans):" + System.lineSeparator() + alone.report(5));
        out.flush();
    }

    /** The pipeline of {@code eval ner} (raw text, default languages) with this model for the language. */
    private Pipeline pipeline(SequenceModel model) {
        Optional<SequenceTagger> tagger = Optional.of(new SequenceTagger(model, morphology, kb));
        TaggerSource bundled = TaggerSource.bundled(packs.morphologies());
        TaggerSource source = l -> lang.equalsIgnoreCase(l) ? tagger : bundled.forLanguage(l);
        PipelineSettings settings = new PipelineSettings(true, LanguageIdentifier.defaultLanguages(), NerMode.MODEL);
        return new Pipeline(settings, kb, packs, source);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One held-out document's id and entities as a JSON line. */
    private static String entitiesLine(Article a) {
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Mention m : a.entities()) entities.add(Map.of("start", m.start(), "end", m.end(), "type", m.type(), "text", m.text()));
        try {
            return JSON.writeValueAsString(Map.of("id", a.id(), "entities", entities));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the entities of " + a.id(), e);
        }
    }

    /** The folds' counts summed. */
    static NerReport pooled(List<NerReport> reports) {
        Scores micro = Scores.ZERO;
        Map<String, Scores> byType = new LinkedHashMap<>();
        Map<String, Scores> byLang = new LinkedHashMap<>();
        int docs = 0, failed = 0, mismatched = 0, skipped = 0;
        List<String> errors = new ArrayList<>();
        for (NerReport r : reports) {
            micro = micro.plus(r.micro());
            r.byType().forEach((t, s) -> byType.merge(t, s, Scores::plus));
            r.byLang().forEach((l, s) -> byLang.merge(l, s, Scores::plus));
            docs += r.docs();
            failed += r.failedDocs();
            mismatched += r.textMismatches();
            skipped += r.skippedLines();
            errors.addAll(r.errors());
        }
        return new NerReport(micro, byType, byLang, docs, failed, mismatched, skipped, errors);
    }
}
