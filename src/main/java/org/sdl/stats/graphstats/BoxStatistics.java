package org.sdl.stats.graphstats;

import java.util.Arrays;
import org.sdl.stats.descriptive.Percentiles;

/**
 * One box of graph box: median and quartiles (Stata's percentile rule, weighted with weights),
 * the adjacent values (the most extreme observations within 1.5 IQR of the box: the largest value
 * &le; p75 + 1.5 IQR and the smallest &ge; p25 - 1.5 IQR) and the outside values beyond them.
 */
public record BoxStatistics(double p25, double median, double p75, double lowerAdjacent, double upperAdjacent,
                            double[] outside, int n) {

    /** The box of the values x (nonmissing; w weights or null). */
    public static BoxStatistics of(double[] x, double[] w) {
        int n = x.length;
        if (n == 0) {
            return new BoxStatistics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, new double[0], 0);
        }
        double[] s = x.clone();
        Arrays.sort(s);
        double p25;
        double p50;
        double p75;
        if (w == null) {
            p25 = Percentiles.sorted(s, 25);
            p50 = Percentiles.sorted(s, 50);
            p75 = Percentiles.sorted(s, 75);
        } else {
            double[] q = Percentiles.weighted(x, w, new double[] {25, 50, 75});
            p25 = q[0];
            p50 = q[1];
            p75 = q[2];
        }
        double iqr = p75 - p25;
        double hiFence = p75 + 1.5 * iqr;
        double loFence = p25 - 1.5 * iqr;
        double upper = Double.NaN;
        double lower = Double.NaN;
        int outside = 0;
        for (double v : s) {
            if (v >= loFence && Double.isNaN(lower)) {
                lower = v;
            }
            if (v <= hiFence) {
                upper = v;
            }
            if (v < loFence || v > hiFence) {
                outside++;
            }
        }
        double[] out = new double[outside];
        int k = 0;
        for (double v : s) {
            if (v < loFence || v > hiFence) {
                out[k++] = v;
            }
        }
        return new BoxStatistics(p25, p50, p75, lower, upper, out, n);
    }
}
