package org.sdl.stats.linalg;

/**
 * Dot products over long columns with four independent accumulators: the JVM does not reorder a
 * floating-point reduction by itself, and one accumulator leaves the CPU waiting on each add.
 * Used for the dense blocks of every cross product ({@link ColumnMatrix}).
 */
public final class Dot {
    private Dot() {}

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
}
