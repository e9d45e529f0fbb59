package org.sdl.stats.causal;

import java.util.Arrays;
import org.sdl.data.SortedArrays;

/**
 * lpoly-style local-linear smoothing of the control outcomes on the score, evaluated at each
 * control's own score, with lpoly's Epanechnikov kernel K(z) = 0.75(1 - z^2/5)/sqrt(5) for
 * |z| &lt; sqrt(5) (psmatch2's default llr). Sorted scores bound each window by binary search.
 */
final class LocalLinear {
    private LocalLinear() {}

    private static final double ROOT5 = Math.sqrt(5);

    static double[] smoothControls(boolean[] treated, double[] score, double[] y, double h) {
        int n = score.length;
        int n0 = 0;
        for (boolean t : treated) {
            if (!t) {
                n0++;
            }
        }
        double[][] pairs = new double[n0][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!treated[i]) {
                pairs[k++] = new double[] {score[i], y[i]};
            }
        }
        Arrays.sort(pairs, (a, b) -> Double.compare(a[0], b[0]));
        double[] xs = new double[n0];
        double[] ys = new double[n0];
        for (int j = 0; j < n0; j++) {
            xs[j] = pairs[j][0];
            ys[j] = pairs[j][1];
        }
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < n; i++) {
            if (treated[i]) {
                continue;
            }
            double x0 = score[i];
            int from = SortedArrays.lowerBound(xs, x0 - ROOT5 * h);
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double t0 = 0;
            double t1 = 0;
            for (int j = from; j < n0 && xs[j] - x0 < ROOT5 * h; j++) {
                double d = xs[j] - x0;
                double z = d / h;
                if (Math.abs(z) >= ROOT5) {
                    continue;
                }
                double w = 0.75 * (1 - z * z / 5) / ROOT5;
                s0 += w;
                s1 += w * d;
                s2 += w * d * d;
                t0 += w * ys[j];
                t1 += w * d * ys[j];
            }
            double det = s0 * s2 - s1 * s1;
            out[i] = det != 0 ? (s2 * t0 - s1 * t1) / det : t0 / s0;
        }
        return out;
    }
}
