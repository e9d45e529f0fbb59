package org.sdl.stats.estimators;

import org.sdl.data.Missing;
import org.sdl.stats.Bootstrap;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.Sandwich;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.linalg.ColumnMatrix;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * regress: OLS with Stata's variance conventions and stored results. Classical V = s2 (X'X)^-1
 * with s2 = RSS/(N-k); robust is HC1 (sandwich x N/(N-k)); cluster is CR1 with
 * G/(G-1)(N-1)/(N-k) and df_r = G-1; the model F becomes a Wald F under robust/cluster.
 */
public final class Regression {
    private Regression() {}

    public static EstimationResult fit(Design d, VceSpec vce) {
        Ols.Fit f = Ols.fit(d);
        int k = d.k();
        int kEst = f.kEstimable();
        boolean fw = "fweight".equals(d.weightKind());
        double nObs = fw ? d.sumWeights() : d.n();
        double dfR = nObs - kEst;
        double s2 = f.rss() / dfR;
        int dfM = kEst - (d.constant() ? 1 : 0);
        double[][] v;
        String vceName;
        String vcetype = null;
        String note;
        double dfResid = dfR;
        switch (vce.kind()) {
            case ROBUST: {
                v = Sandwich.variance(f.xtxInv(), meat(d, f, 0), nObs / dfR);
                vceName = "robust";
                vcetype = "Robust";
                note = "Robust SE (HC1): (X'X)^-1 X'diag(e^2)X (X'X)^-1 x N/(N-k)";
                break;
            }
            case CLUSTER: {
                int g = d.nClusters();
                v = Sandwich.variance(f.xtxInv(), meat(d, f, g), (double) g / (g - 1) * (nObs - 1) / dfR);
                vceName = "cluster";
                vcetype = "Robust";
                dfResid = g - 1;
                note = "Cluster-robust SE (CR1): sandwich over " + g + " clusters x G/(G-1) x (N-1)/(N-k); df = G-1";
                break;
            }
            case BOOTSTRAP: {
                Bootstrap.Result r = Bootstrap.run(d.n(), d.cluster(), d.nClusters(), vce.reps(), vce.seed(),
                    vce.threads(), idx -> Ols.fit(d.resample(idx)).b());
                v = r.v() == null ? new double[k][k] : r.v();
                vceName = "bootstrap";
                vcetype = "Bootstrap";
                note = "Bootstrap SE: " + r.successful() + " replications";
                break;
            }
            default: {
                v = new double[k][k];
                double[][] inv = f.xtxInv();
                for (int a = 0; a < k; a++) {
                    for (int b = 0; b < k; b++) {
                        v[a][b] = s2 * inv[a][b];
                    }
                }
                vceName = "ols";
                note = null;
            }
        }
        for (int j = 0; j < k; j++) {
            if (d.omitted()[j]) {
                for (int a = 0; a < k; a++) {
                    v[j][a] = 0;
                    v[a][j] = 0;
                }
            }
        }
        double mss = f.tss() - f.rss();
        double r2 = d.constant() ? mss / f.tss() : 1 - f.rss() / f.tss();
        EstimationResult.Builder bl = EstimationResult.builder("regress").depvar(d.depvar())
            .names(d.names()).b(f.b()).v(v).omitted(d.omitted()).n((long) nObs).sample(d.sample());
        bl.scalar("df_m", dfM).scalar("df_r", dfResid);
        double fStat;
        if (vce.kind() == VceSpec.Kind.MODEL) {
            fStat = dfM > 0 ? (mss / dfM) / s2 : Missing.DOT;
        } else {
            int[] slopes = slopeIndices(d);
            double w = slopes.length > 0 ? SymmetricInverse.wald(f.b(), v, slopes) : Double.NaN;
            fStat = slopes.length > 0 && !Double.isNaN(w) ? w / dfM : Missing.DOT;
        }
        bl.scalar("F", fStat);
        bl.scalar("r2", r2);
        bl.scalar("rmse", Math.sqrt(s2));
        bl.scalar("mss", mss).scalar("rss", f.rss());
        bl.scalar("r2_a", d.constant() ? 1 - (1 - r2) * (nObs - 1) / dfR : 1 - (1 - r2) * nObs / dfR);
        double ll = -0.5 * nObs * (Math.log(2 * Math.PI) + Math.log(f.rss() / nObs) + 1);
        double ll0 = -0.5 * nObs * (Math.log(2 * Math.PI) + Math.log(f.tss() / nObs) + 1);
        bl.scalar("ll", ll).scalar("ll_0", d.constant() ? ll0 : Missing.DOT);
        bl.scalar("rank", kEst);
        if (vce.kind() == VceSpec.Kind.CLUSTER) {
            bl.scalar("N_clust", d.nClusters());
            bl.macro("clustvar", vce.clusterVar());
        }
        if (vce.kind() == VceSpec.Kind.BOOTSTRAP) {
            // bootstrap standard errors are large-sample: Stata reports z, normal-based intervals
            // and a Wald chi2 instead of t and F
            bl.scalar("N_reps", vce.reps());
            bl.macro("small_z", "1");
        }
        bl.macro("vce", vceName);
        if (vcetype != null) {
            bl.macro("vcetype", vcetype);
        }
        if (d.weightKind() != null) {
            bl.macro("wtype", d.weightKind());
        }
        bl.macro("title", "Linear regression");
        bl.macro("model", "ols");
        bl.macro("properties", "b V");
        if (note != null) {
            bl.macro("vce_note", note);
        }
        return bl.build();
    }

