package org.sdl.interp.postest;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/** Two-sided p-values of z and t statistics (as CoefficientTable computes them). */
final class CoefficientTableAccess {
    private CoefficientTableAccess() {}

    static double z(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    static double t(double t, double df) {
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }
}
