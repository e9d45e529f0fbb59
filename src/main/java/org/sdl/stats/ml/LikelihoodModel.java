package org.sdl.stats.ml;

import org.sdl.stats.Sandwich;

/**
 * What a maximum-likelihood model supplies (statsmodels' LikelihoodModel): the log likelihood
 * with its analytic gradient and Hessian, start values, and per-observation scores for sandwich
 * variances. The driver ({@link NewtonRaphson}) does everything else.
 */
public interface LikelihoodModel {
    /** Number of parameters. */
    int dim();

    double[] start();

    /**
     * Log likelihood at theta; when grad/hess are non-null they are filled with the gradient and
     * the Hessian (of the log likelihood, so negative definite at a maximum).
     */
    double evaluate(double[] theta, double[] grad, double[][] hess);

    /** Streams each observation's score vector (weight included) to the sink. */
    void scores(double[] theta, ScoreSink sink);

    /**
     * sum_i f_i s_i s_i' over the observations' scores s_i (f: frequency weights, or null for 1),
     * the meat of the robust sandwich. Streams {@link #scores}; models whose scores have structure
     * (a scalar times x, plus a few cutpoint terms) override it to take the products in bulk.
     */
    default double[][] scoreCrossProduct(double[] theta, double[] freq) {
        Sandwich s = new Sandwich(dim(), 0);
        scores(theta, (i, sc) -> s.add(sc, 0, freq == null ? 1 : freq[i]));
        return s.meat();
    }

    /** Receives one observation's score; the array is reused between calls. */
    interface ScoreSink {
        void accept(int obs, double[] score);
    }
}
