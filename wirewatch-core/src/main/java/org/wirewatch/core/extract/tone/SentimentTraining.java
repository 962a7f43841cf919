package org.wirewatch.core.extract.tone;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Mention;

/**
 * Trains what {@code wirewatch train sentiment} writes for one language, from sentences whose
 * targets carry a gold polarity: the language's learned tone words ({@link #learnWords}) and the
 * target-sentiment model ({@link #train}, multinomial logistic regression over
 * {@link TargetFeatures}). Starts from the pack's own lexicon, never from installed learned words,
 * so the same data and settings give the same bytes. Not thread-safe; one per training run.
 */
public final class SentimentTraining {
    /** One training sentence and its targets. */
    public record Sentence(String text, List<Span> targets) {
        public Sentence {
            Check.notNullParam(text, "text");
            targets = List.copyOf(targets);
        }
    }

    /** A target span [start, end) with its gold polarity (positive, negative or neutral). */
    public record Span(int start, int end, String polarity) {
        public Span {
            Check.isTrue(Mention.Sentiments.isLabel(polarity), "not a sentiment label: %s", polarity);
        }
    }

    /**
     * @param epochs  passes over the targets
     * @param seed    seed of the shuffles
     * @param bits    log2 of the feature slots
     * @param balance class weight (targets / (3 x targets of the class)) raised to this power; 0 weighs all alike
     * @param features the feature set of {@link TargetFeatures}: 1, or 2 with the mention's role
     * @param neutralOffset added to the neutral class's score (a negative one calls more targets
     *                      positive or negative); NaN to choose it by cross-validation ({@link NeutralOffset})
     */
    public record Settings(int epochs, long seed, int bits, double balance, int features, double neutralOffset) {
        public Settings {
            Check.isTrue(epochs >= 1 && bits >= 10 && bits <= 24 && balance >= 0, "epochs >= 1, 10 <= bits <= 24, balance >= 0");
            Check.isTrue(features == 1 || features == 2, "feature set 1 or 2: %d", features);
            Check.isTrue(!Double.isInfinite(neutralOffset), "a finite neutral offset or NaN");
        }

        public Settings(int epochs, long seed, int bits, double balance) {
            this(epochs, seed, bits, balance, 1, 0);
        }
    }

    private final String language;
    private final TextSplitter splitter;
    private ToneLexicon lexicon;

    public SentimentTraining(String language, LanguagePacks packs, TextSplitter splitter) {
        this.language = Check.notNullParam(language, "language");
        this.splitter = Check.notNullParam(splitter, "splitter");
        this.lexicon = ToneAnalyzer.packLexicons(packs, false).get(language);
        Check.isTrue(lexicon != null, "the %s pack has no %s", language, ToneLexiconFile.NAME);
    }

    /** How many words of the current lexicon carry a valence. */
    public int lexiconSize() {
        return lexicon.size();
    }

