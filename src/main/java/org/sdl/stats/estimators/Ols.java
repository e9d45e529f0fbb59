package org.sdl.stats.estimators;

import org.sdl.data.DataException;
import org.sdl.stats.design.Design;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * Weighted least squares on a {@link Design}. The slopes come from the centred cross-product
 * matrix (well conditioned even with large raw values), the constant from the means, and the
 * full (X'X)^-1 from the partitioned-inverse formula, so no n-by-k matrix is ever copied.
 */
public final class Ols {
    private Ols() {}

    /** The fitted least-squares quantities every variance estimator and statistic needs. */
    public record Fit(double[] b, double[][] xtxInv, double[] residuals, double rss, double tss,
                      double sumW, int kEstimable, double yMean) {}

    public static Fit fit(Design d) {
        int n = d.n();
        int[] est = d.estimable();
        boolean cons = d.constant() && est.length > 0 && est[est.length - 1] == d.k() - 1;
        int m = cons ? est.length - 1 : est.length;
        double[] w = d.weights();
        double[] y = d.y();
        double[][] x = d.x();
        double sw = d.sumWeights();
        double ym = 0;
        for (int i = 0; i < n; i++) {
            ym += (w == null ? 1 : w[i]) * y[i];
        }
        ym /= sw;
        double[] mean = new double[m];
        if (cons) {
            for (int a = 0; a < m; a++) {
                double[] xa = x[est[a]];
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += (w == null ? 1 : w[i]) * xa[i];
                }
                mean[a] = s / sw;
            }
        }
        double yc = cons ? ym : 0;
        double[][] c = new double[m][m];
        double[] cy = new double[m];
        double[] buf = new double[n];
        for (int a = 0; a < m; a++) {
            double[] xa = x[est[a]];
            double ma = mean[a];
            for (int i = 0; i < n; i++) {
                buf[i] = (w == null ? 1 : w[i]) * (xa[i] - ma);
            }
            for (int b = 0; b <= a; b++) {
                double s = org.sdl.stats.linalg.Dot.centred(buf, x[est[b]], mean[b], n);
                c[a][b] = s;
                c[b][a] = s;
            }
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += buf[i] * (y[i] - yc);
            }
            cy[a] = s;
        }
        double[][] cInv = m == 0 ? new double[0][0] : SymmetricInverse.invert(c);
        if (cInv == null) {
            throw new DataException(498, "regressors are collinear beyond what collinearity detection removed");
        }
        double[] slopes = SymmetricInverse.times(cInv, cy);
        int k = d.k();
        double[] b = new double[k];
        double[][] inv = new double[k][k];
        for (int a = 0; a < m; a++) {
            b[est[a]] = slopes[a];
            for (int bb = 0; bb < m; bb++) {
                inv[est[a]][est[bb]] = cInv[a][bb];
            }
        }
        if (cons) {
            int cj = d.k() - 1;
            double bc = ym;
            for (int a = 0; a < m; a++) {
                bc -= mean[a] * slopes[a];
            }
            b[cj] = bc;
            double[] sm = SymmetricInverse.times(cInv, mean);
            double quad = 0;
            for (int a = 0; a < m; a++) {
                quad += mean[a] * sm[a];
                inv[cj][est[a]] = -sm[a];
                inv[est[a]][cj] = -sm[a];
            }
            inv[cj][cj] = 1 / sw + quad;
        }
        double[] e = new double[n];
        double rss = 0;
        double tss = 0;
        for (int i = 0; i < n; i++) {
            double fit = 0;
            for (int j : est) {
                fit += x[j][i] * b[j];
            }
            double r = y[i] - fit;
            e[i] = r;
            double wi = w == null ? 1 : w[i];
            rss += wi * r * r;
            double dy = y[i] - (cons ? ym : 0);
            tss += wi * dy * dy;
        }
        return new Fit(b, inv, e, rss, tss, sw, est.length, ym);
    }
}
