package org.sdl.interp.postest;

import org.sdl.stats.EstimationResult;
import org.sdl.stats.linalg.SymmetricInverse;

/** Wald test of R b = r: W = (Rb - r)'(R V R')^-1 (Rb - r), dropping redundant constraints. */
final class Wald {
    private Wald() {}

    /** {statistic W, number of independent constraints}. */
    static double[] statistic(EstimationResult e, double[][] rows, double[] rhs) {
        int q = rows.length;
        int k = e.k();
        double[] b = e.b();
        double[] d = new double[q];
        double[][] rvr = new double[q][q];
        for (int a = 0; a < q; a++) {
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += rows[a][j] * b[j];
            }
            d[a] = s - rhs[a];
            for (int c = 0; c < q; c++) {
                double t = 0;
                for (int i = 0; i < k; i++) {
                    if (rows[a][i] == 0) {
                        continue;
                    }
                    for (int j = 0; j < k; j++) {
                        t += rows[a][i] * e.v(i, j) * rows[c][j];
                    }
                }
                rvr[a][c] = t;
            }
        }
        double[][] inv = SymmetricInverse.invert(rvr);
        if (inv == null) {
            return new double[] {Double.NaN, q};
        }
        double w = 0;
        for (int a = 0; a < q; a++) {
            for (int c = 0; c < q; c++) {
                w += d[a] * inv[a][c] * d[c];
            }
        }
        return new double[] {w, q};
    }
}
