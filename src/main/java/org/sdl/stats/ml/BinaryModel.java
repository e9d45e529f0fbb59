package org.sdl.stats.ml;

/**
 * Logit and probit log likelihoods on column-major regressors: ll = sum w ln F(q xb), q = 2y-1.
 * Gradient and Hessian are analytic; the Hessian is accumulated column pair by column pair over
 * contiguous arrays, which the JIT vectorises.
 */
public final class BinaryModel implements LikelihoodModel {
    private final Link link;
    private final double[] y;
    private final double[][] x;
    private final double[] w;
    private final double[] xb;
    private final double[] h;
    private final double[] tmp;

    /** @param x estimable columns only (the constant included as a column of ones) */
    public BinaryModel(Link link, double[] y, double[][] x, double[] w) {
        this.link = link;
        this.y = y;
        this.x = x;
        this.w = w;
        int n = y.length;
        this.xb = new double[n];
        this.h = new double[n];
        this.tmp = new double[n];
    }

    @Override
    public int dim() {
        return x.length;
    }

    @Override
    public double[] start() {
        return new double[x.length];
    }

    private void linear(double[] theta) {
        int n = y.length;
        java.util.Arrays.fill(xb, 0);
        for (int j = 0; j < x.length; j++) {
            double bj = theta[j];
            if (bj == 0) {
                continue;
            }
            double[] xj = x[j];
            for (int i = 0; i < n; i++) {
                xb[i] += bj * xj[i];
            }
        }
    }

    @Override
    public double evaluate(double[] theta, double[] grad, double[][] hess) {
        linear(theta);
        int n = y.length;
        double ll = 0;
        for (int i = 0; i < n; i++) {
            double q = y[i] != 0 ? 1 : -1;
            double z = q * xb[i];
            double wi = w == null ? 1 : w[i];
            double f = link.cdf(z);
            if (link == Link.LOGIT) {
                ll += wi * (z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z)));
                if (grad != null) {
                    tmp[i] = wi * q * (1 - f);
                    h[i] = -wi * f * (1 - f);
                }
            } else {
                ll += wi * (f > 0 ? Math.log(f) : logPhiTail(z));
                if (grad != null) {
                    double lambda = f > 1e-300 ? NormalCdf.densityOverCdf(z, f) : -z;
                    tmp[i] = wi * q * lambda;
                    h[i] = -wi * lambda * (lambda + z);
                }
            }
        }
        if (grad != null) {
            for (int a = 0; a < x.length; a++) {
                grad[a] = org.sdl.stats.linalg.Dot.product(tmp, x[a], n);
            }
            if (hess != null) {
                crossProduct(h, hess);
            }
        }
        return ll;
    }

    /** hess[a][b] = sum_i d[i] x_a[i] x_b[i]. */
    private void crossProduct(double[] d, double[][] hess) {
        org.sdl.stats.linalg.Dot.crossProduct(d, x, null, y.length, hess);
    }

    private static double logPhiTail(double z) {
        return -0.5 * z * z - Math.log(-z) - 0.5 * Math.log(2 * Math.PI);
    }

    @Override
    public void scores(double[] theta, ScoreSink sink) {
        linear(theta);
        double[] s = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            double q = y[i] != 0 ? 1 : -1;
            double z = q * xb[i];
            double wi = w == null ? 1 : w[i];
            double g;
            if (link == Link.LOGIT) {
                g = q * (1 - link.cdf(z));
            } else {
                double f = link.cdf(z);
                g = q * (f > 1e-300 ? link.pdf(z) / f : -z);
            }
            for (int a = 0; a < x.length; a++) {
                s[a] = wi * g * x[a][i];
            }
            sink.accept(i, s);
        }
    }

    /** The linear predictor at the last evaluated theta (for predictions). */
    public double[] linearPredictor(double[] theta) {
        linear(theta);
        return xb.clone();
    }
}
