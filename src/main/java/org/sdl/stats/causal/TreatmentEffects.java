package org.sdl.stats.causal;

import java.util.ArrayList;
import java.util.List;
import org.sdl.stats.linalg.SymmetricInverse;
import org.sdl.stats.ml.Link;

/**
 * teffects ipw / ra / aipw on arrays, with Stata's parameterisation: theta = (effect, POmean of
 * the control level, outcome-model coefficients OME0 then OME1, treatment-model coefficients
 * TME1), and the stacked M-estimation sandwich of {@link StackedMoments} as the robust variance.
 * <ul>
 * <li>ipw: normalised inverse-probability weights 1/p and 1/(1-p) (ATE); 1 and p/(1-p) (ATET);</li>
 * <li>ra: separate OLS fits by treatment level, predictions averaged over all (ATE) or the treated (ATET);</li>
 * <li>aipw: mu_w = mean[x'b_w + 1{W=w}(y - x'b_w)/Pr(W=w|x)] (ATE only, as Stata).</li>
 * </ul>
 */
public final class TreatmentEffects {
    public enum Method { IPW, RA, AIPW }

    /** @param names coefficient names in e(b) order; effectRows the leading effect/POmean rows shown */
    public record Fit(double[] b, double[][] v, List<String> names, double pomean1) {}

    private final Method method;
    private final boolean atet;
    private final double[] w;
    private final double[] y;
    private final double[][] xo;
    private final double[][] xt;
    private final Link link;
    private final int n;

    /**
     * @param xo outcome-model columns (constant last), used by ra and aipw
     * @param xt treatment-model columns (constant last), used by ipw and aipw
     */
    public TreatmentEffects(Method method, boolean atet, double[] w, double[] y, double[][] xo, double[][] xt, Link link) {
        this.method = method;
        this.atet = atet;
        this.w = w;
        this.y = y;
        this.xo = xo;
        this.xt = xt;
        this.link = link;
        this.n = y.length;
    }

    private boolean usesOutcome() {
        return method != Method.IPW;
    }

    private boolean usesTreatment() {
        return method != Method.RA;
    }

    /**
     * @param gamma the fitted treatment-model coefficients (null for ra)
     * @param effect "ATE" or "ATET"; level names "0.treat" style labels built by the caller
     */
    public Fit fit(double[] gamma, List<String> outcomeNames, List<String> treatNames, String tvar) {
        double[] b0 = usesOutcome() ? ols(0) : new double[0];
        double[] b1 = usesOutcome() ? ols(1) : new double[0];
        double[] p = usesTreatment() ? probabilities(gamma) : null;
        double s1 = 0, s0 = 0, d1 = 0, d0 = 0;
        for (int i = 0; i < n; i++) {
            double[] mu = contributions(i, b0, b1, p == null ? 0 : p[i]);
            s1 += mu[0];
            d1 += mu[1];
            s0 += mu[2];
            d0 += mu[3];
        }
        double mu1 = s1 / d1;
        double mu0 = s0 / d0;
        int ko = usesOutcome() ? xo.length : 0;
        int kt = usesTreatment() ? xt.length : 0;
        double[] theta = new double[2 + 2 * ko + kt];
        theta[0] = mu1 - mu0;
        theta[1] = mu0;
        System.arraycopy(b0, 0, theta, 2, ko);
        System.arraycopy(b1, 0, theta, 2 + ko, ko);
        if (kt > 0) {
            System.arraycopy(gamma, 0, theta, 2 + 2 * ko, kt);
        }
        double[][] v = StackedMoments.variance(new Psi(ko, kt), theta);
        List<String> names = new ArrayList<>();
        names.add((atet ? "ATET" : "ATE") + ":r1vs0." + tvar);
        names.add("POmean:0." + tvar);
        for (int lvl = 0; lvl < 2 && ko > 0; lvl++) {
            for (String c : outcomeNames) {
                names.add("OME" + lvl + ":" + c);
            }
        }
        for (int j = 0; j < kt; j++) {
            names.add("TME1:" + treatNames.get(j));
        }
        return new Fit(theta, v, names, mu1);
    }

