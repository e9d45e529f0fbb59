package org.sdl.stats.causal;

/**
 * Kernel matching in O(n log n) for the polynomial kernels (epan 1-u^2, biweight (1-u^2)^2,
 * uniform 1, u = d/h): every sum over a treated observation's window is a combination of prefix
 * sums of powers of the control scores, and every control's weight a combination of
 * difference-array sums over the treated whose windows contain it. Windows are the same
 * inclusive intervals |d| &lt;= h as in direct summation; a control counts as used when it lies
 * strictly inside a window (where these kernels are positive).
 */
final class KernelSums {
    private static final int DEG = 5;

    private final double[] cs;
    private final double center;
    private final double[][] powerSums;
    private final double[][] powerYSums;
    private final double[] coef;
    private final double h;

    /** @param cs sorted control scores; @param ys their outcomes (in the same order) */
    KernelSums(double[] cs, double[] ys, MatchOptions.Kernel kernel, double h) {
        this.cs = cs;
        this.h = h;
        int n = cs.length;
        this.center = n == 0 ? 0 : (cs[0] + cs[n - 1]) / 2;
        this.coef = coefficients(kernel);
        powerSums = new double[DEG][n + 1];
        powerYSums = new double[DEG][n + 1];
        for (int j = 0; j < n; j++) {
            double s = cs[j] - center;
            double pw = 1;
            for (int m = 0; m < DEG; m++) {
                powerSums[m][j + 1] = powerSums[m][j] + pw;
                powerYSums[m][j + 1] = powerYSums[m][j] + pw * ys[j];
                pw *= s;
            }
        }
    }

    static boolean supports(MatchOptions.Kernel k) {
        return k == MatchOptions.Kernel.EPAN || k == MatchOptions.Kernel.BIWEIGHT || k == MatchOptions.Kernel.UNIFORM;
    }

    /** Kernel polynomial in u: weight = sum_k coef[k] u^k. */
    private static double[] coefficients(MatchOptions.Kernel k) {
        switch (k) {
            case EPAN: return new double[] {1, 0, -1, 0, 0};
            case BIWEIGHT: return new double[] {1, 0, -2, 0, 1};
            default: return new double[] {1, 0, 0, 0, 0};
        }
    }

    /** {sum of weights, sum of weights * y} over controls [from, end) for a treated at score p. */
    double[] sums(int from, int end, double p) {
        double q = p - center;
        double[] s = new double[DEG];
        double[] sy = new double[DEG];
        for (int m = 0; m < DEG; m++) {
            s[m] = powerSums[m][end] - powerSums[m][from];
            sy[m] = powerYSums[m][end] - powerYSums[m][from];
        }
        double w = 0;
        double wy = 0;
        for (int k = 0; k < DEG; k++) {
            if (coef[k] == 0) {
                continue;
            }
            // sum_j (s_j - q)^k = sum_m C(k,m) s_j^m (-q)^(k-m)
            double dk = 0;
            double dky = 0;
            for (int m = 0; m <= k; m++) {
                double c = binom(k, m) * Math.pow(-q, k - m);
                dk += c * s[m];
                dky += c * sy[m];
            }
            double scale = coef[k] / Math.pow(h, k);
            w += scale * dk;
            wy += scale * dky;
        }
        return new double[] {w, wy};
    }

    /**
     * Control weights sum_i w_ij / W_i: diff[m] are difference arrays of (-q_i)^m / W_i over the
     * treated windows; returns the weight of each control position.
     */
    double[] controlWeights(double[][] diff) {
        int n = cs.length;
        double[] out = new double[n];
        double[] t = new double[DEG];
        for (int j = 0; j < n; j++) {
            for (int m = 0; m < DEG; m++) {
                t[m] += diff[m][j];
            }
            double s = cs[j] - center;
            double w = 0;
            for (int k = 0; k < DEG; k++) {
                if (coef[k] == 0) {
                    continue;
                }
                double dk = 0;
                for (int m = 0; m <= k; m++) {
                    dk += binom(k, m) * Math.pow(s, k - m) * t[m];
                }
                w += coef[k] / Math.pow(h, k) * dk;
            }
            out[j] = w;
        }
        return out;
    }

    /** Adds one treated's window to the difference arrays. */
    void addWindow(double[][] diff, int from, int end, double p, double totalWeight) {
        double q = -(p - center);
        double pw = 1 / totalWeight;
        for (int m = 0; m < DEG; m++) {
            diff[m][from] += pw;
            diff[m][end] -= pw;
            pw *= q;
        }
    }

    double[][] newDiff() {
        return new double[DEG][cs.length + 1];
    }

    private static double binom(int k, int m) {
        double r = 1;
        for (int i = 1; i <= m; i++) {
            r = r * (k - m + i) / i;
        }
        return r;
    }
}
