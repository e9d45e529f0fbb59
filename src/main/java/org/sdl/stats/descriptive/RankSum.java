package org.sdl.stats.descriptive;

import java.util.Arrays;
import org.sdl.stats.ml.NormalCdf;

/**
 * The Wilcoxon rank-sum (Mann–Whitney) test as Stata's ranksum computes it: all values ranked
 * together (ties get their mean rank), the first group's rank sum R1 against its expectation
 * n1(N+1)/2, variance n1 n2 (N+1)/12 less the tie adjustment n1 n2 sum(t^3 - t) / (12 N (N-1)),
 * z = (R1 - E1)/sqrt(V) and a two-sided normal p-value; porder is P(x1 &gt; x2) + P(x1 = x2)/2.
 */
public final class RankSum {
    /** Everything ranksum reports. */
    public record Result(int n1, int n2, double sum1, double sum2, double expected1, double expected2,
                         double varUnadjusted, double tieAdjustment, double z, double p, double porder) {
        public double varAdjusted() {
            return varUnadjusted + tieAdjustment;
        }
    }

    private RankSum() {}

    /** group[i] true for the first group; both groups must be non-empty. */
    public static Result test(double[] x, boolean[] first) {
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        org.sdl.data.DoubleKeySort.sort(order, x, false);
        double[] rank = new double[n];
        double ties = 0;
        for (int a = 0; a < n; ) {
            int b = a;
            while (b < n && x[order[b]] == x[order[a]]) {
                b++;
            }
            double mean = (a + 1 + b) / 2.0;
            for (int k = a; k < b; k++) {
                rank[order[k]] = mean;
            }
            double t = b - a;
            ties += t * t * t - t;
            a = b;
        }
        int n1 = 0;
        double sum1 = 0;
        double sumAll = 0;
        for (int i = 0; i < n; i++) {
            sumAll += rank[i];
            if (first[i]) {
                n1++;
                sum1 += rank[i];
            }
        }
        int n2 = n - n1;
        double e1 = n1 * (n + 1) / 2.0;
        double e2 = n2 * (n + 1) / 2.0;
        double v = (double) n1 * n2 * (n + 1) / 12.0;
        // no ties: exactly 0, not -0 (which would print as -0.00)
        double adj = n > 1 && ties > 0 ? -(double) n1 * n2 * ties / (12.0 * n * (n - 1)) : 0;
        double z = (sum1 - e1) / Math.sqrt(v + adj);
        double p = 2 * NormalCdf.upper(Math.abs(z));
        double u = sum1 - n1 * (n1 + 1) / 2.0;
        return new Result(n1, n2, sum1, sumAll - sum1, e1, e2, v, adj, z, p, u / ((double) n1 * n2));
    }
}
