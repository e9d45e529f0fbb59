package org.sdl.stats.graphstats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.sdl.data.DoubleKeySort;

/**
 * The points of qnorm and pnorm. With the values sorted, x_(i), and Stata's plotting positions
 * P_i = i/(N+1): qnorm pairs x_(i) with the normal quantile mean + sd invnormal(P_i); pnorm pairs
 * P_i with normal((x_(i) - mean)/sd). mean and sd are those of the variable (summarize).
 */
public final class NormalProbability {
    private NormalProbability() {}

    /** Sorted values, their plotting positions and the normal quantiles / probabilities. */
    public record Points(double[] sorted, double[] positions, double[] normalQuantiles, double[] normalProbabilities,
                         double mean, double sd) {}

    public static Points of(double[] x) {
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        DoubleKeySort.sort(order, x, false);
        double[] s = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            s[i] = x[order[i]];
            mean += s[i];
        }
        mean /= n;
        double ss = 0;
        for (double v : s) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        NormalDistribution z = new NormalDistribution();
        double[] p = new double[n];
        double[] q = new double[n];
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = (i + 1.0) / (n + 1.0);
            q[i] = mean + sd * z.inverseCumulativeProbability(p[i]);
            f[i] = z.cumulativeProbability((s[i] - mean) / sd);
        }
        return new Points(s, p, q, f, mean, sd);
    }
}
