package org.wirewatch.core.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.OptionalDouble;
import org.wirewatch.core.model.Check;

/**
 * A correlation coefficient that may be undefined. Undefined is a result in its own right
 * (fewer than two pairs, or one side constant) and carries its reason, so a report never
 * prints NaN or a silent 0.
 *
 * @param value           the coefficient in [-1, 1], empty when undefined
 * @param n               how many pairs it was computed over
 * @param undefinedReason why it is undefined; null when it is defined
 */
public record Correlation(OptionalDouble value, int n, String undefinedReason) {

    public Correlation {
        Check.notNullParam(value, "value");
        Check.isTrue(value.isPresent() == (undefinedReason == null), "a correlation is either a value or a reason");
    }

    public static Correlation undefined(int n, String reason) {
        return new Correlation(OptionalDouble.empty(), n, Check.notNullParam(reason, "reason"));
    }

    /** Pearson's r of x against y; both arrays must have the same length. */
    public static Correlation pearson(double[] x, double[] y) {
        Check.isTrue(x.length == y.length, "x has %d values, y %d", x.length, y.length);
        int n = x.length;
        if (n < 2) return undefined(n, "fewer than 2 pairs (n=" + n + ")");
        // Constancy is tested on the values themselves: a centred sum of identical doubles need not be exactly 0.
        if (constant(x)) return undefined(n, "predicted scores are constant");
        if (constant(y)) return undefined(n, "gold scores are constant");
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        double r = sxy / Math.sqrt(sxx * syy);
        return new Correlation(OptionalDouble.of(Math.max(-1, Math.min(1, r))), n, null);
    }

    /** Spearman's rho: Pearson's r of the ranks, ties given their average rank. */
    public static Correlation spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    /** 1-based ranks; tied values share the mean of the ranks they span. */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) j++;
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) ranks[order[k]] = rank;
            i = j + 1;
        }
        return ranks;
    }

    public boolean isDefined() {
        return value.isPresent();
    }

    /** "0.8123", or "undefined (predicted scores are constant)". */
    public String toText() {
        return isDefined() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "undefined (" + undefinedReason + ")";
    }

    private static boolean constant(double[] v) {
        for (double d : v) if (d != v[0]) return false;
        return true;
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double d : v) sum += d;
        return sum / v.length;
    }
}
