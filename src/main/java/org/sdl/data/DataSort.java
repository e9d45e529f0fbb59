package org.sdl.data;

import java.util.List;

/**
 * Stable multi-key ordering of observations (sort, gsort, bysort). Missing values sort last
 * (they are the largest numbers), strings in byte order, and ties keep their current order.
 *
 * <p>Each key becomes an order-preserving unsigned image ({@link KeyImage}) and one stable LSD
 * radix sort of the row indices per key ({@link RadixSort}), from the last key to the first,
 * gives the permutation; the columns are then gathered once. When the first of several keys has
 * few distinct values, the rows are bucketed by it first and each bucket is sorted by the other
 * keys in cache. Data already in order is detected in one scan and left alone.
 */
public final class DataSort {
    private static final int PARALLEL_MIN = 1 << 17;
    private static final int PARTS = 2;
    /** Keys with fewer images than this are bucketed in one counting pass. */
    private static final long SMALL_KEY = 1 << 16;

    private DataSort() {}

    /**
     * The permutation that sorts the data by the given variables; descending[i] reverses key i
     * (gsort -x). The result maps new row i to old row perm[i].
     */
    public static int[] order(Dataset data, List<String> keys, boolean[] descending) {
        return order(data, keys, descending, true);
    }

    /**
     * As {@link #order(Dataset, List, boolean[])}; with missingFirstWhenDescending false a
     * descending numeric key still puts its missing values last (gsort without mfirst).
     */
    public static int[] order(Dataset data, List<String> keys, boolean[] descending,
                              boolean missingFirstWhenDescending) {
        int n = data.nObs();
        KeyImage[] images = new KeyImage[keys.size()];
        for (int k = 0; k < images.length; k++) {
            Column c = data.column(keys.get(k));
            if (c == null) {
                throw new DataException(111, "variable " + keys.get(k) + " not found");
            }
            boolean desc = descending != null && descending[k];
            images[k] = KeyImage.of(c, !desc ? KeyImage.Direction.ASCENDING
                : missingFirstWhenDescending ? KeyImage.Direction.DESCENDING_MISSING_FIRST
                : KeyImage.Direction.DESCENDING_MISSING_LAST);
        }
        int[] perm = RadixSort.identity(n);
        if (n < 2 || inOrder(images, n)) {
            return perm;
        }
        long[] image = new long[n];
        int parts = n < PARALLEL_MIN ? 1 : PARTS;
        // bucketing first pays off on large data, and whenever a small first key leaves other keys
        // to sort within its buckets
        boolean bucket = n >= PARALLEL_MIN || (images.length > 1 && Long.compareUnsigned(images[0].max(), SMALL_KEY) < 0);
        if (bucket && TopBucketSort.sort(images, perm, image, parts)) {
            return perm;
        }
        RadixSort radix = new RadixSort(n);
        for (int k = images.length - 1; k >= 0; k--) {
            KeyImage key = images[k];
            // reading a later key through the permutation is random access: split it over threads
            Parallelism.forEach(parts, t ->
                key.fill(perm, image, (int) ((long) n * t / parts), (int) ((long) n * (t + 1) / parts)));
            radix.sort(perm, image, key.max());
        }
        return perm;
    }

    /** Whether the rows already are in key order (then sorting would be the identity). */
    private static boolean inOrder(KeyImage[] images, int n) {
        for (int i = 1; i < n; i++) {
            for (KeyImage key : images) {
                int c = Long.compareUnsigned(key.at(i - 1), key.at(i));
                if (c < 0) {
                    break;
                }
                if (c > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Sorts the dataset in place and records the sort order (ascending sorts only). */
    public static void sort(Dataset data, List<String> keys) {
        int[] perm = order(data, keys, null);
        boolean identity = true;
        for (int i = 0; i < perm.length; i++) {
            if (perm[i] != i) {
                identity = false;
                break;
            }
        }
        if (!identity) {
            data.applyRows(perm);
        }
        data.setSortedBy(keys);
    }

    /** Whether rows a and b agree on all key variables. */
    public static boolean sameKeys(Dataset data, List<String> keys, int a, int b) {
        for (String k : keys) {
            Column c = data.column(k);
            if (c instanceof NumericColumn nc) {
                if (Double.compare(nc.get(a), nc.get(b)) != 0 && !(nc.get(a) == 0.0 && nc.get(b) == 0.0)) {
                    return false;
                }
            } else if (!((StringColumn) c).get(a).equals(((StringColumn) c).get(b))) {
                return false;
            }
        }
        return true;
    }
}
