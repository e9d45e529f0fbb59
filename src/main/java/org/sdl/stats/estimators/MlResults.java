package org.sdl.stats.estimators;

import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.linalg.SymmetricInverse;
import org.sdl.stats.ml.MlFit;

/**
 * Turns an ML fit over the estimable parameters into Stata's e() results: the full coefficient
 * stripe with omitted terms, LR chi2 (or Wald under robust/cluster/bootstrap), pseudo R2 and the
 * Nagelkerke R2 that applied papers report.
 */
final class MlResults {
    private MlResults() {}

    /**
     * @param map position in the full stripe of each fitted parameter
     * @param slopes positions (in the full stripe) of the slope coefficients tested by chi2
     */
    static EstimationResult.Builder build(String cmd, List<String> names, boolean[] omitted, int[] map,
                                          MlFit.Result fit, double ll0, double nObs, int[] slopes, VceSpec vce,
                                          String clusterVar, int nClusters) {
        int k = names.size();
        double[] b = new double[k];
        double[][] v = new double[k][k];
        for (int a = 0; a < map.length; a++) {
            b[map[a]] = fit.theta()[a];
            for (int c = 0; c < map.length; c++) {
                v[map[a]][map[c]] = fit.v()[a][c];
            }
        }
        EstimationResult.Builder bl = EstimationResult.builder(cmd).names(names).b(b).v(v).omitted(omitted)
            .n((long) nObs);
        double ll = fit.ll();
        int dfM = slopes.length;
        bl.scalar("ll", ll).scalar("ll_0", ll0).scalar("df_m", dfM);
        boolean wald = vce.kind() != VceSpec.Kind.MODEL;
        double chi2 = wald ? (dfM > 0 ? SymmetricInverse.wald(b, v, slopes) : 0) : 2 * (ll - ll0);
        bl.scalar("chi2", chi2);
        bl.scalar("p", dfM > 0 ? Gamma.regularizedGammaQ(dfM / 2.0, chi2 / 2) : Double.NaN);
        bl.scalar("r2_p", 1 - ll / ll0);
        double nag = (1 - Math.exp(2 * (ll0 - ll) / nObs)) / (1 - Math.exp(2 * ll0 / nObs));
        bl.scalar("r2_nagelkerke", nag);
        bl.scalar("converged", fit.converged() ? 1 : 0);
        bl.scalar("ic", fit.iterations());
        bl.scalar("rank", map.length);
        bl.macro("chi2type", wald ? "Wald" : "LR");
        switch (vce.kind()) {
            case ROBUST:
                bl.macro("vce", "robust").macro("vcetype", "Robust");
                break;
            case CLUSTER:
                bl.macro("vce", "cluster").macro("vcetype", "Robust").macro("clustvar", clusterVar);
                bl.scalar("N_clust", nClusters);
                break;
            case BOOTSTRAP:
                bl.macro("vce", "bootstrap").macro("vcetype", "Bootstrap");
                bl.scalar("N_reps", vce.reps());
                break;
            default:
                bl.macro("vce", "oim");
        }
        if (fit.vceNote() != null) {
            bl.macro("vce_note", fit.vceNote());
        }
        bl.macro("properties", "b V");
        bl.result("iteration_ll", fit.log().stream().mapToDouble(Double::doubleValue).toArray());
        return bl;
    }
}
