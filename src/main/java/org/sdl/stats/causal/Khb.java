package org.sdl.stats.causal;

/**
 * The algebra of the Kohler-Karlson-Holm decomposition once the models are fitted: the
 * delta-method variance of Diff = Reduced - Full, as khb's Mata code computes it,
 * Var = theta_x' V_beta theta_x + sum over key variables j of beta' V_theta_j beta, where theta are
 * the key variables' coefficients in the mediator (SUR) equations and beta the mediators'
 * coefficients in the full model.
 */
public final class Khb {
    private Khb() {}

    /**
     * @param thetaX key variable x's coefficients in the Z equations (length Z)
     * @param beta mediator coefficients in the full model (length Z)
     * @param vBeta their covariance (Z x Z)
     * @param vThetaAll for each key variable j, the Z x Z covariance of its coefficients across equations
     */
    public static double diffVariance(double[] thetaX, double[] beta, double[][] vBeta, double[][][] vThetaAll) {
        int z = beta.length;
        double v = 0;
        for (int a = 0; a < z; a++) {
            for (int b = 0; b < z; b++) {
                v += thetaX[a] * vBeta[a][b] * thetaX[b];
            }
        }
        for (double[][] vTheta : vThetaAll) {
            for (int a = 0; a < z; a++) {
                for (int b = 0; b < z; b++) {
                    v += beta[a] * vTheta[a][b] * beta[b];
                }
            }
        }
        return v;
    }

    /** SUR covariance block of key variable x across equations: Sigma * [(W'W)^-1]_{xx}, Sigma = E'E/N. */
    public static double[][] thetaCovariance(double[][] residuals, double invWxx) {
        int z = residuals.length;
        int n = residuals[0].length;
        double[][] v = new double[z][z];
        for (int a = 0; a < z; a++) {
            for (int b = 0; b <= a; b++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += residuals[a][i] * residuals[b][i];
                }
                v[a][b] = s / n * invWxx;
                v[b][a] = v[a][b];
            }
        }
        return v;
    }
}
