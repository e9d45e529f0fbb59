package org.sdl.stats.graphstats;

import org.apache.commons.math3.distribution.TDistribution;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * The least-squares line (lfit, degree 1) or quadratic (qfit, degree 2) of y on x behind twoway
 * lfit/qfit/lfitci/qfitci: what regress y x (or y x x^2) and predict, xb / stdp / stdf give.
 * The band of lfitci is prediction +- t(df, (1+level)/2) stdp, or stdf with the stdf option.
 * x is centred and scaled before the normal equations are solved, so large x values lose nothing.
 */
public final class PolynomialFit {
    private final int degree;
    private final double center;
    private final double scale;
    private final double[] beta;
    private final double[][] cov;
    private final double sigma2;
    private final double df;

    private PolynomialFit(int degree, double center, double scale, double[] beta, double[][] cov, double sigma2,
                          double df) {
        this.degree = degree;
        this.center = center;
        this.scale = scale;
        this.beta = beta;
        this.cov = cov;
        this.sigma2 = sigma2;
        this.df = df;
    }

    /**
     * Fits y on x.
     *
     * @param w weights or null
     * @param fweight whether w are frequency weights (counted in N); otherwise aweights, rescaled
     *     to sum to the number of observations as regress does
     * @return the fit, or null when there are too few observations or x is constant
     */
    public static PolynomialFit fit(double[] x, double[] y, double[] w, boolean fweight, int degree) {
        int n = x.length;
        int p = degree + 1;
        double sw = 0;
        double sx = 0;
        for (int i = 0; i < n; i++) {
            double wi = w == null ? 1 : w[i];
            sw += wi;
            sx += wi * x[i];
        }
        double center = sx / sw;
        double spread = 0;
        for (double v : x) {
            spread = Math.max(spread, Math.abs(v - center));
        }
        if (!(spread > 0)) {
            return null;
        }
        double scale = spread;
        double norm = w == null || fweight ? 1 : n / sw;
        double[][] xtx = new double[p][p];
        double[] xty = new double[p];
        double[] row = new double[p];
        for (int i = 0; i < n; i++) {
            double wi = (w == null ? 1 : w[i]) * norm;
            basis((x[i] - center) / scale, row);
            for (int a = 0; a < p; a++) {
                xty[a] += wi * row[a] * y[i];
                for (int b = 0; b <= a; b++) {
                    xtx[a][b] += wi * row[a] * row[b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                xtx[a][b] = xtx[b][a];
            }
        }
        double nobs = w == null ? n : fweight ? sw : n;
        double df = nobs - p;
        if (df <= 0) {
            return null;
        }
        double[][] inv = SymmetricInverse.invert(xtx);
        if (inv == null) {
            return null;
        }
        double[] beta = SymmetricInverse.times(inv, xty);
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double wi = (w == null ? 1 : w[i]) * norm;
            basis((x[i] - center) / scale, row);
            double e = y[i] - dot(beta, row);
            rss += wi * e * e;
        }
        double s2 = rss / df;
        double[][] cov = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                cov[a][b] = s2 * inv[a][b];
            }
        }
        return new PolynomialFit(degree, center, scale, beta, cov, s2, df);
    }

    private static void basis(double z, double[] row) {
        row[0] = 1;
        for (int a = 1; a < row.length; a++) {
            row[a] = row[a - 1] * z;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The fitted value at x0 (predict, xb). */
    public double predict(double x0) {
        double[] row = new double[degree + 1];
        basis((x0 - center) / scale, row);
        return dot(beta, row);
    }

    /** The standard error of the prediction at x0 (predict, stdp). */
    public double stdp(double x0) {
        double[] row = new double[degree + 1];
        basis((x0 - center) / scale, row);
        double v = 0;
        for (int a = 0; a < row.length; a++) {
            for (int b = 0; b < row.length; b++) {
                v += row[a] * cov[a][b] * row[b];
            }
        }
        return Math.sqrt(Math.max(0, v));
    }

    /** The standard error of the forecast at x0 (predict, stdf): sqrt(stdp^2 + s^2). */
    public double stdf(double x0) {
        double sp = stdp(x0);
        return Math.sqrt(sp * sp + sigma2);
    }

    /** Residual degrees of freedom (N - degree - 1). */
    public double df() {
        return df;
    }

    /** Root mean squared error. */
    public double rmse() {
        return Math.sqrt(sigma2);
    }

    /** The t quantile that multiplies the standard error for a two-sided level% interval. */
    public double criticalValue(double level) {
        return new TDistribution(null, df, 1e-15).inverseCumulativeProbability(1 - (1 - level / 100) / 2);
    }

    /** Coefficients on the original scale: intercept, slope (and x^2 for the quadratic). */
    public double[] coefficients() {
        // expand b0 + b1 z + b2 z^2, z = (x - c)/s
        double c = center;
        double s = scale;
        if (degree == 1) {
            return new double[] {beta[0] - beta[1] * c / s, beta[1] / s};
        }
        double b2 = beta[2] / (s * s);
        double b1 = beta[1] / s - 2 * b2 * c;
        double b0 = beta[0] - beta[1] * c / s + b2 * c * c;
        return new double[] {b0, b1, b2};
    }
}
