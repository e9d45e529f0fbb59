package org.sdl.stats.estimators;

import org.sdl.data.DataException;
import org.sdl.stats.design.CentredGram;
import org.sdl.stats.design.Design;
import org.sdl.stats.linalg.ColumnMatrix;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * Weighted least squares on a {@link Design}. The slopes come from the centred cross-product
 * matrix (well conditioned even with large raw values), the constant from the means, and the
 * full (X'X)^-1 from the partitioned-inverse formula, so no n-by-k matrix is ever copied.
 * Mostly-zero columns (factor indicators) cost only their nonzeros ({@link ColumnMatrix}).
 */
public final class Ols {
    private Ols() {}

    /**
     * The fitted least-squares quantities every variance estimator and statistic needs.
     *
     * @param matrix the estimable columns (the constant included) followed by y, for the
     *     variance estimators' own passes over the data
     */
    public record Fit(double[] b, double[][] xtxInv, double[] residuals, double rss, double tss,
                      double sumW, int kEstimable, double yMean, ColumnMatrix matrix) {}

    public static Fit fit(Design d) {
        int n = d.n();
        int[] est = d.estimable();
        boolean cons = d.constant() && est.length > 0 && est[est.length - 1] == d.k() - 1;
        int m = cons ? est.length - 1 : est.length;
        double[] w = d.weights();
        double[] y = d.y();
        double sw = d.sumWeights();
        // columns: the m slopes' regressors, then the constant if any, then y
        int p = est.length + 1;
        ColumnMatrix xm = d.matrix().select(est).withDenseColumn(y);
        double[] mean = new double[m];
        double[][] c = new double[m][m];
        double[] cy = new double[m];
        double ym;
        double tss;
        int[] pos = cons ? gramPositions(d.gram(), est, m) : null;
        if (pos != null) {
            // the collinearity check already took these centred cross products
            double[][] g = d.gram().cross();
            int yPos = g.length - 1;
            for (int a = 0; a < m; a++) {
                mean[a] = d.gram().means()[pos[a]];
                for (int b = 0; b < m; b++) {
                    c[a][b] = g[pos[a]][pos[b]];
                }
                cy[a] = g[pos[a]][yPos];
            }
            ym = d.gram().means()[yPos];
            tss = g[yPos][yPos];
        } else {
            double[] sums = new double[p];
            xm.weightedSums(w, sums);
            ym = sums[p - 1] / sw;
            double[] shift = new double[p];
            if (cons) {
                for (int a = 0; a < p; a++) {
                    shift[a] = sums[a] / sw;
                }
            }
            // centred cross products: well conditioned even with large raw values
            double[][] cc = new double[p][p];
            xm.crossProduct(w, shift, cc);
            for (int a = 0; a < m; a++) {
                mean[a] = shift[a];
                System.arraycopy(cc[a], 0, c[a], 0, m);
                cy[a] = cc[a][p - 1];
            }
            tss = cc[p - 1][p - 1];
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
        double bc = 0;
        if (cons) {
            int cj = d.k() - 1;
            bc = ym;
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
        double[] beta = new double[p];
        System.arraycopy(slopes, 0, beta, 0, m);
        double[] e = new double[n];
        xm.times(beta, e);
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - e[i] - bc;
            e[i] = r;
            rss += (w == null ? 1 : w[i]) * r * r;
        }
        return new Fit(b, inv, e, rss, tss, sw, est.length, ym, xm);
    }

    /** Where the m slope columns est[0..m) sit in the design's centred gram, or null if absent. */
    private static int[] gramPositions(CentredGram gram, int[] est, int m) {
        if (gram == null) {
            return null;
        }
        int[] pos = new int[m];
        for (int a = 0; a < m; a++) {
            pos[a] = gram.position(est[a]);
            if (pos[a] < 0) {
                return null;
            }
        }
        return pos;
    }
}
