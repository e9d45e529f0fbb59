package org.sdl.stats.causal;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.sdl.data.DataException;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.Sandwich;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.estimators.Ols;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * ivregress 2sls with Stata's conventions: b = (Xhat'Xhat)^-1 Xhat'y with Xhat the first-stage
 * fitted regressors; sigma^2 = RSS/N and z statistics by default (RSS/(N-k) and t/F with small);
 * robust is HC0 on the projected regressors (x N/(N-k) with small); cluster x G/(G-1).
 * e(b) order: endogenous, exogenous, _cons.
 */
public final class Tsls {
    private Tsls() {}

    /**
     * The pieces diagnostics need after the fit.
     *
     * @param weights the fit's weights (aweights/pweights normalized to sum to n), or null
     * @param weightKind fweight, aweight, pweight, iweight or null
     */
    public record IvModel(double[] y, List<double[]> endog, List<double[]> exog, List<double[]> excluded,
                          List<String> endogNames, double[] residuals, double[][] xhatTxhatInv, boolean robust,
                          VceSpec vce, int[] cluster, int nClusters, double[] weights, String weightKind) {
        /** N as Stata counts it: the sum of fweights, else the number of rows. */
        public double nObs() {
            return "fweight".equals(weightKind) ? sum(weights) : y.length;
        }
    }

    /**
     * @param full design of y on endogenous then exogenous terms (with constant), already
     *     listwise-deleted; its weights (aweights and pweights normalized to sum to n) weight both
     *     stages, as ivregress.ado runs _regress with the weights for each
     * @param m number of endogenous columns (the first m of full)
     * @param excluded excluded instruments over the same rows
     */
    public static EstimationResult fit(Design full, int m, List<double[]> excluded, VceSpec vce, boolean small) {
        int n = full.n();
        int k = full.k();
        if (excluded.size() < m) {
            throw new DataException(481, "equation not identified; must have at least as many instruments "
                + "not in the regression as there are instrumented variables");
        }
        double[] w = full.weights();
        String wk = full.weightKind();
        boolean fw = full.frequencyWeights();
        double nObs = fw ? full.sumWeights() : n;
        List<double[]> exog = new ArrayList<>();
        for (int j = m; j < k; j++) {
            if (!(full.constant() && j == k - 1) && !full.omitted()[j]) {
                exog.add(full.x()[j]);
            }
        }
        List<double[]> z = new ArrayList<>(excluded);
        z.addAll(exog);
        double[][] xhat = full.x().clone();
        List<double[]> endog = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            double[] e = full.x()[j];
            endog.add(e);
            Ols.Fit f = Ols.fit(Design.of(e, z, true).withWeights(w, wk));
            double[] fitted = new double[n];
            for (int i = 0; i < n; i++) {
                fitted[i] = e[i] - f.residuals()[i];
            }
            xhat[j] = fitted;
        }
        Design second = new Design(full.y(), xhat, full.names(), full.omitted(), w, wk, full.cluster(),
            full.nClusters(), full.rows(), full.sample(), full.constant(), full.depvar(), full.notes());
        Ols.Fit f = Ols.fit(second);
        double[] b = f.b();
        double[] u = new double[n];
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double fit = 0;
            for (int j = 0; j < k; j++) {
                fit += full.x()[j][i] * b[j];
            }
            u[i] = full.y()[i] - fit;
            rss += (w == null ? 1 : w[i]) * u[i] * u[i];
        }
        int kEst = f.kEstimable();
        double[][] inv = f.xtxInv();
        double[][] v;
        String vceName;
        boolean robust = vce.kind() != VceSpec.Kind.MODEL;
        if (vce.kind() == VceSpec.Kind.ROBUST || vce.kind() == VceSpec.Kind.CLUSTER) {
            int g = vce.kind() == VceSpec.Kind.CLUSTER ? full.nClusters() : 0;
            Sandwich s = new Sandwich(k, g);
            double[] buf = new double[k];
            for (int i = 0; i < n; i++) {
                // aweights/pweights/iweights multiply the score; fweights count it f times
                double wu = (w == null || fw ? 1 : w[i]) * u[i];
                for (int j = 0; j < k; j++) {
                    buf[j] = full.omitted()[j] ? 0 : wu * xhat[j][i];
                }
                s.add(buf, g > 0 ? full.cluster()[i] : 0, fw ? w[i] : 1);
            }
            double factor = g > 0 ? (double) g / (g - 1) * (small ? (nObs - 1) / (nObs - kEst) : 1)
                : small ? nObs / (nObs - kEst) : 1;
            v = s.variance(inv, factor);
            vceName = g > 0 ? "cluster" : "robust";
        } else {
            double s2 = rss / (small ? nObs - kEst : nObs);
            v = new double[k][k];
            for (int a = 0; a < k; a++) {
                for (int c = 0; c < k; c++) {
                    v[a][c] = s2 * inv[a][c];
                }
            }
            vceName = "unadjusted";
        }
        double tss = f.tss();
        int dfM = kEst - (full.constant() ? 1 : 0);
        int[] slopes = slopes(full);
        double wald = SymmetricInverse.wald(b, v, slopes);
        EstimationResult.Builder bl = EstimationResult.builder("ivregress").depvar(full.depvar()).names(full.names())
            .b(b).v(v).omitted(full.omitted()).n((long) nObs).sample(full.sample());
        bl.scalar("df_m", dfM);
        if (small) {
            bl.scalar("df_r", nObs - kEst).scalar("F", wald / dfM);
        } else {
            bl.scalar("chi2", wald).scalar("p", Gamma.regularizedGammaQ(dfM / 2.0, wald / 2));
        }
        double r2 = 1 - rss / tss;
        bl.scalar("r2", r2).scalar("r2_a", 1 - (1 - r2) * (nObs - 1) / (nObs - kEst));
        bl.scalar("rmse", Math.sqrt(rss / (small ? nObs - kEst : nObs))).scalar("rss", rss).scalar("mss", tss - rss);
        bl.scalar("rank", kEst);
        if (wk != null) {
            bl.macro("wtype", wk);
        }
        if (vce.kind() == VceSpec.Kind.CLUSTER) {
            bl.scalar("N_clust", full.nClusters()).macro("clustvar", vce.clusterVar());
        }
        bl.macro("vce", vceName);
        if (robust) {
            bl.macro("vcetype", "Robust");
        }
        if (!small) {
            bl.macro("small_z", "1");
        } else {
            bl.macro("small", "small");
        }
        bl.macro("estimator", "2sls").macro("title", "Instrumental variables 2SLS regression");
        bl.macro("vce_note", robust ? "Robust SE: HC0 sandwich on the projected regressors" + (small ? " x N/(N-k)" : "")
            : "SE: sigma^2 = RSS/" + (small ? "(N-k)" : "N") + " times (Xhat'Xhat)^-1");
        bl.model(new IvModel(full.y(), endog, exog, excluded, full.names().subList(0, m), u, inv, robust, vce,
            full.cluster(), full.nClusters(), w, wk));
        return bl.build();
    }

    static double sum(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        return s;
    }

    static int[] slopes(Design d) {
        List<Integer> idx = new ArrayList<>();
        for (int j = 0; j < d.k(); j++) {
            if (!d.omitted()[j] && !(d.constant() && j == d.k() - 1)) {
                idx.add(j);
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }
}
