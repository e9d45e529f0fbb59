package org.sdl.stats.linalg;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Inverse of a symmetric positive-definite matrix by Cholesky factorisation (k is small: the
 * number of parameters), falling back to LU for matrices that are only numerically indefinite.
 */
public final class SymmetricInverse {
    private SymmetricInverse() {}

    /** The inverse, or null when the matrix is singular. */
    public static double[][] invert(double[][] a) {
        int k = a.length;
        double[][] l = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int p = 0; p < j; p++) {
                    s -= l[i][p] * l[j][p];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return lu(a);
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        // inverse of L (lower triangular)
        double[][] li = new double[k][k];
        for (int i = 0; i < k; i++) {
            li[i][i] = 1 / l[i][i];
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int p = j; p < i; p++) {
                    s -= l[i][p] * li[p][j];
                }
                li[i][j] = s / l[i][i];
            }
        }
        double[][] inv = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int p = i; p < k; p++) {
                    s += li[p][i] * li[p][j];
                }
                inv[i][j] = s;
                inv[j][i] = s;
            }
        }
        return inv;
    }

    private static double[][] lu(double[][] a) {
        try {
            return new LUDecomposition(new Array2DRowRealMatrix(a), 1e-300).getSolver().getInverse().getData();
        } catch (SingularMatrixException e) {
            return null;
        }
    }

    /** y = A x for a square matrix. */
    public static double[] times(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += a[i][j] * x[j];
            }
            y[i] = s;
        }
        return y;
    }

    /** A B A for symmetric A and B (sandwich). */
    public static double[][] sandwich(double[][] a, double[][] b) {
        int k = a.length;
        double[][] ab = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int p = 0; p < k; p++) {
                double aip = a[i][p];
                if (aip == 0) {
                    continue;
                }
                for (int j = 0; j < k; j++) {
                    ab[i][j] += aip * b[p][j];
                }
            }
        }
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += ab[i][p] * a[p][j];
                }
                out[i][j] = s;
                out[j][i] = s;
            }
        }
        return out;
    }

    /** Quadratic form b' inv(V) b over the given indices (Wald statistics); NaN if singular. */
    public static double wald(double[] b, double[][] v, int[] idx) {
        int m = idx.length;
        double[][] sub = new double[m][m];
        double[] bs = new double[m];
        for (int i = 0; i < m; i++) {
            bs[i] = b[idx[i]];
            for (int j = 0; j < m; j++) {
                sub[i][j] = v[idx[i]][idx[j]];
            }
        }
        double[][] inv = invert(sub);
        if (inv == null) {
            return Double.NaN;
        }
        double s = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                s += bs[i] * inv[i][j] * bs[j];
            }
        }
        return s;
    }
}
