package org.sdl.stats.estimators;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.DataException;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.ml.BinaryModel;
import org.sdl.stats.ml.Link;
import org.sdl.stats.ml.MlFit;

/**
 * logit and probit: outcome = (depvar != 0). Before fitting, regressors that are 0/1 indicators
 * predicting the outcome perfectly are dropped together with the observations they predict, as
 * Stata does (with a note); an outcome that does not vary is r(2000).
 */
public final class BinaryChoice {
    private BinaryChoice() {}

    public static EstimationResult fit(Link link, Design design, VceSpec vce, int maxIter, List<String> notes) {
        Design d = dropPerfectPredictors(design, notes);
        double[] y = d.y();
        double pos = 0;
        double tot = 0;
        double[] w = d.weights();
        for (int i = 0; i < y.length; i++) {
            double wi = w == null ? 1 : w[i];
            tot += wi;
            if (y[i] != 0) {
                pos += wi;
            }
        }
        if (pos == 0 || pos == tot) {
            throw new DataException(2000, "outcome does not vary");
        }
        int[] est = d.estimable();
        boolean fw = "fweight".equals(d.weightKind());
        boolean pw = "pweight".equals(d.weightKind());
        VceSpec v = pw && vce.kind() == VceSpec.Kind.MODEL ? VceSpec.robust() : vce;
        BinaryModel model = new BinaryModel(link, y, d.matrix().select(est), w);
        double pbar = pos / tot;
        double ll0 = tot * (pbar * Math.log(pbar) + (1 - pbar) * Math.log(1 - pbar));
        double nObs = fw ? tot : d.n();
        BinaryModel start = model;
        MlFit.Result fit = MlFit.fit(new StartedModel(start, startValues(link, est, d, pbar)), maxIter, v, nObs,
            d.cluster(), d.nClusters(), fw ? w : null, d.n(), idx -> {
                Design r = d.resample(idx);
                return new BinaryModel(link, r.y(), r.matrix().select(est), r.weights());
            });
        int[] slopes = Regression.slopeIndices(d);
        String cmd = link == Link.LOGIT ? "logit" : "probit";
        EstimationResult.Builder bl = MlResults.build(cmd, d.names(), d.omitted(), est, fit, ll0, nObs, slopes, v,
            v.clusterVar(), d.nClusters());
        bl.depvar(d.depvar()).sample(d.sample());
        bl.macro("title", link == Link.LOGIT ? "Logistic regression" : "Probit regression");
        bl.macro("predict", cmd + "_p");
        if (d.weightKind() != null) {
            bl.macro("wtype", d.weightKind());
        }
        if (!fit.converged()) {
            notes.add("convergence not achieved");
        }
        return bl.build();
    }

    /** Start at the constant-only solution so iteration 0 reports ll_0, as Stata's log does. */
    private static double[] startValues(Link link, int[] est, Design d, double pbar) {
        double[] s = new double[est.length];
        if (d.constant() && est.length > 0 && est[est.length - 1] == d.k() - 1) {
            s[est.length - 1] = link.quantile(pbar);
        }
        return s;
    }

    /** Perfect prediction by an indicator: "x != 0 predicts failure perfectly". */
    static Design dropPerfectPredictors(Design d, List<String> notes) {
        Design cur = d;
        boolean changed = true;
        while (changed) {
            changed = false;
            int[] est = cur.estimable();
            for (int j : est) {
                if (cur.constant() && j == cur.k() - 1) {
                    continue;
                }
                double[] xj = cur.x()[j];
                boolean dummy = true;
                int ones = 0;
                int onesPos = 0;
                for (int i = 0; i < xj.length && dummy; i++) {
                    if (xj[i] != 0 && xj[i] != 1) {
                        dummy = false;
                    } else if (xj[i] == 1) {
                        ones++;
                        if (cur.y()[i] != 0) {
                            onesPos++;
                        }
                    }
                }
                if (!dummy || ones == 0 || ones == xj.length || (onesPos != 0 && onesPos != ones)) {
                    continue;
                }
                String name = cur.names().get(j);
                notes.add("note: " + name + " != 0 predicts " + (onesPos == 0 ? "failure" : "success")
                    + " perfectly;");
                notes.add("      " + name + " omitted and " + ones + " obs not used.");
                cur = without(cur, j, xj);
                changed = true;
                break;
            }
        }
        return cur;
    }

    private static Design without(Design d, int j, double[] xj) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < xj.length; i++) {
            if (xj[i] == 0) {
                keep.add(i);
            }
        }
        int[] idx = keep.stream().mapToInt(Integer::intValue).toArray();
        Design r = d.resample(idx);
        boolean[] om = r.omitted().clone();
        om[j] = true;
        List<String> names = new ArrayList<>(r.names());
        names.set(j, "o." + names.get(j));
        boolean[] sample = r.sample().clone();
        for (int i = 0; i < xj.length; i++) {
            if (xj[i] != 0) {
                sample[d.rows()[i]] = false;
            }
        }
        return new Design(r.y(), r.x(), names, om, r.weights(), r.weightKind(), r.cluster(), r.nClusters(),
            r.rows(), sample, r.constant(), r.depvar(), r.notes());
    }
}
