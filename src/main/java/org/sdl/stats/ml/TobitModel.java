package org.sdl.stats.ml;

/**
 * Tobit log likelihood in (b, ln sigma) with analytic gradient and Hessian. An observation at or
 * below the lower limit contributes ln Phi((ll - xb)/sigma), at or above the upper limit
 * ln Phi((xb - ul)/sigma), otherwise ln phi((y - xb)/sigma) - ln sigma. Limits may be absent
 * (NaN). Derivatives are taken in eta = xb and tau = ln sigma and chained to b by x.
 */
public final class TobitModel implements LikelihoodModel {
    private static final double HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);

    private final double[][] x;
    private final double[] y;
    private final double lower;
    private final double upper;
    private final int n;
    private final int k;
    private final double[] start;

    public TobitModel(double[][] x, double[] y, double lower, double upper, double[] start) {
        this.x = x;
        this.y = y;
        this.lower = lower;
        this.upper = upper;
        this.n = y.length;
        this.k = x.length;
        this.start = start;
    }

    public static boolean censoredBelow(double yi, double lower) {
        return !Double.isNaN(lower) && yi <= lower;
    }

    public static boolean censoredAbove(double yi, double upper) {
        return !Double.isNaN(upper) && yi >= upper;
    }

    @Override
    public int dim() {
        return k + 1;
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    /**
     * One observation's log likelihood; d[0..4] receive dl/deta, dl/dtau, d2l/deta2,
     * d2l/(deta dtau), d2l/dtau2.
     */
    private double observation(double yi, double eta, double tau, double[] d) {
        double sigma = Math.exp(tau);
        if (censoredBelow(yi, lower) || censoredAbove(yi, upper)) {
            boolean below = censoredBelow(yi, lower);
            // l = ln Phi(c) with c = (lower - eta)/sigma, or c = (eta - upper)/sigma
            double c = below ? (lower - eta) / sigma : (eta - upper) / sigma;
            double cdf = NormalCdf.cdf(c);
            double lam = NormalCdf.densityOverCdf(c, cdf);
            double sign = below ? -1 : 1;                   // dc/deta = sign/sigma
            double curv = lam * (c + lam);                  // -d2l/dc2
            d[0] = sign * lam / sigma;
            d[1] = -lam * c;                                // dc/dtau = -c
            d[2] = -curv / (sigma * sigma);
            d[3] = -sign * lam * (1 - c * (c + lam)) / sigma;
            d[4] = lam * c * (1 - c * (c + lam));
            return Math.log(cdf);
        }
        double z = (yi - eta) / sigma;
        d[0] = z / sigma;
        d[1] = z * z - 1;
        d[2] = -1 / (sigma * sigma);
        d[3] = -2 * z / sigma;
        d[4] = -2 * z * z;
        return -0.5 * z * z - tau - HALF_LN_2PI;
    }

    @Override
    public double evaluate(double[] theta, double[] grad, double[][] hess) {
        double tau = theta[k];
        double[] d = new double[5];
        double ll = 0;
        if (grad != null) {
            java.util.Arrays.fill(grad, 0);
        }
        if (hess != null) {
            for (double[] r : hess) {
                java.util.Arrays.fill(r, 0);
            }
        }
        for (int i = 0; i < n; i++) {
            double eta = 0;
            for (int c = 0; c < k; c++) {
                eta += x[c][i] * theta[c];
            }
            ll += observation(y[i], eta, tau, d);
            if (grad == null) {
                continue;
            }
            for (int a = 0; a < k; a++) {
                double xa = x[a][i];
                grad[a] += d[0] * xa;
                if (hess != null) {
                    for (int c = 0; c <= a; c++) {
                        hess[a][c] += d[2] * xa * x[c][i];
                    }
                    hess[k][a] += d[3] * xa;
                }
            }
            grad[k] += d[1];
            if (hess != null) {
                hess[k][k] += d[4];
            }
        }
        if (hess != null) {
            for (int a = 0; a <= k; a++) {
                for (int c = a + 1; c <= k; c++) {
                    hess[a][c] = hess[c][a];
                }
            }
        }
        return Double.isNaN(ll) ? Double.NEGATIVE_INFINITY : ll;
    }

    @Override
    public void scores(double[] theta, ScoreSink sink) {
        double tau = theta[k];
        double[] d = new double[5];
        double[] s = new double[k + 1];
        for (int i = 0; i < n; i++) {
            double eta = 0;
            for (int c = 0; c < k; c++) {
                eta += x[c][i] * theta[c];
            }
            observation(y[i], eta, tau, d);
            for (int a = 0; a < k; a++) {
                s[a] = d[0] * x[a][i];
            }
            s[k] = d[1];
            sink.accept(i, s);
        }
    }
}
