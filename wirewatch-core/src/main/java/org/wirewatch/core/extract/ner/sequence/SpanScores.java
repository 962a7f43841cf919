package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wirewatch.core.kb.EntityType;

/**
 * Exact-span precision, recall and F1 per type (as {@code wirewatch eval ner} counts them), and the
 * errors by kind: a wrong type on the right span, wrong edges, a name missed, a name invented.
 * Not thread-safe; fill it from one thread.
 */
public final class SpanScores {
    private static final List<EntityType> TYPES = List.of(EntityType.PER, EntityType.ORG, EntityType.LOC);
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    private final Map<String, Integer> errors = new HashMap<>();

    public SpanScores() {
        for (EntityType t : TYPES) counts.put(t, new int[3]);
    }

    /** Adds one document's gold and predicted spans. */
    public void add(List<GoldDocument.GoldSpan> gold, List<GoldDocument.GoldSpan> predicted) {
        Set<GoldDocument.GoldSpan> goldSet = new HashSet<>(gold);
        Set<GoldDocument.GoldSpan> predictedSet = new HashSet<>(predicted);
        for (GoldDocument.GoldSpan g : goldSet) counts.get(g.type())[0]++;
        for (GoldDocument.GoldSpan p : predictedSet) {
            counts.get(p.type())[1]++;
            if (goldSet.contains(p)) counts.get(p.type())[2]++;
        }
        classifyErrors(goldSet, predictedSet);
    }

    private void classifyErrors(Set<GoldDocument.GoldSpan> gold, Set<GoldDocument.GoldSpan> predicted) {
        for (GoldDocument.GoldSpan g : gold) {
            if (predicted.contains(g)) continue;
            GoldDocument.GoldSpan same = null;
            GoldDocument.GoldSpan overlap = null;
            for (GoldDocument.GoldSpan p : predicted) {
                if (p.start() == g.start() && p.end() == g.end()) same = p;
                else if (p.start() < g.end() && g.start() < p.end()) overlap = p;
            }
            if (same != null) count("type " + g.type() + " predicted as " + same.type());
            else if (overlap != null) count("edges of " + g.type() + (overlap.end() - overlap.start() < g.end() - g.start() ? " too short" : " too long or shifted"));
            else count("missed " + g.type());
        }
        for (GoldDocument.GoldSpan p : predicted) {
            if (gold.contains(p)) continue;
            boolean overlaps = false;
            for (GoldDocument.GoldSpan g : gold) overlaps |= p.start() < g.end() && g.start() < p.end();
            if (!overlaps) count("spurious " + p.type());
        }
    }

    private void count(String kind) {
        errors.merge(kind, 1, Integer::sum);
    }

    /** Micro F1 over the three types. */
    public double f1() {
        int[] all = new int[3];
        for (int[] c : counts.values()) for (int i = 0; i < 3; i++) all[i] += c[i];
        return f1(all);
    }

    public double f1(EntityType type) {
        return f1(counts.get(type));
    }

    private static double f1(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
        double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A table like {@code wirewatch eval ner}'s, then the error kinds by count. */
    public String report(int topErrors) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-8s %6s %9s %7s %9s %7s %7s%n", "", "gold", "predicted", "correct", "precision", "recall", "f1"));
        int[] all = new int[3];
        for (int[] c : counts.values()) for (int i = 0; i < 3; i++) all[i] += c[i];
        line(b, "micro", all);
        for (EntityType t : TYPES) line(b, t.name(), counts.get(t));
        List<Map.Entry<String, Integer>> kinds = new ArrayList<>(new TreeMap<>(errors).entrySet());
        kinds.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
        b.append("errors by kind:").append(System.lineSeparator());
        for (int i = 0; i < Math.min(topErrors, kinds.size()); i++) {
            b.append(String.format(Locale.ROOT, "  %5d  %s%n", kinds.get(i).getValue(), kinds.get(i).getKey()));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String name, int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
        double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
        b.append(String.format(Locale.ROOT, "%-8s %6d %9d %7d %9.4f %7.4f %7.4f%n", name, c[0], c[1], c[2], p, r, f1(c)));
    }
}
