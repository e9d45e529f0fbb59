package org.sdl.stats.graphstats;

import org.sdl.data.DoubleKeySort;

/**
 * Stata's lowess smoother (not R's: Stata's windows are symmetric in rank, so they shrink at the
 * ends). With the data sorted on x, k = floor((N bwidth - 0.5)/2) and the window of observation i
 * is ranks max(1, i-k) .. min(N, i+k). Weights are tricube, w_j = (1 - (|x_j - x_i|/D)^3)^3 with
 * D = 1.0001 max(x_(i+k) - x_i, x_i - x_(i-k)), or all 1 with noweight. The smoothed value is the
 * weighted regression prediction at x_i (running line, the default) or the weighted mean (mean).
 * No robustness iterations, as in Stata.
 */
public final class Lowess {
    private Lowess() {}

    /**
     * The smoothed values, aligned with the input (observation i's smooth at index i).
     *
     * @param bwidth Stata's bwidth(), default 0.8
     * @param mean running mean instead of running line
     * @param noweight unit weights instead of tricube
     */
    public static double[] smooth(double[] x, double[] y, double bwidth, boolean mean, boolean noweight) {
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        DoubleKeySort.sort(order, x, false);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[order[i]];
            ys[i] = y[order[i]];
        }
        int k = Math.max(0, (int) Math.floor((n * bwidth - 0.5) / 2));
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - k);
            int hi = Math.min(n - 1, i + k);
            double xi = xs[i];
            double d = 1.0001 * Math.max(xs[hi] - xi, xi - xs[lo]);
            double sw = 0;
            double sx = 0;
            double sy = 0;
            for (int j = lo; j <= hi; j++) {
                double wj = weight(xs[j], xi, d, noweight);
                sw += wj;
                sx += wj * xs[j];
                sy += wj * ys[j];
            }
            double mx = sx / sw;
            double my = sy / sw;
            double fit = my;
            if (!mean) {
                double sxx = 0;
                double sxy = 0;
                for (int j = lo; j <= hi; j++) {
                    double wj = weight(xs[j], xi, d, noweight);
                    double dx = xs[j] - mx;
                    sxx += wj * dx * dx;
                    sxy += wj * dx * (ys[j] - my);
                }
                if (sxx > 0) {
                    fit = my + sxy / sxx * (xi - mx);
                }
            }
            out[order[i]] = fit;
        }
        return out;
    }

    private static double weight(double xj, double xi, double d, boolean noweight) {
        if (noweight || d == 0) {
            return 1;
        }
        double u = Math.abs(xj - xi) / d;
        double t = 1 - u * u * u;
        return t * t * t;
    }
}
