package org.sdl.stats.causal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.estimators.ModelFit;
import org.sdl.stats.estimators.Ols;
import org.sdl.stats.ml.Link;

/**
 * The whole KHB decomposition on arrays: the design's first columns are the key variables,
 * then the mediators, then concomitants and the constant. Mediators are residualised on keys
 * and concomitants (OLS, SUR covariance Sigma = E'E/N); full, reduced and (for summary) naive
 * models are fitted; per key variable the reduced (total), full (direct) and difference
 * (indirect) effects with khb's standard errors, or average partial effects under ape.
 */
public final class KhbDecomposition {
    private KhbDecomposition() {}

    /** What to compute: model, number of keys and mediators, summary/disentangle/ape, outcome index for ordered APE. */
    public record Spec(String model, int keys, int mediators, boolean summary, boolean disentangle, boolean ape,
                       int outcome) {}

    /** Per key variable (in order) a map of results named as the conformance cases name them. */
    public static List<Map<String, Object>> run(Design full, Spec s) {
        int n = full.n();
        List<double[]> keys = new ArrayList<>();
        List<double[]> meds = new ArrayList<>();
        List<double[]> conc = new ArrayList<>();
        for (int j = 0; j < full.k(); j++) {
            if (full.omitted()[j] || (full.constant() && j == full.k() - 1)) {
                continue;
            }
            if (j < s.keys()) {
                keys.add(full.x()[j]);
            } else if (j < s.keys() + s.mediators()) {
                meds.add(full.x()[j]);
            } else {
                conc.add(full.x()[j]);
            }
        }
        List<double[]> w = new ArrayList<>(keys);
        w.addAll(conc);
        int z = meds.size();
        double[][] theta = new double[keys.size()][z];
        double[][] resid = new double[z][];
        double[] invWxx = new double[keys.size()];
        for (int m = 0; m < z; m++) {
            Ols.Fit f = Ols.fit(Design.of(meds.get(m), w, true));
            resid[m] = f.residuals();
            for (int k = 0; k < keys.size(); k++) {
                theta[k][m] = f.b()[k];
                invWxx[k] = f.xtxInv()[k][k];
            }
        }
        List<String> notes = new ArrayList<>();
        List<double[]> fullCols = new ArrayList<>(keys);
        fullCols.addAll(meds);
        fullCols.addAll(conc);
        List<double[]> redCols = new ArrayList<>(keys);
        for (double[] r : resid) {
            redCols.add(r);
        }
        redCols.addAll(conc);
        EstimationResult rFull = ModelFit.fit(s.model(), Design.of(full.y(), fullCols, true), VceSpec.model(), notes);
        EstimationResult rRed = ModelFit.fit(s.model(), Design.of(full.y(), redCols, true), VceSpec.model(), notes);
        EstimationResult rNaive = s.summary()
            ? ModelFit.fit(s.model(), Design.of(full.y(), w, true), VceSpec.model(), notes) : null;
        double[][][] vTheta = new double[keys.size()][][];
        for (int k = 0; k < keys.size(); k++) {
            vTheta[k] = Khb.thetaCovariance(resid, invWxx[k]);
        }
        int off = keys.size();
        double[] beta = new double[z];
        double[][] vBeta = new double[z][z];
        for (int m = 0; m < z; m++) {
            beta[m] = rFull.b(off + m);
            for (int m2 = 0; m2 < z; m2++) {
                vBeta[m][m2] = rFull.v(off + m, off + m2);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            double[] red = effect(rRed, k, Design.of(full.y(), redCols, true), s);
            double[] fu = effect(rFull, k, Design.of(full.y(), fullCols, true), s);
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("total", red[0]);
            res.put("total_se", red[1]);
            res.put("direct", fu[0]);
            res.put("direct_se", fu[1]);
            res.put("indirect", red[0] - fu[0]);
            res.put("indirect_se", s.ape() ? Double.NaN : Math.sqrt(Khb.diffVariance(theta[k], beta, vBeta, vTheta)));
            if (rNaive != null) {
                double naive = effect(rNaive, k, Design.of(full.y(), w, true), s)[0];
                res.put("conf_ratio", red[0] / fu[0]);
                res.put("conf_pct", 100 * (red[0] - fu[0]) / red[0]);
                res.put(s.ape() ? "dist_sens" : "resc_fact", red[0] / naive);
            }
            if (s.disentangle()) {
                List<Map<String, Object>> parts = new ArrayList<>();
                for (int m = 0; m < z; m++) {
                    double contrib = beta[m] * theta[k][m];
                    Map<String, Object> dm = new LinkedHashMap<>();
                    dm.put("coef", contrib);
                    dm.put("se", Math.sqrt(beta[m] * beta[m] * vTheta[k][m][m] + theta[k][m] * theta[k][m] * vBeta[m][m]));
                    dm.put("p_diff", 100 * contrib / (red[0] - fu[0]));
                    dm.put("p_reduced", 100 * contrib / red[0]);
                    parts.add(dm);
                }
                res.put("disentangle", parts);
            }
            out.add(res);
        }
        return out;
    }

    /** {estimate, se}: the key variable's coefficient, or its average partial effect under ape. */
    private static double[] effect(EstimationResult r, int k, Design d, Spec s) {
        if (!s.ape() || s.model().equals("regress")) {
            return new double[] {r.b(k), r.se(k)};
        }
        return AveragePartialEffect.of(r, d, k, s.outcome());
    }

    /** Link of an ML model name. */
    static Link link(String model) {
        return model.contains("logit") ? Link.LOGIT : Link.PROBIT;
    }
}
