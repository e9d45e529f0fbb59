package org.sdl.stats.ml;

import java.util.ArrayList;
import java.util.List;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * The shared maximum-likelihood driver: Newton-Raphson with analytic derivatives and step
 * halving, converged (as Stata's ml) when the scaled gradient g'(-H)^-1 g is below 1e-5 and
 * either the coefficients' relative change is below 1e-6 or the log likelihood's below 1e-7.
 * Keeps Stata's iteration log lines for the command to print.
 */
public final class NewtonRaphson {
    private NewtonRaphson() {}

    /** Where the maximization ended. */
    public record Result(double[] theta, double ll, double[][] hessian, int iterations, boolean converged,
                         List<Double> log) {}

    public static Result maximize(LikelihoodModel m, double[] start, int maxIter) {
        int p = m.dim();
        double[] theta = start.clone();
        double[] g = new double[p];
        double[][] h = new double[p][p];
        double ll = m.evaluate(theta, g, h);
        List<Double> log = new ArrayList<>(); // the log likelihood at each iteration, shown by the output layer
        boolean converged = false;
        int iter = 0;
        double lastRel = Double.POSITIVE_INFINITY;
        double lastLl = Double.POSITIVE_INFINITY;
        while (true) {
            log.add(ll);
            double[][] inv = SymmetricInverse.invert(negate(h));
            if (inv == null) {
                break;
            }
            double[] step = SymmetricInverse.times(inv, g);
            double scaled = 0;
            for (int a = 0; a < p; a++) {
                scaled += g[a] * step[a];
            }
            if (iter > 0 && scaled < 1e-5 && (lastRel < 1e-6 || lastLl < 1e-7)) {
                converged = true;
                break;
            }
            if (iter >= maxIter) {
                break;
            }
            double factor = 1;
            double[] next = new double[p];
            double[] gNext = new double[p];
            double[][] hNext = new double[p][p];
            double llNext = Double.NEGATIVE_INFINITY;
            boolean withDerivatives = false;
            for (int half = 0; half < 40; half++) {
                for (int a = 0; a < p; a++) {
                    next[a] = theta[a] + factor * step[a];
                }
                // the full step usually succeeds: evaluate derivatives with it and keep them
                withDerivatives = half == 0;
                llNext = withDerivatives ? m.evaluate(next, gNext, hNext) : m.evaluate(next, null, null);
                if (llNext >= ll) {
                    break;
                }
                factor /= 2;
            }
            if (Double.isNaN(llNext) || llNext < ll - 1e-10 * Math.abs(ll)) {
                break;
            }
            lastRel = 0;
            for (int a = 0; a < p; a++) {
                lastRel = Math.max(lastRel, Math.abs(next[a] - theta[a]) / (Math.abs(theta[a]) + 1));
            }
            lastLl = Math.abs(llNext - ll) / (Math.abs(ll) + 1);
            theta = next;
            if (withDerivatives) {
                ll = llNext;
                g = gNext;
                h = hNext;
            } else {
                ll = m.evaluate(theta, g, h);
            }
            iter++;
        }
        return new Result(theta, ll, h, iter, converged, log);
    }

    /**
     * Extra Newton steps after convergence, until the parameters stop changing in double precision
     * (matching on a propensity score needs the score exact to far below the default tolerance).
     */
    public static double[] polish(LikelihoodModel m, double[] theta, int maxSteps) {
        int p = m.dim();
        double[] t = theta.clone();
        double[] g = new double[p];
        double[][] h = new double[p][p];
        m.evaluate(t, g, h);
        double[][] inv = SymmetricInverse.invert(negate(h));
        if (inv == null) {
            return t;
        }
        // near the optimum the Hessian barely changes: reuse it, evaluating only gradients
        for (int s = 0; s < maxSteps; s++) {
            if (s > 0) {
                m.evaluate(t, g, null);
            }
            double[] step = SymmetricInverse.times(inv, g);
            double rel = 0;
            for (int a = 0; a < p; a++) {
                t[a] += step[a];
                rel = Math.max(rel, Math.abs(step[a]) / (Math.abs(t[a]) + 1));
            }
            if (rel < 1e-14) {
                break;
            }
        }
        return t;
    }

    static double[][] negate(double[][] h) {
        int p = h.length;
        double[][] out = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                out[a][b] = -h[a][b];
            }
        }
        return out;
    }
}
