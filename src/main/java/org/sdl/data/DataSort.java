package org.sdl.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable multi-key ordering of observations (sort, gsort, bysort). Missing values sort last
 * (they are the largest numbers), strings in byte order, and ties keep their current order.
 *
 * <p>Everything runs on primitive arrays and one pair quicksort of (long key, row) that breaks
 * ties by row, hence stable. One numeric key sorts its order-preserving bit patterns directly.
 * With several keys, each key but the last becomes ranks (one pair sort of its values, or a hash
 * map and a sort of the distinct strings) combined into an order-preserving composite rank; the
 * last key's rank is appended to it in a long and one final pair sort gives the permutation.
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
        int last = keys.size() - 1;
        if (last < 0) {
            return identity(n);
        }
        boolean lastDesc = descending != null && descending[last];
        long[] v = new long[n];
        Column lastCol = data.column(keys.get(last));
        if (last == 0 && lastCol instanceof NumericColumn nc && (!lastDesc || missingFirstWhenDescending)) {
            // one numeric key: sort its order-preserving bit patterns directly
            for (int i = 0; i < n; i++) {
                long s = sortable(nc.get(i));
                v[i] = lastDesc ? ~s : s;
            }
        } else {
            int[] comp = last == 0 ? null : keyRanks(data, keys.subList(0, last), descending, missingFirstWhenDescending, false);
            int[] r = new int[n];
            boolean[] d = descending == null ? null : new boolean[] {lastDesc};
            int u = rankColumn(lastCol, keys.get(last), r, d != null && d[0], missingFirstWhenDescending);
            for (int i = 0; i < n; i++) {
                v[i] = comp == null ? r[i] : (long) comp[i] * u + r[i];
            }
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = v[i - 1] <= v[i];
        }
        int[] perm = identity(n);
        if (!sorted) {
            sortPairs(v, perm, 0, n - 1);
        }
        return perm;
    }

    private static long sortable(double x) {
        long b = Double.doubleToLongBits(x == 0.0 ? 0.0 : x);
        return b ^ ((b >> 63) & Long.MAX_VALUE);
    }

    private static int rankColumn(Column c, String name, int[] r, boolean desc, boolean missingFirst) {
        if (c == null) {
            throw new DataException(111, "variable " + name + " not found");
        }
        return c instanceof NumericColumn nc ? numericRanks(nc, r, desc, missingFirst)
            : stringRanks((StringColumn) c, r, desc);
    }

    /**
     * Dense ranks 0..k-1 of the rows' key combinations in sort order: rows with equal keys get
     * equal ranks, and rank order is the sort order (ascending keys).
     */
    public static int[] keyRanks(Dataset data, List<String> keys) {
        return keyRanks(data, keys, null, true, true);
    }

    /** dense false: ranks keep the order but may have gaps (enough for sorting, saves a pass). */
    private static int[] keyRanks(Dataset data, List<String> keys, boolean[] descending, boolean missingFirst,
                                  boolean dense) {
        int n = data.nObs();
        int[] comp = new int[n];
        int card = 1;
        for (int k = 0; k < keys.size(); k++) {
            int[] r = new int[n];
            boolean desc = descending != null && descending[k];
            int u = rankColumn(data.column(keys.get(k)), keys.get(k), r, desc, missingFirst);
            if (k == 0) {
                comp = r;
                card = u;
                continue;
            }
            if (!dense && (long) card * u <= Integer.MAX_VALUE) {
                for (int i = 0; i < n; i++) {
                    comp[i] = comp[i] * u + r[i];
                }
                card *= u;
                continue;
            }
            long[] combined = new long[n];
            for (int i = 0; i < n; i++) {
                combined[i] = (long) comp[i] * u + r[i];
            }
            card = densify(combined, comp);
        }
        return comp;
    }

    /** Replaces values by their dense rank among the distinct values; returns the count. */
    private static int densify(long[] values, int[] out) {
        int n = values.length;
        long[] v = values.clone();
        int[] idx = identity(n);
        sortPairs(v, idx, 0, n - 1);
        int r = -1;
        for (int j = 0; j < n; j++) {
            if (j == 0 || v[j] != v[j - 1]) {
                r++;
            }
            out[idx[j]] = r;
        }
        return r + 1;
    }

    private static int numericRanks(NumericColumn c, int[] out, boolean desc, boolean missingFirst) {
        int n = c.size();
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = sortable(c.get(i));
        }
        int[] idx = identity(n);
        sortPairs(v, idx, 0, n - 1);
        int m = 0;
        int nonMissing = 0;
        for (int j = 0; j < n; j++) {
            if (j == 0 || v[j] != v[j - 1]) {
                m++;
                if (!Missing.isMissing(c.get(idx[j]))) {
                    nonMissing = m;
                }
            }
            out[idx[j]] = m - 1;
        }
        if (desc) {
            for (int i = 0; i < n; i++) {
                int r = out[i];
                out[i] = missingFirst ? m - 1 - r : r < nonMissing ? nonMissing - 1 - r : nonMissing + (m - 1 - r);
            }
        }
        return m;
    }

    private static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    /**
     * Sorts a[lo..hi] ascending, moving idx along, ties broken by idx (so the result is what a
     * stable sort gives). Quicksort with a median-of-three pivot; insertion sort below 24.
     */
    static void sortPairs(long[] a, int[] idx, int lo, int hi) {
        while (hi - lo > 23) {
            int mid = (lo + hi) >>> 1;
            if (less(a, idx, mid, lo)) {
                swap(a, idx, mid, lo);
            }
            if (less(a, idx, hi, lo)) {
                swap(a, idx, hi, lo);
            }
            if (less(a, idx, hi, mid)) {
                swap(a, idx, hi, mid);
            }
            long pa = a[mid];
            int pi = idx[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pa || (a[i] == pa && idx[i] < pi)) {
                    i++;
                }
                while (a[j] > pa || (a[j] == pa && idx[j] > pi)) {
                    j--;
                }
                if (i <= j) {
                    swap(a, idx, i, j);
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sortPairs(a, idx, lo, j);
                lo = i;
            } else {
                sortPairs(a, idx, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long ka = a[i];
            int ki = idx[i];
            int j = i - 1;
            while (j >= lo && (a[j] > ka || (a[j] == ka && idx[j] > ki))) {
                a[j + 1] = a[j];
                idx[j + 1] = idx[j];
                j--;
            }
            a[j + 1] = ka;
            idx[j + 1] = ki;
        }
    }

    private static boolean less(long[] a, int[] idx, int x, int y) {
        return a[x] < a[y] || (a[x] == a[y] && idx[x] < idx[y]);
    }

    private static void swap(long[] a, int[] idx, int x, int y) {
        long t = a[x];
        a[x] = a[y];
        a[y] = t;
        int u = idx[x];
        idx[x] = idx[y];
        idx[y] = u;
    }

    private static int stringRanks(StringColumn c, int[] out, boolean desc) {
        int n = c.size();
        Map<String, Integer> codes = new HashMap<>();
        String[] s = c.raw();
        for (int i = 0; i < n; i++) {
            codes.putIfAbsent(s[i], codes.size());
        }
        String[] u = codes.keySet().toArray(new String[0]);
        Arrays.sort(u);
        int[] rankOfCode = new int[u.length];
        for (int r = 0; r < u.length; r++) {
            rankOfCode[codes.get(u[r])] = desc ? u.length - 1 - r : r;
        }
        for (int i = 0; i < n; i++) {
            out[i] = rankOfCode[codes.get(s[i])];
        }
        return u.length;
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
