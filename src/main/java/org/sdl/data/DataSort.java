package org.sdl.data;

import java.util.List;

/**
 * Stable multi-key ordering of observations (sort, gsort, bysort). Missing values sort last
 * (they are the largest numbers), strings in byte order, and ties keep their current order.
 */
public final class DataSort {
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
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Column[] cols = new Column[keys.size()];
        double[][] nums = new double[keys.size()][];
        for (int k = 0; k < keys.size(); k++) {
            cols[k] = data.column(keys.get(k));
            if (cols[k] instanceof NumericColumn nc) {
                nums[k] = nc.toDoubles();
            }
        }
        java.util.Arrays.sort(idx, (a, b) -> {
            for (int k = 0; k < cols.length; k++) {
                int c;
                if (nums[k] != null) {
                    c = Double.compare(nums[k][a], nums[k][b]);
                    if (c != 0 && !missingFirstWhenDescending && descending != null && descending[k]) {
                        boolean ma = Missing.isMissing(nums[k][a]);
                        boolean mb = Missing.isMissing(nums[k][b]);
                        if (ma != mb) {
                            return ma ? 1 : -1;
                        }
                    }
                } else {
                    c = ((StringColumn) cols[k]).get(a).compareTo(((StringColumn) cols[k]).get(b));
                }
                if (c != 0) {
                    return descending != null && descending[k] ? -c : c;
                }
            }
            return Integer.compare(a, b);
        });
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = idx[i];
        }
        return perm;
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
                if (Double.compare(nc.get(a), nc.get(b)) != 0) {
                    return false;
                }
            } else if (!((StringColumn) c).get(a).equals(((StringColumn) c).get(b))) {
                return false;
            }
        }
        return true;
    }
}
