package org.sdl.stats.ml;

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

    /** Receives one observation's score; the array is reused between calls. */
    interface ScoreSink {
        void accept(int obs, double[] score);
    }
}
