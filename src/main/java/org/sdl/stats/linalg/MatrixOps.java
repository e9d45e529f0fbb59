package org.sdl.stats.linalg;

/**
 * The matrix language's arithmetic on row-major double[][] (matrix C = A*B, inv(), det(), ...).
 * Sizes are checked by the caller (conformability is a user error there); these return null
 * where Stata reports a singular or not positive definite matrix.
 */
public final class MatrixOps {
    private MatrixOps() {}

    public static double[][] times(double[][] a, double[][] b) {
        int n = a.length;
        int k = b.length;
        int m = k == 0 ? 0 : b[0].length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            double[] ci = c[i];
            for (int p = 0; p < k; p++) {
                double aip = a[i][p];
                double[] bp = b[p];
                for (int j = 0; j < m; j++) {
                    ci[j] += aip * bp[j];
                }
            }
        }
        return c;
    }

    /** The inverse by Gauss-Jordan elimination with partial pivoting, or null when singular. */
    public static double[][] inverse(double[][] a) {
        int n = a.length;
        double[][] w = new double[n][2 * n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, w[i], 0, n);
            w[i][n + i] = 1;
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.abs(a[i][j]));
            }
        }
        double tol = scale * n * 1e-14;
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(w[r][col]) > Math.abs(w[piv][col])) {
                    piv = r;
                }
            }
            if (Math.abs(w[piv][col]) <= tol) {
                return null;
            }
            double[] t = w[piv];
            w[piv] = w[col];
            w[col] = t;
            double d = w[col][col];
            for (int j = 0; j < 2 * n; j++) {
                w[col][j] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && w[r][col] != 0) {
                    double f = w[r][col];
                    for (int j = 0; j < 2 * n; j++) {
                        w[r][j] -= f * w[col][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(w[i], n, inv[i], 0, n);
        }
        return inv;
    }

    /**
     * Stata's invsym(): the inverse of a symmetric matrix by sweeping its diagonal in order; a
     * pivot that is (relatively) zero marks a column collinear with the earlier ones, and its
     * row and column of the result are zero (a generalized inverse), as Stata drops such terms.
     */
    public static double[][] invsym(double[][] a) {
        int n = a.length;
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            w[i] = a[i].clone();
        }
        boolean[] swept = new boolean[n];
        for (int k = 0; k < n; k++) {
            double d = w[k][k];
            if (Math.abs(d) <= 1e-13 * Math.max(1e-300, Math.abs(a[k][k])) || d == 0) {
                continue;
            }
            swept[k] = true;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != k && j != k) {
                        w[i][j] -= w[i][k] * w[k][j] / d;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (i != k) {
                    w[i][k] /= d;
                    w[k][i] /= d;
                }
            }
            w[k][k] = -1 / d;
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = swept[i] && swept[j] ? -w[i][j] : 0;
            }
        }
        return out;
    }

    /** The determinant by LU decomposition with partial pivoting. */
    public static double det(double[][] a) {
        int n = a.length;
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            w[i] = a[i].clone();
        }
        double det = 1;
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(w[r][col]) > Math.abs(w[piv][col])) {
                    piv = r;
                }
            }
            if (w[piv][col] == 0) {
                return 0;
            }
            if (piv != col) {
                double[] t = w[piv];
                w[piv] = w[col];
                w[col] = t;
                det = -det;
            }
            det *= w[col][col];
            for (int r = col + 1; r < n; r++) {
                double f = w[r][col] / w[col][col];
                for (int j = col; j < n; j++) {
                    w[r][j] -= f * w[col][j];
                }
            }
        }
        return det;
    }

    /** The lower-triangular L with L L' = a, or null when a is not positive definite. */
    public static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int p = 0; p < j; p++) {
                    s -= l[i][p] * l[j][p];
                }
                if (i == j) {
                    if (s <= 0) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }
}
