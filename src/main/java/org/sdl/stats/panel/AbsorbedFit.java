package org.sdl.stats.panel;

import org.sdl.stats.Sandwich;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * Least squares with absorbed factors (Frisch-Waugh): y and the regressors are partialled out
 * ({@link Demeaner}), the slopes come from the partialled data, and the constant is reported at
 * the grand means (_cons = ybar - xbar'b), i.e. the regression of y~ + ybar on [x~ + xbar, 1],
 * whose (X'X)^-1 is the "bread" of every variance here (xtreg fe, areg and reghdfe all do this).
 * A regressor whose partialled-out part is (numerically) a combination of earlier ones, or
 * nothing at all (a time-invariant regressor under unit effects), is omitted.
 */
public final class AbsorbedFit {
    /** Partialled-out sum of squares below this fraction of the centred one means "collinear". */
    private static final double COLLINEAR = 1e-9;

    public final int n;
    public final int k;                // slopes in the stripe (omitted included)
    public final boolean[] omitted;    // per slope
    public final double[] b;           // k slopes then _cons
    public final double[][] bread;     // (k+1)x(k+1), zero rows/cols for omitted slopes
    public final double[] resid;       // y~ - x~'b
    public final double[][] xTilde;    // partialled-out regressors (null entries for omitted)
    public final double[] xbar;
    public final double ybar;
    public final double rss;
    public final double tss;           // sum (y - ybar)^2
    public final double tssWithin;     // sum y~^2
    public final int rank;             // estimable slopes
    public final int iterations;       // CG iterations of the slowest column

    public AbsorbedFit(double[] y, double[][] x, boolean[] preOmitted, Factor[] factors) {
        this.n = y.length;
        this.k = x.length;
        Demeaner dm = new Demeaner(factors);
        xbar = new double[k];
        double[][] xt = new double[k][];
        double[] centredSs = new double[k];
        int maxIter = 0;
        for (int j = 0; j < k; j++) {
            if (preOmitted[j]) {
                xt[j] = new double[n];
                continue;
            }
            xbar[j] = mean(x[j]);
            centredSs[j] = centredSs(x[j], xbar[j]);
            xt[j] = x[j].clone();
            dm.partialOut(xt[j]);
            maxIter = Math.max(maxIter, dm.iterations());
        }
        ybar = mean(y);
        tss = centredSs(y, ybar);
        double[] yt = y.clone();
        dm.partialOut(yt);
        maxIter = Math.max(maxIter, dm.iterations());
        iterations = maxIter;
        tssWithin = dot(yt, yt);
        // cross products of the partialled regressors, then a sweep that drops collinear ones
        double[][] c = new double[k][k];
        double[] cy = new double[k];
        for (int a = 0; a < k; a++) {
            for (int bb = 0; bb <= a; bb++) {
                c[a][bb] = dot(xt[a], xt[bb]);
                c[bb][a] = c[a][bb];
            }
            cy[a] = dot(xt[a], yt);
        }
        omitted = collinear(c, centredSs);
        for (int j = 0; j < k; j++) {
            omitted[j] |= preOmitted[j];
        }
        int[] est = estimable(omitted);
        rank = est.length;
        double[][] ce = new double[rank][rank];
        double[] cye = new double[rank];
        for (int a = 0; a < rank; a++) {
            for (int bb = 0; bb < rank; bb++) {
                ce[a][bb] = c[est[a]][est[bb]];
            }
            cye[a] = cy[est[a]];
        }
        double[][] inv = rank == 0 ? new double[0][0] : SymmetricInverse.invert(ce);
        if (inv == null) {
            throw new org.sdl.data.DataException(498, "regressors are collinear after absorbing the fixed effects");
        }
        double[] slopes = SymmetricInverse.times(inv, cye);
        b = new double[k + 1];
        bread = new double[k + 1][k + 1];
        double cons = ybar;
        double[] invXbar = new double[rank];
        double quad = 0;
        for (int a = 0; a < rank; a++) {
            b[est[a]] = slopes[a];
            cons -= xbar[est[a]] * slopes[a];
            for (int bb = 0; bb < rank; bb++) {
                bread[est[a]][est[bb]] = inv[a][bb];
                invXbar[a] += inv[a][bb] * xbar[est[bb]];
            }
        }
        for (int a = 0; a < rank; a++) {
            quad += xbar[est[a]] * invXbar[a];
            bread[k][est[a]] = -invXbar[a];
            bread[est[a]][k] = -invXbar[a];
        }
        b[k] = cons;
        bread[k][k] = 1.0 / n + quad;
        resid = yt;
        double r2sum = 0;
        for (int i = 0; i < n; i++) {
            double e = yt[i];
            for (int a = 0; a < rank; a++) {
                e -= xt[est[a]][i] * slopes[a];
            }
            resid[i] = e;
            r2sum += e * e;
        }
        rss = r2sum;
        xTilde = xt;
        for (int j = 0; j < k; j++) {
            if (omitted[j]) {
                xTilde[j] = null;
            }
        }
    }

    /**
     * The meat of a sandwich with scores e_i [x~_i + xbar, 1]: per observation (cluster == null)
     * or summed within clusters, in (k+1) stripe coordinates (zero for omitted slopes).
     */
    public double[][] meat(int[] cluster, int nClusters) {
        int p = k + 1;
        Sandwich s = new Sandwich(p, cluster == null ? 0 : nClusters);
        double[] score = new double[p];
        for (int i = 0; i < n; i++) {
            double e = resid[i];
            for (int j = 0; j < k; j++) {
                score[j] = xTilde[j] == null ? 0 : e * (xTilde[j][i] + xbar[j]);
            }
            score[k] = e;
            s.add(score, cluster == null ? 0 : cluster[i], 1);
        }
        double[][] ident = new double[p][p];
        for (int a = 0; a < p; a++) {
            ident[a][a] = 1;
        }
        // variance(I, 1) = I * meat * I: the meat itself, symmetric, cluster sums folded in
        return s.variance(ident, 1);
    }

    /** bread * meat * bread * factor. */
    public double[][] sandwich(double[][] meat, double factor) {
        return Sandwich.variance(bread, meat, factor);
    }

    /** s2 * bread. */
    public double[][] scaledBread(double s2) {
        double[][] v = new double[k + 1][k + 1];
        for (int a = 0; a <= k; a++) {
            for (int c = 0; c <= k; c++) {
                v[a][c] = s2 * bread[a][c];
            }
        }
        return v;
    }

    private static boolean[] collinear(double[][] c, double[] centredSs) {
        int k = c.length;
        double[][] a = new double[k][];
        for (int i = 0; i < k; i++) {
            a[i] = c[i].clone();
        }
        boolean[] om = new boolean[k];
        for (int j = 0; j < k; j++) {
            double d = a[j][j];
            if (centredSs[j] == 0 && d == 0) {
                om[j] = true;
                continue;
            }
            if (!(d > COLLINEAR * Math.max(centredSs[j], Double.MIN_NORMAL)) || centredSs[j] == 0) {
                om[j] = true;
                continue;
            }
            // sweep column j out of the later ones (Gaussian elimination on the Gram matrix)
            for (int r = j + 1; r < k; r++) {
                double f = a[r][j] / d;
                for (int s = j + 1; s < k; s++) {
                    a[r][s] -= f * a[j][s];
                }
            }
        }
        return om;
    }

    static int[] estimable(boolean[] om) {
        int m = 0;
        for (boolean o : om) {
            if (!o) {
                m++;
            }
        }
        int[] idx = new int[m];
        for (int j = 0, c = 0; j < om.length; j++) {
            if (!om[j]) {
                idx[c++] = j;
            }
        }
        return idx;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }

    static double centredSs(double[] v, double m) {
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
