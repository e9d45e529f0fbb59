package org.sdl.stats.descriptive;

import java.util.Arrays;
import org.sdl.data.SortedArrays;

/**
 * Stata's percentile definition (summarize, detail; _pctile; xtile; centile without options):
 * with sorted values x_(1..n) and cumulative weights W_(i), P = W p/100; the percentile is
 * (x_(i) + x_(i+1))/2 when W_(i) = P exactly, else x_(i+1) for the first i with W_(i+1) &gt; P.
 */
public final class Percentiles {
    private Percentiles() {}

    /** Unweighted percentile p (0-100) of values (any order; the array is not modified). */
    public static double of(double[] values, double p) {
        double[] x = values.clone();
        Arrays.sort(x);
        return sorted(x, p);
    }

    /** Percentile of already-sorted values. */
    public static double sorted(double[] x, double p) {
        return sorted(x, 0, x.length, p);
    }

    /** Percentile of the sorted slice x[from, to) (one group of a grouped array). */
    public static double sorted(double[] x, int from, int to, double p) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        double pos = n * p / 100.0;
        int i = (int) Math.floor(pos);
        if (i < 1) {
            return x[from];
        }
        if (i >= n) {
            return x[to - 1];
        }
        if (pos == i) {
            return (x[from + i - 1] + x[from + i]) / 2;
        }
        return x[from + i];
    }

    /**
     * The j-th of nq quantile cutpoints (percentile 100 j / nq) of the sorted slice x[from, to),
     * with the position n j / nq computed exactly in integers, so that for example the first
     * tercile of 9 values is the mean of x(3) and x(4) and not x(4) by rounding.
     */
    public static double quantile(double[] x, int from, int to, int j, int nq) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        long num = (long) n * j;
        int i = (int) (num / nq);
        boolean exact = num % nq == 0;
        if (i < 1) {
            return x[from];
        }
        if (i >= n) {
            return x[to - 1];
        }
        return exact ? (x[from + i - 1] + x[from + i]) / 2 : x[from + i];
    }

    /** Weighted percentile p of values x with weights w (see {@link #weighted(double[], double[], double[])}). */
    public static double weighted(double[] x, double[] w, double p) {
        return weighted(x, w, new double[] {p})[0];
    }

    /**
     * Stata's altdef percentile (_pctile, pctile, xtile with altdef): position h = (n+1)p/100 in the
     * sorted values, interpolated between neighbours, clamped to the smallest and largest value.
     */
    public static double altdef(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n + 1) * p / 100.0;
        int i = (int) Math.floor(h);
        if (i < 1) {
            return sorted[0];
        }
        if (i >= n) {
            return sorted[n - 1];
        }
        return sorted[i - 1] + (h - i) * (sorted[i] - sorted[i - 1]);
    }

    /**
     * Several weighted percentiles at once: x sorted once (stable radix order of row indices),
     * then each p found on the cumulative weights by the same rule as {@link #weighted}.
     */
    public static double[] weighted(double[] x, double[] w, double[] ps) {
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        org.sdl.data.DoubleKeySort.sort(order, x, false);
        double[] cum = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += w[order[k]];
            cum[k] = total;
        }
        double[] out = new double[ps.length];
        for (int q = 0; q < ps.length; q++) {
            double target = total * ps[q] / 100.0;
            int k = SortedArrays.lowerBound(cum, target);
            if (k >= n) {
                out[q] = x[order[n - 1]];
            } else if (cum[k] == target && k + 1 < n) {
                out[q] = (x[order[k]] + x[order[k + 1]]) / 2;
            } else {
                out[q] = x[order[k]];
            }
        }
        return out;
    }
}
