package org.sdl.stats.causal;

import org.sdl.data.DataException;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * teffects psmatch: nearest-neighbour matching on the estimated propensity score (with
 * replacement, ties kept), ATE or ATET, with Abadie and Imbens (2006) population variance
 * adjusted for the estimation of the score as in Abadie and Imbens (2016, Econometrica 84(2)).
 *
 * <p>Notation: K_i = sum over the units l that use i as a match of 1/#J(l); K'_i = sum of
 * 1/#J(l)^2; sigma2_i = #H/(#H+1) (Y_i - mean_H Y)^2 over H = i's nn() nearest units of its own
 * group (itself excluded). ATE: V = [sum (Yhat1-Yhat0-tau)^2 + sum (K^2+2K-K') sigma2] / N^2 minus
 * c'I^-1 c/N; ATET: V = [sum_T (Y-Yhat0-tau)^2 + sum_C (K^2-K') sigma2] / N1^2 minus c_t'I^-1 c_t/N plus
 * d'I^-1 d/N. I = mean f^2/(F(1-F)) x x' (information of the score model), c = mean f [cov1/p +
 * cov0/(1-p)], c_t = (1/N1) sum f [cov1 + p/(1-p) cov0], d = (1/N1) sum x f (Yhat1-Yhat0-tau_t);
 * cov_w at unit i is the sample covariance of (X, Y) over the nn() units of group w nearest to i
 * (i itself counted when it belongs to w).
 */
public final class PsMatchAi {
    private PsMatchAi() {}

    /**
     * @param yhat0 imputed Y(0) per unit; yhat1 imputed Y(1); matchesMin/Max over estimation units
     */
    public record Result(double effect, double se, double seUnadjusted, double pomean0, int n, int n1,
                         int matchesMin, int matchesMax, double[] yhat0, double[] yhat1) {}

