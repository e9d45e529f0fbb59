package org.sdl.stats.fit;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Least-squares fit of y on 1, x, ..., x^degree (twoway lfit: degree 1, qfit: degree 2) and its
 * prediction with standard errors, as Stata's {@code regress} + {@code predict, stdp/stdf} give
 * them: stdp = sqrt(x0' (X'X)^-1 x0 s^2), stdf = sqrt(stdp^2 + s^2), s^2 = RSS / (n - p); the
 * lfitci band is fit +- t(n - p, (1 + level/100) / 2) x stdp (or stdf).
 */
public final class PolynomialFit {
    private final double[] beta;
    private final RealMatrix xtxInv;
    private final double s2;
    private final int n;
    private final int p;

    private PolynomialFit(double[] beta, RealMatrix xtxInv, double s2, int n, int p) {
        this.beta = beta;
        this.xtxInv = xtxInv;
        this.s2 = s2;
        this.n = n;
        this.p = p;
    }

    /** Fits on the pairs where both values are present; null when there are not more pairs than terms or X'X is singular. */
    public static PolynomialFit fit(double[] x, double[] y, int degree) {
        int p = degree + 1;
        double[][] xtx = new double[p][p];
        double[] xty = new double[p];
        int n = 0;
        double[] row = new double[p];
        for (int i = 0; i < x.length; i++) {
            if (!present(x[i]) || !present(y[i])) {
                continue;
            }
            powers(x[i], row);
            for (int a = 0; a < p; a++) {
                xty[a] += row[a] * y[i];
                for (int b = 0; b < p; b++) {
                    xtx[a][b] += row[a] * row[b];
                }
            }
            n++;
        }
        if (n <= p) {
            return null;
        }
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(xtx, false));
        if (!lu.getSolver().isNonSingular()) {
            return null;
        }
        RealMatrix inv = lu.getSolver().getInverse();
        double[] beta = inv.operate(xty);
        double rss = 0;
        for (int i = 0; i < x.length; i++) {
            if (!present(x[i]) || !present(y[i])) {
                continue;
            }
            powers(x[i], row);
            double f = 0;
            for (int a = 0; a < p; a++) {
                f += beta[a] * row[a];
            }
            rss += (y[i] - f) * (y[i] - f);
        }
        return new PolynomialFit(beta, inv, rss / (n - p), n, p);
    }

    private static boolean present(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v) && v < 8.98846567431158e307;
    }

    private static void powers(double x, double[] row) {
        double v = 1;
        for (int a = 0; a < row.length; a++) {
            row[a] = v;
            v *= x;
        }
    }

    /** Coefficients: constant first, then x, x^2, ... */
    public double[] coefficients() {
        return beta.clone();
    }

    public int n() {
        return n;
    }

    public double predict(double x) {
        double f = 0;
        double v = 1;
        for (double b : beta) {
            f += b * v;
            v *= x;
        }
        return f;
    }

    /** Standard error of the prediction (stdp) at x. */
    public double stdp(double x) {
        double[] row = new double[p];
        powers(x, row);
        double q = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                q += row[a] * xtxInv.getEntry(a, b) * row[b];
            }
        }
        return Math.sqrt(Math.max(0, q) * s2);
    }

    /** Standard error of the forecast (stdf) at x. */
    public double stdf(double x) {
        double sp = stdp(x);
        return Math.sqrt(sp * sp + s2);
    }

    /** The t quantile for a two-sided interval at level percent with n - p degrees of freedom. */
    public double tQuantile(double level) {
        return new TDistribution(n - p).inverseCumulativeProbability((1 + level / 100) / 2);
    }
}
