package org.sdl.stats.estimators;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.DataException;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.ml.MlFit;
import org.sdl.stats.ml.TobitModel;

/**
 * tobit with ll() and/or ul(), Stata 15+ parameterisation: maximized in (b, ln sigma), reported in
 * (b, sigma^2) with the ancillary column "/var(e.y)" and V transformed by the delta method
 * (d sigma^2 / d ln sigma = 2 sigma^2; exact at the maximum). ll_0 is the constant-only tobit
 * with the same limits; LR chi2 (Wald under robust/cluster), df_m = k, df_r = N - df_m.
 */
public final class Tobit {
    private Tobit() {}

    public static EstimationResult fit(Design d, VceSpec vce, double lower, double upper, int maxIter,
                                       List<String> notes) {
        double[] y = d.y();
        int n = y.length;
        int nLc = 0;
        int nRc = 0;
        for (double v : y) {
            if (TobitModel.censoredBelow(v, lower)) {
                nLc++;
            } else if (TobitModel.censoredAbove(v, upper)) {
                nRc++;
            }
        }
        if (nLc + nRc == n) {
            throw new DataException(2000, "no uncensored observations");
        }
        int[] est = d.estimable();
        int kEst = est.length;
        double[][] x = new double[kEst][];
        for (int c = 0; c < kEst; c++) {
            x[c] = d.x()[est[c]];
        }
        Ols.Fit ols = Ols.fit(d);
        double[] start = new double[kEst + 1];
        for (int c = 0; c < kEst; c++) {
            start[c] = ols.b()[est[c]];
        }
        start[kEst] = 0.5 * Math.log(Math.max(ols.rss() / n, 1e-12));
        MlFit.Result fit = MlFit.fit(new TobitModel(x, y, lower, upper, start), maxIter, vce, n, d.cluster(),
            d.nClusters(), null, n, null);
        double ll0 = constantOnly(y, lower, upper, maxIter);
        MlFit.Result reported = toVariance(fit, kEst);
        List<String> names = new ArrayList<>(d.names());
        names.add("/var(e." + d.depvar() + ")");
        boolean[] omitted = java.util.Arrays.copyOf(d.omitted(), d.k() + 1);
        int[] map = java.util.Arrays.copyOf(est, kEst + 1);
        map[kEst] = d.k();
        int[] slopes = Regression.slopeIndices(d);
        EstimationResult.Builder bl = MlResults.build("tobit", names, omitted, map, reported, ll0, n, slopes, vce,
            vce.clusterVar(), d.nClusters());
        bl.depvar(d.depvar()).sample(d.sample());
        bl.scalar("df_r", n - slopes.length);
        bl.scalar("N_unc", n - nLc - nRc).scalar("N_lc", nLc).scalar("N_rc", nRc).scalar("k_aux", 1);
        bl.scalar("sigma", Math.exp(fit.theta()[kEst]));
        if (!Double.isNaN(lower)) {
            bl.scalar("llopt", lower);
        }
        if (!Double.isNaN(upper)) {
            bl.scalar("ulopt", upper);
        }
        bl.macro("title", "Tobit regression").macro("predict", "tobit_p");
        if (!fit.converged()) {
            notes.add("convergence not achieved");
        }
        return bl.build();
    }

    /** (b, ln sigma) to (b, sigma^2): theta's last entry squared-exponentiated, V = J V J. */
    private static MlFit.Result toVariance(MlFit.Result f, int k) {
        double[] t = f.theta().clone();
        double s2 = Math.exp(2 * t[k]);
        t[k] = s2;
        double[][] v = f.v();
        double[][] out = new double[k + 1][k + 1];
        for (int a = 0; a <= k; a++) {
            for (int c = 0; c <= k; c++) {
                double ja = a == k ? 2 * s2 : 1;
                double jc = c == k ? 2 * s2 : 1;
                out[a][c] = ja * v[a][c] * jc;
            }
        }
        return new MlFit.Result(t, out, f.ll(), f.iterations(), f.converged(), f.log(), f.vceNote(), f.bootstrapOk());
    }

    private static double constantOnly(double[] y, double lower, double upper, int maxIter) {
        int n = y.length;
        double[] one = new double[n];
        java.util.Arrays.fill(one, 1);
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m /= n;
        double ss = 0;
        for (double v : y) {
            ss += (v - m) * (v - m);
        }
        double[] start = {m, 0.5 * Math.log(Math.max(ss / n, 1e-12))};
        TobitModel m0 = new TobitModel(new double[][] {one}, y, lower, upper, start);
        return org.sdl.stats.ml.NewtonRaphson.maximize(m0, start, maxIter).ll();
    }
}
