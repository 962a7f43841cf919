package org.wirewatch.core.extract.ner.sequence;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;

/**
 * Builds {@link WordClusters} from plain text: a cheap stand-in for Brown clustering. Each word
 * seen at least {@code minCount} times is described by the words around it (the most frequent
 * tokens two to the left and two to the right, each position apart, weighted by positive
 * pointwise mutual information), and the words are split in two again and again by spherical
 * 2-means, so a word's path in that binary tree says which words it resembles, coarsely in the
 * first bits, finely in the last. Deterministic: no random numbers (each split starts from the
 * most frequent member and the member least like it), ties broken by frequency then spelling,
 * sums in a fixed order, so the same text gives the same file on every JVM.
 *
 * @param minCount    words seen fewer times are left out (their neighbours are too few to say much)
 * @param contexts    how many of the most frequent tokens describe a word (the rest count as one "rare")
 * @param depth       the longest path
 * @param iterations  2-means passes per split
 */
public record ClusterTraining(int minCount, int contexts, int depth, int iterations) {
    public static final ClusterTraining DEFAULTS = new ClusterTraining(3, 1000, 12, 10);
    private static final int[] OFFSETS = {-2, -1, 1, 2};
    private static final String START = "\u0002<s>";
    private static final String END = "\u0002</s>";
    /** Context distribution smoothing (Levy, Goldberg and Dagan 2015): rare contexts inflate PMI less. */
    private static final double SMOOTHING = 0.75;

