package org.sdl.stats.margins;

/**
 * One prediction a model offers to margins, as a function of the linear index eta = x'b and of
 * ancillary parameters (cutpoints), with its analytic derivatives. Margins needs the first and
 * second derivatives in eta (dy/dx = P'(eta) d eta/dx, and its Jacobian in b needs P'') and the
 * derivatives in each ancillary parameter theta_a (dP/dtheta_a and d2P/(deta dtheta_a)).
 */
public interface Prediction {
    /** "Pr(wechat)", "Linear prediction", "Pr(trust==4)". */
    String label();

    /** The option as Stata echoes it: "predict()", "predict(pr outcome(2))". */
    String option();

    /** Positions in e(b) of the ancillary parameters the prediction depends on. */
    int[] ancillary();

    /**
     * Writes out[0] = P(eta), out[1] = dP/deta, out[2] = d2P/deta2, and for each ancillary
     * parameter a: out[3 + 2a] = dP/dtheta_a, out[4 + 2a] = d2P/(deta dtheta_a).
     */
    void eval(double eta, double[] out);
}