    /**
     * @param x treatment-model columns (constant last) the score came from
     * @param density f(x'gamma) per unit (the link's density at the index)
     * @param adjust apply the estimated-score correction (false when the score is given)
     */
    public static Result estimate(boolean[] treated, double[] y, double[] p, double[][] x, double[] density,
                                  int m, double caliper, int nnVar, boolean atet, boolean adjust) {
        int n = y.length;
        NeighborMatching nm = new NeighborMatching(p, treated);
        int n1 = nm.groupSize(1);
        if (n1 == 0 || nm.groupSize(0) == 0) {
            throw new DataException(2000, "each treatment level needs observations");
        }
        if (nm.groupSize(0) < m || n1 < m) {
            throw new DataException(459, "nneighbor(" + m + ") is more than the observations in a treatment level");
        }
        double[] yhat0 = new double[n];
        double[] yhat1 = new double[n];
        double[] kk = new double[n];
        double[] kk2 = new double[n];
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < n; i++) {
            int other = treated[i] ? 0 : 1;
            int[] j = nm.match(i, other, m, -1);
            boolean counts = !atet || treated[i];
            if (counts && nm.distance(i, j[0]) > caliper) {
                throw new DataException(459, "no propensity-score match within caliper(" + String.format(java.util.Locale.ROOT, "%.6g", caliper)
                    + ") for observation " + (i + 1) + " of the estimation sample");
            }
            double mean = 0;
            for (int r : j) {
                mean += y[r];
                if (counts) {
                    kk[r] += 1.0 / j.length;
                    kk2[r] += 1.0 / ((double) j.length * j.length);
                }
            }
            mean /= j.length;
            if (counts) {
                min = Math.min(min, j.length);
                max = Math.max(max, j.length);
            }
            yhat1[i] = treated[i] ? y[i] : mean;
            yhat0[i] = treated[i] ? mean : y[i];
        }
        double tau = 0;
        double po0 = 0;
        int ne = atet ? n1 : n;
        for (int i = 0; i < n; i++) {
            if (!atet || treated[i]) {
                tau += yhat1[i] - yhat0[i];
                po0 += yhat0[i];
            }
        }
        tau /= ne;
        po0 /= ne;
        double v = 0;
        for (int i = 0; i < n; i++) {
            double s2 = conditionalVariance(nm, i, treated, y, nnVar);
            if (atet) {
                if (treated[i]) {
                    double e = yhat1[i] - yhat0[i] - tau;
                    v += e * e;
                } else {
                    v += (kk[i] * kk[i] - kk2[i]) * s2;
                }
            } else {
                double e = yhat1[i] - yhat0[i] - tau;
                v += e * e + (kk[i] * kk[i] + 2 * kk[i] - kk2[i]) * s2;
            }
        }
        v /= (double) ne * ne;
        double unadjusted = v;
        if (adjust) {
            v += correction(nm, treated, y, p, x, density, nnVar, atet, tau, yhat0, yhat1, n1);
        }
        return new Result(tau, v >= 0 ? Math.sqrt(v) : Double.NaN, Math.sqrt(unadjusted), po0, n, n1,
            min, max, yhat0, yhat1);
    }

    private static double conditionalVariance(NeighborMatching nm, int i, boolean[] treated, double[] y, int j) {
        int[] h = nm.match(i, treated[i] ? 1 : 0, j, i);
        if (h.length == 0) {
            return 0;
        }
        double mean = 0;
        for (int r : h) {
            mean += y[r];
        }
        mean /= h.length;
        double d = y[i] - mean;
        return h.length / (h.length + 1.0) * d * d;
    }

    /** The Abadie-Imbens (2016) terms added to the variance for the estimated score. */
    private static double correction(NeighborMatching nm, boolean[] treated, double[] y, double[] p, double[][] x,
                                     double[] f, int l, boolean atet, double tau, double[] yhat0, double[] yhat1,
                                     int n1) {
        int n = y.length;
        int k = x.length;
        double[][] info = new double[k][k];
        double[] c = new double[k];
        double[] d = new double[k];
        double[] cov0 = new double[k];
        double[] cov1 = new double[k];
        for (int i = 0; i < n; i++) {
            double wi = f[i] * f[i] / (p[i] * (1 - p[i]));
            for (int a = 0; a < k; a++) {
                for (int b = 0; b <= a; b++) {
                    info[a][b] += wi * x[a][i] * x[b][i];
                }
            }
            covariance(nm.match(i, 0, l, -1), x, y, cov0);
            covariance(nm.match(i, 1, l, -1), x, y, cov1);
            for (int a = 0; a < k; a++) {
                if (atet) {
                    c[a] += f[i] * (cov1[a] + p[i] / (1 - p[i]) * cov0[a]);
                    d[a] += x[a][i] * f[i] * (yhat1[i] - yhat0[i] - tau);
                } else {
                    c[a] += f[i] * (cov1[a] / p[i] + cov0[a] / (1 - p[i]));
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                info[a][b] /= n;
                info[b][a] = info[a][b];
            }
            c[a] /= atet ? n1 : n;
            d[a] /= n1;
        }
        double[][] inv = SymmetricInverse.invert(info);
        if (inv == null) {
            return 0;
        }
        double adj = -quad(inv, c) / n;
        if (atet) {
            adj += quad(inv, d) / n;
        }
        return adj;
    }

    private static double quad(double[][] inv, double[] v) {
        double s = 0;
        for (int a = 0; a < v.length; a++) {
            for (int b = 0; b < v.length; b++) {
                s += v[a] * inv[a][b] * v[b];
            }
        }
        return s;
    }

    /** Sample covariance (divisor #H-1) of each column of x with y over the rows h. */
    private static void covariance(int[] h, double[][] x, double[] y, double[] out) {
        java.util.Arrays.fill(out, 0);
        if (h.length < 2) {
            return;
        }
        double my = 0;
        for (int r : h) {
            my += y[r];
        }
        my /= h.length;
        for (int a = 0; a < x.length; a++) {
            double mx = 0;
            for (int r : h) {
                mx += x[a][r];
            }
            mx /= h.length;
            double s = 0;
            for (int r : h) {
                s += (x[a][r] - mx) * (y[r] - my);
            }
            out[a] = s / (h.length - 1);
        }
    }
}