    /** Clusters the word tokens of these texts; progress goes to {@code log}. */
    public WordClusters build(List<String> texts, String lang, TextSplitter splitter, PrintWriter log) {
        List<String[]> sentences = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            for (Sentence s : splitter.sentences(text, lang)) {
                List<Token> tokens = s.tokens();
                String[] forms = new String[tokens.size()];
                for (int i = 0; i < forms.length; i++) {
                    Token t = tokens.get(i);
                    forms[i] = t.lower();
                    counts.merge(forms[i], 1, Integer::sum);
                    if (t.isWord()) words.add(forms[i]);
                }
                sentences.add(forms);
            }
        }
        Comparator<String> byFrequency = Comparator.<String>comparingInt(counts::get).reversed().thenComparing(Comparator.naturalOrder());
        List<String> vocabulary = words.stream().filter(w -> counts.get(w) >= minCount).sorted(byFrequency).toList();
        List<String> contextWords = counts.keySet().stream().sorted(byFrequency).limit(contexts).toList();
        log.printf(Locale.ROOT, "clusters: %d sentences, %d token types, %d words seen %d times or more%n",
                sentences.size(), counts.size(), vocabulary.size(), minCount);
        log.flush();
        double[][] vectors = vectors(sentences, vocabulary, contextWords);
        String[] paths = new String[vocabulary.size()];
        int[] all = new int[vocabulary.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        int leaves = split(vectors, all, "", paths);
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < paths.length; i++) out.put(vocabulary.get(i), paths[i]);
        log.printf(Locale.ROOT, "clusters: %d words in %d clusters (paths up to %d bits)%n", out.size(), leaves, depth);
        log.flush();
        return new WordClusters(out);
    }

    /**
     * Each word's PPMI-weighted context counts, L2-normalised, as a sparse vector: pairs
     * (dimension, value) flattened, dimensions ascending.
     */
    private double[][] vectors(List<String[]> sentences, List<String> vocabulary, List<String> contextWords) {
        Map<String, Integer> wordIds = index(vocabulary);
        Map<String, Integer> contextIds = index(contextWords);
        int perOffset = contextWords.size() + 3;   // + start, end, rare
        List<Map<Integer, Integer>> rows = new ArrayList<>();
        for (int i = 0; i < vocabulary.size(); i++) rows.add(new TreeMap<>());
        long[] columns = new long[perOffset * OFFSETS.length];
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer w = wordIds.get(s[i]);
                if (w == null) continue;
                for (int o = 0; o < OFFSETS.length; o++) {
                    int j = i + OFFSETS[o];
                    String c = j < 0 ? START : j >= s.length ? END : s[j];
                    int id = c.equals(START) ? perOffset - 3 : c.equals(END) ? perOffset - 2 : contextIds.getOrDefault(c, perOffset - 1);
                    int dim = o * perOffset + id;
                    rows.get(w).merge(dim, 1, Integer::sum);
                    columns[dim]++;
                }
            }
        }
        double smoothedTotal = 0;
        for (long c : columns) smoothedTotal += Math.pow(c, SMOOTHING);
        double[][] vectors = new double[rows.size()][];
        for (int w = 0; w < rows.size(); w++) {
            Map<Integer, Integer> row = rows.get(w);
            long rowTotal = 0;
            for (int c : row.values()) rowTotal += c;
            double[] v = new double[row.size() * 2];
            int k = 0;
            double norm = 0;
            for (Map.Entry<Integer, Integer> e : row.entrySet()) {
                double pmi = Math.log((double) e.getValue() / rowTotal / (Math.pow(columns[e.getKey()], SMOOTHING) / smoothedTotal));
                if (pmi <= 0) continue;
                v[k++] = e.getKey();
                v[k++] = pmi;
                norm += pmi * pmi;
            }
            v = Arrays.copyOf(v, k);
            for (int i = 1; i < k; i += 2) v[i] /= Math.sqrt(norm);
            vectors[w] = v;
        }
        return vectors;
    }

    private static Map<String, Integer> index(List<String> words) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < words.size(); i++) ids.put(words.get(i), i);
        return ids;
    }

    /** Splits the members (ids in frequency order) recursively; returns the number of leaves. */
    private int split(double[][] vectors, int[] members, String path, String[] paths) {
        if (path.length() >= depth || members.length < 2) return leaf(members, path, paths);
        boolean[] right = twoMeans(vectors, members);
        int n = 0;
        for (boolean r : right) if (r) n++;
        if (n == 0 || n == members.length) return leaf(members, path, paths);
        int[] left = new int[members.length - n];
        int[] rightMembers = new int[n];
        int l = 0, r = 0;
        for (int i = 0; i < members.length; i++) {
            if (right[i]) rightMembers[r++] = members[i];
            else left[l++] = members[i];
        }
        return split(vectors, left, path + "0", paths) + split(vectors, rightMembers, path + "1", paths);
    }

    private static int leaf(int[] members, String path, String[] paths) {
        String p = path.isEmpty() ? "0" : path;
        for (int m : members) paths[m] = p;
        return 1;
    }

    /** Spherical 2-means from the most frequent member and the member least like it; true for the second side. */
    private boolean[] twoMeans(double[][] vectors, int[] members) {
        int dims = 0;
        for (int m : members) {
            double[] v = vectors[m];
            if (v.length > 0) dims = Math.max(dims, (int) v[v.length - 2] + 1);
        }
        double[] a = dense(vectors[members[0]], dims);
        int farthest = members[0];
        double lowest = Double.MAX_VALUE;
        for (int m : members) {
            double s = dot(vectors[m], a);
            if (s < lowest) {
                lowest = s;
                farthest = m;
            }
        }
        double[] b = dense(vectors[farthest], dims);
        boolean[] side = new boolean[members.length];
        for (int pass = 0; pass < iterations; pass++) {
            boolean changed = false;
            for (int i = 0; i < members.length; i++) {
                boolean toB = dot(vectors[members[i]], b) > dot(vectors[members[i]], a);
                changed |= toB != side[i];
                side[i] = toB;
            }
            if (!changed && pass > 0) break;
            a = centroid(vectors, members, side, false, dims);
            b = centroid(vectors, members, side, true, dims);
        }
        return side;
    }

    private static double[] centroid(double[][] vectors, int[] members, boolean[] side, boolean which, int dims) {
        double[] c = new double[dims];
        for (int i = 0; i < members.length; i++) {
            if (side[i] != which) continue;
            double[] v = vectors[members[i]];
            for (int k = 0; k < v.length; k += 2) c[(int) v[k]] += v[k + 1];
        }
        double norm = 0;
        for (double x : c) norm += x * x;
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int k = 0; k < dims; k++) c[k] *= scale;
        }
        return c;
    }

    private static double[] dense(double[] sparse, int dims) {
        double[] d = new double[dims];
        for (int k = 0; k < sparse.length; k += 2) d[(int) sparse[k]] = sparse[k + 1];
        return d;
    }

    private static double dot(double[] sparse, double[] dense) {
        double s = 0;
        for (int k = 0; k < sparse.length; k += 2) s += sparse[k + 1] * dense[(int) sparse[k]];
        return s;
    }
}