    /**
     * Tone words from the sentences: each word's (lemma's) rate in sentences whose targets are all
     * positive or neutral with at least one positive, against its rate in the negative ones and the
     * neutral ones, each class's rate relative to its size; words of the targets themselves are
     * names, not judgements, and are left out. Valence = 4 (rate+ − rate−) / (rate+ + rate− + rate0), each rate
     * with one sentence added so that rare words stay weak,
     * kept where the word occurs in at least {@code minCount} polar sentences and |valence| ≥
     * {@code minValence}. The words are added to this training's lexicon.
     */
    public Map<String, Float> learnWords(List<Sentence> sentences, int minCount, double minValence) {
        Map<String, int[]> counts = new HashMap<>();
        int[] classes = new int[3];
        for (Sentence s : sentences) {
            int c = sentenceClass(s);
            if (c < 0) continue;
            classes[c]++;
            for (String w : words(s)) counts.computeIfAbsent(w, k -> new int[3])[c]++;
        }
        Map<String, Float> learned = new HashMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            if (n[0] + n[2] < minCount) continue;
            double neg = (n[0] + 1) / (double) (classes[0] + 1);
            double neu = (n[1] + 1) / (double) (classes[1] + 1);
            double pos = (n[2] + 1) / (double) (classes[2] + 1);
            double v = 4 * (pos - neg) / (pos + neg + neu);
            if (Math.abs(v) >= minValence) learned.put(e.getKey(), (float) (Math.round(v * 100) / 100.0));
        }
        lexicon = lexicon.withLearned(learned);
        return learned;
    }

    /** 0 negative, 1 neutral, 2 positive; -1 for a sentence with both positive and negative targets. */
    private static int sentenceClass(Sentence s) {
        boolean pos = false, neg = false;
        for (Span t : s.targets()) {
            pos |= t.polarity().equals(Mention.Sentiments.POSITIVE);
            neg |= t.polarity().equals(Mention.Sentiments.NEGATIVE);
        }
        return pos && neg ? -1 : pos ? 2 : neg ? 0 : 1;
    }

    /** The distinct lemmas of the sentence's words outside its targets. */
    private Set<String> words(Sentence s) {
        Set<String> out = new HashSet<>();
        NameSpans inTargets = new NameSpans(mentions(s));
        for (Token t : AnalysedText.of(s.text(), language, splitter).tokens()) {
            if (!t.isWord() || inTargets.test(t.start())) continue;
            String form = ToneLexicon.normal(t.text());
            if (lexicon.negation(form) || lexicon.booster(form) != 0 || lexicon.contrast(form)) continue;
            out.add(lexicon.stem(form));
        }
        return out;
    }

    private static List<Mention> mentions(Sentence s) {
        List<Mention> out = new ArrayList<>(s.targets().size());
        for (Span t : s.targets()) out.add(new Mention(t.start(), t.end(), s.text().substring(t.start(), t.end()), "MISC", null, null));
        return out;
    }

    /** Trains the target-sentiment model on every target of the sentences; progress per epoch to {@code progress}. */
    public SentimentModel train(List<Sentence> sentences, Settings settings, PrintWriter progress) {
        List<int[]> slots = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (Span t : s.targets()) {
                Target target = target(s, t);
                if (target == null) continue;
                Map<Integer, Float> f = new HashMap<>();
                TargetFeatures.extract(target, settings.bits(), settings.features(), (slot, value) -> f.merge(slot, value, Float::sum));
                int[] keys = f.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                float[] vals = new float[keys.length];
                for (int i = 0; i < keys.length; i++) vals[i] = f.get(keys[i]);
                slots.add(keys);
                values.add(vals);
                gold.add(label(t.polarity()));
                sentenceOf.add(si);
            }
        }
        Examples all = new Examples(slots, values, gold);
        double offset = settings.neutralOffset();
        if (Double.isNaN(offset)) {
            offset = NeutralOffset.choose(all, sentenceOf, (train, report) -> fit(train, settings, report), progress);
        }
        float[] w = fit(all, settings, progress);
        // the bias feature is 1 for every target, so its neutral weight is the neutral class's offset
        w[TargetFeatures.biasSlot(settings.bits()) * 3 + 1] += (float) offset;
        return new SentimentModel(language, settings.bits(), settings.features(), w);
    }

    /** Training targets as hashed features (slots ascending) and gold class indices. */
    record Examples(List<int[]> slots, List<float[]> values, List<Integer> gold) {
        Examples subset(List<Integer> indices) {
            List<int[]> s = new ArrayList<>(indices.size());
            List<float[]> v = new ArrayList<>(indices.size());
            List<Integer> g = new ArrayList<>(indices.size());
            for (int i : indices) {
                s.add(slots.get(i));
                v.add(values.get(i));
                g.add(gold.get(i));
            }
            return new Examples(s, v, g);
        }
    }

    /** The model's confusion on held-out sentences' targets, each read as in training (the gold targets are the names). */
    public SentimentScore score(SentimentModel model, List<Sentence> sentences) {
        int[][] confusion = new int[3][3];
        for (Sentence s : sentences) {
            for (Span t : s.targets()) {
                Target target = target(s, t);
                int predicted = target == null ? 1 : label(model.classify(target).label());
                confusion[label(t.polarity())][predicted]++;
            }
        }
        return new SentimentScore(confusion);
    }

    /** The target in its sentence, the sentence's targets standing for its names; null when it is in no sentence. */
    private Target target(Sentence s, Span t) {
        AnalysedText text = AnalysedText.of(s.text(), language, splitter);
        SentenceHits sentence = EntitySentiment.sentenceOf(ToneAnalyzer.sentences(text, mentions(s), lexicon), t.start());
        return sentence == null ? null : Target.of(s.text(), sentence, t.start(), t.end(), lexicon);
    }

    private static float[] fit(Examples examples, Settings settings, PrintWriter progress) {
        List<int[]> slots = examples.slots();
        List<float[]> values = examples.values();
        List<Integer> gold = examples.gold();
        int n = gold.size();
        double[] classWeight = new double[3];
        int[] perClass = new int[3];
        for (int g : gold) perClass[g]++;
        for (int c = 0; c < 3; c++) classWeight[c] = Math.pow(n / (3.0 * Math.max(1, perClass[c])), settings.balance());
        float[] w = new float[3 << settings.bits()];
        double[] g2 = new double[w.length];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Random random = new Random(settings.seed());
        double rate = 0.1, l2 = 1e-4;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            shuffle(order, random);
            double loss = 0;
            for (int i : order) {
                int[] s = slots.get(i);
                float[] v = values.get(i);
                double[] z = new double[3];
                for (int k = 0; k < s.length; k++) for (int c = 0; c < 3; c++) z[c] += w[s[k] * 3 + c] * v[k];
                double[] p = SentimentModel.softmax(z);
                int y = gold.get(i);
                loss -= classWeight[y] * Math.log(Math.max(1e-12, p[y]));
                for (int k = 0; k < s.length; k++) {
                    for (int c = 0; c < 3; c++) {
                        int at = s[k] * 3 + c;
                        double grad = classWeight[y] * (p[c] - (c == y ? 1 : 0)) * v[k] + l2 * w[at];
                        g2[at] += grad * grad;
                        w[at] -= (float) (rate * grad / Math.sqrt(g2[at] + 1e-8));
                    }
                }
            }
            progress.printf(Locale.ROOT, "epoch %d/%d: %,d targets, mean loss %.4f%n", epoch, settings.epochs(), n, loss / Math.max(1, n));
            progress.flush();
        }
        return w;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static int label(String polarity) {
        for (int c = 0; c < 3; c++) if (SentimentModel.LABELS[c].equals(polarity)) return c;
        throw new IllegalArgumentException("not a sentiment label: " + polarity);
    }

    /** Writes learned words in the format {@link ToneAnalyzer} installs them from. */
    public static void writeWords(Map<String, Float> words, String header, Writer out) throws IOException {
        LearnedWords.write(words, header, out);
    }
}
