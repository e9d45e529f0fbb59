package org.sdl.stats.graphstats;

import java.util.Arrays;
import org.sdl.data.SortedArrays;
import org.sdl.stats.descriptive.Percentiles;

/**
 * Kernel density estimates as Stata's kdensity computes them:
 * f(a) = sum_i w_i K((a - x_i)/h) / (h sum_i w_i).
 *
 * <p>Small problems (N times the number of points up to {@link #EXACT_LIMIT}) are summed exactly
 * over the observations inside each point's kernel window, found by binary search in sorted data.
 * Larger ones are linearly binned first (each observation's weight split between its two
 * neighbouring nodes of a grid of spacing at most h/1024, as R's density() bins) and the kernel is
 * summed over the nodes in the window: O(N + n h/delta), never O(N n). The relative error of the
 * binned sum is of order (delta/h)^2, below 1e-6 for smooth kernels, and of order delta/h at the
 * jumps of the rectangle kernel.
 */
public final class KernelDensity {
    private KernelDensity() {}

    /** Above this many (observation, point) pairs the estimate is computed from binned data. */
    public static final long EXACT_LIMIT = 20_000_000L;
    /** Grid nodes per bandwidth for binned estimates. */
    static final int NODES_PER_BANDWIDTH = 1024;
    /** Largest binned grid. */
    static final int MAX_NODES = 1 << 22;
    /** Beyond 8 bandwidths the gaussian kernel is below 1e-14 of its peak: ignored when binned. */
    static final double GAUSSIAN_CUT = 8;

    /**
     * Stata's default bandwidth 0.9 m / N^(1/5), m = min(sd, IQR/1.349) (sd when that is not
     * positive), with sd, quartiles and N from summarize, detail under the same weights (N is the
     * sum of fweights, else the number of observations).
     *
     * @param w weights or null
     * @param fweight whether w are frequency weights (else analytic weights)
     */
    public static double defaultBandwidth(double[] x, double[] w, boolean fweight) {
        int n = x.length;
        double sd;
        double iqr;
        double count;
        if (w == null) {
            double mean = 0;
            for (double v : x) {
                mean += v;
            }
            mean /= n;
            double ss = 0;
            for (double v : x) {
                double d = v - mean;
                ss += d * d;
            }
            sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
            double[] work = x.clone();
            double p75 = OrderStatistics.percentile(work, 75);
            double p25 = OrderStatistics.percentile(work, 25);
            iqr = p75 - p25;
            count = n;
        } else {
            double sw = 0;
            double s = 0;
            for (int i = 0; i < n; i++) {
                sw += w[i];
                s += w[i] * x[i];
            }
            double mean = s / sw;
            double m2 = 0;
            for (int i = 0; i < n; i++) {
                double d = x[i] - mean;
                m2 += w[i] * d * d;
            }
            // summarize: fweights divide by sum(w) - 1; aweights are rescaled to sum to n first
            double var = fweight ? m2 / (sw - 1) : m2 / sw * n / (n - 1.0);
            sd = Math.sqrt(var);
            double[] q = Percentiles.weighted(x, w, new double[] {25, 75});
            iqr = q[1] - q[0];
            count = fweight ? sw : n;
        }
        double m = Math.min(sd, iqr / 1.349);
        if (!(m > 0)) {
            m = sd;
        }
        return 0.9 * m / Math.pow(count, 0.2);
    }

    /** kdensity's default points: n equally spaced from min - h to max + h. */
    public static double[] statsGrid(double min, double max, double h, int n) {
        double[] g = new double[n];
        double delta = n > 1 ? (max - min + 2 * h) / (n - 1) : 0;
        for (int j = 0; j < n; j++) {
            g[j] = min - h + j * delta;
        }
        return g;
    }

    /** n equally spaced points from lo to hi (twoway kdensity's range). */
    public static double[] range(double lo, double hi, int n) {
        double[] g = new double[n];
        double delta = n > 1 ? (hi - lo) / (n - 1) : 0;
        for (int j = 0; j < n; j++) {
            g[j] = lo + j * delta;
        }
        return g;
    }

    /**
     * The density at each point of at.
     *
     * @param x observations (no missing values)
     * @param w weights or null (fweights and aweights give the same estimate)
     */
    public static double[] estimate(double[] x, double[] w, Kernel kernel, double h, double[] at) {
        if (!(h > 0)) {
            throw new IllegalArgumentException("bandwidth must be positive");
        }
        if ((long) x.length * at.length <= EXACT_LIMIT) {
            return exact(x, w, kernel, h, at);
        }
        return binned(x, w, kernel, h, at);
    }

    static double[] exact(double[] x, double[] w, Kernel kernel, double h, double[] at) {
        int n = x.length;
        double[] xs;
        double[] ws = null;
        if (w == null) {
            xs = x.clone();
            Arrays.sort(xs);
        } else {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            org.sdl.data.DoubleKeySort.sort(order, x, false);
            xs = new double[n];
            ws = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = x[order[i]];
                ws[i] = w[order[i]];
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += ws == null ? 1 : ws[i];
        }
        double reach = kernel.support() * h;
        double[] f = new double[at.length];
        for (int j = 0; j < at.length; j++) {
            double a = at[j];
            int lo = 0;
            int hi = n;
            if (!Double.isInfinite(reach)) {
                lo = SortedArrays.lowerBound(xs, a - reach);
                hi = SortedArrays.lowerBound(xs, Math.nextUp(a + reach));
            }
            double s = 0;
            for (int i = lo; i < hi; i++) {
                double k = kernel.weight((a - xs[i]) / h);
                s += ws == null ? k : ws[i] * k;
            }
            f[j] = s / (h * total);
        }
        return f;
    }

    static double[] binned(double[] x, double[] w, Kernel kernel, double h, double[] at) {
        int n = x.length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
            total += w == null ? 1 : w[i];
        }
        double span = max - min;
        int nodes = (int) Math.min(MAX_NODES, Math.max(2, Math.ceil(span / h * NODES_PER_BANDWIDTH) + 1));
        double delta = span > 0 ? span / (nodes - 1) : 1;
        double[] c = new double[nodes + 1];
        double inv = 1 / delta;
        for (int i = 0; i < n; i++) {
            double t = (x[i] - min) * inv;
            int j = (int) t;
            if (j >= nodes - 1) {
                j = nodes - 2 < 0 ? 0 : nodes - 2;
            }
            double frac = t - j;
            double wi = w == null ? 1 : w[i];
            c[j] += wi * (1 - frac);
            c[j + 1] += wi * frac;
        }
        double reach = (Double.isInfinite(kernel.support()) ? GAUSSIAN_CUT : kernel.support()) * h;
        double[] f = new double[at.length];
        for (int k = 0; k < at.length; k++) {
            double a = at[k];
            int lo = (int) Math.max(0, Math.ceil((a - reach - min) * inv));
            int hi = (int) Math.min(nodes - 1, Math.floor((a + reach - min) * inv));
            double s = 0;
            for (int j = lo; j <= hi; j++) {
                double cj = c[j];
                if (cj != 0) {
                    s += cj * kernel.weight((a - (min + j * delta)) / h);
                }
            }
            f[k] = s / (h * total);
        }
        return f;
    }

    /** The normal density with the given mean and sd at each point (kdensity's normal overlay). */
    public static double[] normal(double[] at, double mean, double sd) {
        double[] f = new double[at.length];
        double c = 1 / (sd * Math.sqrt(2 * Math.PI));
        for (int j = 0; j < at.length; j++) {
            double z = (at[j] - mean) / sd;
            f[j] = c * Math.exp(-0.5 * z * z);
        }
        return f;
    }
}
