package org.sdl.stats.linalg;

/**
 * Dot products over long columns with four independent accumulators: the JVM does not reorder a
 * floating-point reduction by itself, and one accumulator leaves the CPU waiting on each add.
 * Used for every cross-product matrix (OLS, ML Hessians, collinearity checks).
 */
public final class Dot {
    private Dot() {}

    /** sum_i a[i] b[i] over [0, n). */
    public static double product(double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** sum_i a[i] b[i] over [lo, hi). */
    public static double product(double[] a, double[] b, int lo, int hi) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = lo;
        for (; i + 3 < hi; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < hi; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** sum_i a[i] (b[i] - shift) over [0, n): a product with b centred on the fly. */
    public static double centred(double[] a, double[] b, double shift, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * (b[i] - shift);
            s1 += a[i + 1] * (b[i + 1] - shift);
            s2 += a[i + 2] * (b[i + 2] - shift);
            s3 += a[i + 3] * (b[i + 3] - shift);
        }
        for (; i < n; i++) {
            s0 += a[i] * (b[i] - shift);
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** sum_i d[i] a[i] b[i] over [0, n). */
    public static double weighted(double[] d, double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += d[i] * a[i] * b[i];
            s1 += d[i + 1] * a[i + 1] * b[i + 1];
            s2 += d[i + 2] * a[i + 2] * b[i + 2];
            s3 += d[i + 3] * a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += d[i] * a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Rows per block: the block of all columns stays in the L2 cache across the k^2 products. */
    private static final int BLOCK = 2048;

    /**
     * out[a][b] = sum_i d[i] (x[a][i] - shift[a]) (x[b][i] - shift[b]) for all a, b (d may be
     * null for weight 1, shift null for no centring). Rows are processed in blocks so each block
     * of the columns is read from memory once instead of once per column pair.
     */
    public static void crossProduct(double[] d, double[][] x, double[] shift, int n, double[][] out) {
        int k = x.length;
        for (double[] row : out) {
            java.util.Arrays.fill(row, 0);
        }
        double[][] blk = new double[k][BLOCK];
        double[] wa = new double[BLOCK];
        for (int start = 0; start < n; start += BLOCK) {
            int len = Math.min(BLOCK, n - start);
            for (int a = 0; a < k; a++) {
                double sh = shift == null ? 0 : shift[a];
                double[] src = x[a];
                double[] dst = blk[a];
                for (int i = 0; i < len; i++) {
                    dst[i] = src[start + i] - sh;
                }
            }
            for (int a = 0; a < k; a++) {
                double[] xa = blk[a];
                if (d == null) {
                    System.arraycopy(xa, 0, wa, 0, len);
                } else {
                    for (int i = 0; i < len; i++) {
                        wa[i] = d[start + i] * xa[i];
                    }
                }
                for (int b = 0; b <= a; b++) {
                    out[a][b] += product(wa, blk[b], len);
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                out[b][a] = out[a][b];
            }
        }
    }
}