    static int[] slopeIndices(Design d) {
        int[] est = d.estimable();
        int m = 0;
        for (int j : est) {
            if (!(d.constant() && j == d.k() - 1)) {
                m++;
            }
        }
        int[] out = new int[m];
        int c = 0;
        for (int j : est) {
            if (!(d.constant() && j == d.k() - 1)) {
                out[c++] = j;
            }
        }
        return out;
    }

    /**
     * The HC1/CR1 meat in stripe coordinates: sum f_i u_i^2 x_i x_i' for robust, or
     * sum_g S_g S_g' with S_g = sum_{i in g} f_i u_i x_i for clusters, where u_i = w_i e_i
     * (w_i = 1 for fweights, which count as frequencies f_i instead). Computed from the fit's
     * column matrix, so factor indicators cost only their nonzero rows.
     */
    private static double[][] meat(Design d, Ols.Fit f, int clusters) {
        int n = d.n();
        double[] w = d.weights();
        boolean fw = "fweight".equals(d.weightKind());
        double[] e = f.residuals();
        int[] est = d.estimable();
        ColumnMatrix xm = f.matrix();
        int p = xm.k();
        double[][] local = new double[p][p];
        double[] v = new double[n];
        if (clusters == 0) {
            for (int i = 0; i < n; i++) {
                double u = (w == null || fw ? 1 : w[i]) * e[i];
                v[i] = (fw ? w[i] : 1) * u * u;
            }
            xm.crossProduct(v, null, local);
        } else {
            for (int i = 0; i < n; i++) {
                v[i] = (w == null || fw ? 1 : w[i]) * e[i] * (fw ? w[i] : 1);
            }
            double[][] sums = new double[clusters][p];
            xm.groupedTransposeTimes(v, d.cluster(), sums);
            for (double[] sg : sums) {
                for (int a = 0; a < p; a++) {
                    for (int b = 0; b <= a; b++) {
                        local[a][b] += sg[a] * sg[b];
                    }
                }
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) {
                    local[b][a] = local[a][b];
                }
            }
        }
        int k = d.k();
        double[][] out = new double[k][k];
        for (int a = 0; a < est.length; a++) {
            for (int b = 0; b < est.length; b++) {
                out[est[a]][est[b]] = local[a][b];
            }
        }
        return out;
    }
}
