package org.sdl.data;

/**
 * Stable ordering of row indices by a double key, without boxing.
 *
 * <p>Matching sorts up to millions of rows by propensity score with ties broken by original
 * order; {@code Arrays.sort(Integer[], comparator)} spent most of psmatch's time boxing and
 * merging. This is the LSD radix sort of {@link RadixSort} on the key's order-preserving 64-bit image: linear time,
 * stable (so ties keep the incoming index order), and it orders exactly as
 * {@link Double#compare} (-0.0 before 0.0, NaN last).
 */
public final class DoubleKeySort {
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
        long max = 0;
        for (int k = 0; k < n; k++) {
            long bits = orderedBits(key[rows[k]]);
            image[k] = descending ? ~bits : bits;
            max |= image[k];
        }
        new RadixSort(n).sort(rows, image, max);
    }

    /** Unsigned-comparable image of x whose order is {@link Double#compare}'s. */
    static long orderedBits(double x) {
        long bits = Double.doubleToLongBits(x); // canonical NaN, as Double.compare
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }
}
