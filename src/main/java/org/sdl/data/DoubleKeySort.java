package org.sdl.data;

/**
 * Stable ordering of row indices by a double key, without boxing.
 *
 * <p>Matching sorts up to millions of rows by propensity score with ties broken by original
 * order; {@code Arrays.sort(Integer[], comparator)} spent most of psmatch's time boxing and
 * merging. This is an LSD radix sort on the key's order-preserving 64-bit image: linear time,
 * stable (so ties keep the incoming index order), and it orders exactly as
 * {@link Double#compare} (-0.0 before 0.0, NaN last).
 */
public final class DoubleKeySort {
    private static final int RADIX_BITS = 8;
    private static final int BUCKETS = 1 << RADIX_BITS;

    private DoubleKeySort() {
    }

    /**
     * Sorts {@code rows} in place by {@code key[row]}, ascending or descending; rows with equal
     * keys keep their relative order in both directions.
     */
    public static void sort(int[] rows, double[] key, boolean descending) {
        int n = rows.length;
        if (n < 2) {
            return;
        }
        long[] image = new long[n];
        for (int k = 0; k < n; k++) {
            long bits = orderedBits(key[rows[k]]);
            image[k] = descending ? ~bits : bits;
        }
        long[] imageBuf = new long[n];
        int[] rowBuf = new int[n];
        int[] count = new int[BUCKETS + 1];
        int[] src = rows;
        long[] srcImage = image;
        int[] dst = rowBuf;
        long[] dstImage = imageBuf;
        for (int shift = 0; shift < Long.SIZE; shift += RADIX_BITS) {
            java.util.Arrays.fill(count, 0);
            for (int k = 0; k < n; k++) {
                count[(int) ((srcImage[k] >>> shift) & (BUCKETS - 1)) + 1]++;
            }
            if (singleBucket(count, n)) {
                continue; // all rows share this digit: the pass would be the identity
            }
            for (int b = 0; b < BUCKETS; b++) {
                count[b + 1] += count[b];
            }
            for (int k = 0; k < n; k++) {
                int to = count[(int) ((srcImage[k] >>> shift) & (BUCKETS - 1))]++;
                dst[to] = src[k];
                dstImage[to] = srcImage[k];
            }
            int[] t = src;
            src = dst;
            dst = t;
            long[] ti = srcImage;
            srcImage = dstImage;
            dstImage = ti;
        }
        if (src != rows) {
            System.arraycopy(src, 0, rows, 0, n);
        }
    }

    /** Unsigned-comparable image of x whose order is {@link Double#compare}'s. */
    static long orderedBits(double x) {
        long bits = Double.doubleToLongBits(x); // canonical NaN, as Double.compare
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }

    private static boolean singleBucket(int[] count, int n) {
        for (int b = 1; b <= BUCKETS; b++) {
            if (count[b] == n) {
                return true;
            }
            if (count[b] != 0) {
                return false;
            }
        }
        return false;
    }
}
