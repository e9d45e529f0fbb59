package org.sdl.stats.ml;

import org.sdl.stats.linalg.ColumnMatrix;
import org.sdl.stats.linalg.RowChunks;

/**
 * Logit and probit log likelihoods on column-major regressors: ll = sum w ln F(q xb), q = 2y-1.
 * Gradient and Hessian are analytic and taken in bulk through a {@link ColumnMatrix}, so factor
 * indicators cost only their nonzero rows.
 */
public final class BinaryModel implements LikelihoodModel {
    private final Link link;
    private final double[] y;
    private final double[] w;
    private final double[] xb;
    private final double[] h;
    private final double[] tmp;
    private final ColumnMatrix xm;

    /** @param x estimable columns only (the constant included as a column of ones) */
    public BinaryModel(Link link, double[] y, double[][] x, double[] w) {
        this(link, y, ColumnMatrix.of(x, y.length), w);
    }

    /** @param xm estimable columns only, already indexed */
    public BinaryModel(Link link, double[] y, ColumnMatrix xm, double[] w) {
        this.link = link;
        this.y = y;
        this.xm = xm;
        this.w = w;
        int n = y.length;
        this.xb = new double[n];
        this.h = new double[n];
        this.tmp = new double[n];
    }

    @Override
    public int dim() {
        return xm.k();
    }

    @Override
    public double[] start() {
        return new double[xm.k()];
    }

    private void linear(double[] theta) {
        xm.times(theta, xb);
    }

    @Override
    public double evaluate(double[] theta, double[] grad, double[][] hess) {
        linear(theta);
        int n = y.length;
        boolean derivatives = grad != null;
        // rows in fixed ranges on all cores; each range's log likelihood is added in range order
        double ll = RowChunks.reduce(n, (lo, hi) -> new double[] {rows(lo, hi, derivatives)},
            (acc, part) -> acc[0] += part[0])[0];
        if (grad != null) {
            xm.transposeTimes(tmp, grad);
            if (hess != null) {
                xm.crossProduct(h, null, hess);
            }
        }
        return ll;
    }

    /** ln L over rows [lo, hi), filling the gradient and Hessian weights tmp and h there. */
    private double rows(int lo, int hi, boolean derivatives) {
        double ll = 0;
        for (int i = lo; i < hi; i++) {
            double q = y[i] != 0 ? 1 : -1;
            double z = q * xb[i];
            double wi = w == null ? 1 : w[i];
            double f = link.cdf(z);
            if (link == Link.LOGIT) {
                ll += wi * (z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z)));
                if (derivatives) {
                    tmp[i] = wi * q * (1 - f);
                    h[i] = -wi * f * (1 - f);
                }
            } else {
                ll += wi * (f > 0 ? Math.log(f) : logPhiTail(z));
                if (derivatives) {
                    double lambda = f > 1e-300 ? NormalCdf.densityOverCdf(z, f) : -z;
                    tmp[i] = wi * q * lambda;
                    h[i] = -wi * lambda * (lambda + z);
                }
            }
        }
        return ll;
    }

    private static double logPhiTail(double z) {
        return -0.5 * z * z - Math.log(-z) - 0.5 * Math.log(2 * Math.PI);
    }

    @Override
    public void scores(double[] theta, ScoreSink sink) {
        linear(theta);
        double[] s = new double[xm.k()];
        for (int i = 0; i < y.length; i++) {
            double wi = w == null ? 1 : w[i];
            double g = derivative(i);
            for (int a = 0; a < xm.k(); a++) {
                s[a] = wi * g * xm.column(a)[i];
            }
            sink.accept(i, s);
        }
    }

    /** sum f (w g)^2 x x', with g the derivative of ln F(q xb) in xb: one weighted cross product. */
    @Override
    public double[][] scoreCrossProduct(double[] theta, double[] freq) {
        linear(theta);
        int n = y.length;
        double[] d = new double[n];
        RowChunks.forEach(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                double u = (w == null ? 1 : w[i]) * derivative(i);
                d[i] = (freq == null ? 1 : freq[i]) * u * u;
            }
        });
        int k = xm.k();
        double[][] out = new double[k][k];
        xm.crossProduct(d, null, out);
        return out;
    }

    /** d ln F(q xb_i) / d xb_i at the last linear predictor. */
    private double derivative(int i) {
        double q = y[i] != 0 ? 1 : -1;
        double z = q * xb[i];
        if (link == Link.LOGIT) {
            return q * (1 - link.cdf(z));
        }
        double f = link.cdf(z);
        return q * (f > 1e-300 ? link.pdf(z) / f : -z);
    }

    /** The linear predictor at the last evaluated theta (for predictions). */
    public double[] linearPredictor(double[] theta) {
        linear(theta);
        return xb.clone();
    }
}
