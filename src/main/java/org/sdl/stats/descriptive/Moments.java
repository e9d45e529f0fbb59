package org.sdl.stats.descriptive;

import java.util.Arrays;

/**
 * Summary statistics of one variable as Stata's summarize computes them: weighted mean (two
 * passes for accuracy), variance with Stata's weight conventions (aweights normalised to the
 * number of observations, fweights counted, iweights taken as given), skewness, kurtosis and percentiles.
 */
public record Moments(double n, double sumW, double mean, double var, double skewness, double kurtosis,
                      double min, double max, double sum, double[] sortedValues) {

    /** @param w weights or null; @param fweight whether weights are frequencies */
    public static Moments of(double[] x, double[] w, boolean fweight) {
        return of(x, w, fweight ? "fweight" : "aweight");
    }

    /**
     * @param w weights or null
     * @param kind fweight, aweight or iweight (ignored without weights). The variance divides by
     *     V - 1, V the sum of weights, for fweights and iweights; aweights are first rescaled to sum
     *     to the number of observations n, which makes it n - 1. Only fweights count towards n.
     */
    public static Moments of(double[] x, double[] w, String kind) {
        boolean fweight = "fweight".equals(kind);
        boolean unscaled = fweight || "iweight".equals(kind);
        int m = x.length;
        double sw = 0;
        double s = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double wi = w == null ? 1 : w[i];
            sw += wi;
            s += wi * x[i];
            min = Math.min(min, x[i]);
            max = Math.max(max, x[i]);
        }
        double mean = s / sw;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (int i = 0; i < m; i++) {
            double wi = w == null ? 1 : w[i];
            double d = x[i] - mean;
            m2 += wi * d * d;
            m3 += wi * d * d * d;
            m4 += wi * d * d * d * d;
        }
        double n = fweight ? sw : m;
        double var = w == null ? m2 / (m - 1.0) : unscaled ? m2 / (sw - 1) : m2 / sw * m / (m - 1.0);
        double sk = (m3 / sw) / Math.pow(m2 / sw, 1.5);
        double ku = (m4 / sw) / Math.pow(m2 / sw, 2);
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        return new Moments(n, sw, mean, var, sk, ku, min, max, s, sorted);
    }

    public double sd() {
        return Math.sqrt(var);
    }
}
