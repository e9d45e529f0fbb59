package org.sdl.stats.ml;

import java.util.List;
import java.util.function.Function;
import org.sdl.stats.Bootstrap;
import org.sdl.stats.Sandwich;
import org.sdl.stats.VceSpec;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * Maximizes a model and computes its variance with the shared estimators: OIM = (-H)^-1;
 * robust = OIM (sum s s') OIM x N/(N-1); cluster = OIM (sum_g S_g S_g') OIM x G/(G-1);
 * bootstrap over resamples. One implementation for every ML model.
 */
public final class MlFit {
    private MlFit() {}

    /** Estimates, variance and convergence facts of one ML fit. */
    public record Result(double[] theta, double[][] v, double ll, int iterations, boolean converged,
                         List<Double> log, String vceNote, int bootstrapOk) {}

    /**
     * @param cluster cluster ids (or null), g their number; freq fweights (or null) count scores
     * @param refit for bootstrap: resampled indices to a new model (null when not bootstrapping)
     */
    public static Result fit(LikelihoodModel m, int maxIter, VceSpec vce, double nObs, int[] cluster, int g,
                             double[] freq, int n, Function<int[], LikelihoodModel> refit) {
        NewtonRaphson.Result r = NewtonRaphson.maximize(m, m.start(), maxIter);
        double[][] oim = SymmetricInverse.invert(NewtonRaphson.negate(r.hessian()));
        int p = m.dim();
        if (oim == null) {
            oim = new double[p][p];
        }
        double[][] v = oim;
        String note = null;
        int bootOk = 0;
        switch (vce.kind()) {
            case ROBUST: {
                v = Sandwich.variance(oim, m.scoreCrossProduct(r.theta(), freq), nObs / (nObs - 1));
                note = "Robust SE: sandwich x N/(N-1)";
                break;
            }
            case CLUSTER: {
                Sandwich s = new Sandwich(p, g);
                m.scores(r.theta(), (i, sc) -> s.add(sc, cluster[i], freq == null ? 1 : freq[i]));
                v = s.variance(oim, (double) g / (g - 1));
                note = "Cluster-robust SE: sandwich over " + g + " clusters x G/(G-1)";
                break;
            }
            case BOOTSTRAP: {
                double[] start = r.theta();
                Bootstrap.Result br = Bootstrap.run(n, cluster, g, vce.reps(), vce.seed(), vce.threads(), idx -> {
                    LikelihoodModel mm = refit.apply(idx);
                    NewtonRaphson.Result rr = NewtonRaphson.maximize(mm, start, maxIter);
                    return rr.converged() ? rr.theta() : null;
                });
                v = br.v() == null ? new double[p][p] : br.v();
                bootOk = br.successful();
                note = "Bootstrap SE: " + br.successful() + " of " + vce.reps() + " replications";
                break;
            }
            default:
                break;
        }
        return new Result(r.theta(), v, r.ll(), r.iterations(), r.converged(), r.log(), note, bootOk);
    }
}
