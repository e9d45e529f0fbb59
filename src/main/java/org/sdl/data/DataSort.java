package org.sdl.data;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

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
    /** A first key with fewer distinct images than this is sorted by bucketing (see bucketThenSort). */
    private static final long BUCKET_KEY_LIMIT = 1 << 16;

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
        if (images.length > 1 && Long.compareUnsigned(images[0].max(), BUCKET_KEY_LIMIT) < 0) {
            bucketThenSort(images, perm, image);
            return perm;
        }
        RadixSort radix = new RadixSort(n);
        for (int k = images.length - 1; k >= 0; k--) {
            KeyImage key = images[k];
            // reading a later key through the permutation is random access: split it over threads
            int parts = n < PARALLEL_MIN ? 1 : PARTS;
            IntStream.range(0, parts).parallel().forEach(t ->
                key.fill(perm, image, (int) ((long) n * t / parts), (int) ((long) n * (t + 1) / parts)));
            radix.sort(perm, image, key.max());
        }
        return perm;
    }

    /**
     * A first key with few distinct images (sort g x, gsort -g x): one stable counting pass
     * groups the rows by it, then each group is radix sorted by the other keys on its own. The
     * groups are small enough to stay in cache, where sorting all rows by the later keys first
     * would make several passes over all of memory. Groups are shared out between two threads.
     */
    private static void bucketThenSort(KeyImage[] images, int[] perm, long[] image) {
        int n = perm.length;
        KeyImage first = images[0];
        first.fill(perm, image, 0, n);
        int[] start = new int[(int) first.max() + 2];
        for (long v : image) {
            start[(int) v + 1]++;
        }
        int largest = 0;
        for (int b = 0; b + 1 < start.length; b++) {
            largest = Math.max(largest, start[b + 1]);
            start[b + 1] += start[b];
        }
        int[] at = Arrays.copyOf(start, start.length - 1);
        for (int row = 0; row < n; row++) {
            perm[at[(int) image[row]]++] = row;
        }
        int parts = n < PARALLEL_MIN ? 1 : PARTS;
        int size = largest;
        IntStream.range(0, parts).parallel().forEach(t -> {
            RadixSort radix = new RadixSort(size);
            long lo = (long) n * t / parts;
            long hi = (long) n * (t + 1) / parts;
            for (int b = 0; b + 1 < start.length; b++) {
                // each thread takes the groups that begin in its share of the rows
                if (start[b] < lo || start[b] >= hi || start[b + 1] - start[b] < 2) {
                    continue;
                }
                for (int k = images.length - 1; k >= 1; k--) {
                    images[k].fill(perm, image, start[b], start[b + 1]);
                    radix.sort(perm, image, start[b], start[b + 1], images[k].max());
                }
            }
        });
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

    /**
     * Dense ranks 0..k-1 of the rows' key combinations in sort order: rows with equal keys get
     * equal ranks, and rank order is the sort order (ascending keys).
     */
    public static int[] keyRanks(Dataset data, List<String> keys) {
        return KeyRanks.of(data, keys).ranks();
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
