package org.sdl.stats.causal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.sdl.stats.Sandwich;
import org.sdl.stats.design.Design;
import org.sdl.stats.estimators.Ols;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * ivregress post-estimation: estat firststage (R2, adjusted R2, partial R2, F of the excluded
 * instruments with df, robust F under robust VCE, Cragg-Donald minimum eigenvalue), estat
 * endogenous (Durbin and Wu-Hausman; Wooldridge's robust score and robust regression F), estat
 * overid (Sargan and Basmann; robust score).
 */
public final class IvDiagnostics {
    private IvDiagnostics() {}

    public static Map<String, Object> firstStage(Tsls.IvModel m) {
        Map<String, Object> single = new LinkedHashMap<>();
        int rows = m.y().length;
        double n = m.nObs();
        double[] w = m.weights();
        boolean fw = "fweight".equals(m.weightKind());
        int l = m.excluded().size();
        List<double[]> z = all(m.excluded(), m.exog());
        int kz = z.size() + 1;
        for (int e = 0; e < m.endog().size(); e++) {
            double[] xe = m.endog().get(e);
            Design dz = Design.of(xe, z, true).withWeights(w, m.weightKind());
            Ols.Fit full = Ols.fit(dz);
            Ols.Fit restricted = fit(m, xe, m.exog(), true);
            double r2 = 1 - full.rss() / full.tss();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("r2", r2);
            r.put("r2_a", 1 - (1 - r2) * (n - 1) / (n - kz));
            r.put("pr2", 1 - full.rss() / restricted.rss());
            double[][] v;
            double df2 = n - kz;
            if (m.robust()) {
                int g = m.cluster() != null && m.vce().kind() == org.sdl.stats.VceSpec.Kind.CLUSTER ? m.nClusters() : 0;
                Sandwich s = new Sandwich(kz, g);
                double[] buf = new double[kz];
                for (int i = 0; i < rows; i++) {
                    double u = full.residuals()[i] * (w == null || fw ? 1 : w[i]);
                    for (int j = 0; j < kz; j++) {
                        buf[j] = u * dz.x()[j][i];
                    }
                    s.add(buf, g > 0 ? m.cluster()[i] : 0, fw ? w[i] : 1);
                }
                v = s.variance(full.xtxInv(), g > 0 ? (double) g / (g - 1) * (n - 1.0) / (n - kz) : n / (n - kz));
                if (g > 0) {
                    df2 = g - 1;
                }
            } else {
                double s2 = full.rss() / (n - kz);
                v = scale(full.xtxInv(), s2);
            }
            int[] idx = new int[l];
            for (int j = 0; j < l; j++) {
                idx[j] = j;
            }
            double f = SymmetricInverse.wald(full.b(), v, idx) / l;
            r.put("F", f);
            r.put("df1", (double) l);
            r.put("df2", df2);
            r.put("p", fTail(f, l, df2));
            single.put(m.endogNames().get(e), r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("singleresults", single);
        if (!m.robust()) {
            out.put("mineig", minEigenvalue(m));
        }
        return out;
    }

    /** Cragg-Donald minimum eigenvalue statistic. */
    static double minEigenvalue(Tsls.IvModel m) {
        int n = m.y().length;
        double nObs = m.nObs();
        double[] w = m.weights();
        int me = m.endog().size();
        int l = m.excluded().size();
        int kz = m.excluded().size() + m.exog().size() + 1;
        List<double[]> xe = new ArrayList<>();
        for (double[] e : m.endog()) {
            xe.add(fit(m, e, m.exog(), true).residuals());
        }
        List<double[]> ze = new ArrayList<>();
        for (double[] z : m.excluded()) {
            ze.add(fit(m, z, m.exog(), true).residuals());
        }
        double[][] pxx = new double[me][me];
        double[][] mxx = new double[me][me];
        List<double[]> projected = new ArrayList<>();
        for (double[] x : xe) {
            Ols.Fit f = fit(m, x, ze, false);
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = x[i] - f.residuals()[i];
            }
            projected.add(p);
        }
        for (int a = 0; a < me; a++) {
            for (int b = 0; b < me; b++) {
                double s = 0;
                double t = 0;
                for (int i = 0; i < n; i++) {
                    double wi = w == null ? 1 : w[i];
                    s += wi * xe.get(a)[i] * projected.get(b)[i];
                    t += wi * xe.get(a)[i] * (xe.get(b)[i] - projected.get(b)[i]);
                }
                pxx[a][b] = s;
                mxx[a][b] = t / (nObs - kz);
            }
        }
        RealMatrix sigma = new Array2DRowRealMatrix(mxx);
        EigenDecomposition ed = new EigenDecomposition(sigma);
        RealMatrix inverseRoot = ed.getV().multiply(diagInvSqrt(ed.getRealEigenvalues())).multiply(ed.getVT());
        RealMatrix g = inverseRoot.transpose().multiply(new Array2DRowRealMatrix(pxx)).multiply(inverseRoot)
            .scalarMultiply(1.0 / l);
        double min = Double.POSITIVE_INFINITY;
        for (double ev : new EigenDecomposition(g).getRealEigenvalues()) {
            min = Math.min(min, ev);
        }
        return min;
    }

    private static RealMatrix diagInvSqrt(double[] ev) {
        double[][] d = new double[ev.length][ev.length];
        for (int i = 0; i < ev.length; i++) {
            d[i][i] = 1 / Math.sqrt(ev[i]);
        }
        return new Array2DRowRealMatrix(d);
    }

    public static Map<String, Object> endogenous(Tsls.IvModel m) {
        int rows = m.y().length;
        double n = m.nObs();
        double[] w = m.weights();
        boolean fw = "fweight".equals(m.weightKind());
        int me = m.endog().size();
        List<double[]> x = all(m.endog(), m.exog());
        int k = x.size() + 1;
        Ols.Fit ols = fit(m, m.y(), x, true);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("df", (double) me);
        List<double[]> z = all(m.excluded(), m.exog());
        List<double[]> xhat = fitted(m, m.endog(), z);
        if (!m.robust()) {
            double num = explained(m, ols.residuals(), all(z, m.endog())) - explained(m, m.residuals(), z);
            double durbin = num / (ols.rss() / n);
            double wu = (num / me) / ((ols.rss() - num) / (n - k - me));
            r.put("durbin", durbin);
            r.put("p_durbin", Gamma.regularizedGammaQ(me / 2.0, durbin / 2));
            r.put("wu", wu);
            r.put("p_wu", fTail(wu, me, n - k - me));
            r.put("wudf_r", (double) (n - k - me));
            return r;
        }
        List<double[]> products = new ArrayList<>();
        for (double[] xh : xhat) {
            double[] res = fit(m, xh, x, true).residuals();
            double[] p = new double[rows];
            for (int i = 0; i < rows; i++) {
                p[i] = res[i] * ols.residuals()[i];
            }
            products.add(p);
        }
        double score = n - onesRss(m, products);
        r.put("r_score", score);
        r.put("p_r_score", Gamma.regularizedGammaQ(me / 2.0, score / 2));
        Design aug = Design.of(m.y(), all(x, xhat), true).withWeights(w, m.weightKind());
        Ols.Fit fa = Ols.fit(aug);
        int ka = aug.k();
        Sandwich s = new Sandwich(ka, 0);
        double[] buf = new double[ka];
        for (int i = 0; i < rows; i++) {
            double u = fa.residuals()[i] * (w == null || fw ? 1 : w[i]);
            for (int j = 0; j < ka; j++) {
                buf[j] = u * aug.x()[j][i];
            }
            s.add(buf, 0, fw ? w[i] : 1);
        }
        double[][] v = s.variance(fa.xtxInv(), n / (n - ka));
        int[] idx = new int[me];
        for (int j = 0; j < me; j++) {
            idx[j] = x.size() + j;
        }
        double f = SymmetricInverse.wald(fa.b(), v, idx) / me;
        r.put("regF", f);
        r.put("regFdf_n", (double) me);
        r.put("regFdf_d", (double) (n - k - me));
        r.put("p_regF", fTail(f, me, n - k - me));
        return r;
    }

    public static Map<String, Object> overid(Tsls.IvModel m) {
        int rows = m.y().length;
        double n = m.nObs();
        double[] w = m.weights();
        int df = m.excluded().size() - m.endog().size();
        Map<String, Object> r = new LinkedHashMap<>();
        if (df <= 0) {
            return r;
        }
        r.put("df", (double) df);
        List<double[]> z = all(m.excluded(), m.exog());
        double[] u = m.residuals();
        if (!m.robust()) {
            double rss = 0;
            for (int i = 0; i < rows; i++) {
                rss += (w == null ? 1 : w[i]) * u[i] * u[i];
            }
            Ols.Fit aux = fit(m, u, z, true);
            double sargan = n * (1 - aux.rss() / rss);
            int kz = z.size() + 1;
            double basmann = sargan * (n - kz) / (n - sargan);
            r.put("sargan", sargan);
            r.put("p_sargan", Gamma.regularizedGammaQ(df / 2.0, sargan / 2));
            r.put("basmann", basmann);
            r.put("p_basmann", Gamma.regularizedGammaQ(df / 2.0, basmann / 2));
            return r;
        }
        List<double[]> xhat = fitted(m, m.endog(), z);
        List<double[]> reg = all(xhat, m.exog());
        List<double[]> products = new ArrayList<>();
        for (int j = 0; j < df; j++) {
            double[] res = fit(m, m.excluded().get(j), reg, true).residuals();
            double[] p = new double[rows];
            for (int i = 0; i < rows; i++) {
                p[i] = res[i] * u[i];
            }
            products.add(p);
        }
        double score = n - onesRss(m, products);
        r.put("score", score);
        r.put("p_score", Gamma.regularizedGammaQ(df / 2.0, score / 2));
        return r;
    }

    /** An auxiliary least-squares fit with the model's weights (fweights act as replicated rows). */
    private static Ols.Fit fit(Tsls.IvModel m, double[] y, List<double[]> cols, boolean constant) {
        return Ols.fit(Design.of(y, cols, constant).withWeights(m.weights(), m.weightKind()));
    }

    /** RSS of regressing a column of ones on the given columns (no constant). */
    private static double onesRss(Tsls.IvModel m, List<double[]> cols) {
        double[] ones = new double[m.y().length];
        java.util.Arrays.fill(ones, 1);
        return fit(m, ones, cols, false).rss();
    }

    /** u'P_A u: the part of u's (weighted) sum of squares explained by the columns (with a constant). */
    private static double explained(Tsls.IvModel m, double[] u, List<double[]> cols) {
        double[] w = m.weights();
        double uu = 0;
        for (int i = 0; i < u.length; i++) {
            uu += (w == null ? 1 : w[i]) * u[i] * u[i];
        }
        return uu - fit(m, u, cols, true).rss();
    }

    private static List<double[]> fitted(Tsls.IvModel m, List<double[]> endog, List<double[]> z) {
        List<double[]> out = new ArrayList<>();
        for (double[] e : endog) {
            double[] res = fit(m, e, z, true).residuals();
            double[] f = new double[e.length];
            for (int i = 0; i < e.length; i++) {
                f[i] = e[i] - res[i];
            }
            out.add(f);
        }
        return out;
    }

    private static List<double[]> all(List<double[]> a, List<double[]> b) {
        List<double[]> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static double[][] scale(double[][] m, double s) {
        double[][] out = new double[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                out[i][j] = m[i][j] * s;
            }
        }
        return out;
    }

    static double fTail(double f, double d1, double d2) {
        return f <= 0 ? 1 : Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }
}