    /**
     * Row i's share of the two potential-outcome means: {numerator1, denominator1, numerator0,
     * denominator0}; each POmean is the ratio of the sums.
     */
    private double[] contributions(int i, double[] b0, double[] b1, double p) {
        double t = w[i];
        switch (method) {
            case IPW:
                if (atet) {
                    double r = p / (1 - p);
                    return new double[] {t * y[i], t, (1 - t) * r * y[i], (1 - t) * r};
                }
                return new double[] {t * y[i] / p, t / p, (1 - t) * y[i] / (1 - p), (1 - t) / (1 - p)};
            case RA: {
                double f1 = dot(b1, i);
                double f0 = dot(b0, i);
                double c = atet ? t : 1;
                return new double[] {c * f1, c, c * f0, c};
            }
            default: {
                double f1 = dot(b1, i);
                double f0 = dot(b0, i);
                return new double[] {f1 + t * (y[i] - f1) / p, 1, f0 + (1 - t) * (y[i] - f0) / (1 - p), 1};
            }
        }
    }

    private double dot(double[] b, int i) {
        double s = 0;
        for (int j = 0; j < b.length; j++) {
            s += xo[j][i] * b[j];
        }
        return s;
    }

    private double[] probabilities(double[] gamma) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = link.cdf(index(gamma, i));
        }
        return p;
    }

    private double index(double[] g, int i) {
        double s = 0;
        for (int j = 0; j < g.length; j++) {
            s += xt[j][i] * g[j];
        }
        return s;
    }

    private double[] ols(int level) {
        int k = xo.length;
        double[][] xtx = new double[k][k];
        double[] xty = new double[k];
        for (int i = 0; i < n; i++) {
            if (w[i] != level) {
                continue;
            }
            for (int a = 0; a < k; a++) {
                double xa = xo[a][i];
                xty[a] += xa * y[i];
                for (int c = 0; c <= a; c++) {
                    xtx[a][c] += xa * xo[c][i];
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < a; c++) {
                xtx[c][a] = xtx[a][c];
            }
        }
        double[][] inv = SymmetricInverse.invert(xtx);
        if (inv == null) {
            throw new org.sdl.data.DataException(459, "outcome model for treatment level " + level
                + " is not of full rank");
        }
        return SymmetricInverse.times(inv, xty);
    }

    /** The stacked moment conditions in theta's order. */
    private final class Psi implements StackedMoments.Moments {
        private final int ko;
        private final int kt;

        Psi(int ko, int kt) {
            this.ko = ko;
            this.kt = kt;
        }

        @Override
        public int n() {
            return n;
        }

        @Override
        public void psi(double[] th, double[][] out) {
            double tau = th[0];
            double mu0 = th[1];
            double[] b0 = new double[ko];
            double[] b1 = new double[ko];
            System.arraycopy(th, 2, b0, 0, ko);
            System.arraycopy(th, 2 + ko, b1, 0, ko);
            double[] g = new double[kt];
            System.arraycopy(th, 2 + 2 * ko, g, 0, kt);
            for (int i = 0; i < n; i++) {
                double t = w[i];
                double p = 0;
                if (kt > 0) {
                    double xb = index(g, i);
                    p = link.cdf(xb);
                    // score of the binary model: (W - F) f / (F (1 - F)) x
                    double s = (t - p) * link.pdf(xb) / (p * (1 - p));
                    for (int j = 0; j < kt; j++) {
                        out[2 + 2 * ko + j][i] = s * xt[j][i];
                    }
                }
                if (ko > 0) {
                    double e0 = (1 - t) * (y[i] - dot(b0, i));
                    double e1 = t * (y[i] - dot(b1, i));
                    for (int j = 0; j < ko; j++) {
                        out[2 + j][i] = e0 * xo[j][i];
                        out[2 + ko + j][i] = e1 * xo[j][i];
                    }
                }
                double mu1 = mu0 + tau;
                switch (method) {
                    case IPW:
                        if (atet) {
                            out[0][i] = t * (y[i] - mu1);
                            out[1][i] = (1 - t) * p / (1 - p) * (y[i] - mu0);
                        } else {
                            out[0][i] = t * (y[i] - mu1) / p;
                            out[1][i] = (1 - t) * (y[i] - mu0) / (1 - p);
                        }
                        break;
                    case RA: {
                        double c = atet ? t : 1;
                        out[0][i] = c * (dot(b1, i) - mu1);
                        out[1][i] = c * (dot(b0, i) - mu0);
                        break;
                    }
                    default: {
                        double f1 = dot(b1, i);
                        double f0 = dot(b0, i);
                        out[0][i] = f1 + t * (y[i] - f1) / p - mu1;
                        out[1][i] = f0 + (1 - t) * (y[i] - f0) / (1 - p) - mu0;
                    }
                }
            }
        }
    }
}
