package org.sdl.stats.causal;


/**
 * The M-estimation (stacked GMM, exactly identified) sandwich teffects reports as "Robust":
 * V = A^-1 B A^-T / N with A = d mean(psi)/d theta and B = mean(psi psi'), no small-sample factor.
 * A is taken by central differences of the mean moment (the moments are smooth in theta), which
 * keeps each estimator's code to its moment conditions.
 */
public final class StackedMoments {
    private StackedMoments() {}

    /** Per-observation moment conditions psi_i(theta), written into out[j][i]. */
    public interface Moments {
        int n();

        void psi(double[] theta, double[][] out);
    }

    /** @return the variance matrix of theta, or null when A is singular */
    public static double[][] variance(Moments m, double[] theta) {
        int k = theta.length;
        int n = m.n();
        double[][] psi = new double[k][n];
        m.psi(theta, psi);
        double[][] b = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int c = 0; c <= a; c++) {
                double s = 0;
                double[] pa = psi[a];
                double[] pc = psi[c];
                for (int i = 0; i < n; i++) {
                    s += pa[i] * pc[i];
                }
                b[a][c] = s / n;
                b[c][a] = s / n;
            }
        }
        double[][] jac = jacobian(m, theta, psi);
        double[][] inv = invert(jac);
        if (inv == null) {
            return null;
        }
        double[][] v = new double[k][k];
        // inv B inv' / n
        double[][] tmp = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                double s = 0;
                for (int d = 0; d < k; d++) {
                    s += inv[a][d] * b[d][c];
                }
                tmp[a][c] = s;
            }
        }
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                double s = 0;
                for (int d = 0; d < k; d++) {
                    s += tmp[a][d] * inv[c][d];
                }
                v[a][c] = s / n;
            }
        }
        return v;
    }

    private static double[][] jacobian(Moments m, double[] theta, double[][] scratch) {
        int k = theta.length;
        int n = m.n();
        double[][] jac = new double[k][k];
        double[] t = theta.clone();
        for (int c = 0; c < k; c++) {
            double h = 1e-5 * Math.max(1, Math.abs(theta[c]));
            t[c] = theta[c] + h;
            m.psi(t, scratch);
            double[] up = means(scratch, n);
            t[c] = theta[c] - h;
            m.psi(t, scratch);
            double[] down = means(scratch, n);
            t[c] = theta[c];
            for (int a = 0; a < k; a++) {
                jac[a][c] = (up[a] - down[a]) / (2 * h);
            }
        }
        return jac;
    }

    private static double[] means(double[][] psi, int n) {
        double[] out = new double[psi.length];
        for (int a = 0; a < psi.length; a++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += psi[a][i];
            }
            out[a] = s / n;
        }
        return out;
    }

    /** General (non-symmetric) inverse by Gauss-Jordan with partial pivoting. */
    static double[][] invert(double[][] a) {
        int k = a.length;
        double[][] m = new double[k][2 * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(a[i], 0, m[i], 0, k);
            m[i][k + i] = 1;
        }
        for (int col = 0; col < k; col++) {
            int piv = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
                    piv = r;
                }
            }
            if (Math.abs(m[piv][col]) < 1e-300) {
                return null;
            }
            double[] swap = m[piv];
            m[piv] = m[col];
            m[col] = swap;
            double d = m[col][col];
            for (int j = 0; j < 2 * k; j++) {
                m[col][j] /= d;
            }
            for (int r = 0; r < k; r++) {
                if (r != col && m[r][col] != 0) {
                    double f = m[r][col];
                    for (int j = 0; j < 2 * k; j++) {
                        m[r][j] -= f * m[col][j];
                    }
                }
            }
        }
        double[][] inv = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(m[i], k, inv[i], 0, k);
        }
        return inv;
    }

}
