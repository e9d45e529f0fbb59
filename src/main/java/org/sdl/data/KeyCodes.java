package org.sdl.data;

import java.util.Arrays;
import java.util.List;

/**
 * Dense integer codes for the key combinations of two datasets (merge): equal keys get equal
 * codes across both, and code order is the keys' sort order, so walking codes 0, 1, ... visits
 * the keys sorted. The codes are {@link KeyRanks} of master and using rows laid end to end: no
 * sort of the rows and no per-row objects.
 */
public final class KeyCodes {
    private final int[] left;
    private final int[] right;
    private final int count;

    private KeyCodes(int[] left, int[] right, int count) {
        this.left = left;
        this.right = right;
        this.count = count;
    }

    public static KeyCodes of(Dataset a, Dataset b, List<String> keys) {
        int na = a.nObs();
        int nb = b.nObs();
        KeyRanks all = null;
        for (String k : keys) {
            KeyRanks r = KeyRanks.ofKey(a.column(k), b.column(k));
            all = all == null ? r : all.then(r);
        }
        int[] ranks = all.ranks();
        int[] left = Arrays.copyOf(ranks, na);
        int[] right = Arrays.copyOfRange(ranks, na, na + nb);
        return new KeyCodes(left, right, all.count());
    }

    /** Code of row i of the first dataset. */
    public int left(int i) {
        return left[i];
    }

    /** Code of row j of the second dataset. */
    public int right(int j) {
        return right[j];
    }

    public int count() {
        return count;
    }

    /**
     * Rows of one side bucketed by code, in row order: rows of code c are
     * {@code rows[start[c]] .. rows[start[c + 1] - 1]}.
     */
    public static int[][] buckets(int[] codes, int count) {
        int[] start = new int[count + 1];
        for (int c : codes) {
            start[c + 1]++;
        }
        for (int c = 0; c < count; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, count);
        int[] rows = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            rows[fill[codes[i]]++] = i;
        }
        return new int[][] {start, rows};
    }

    public int[] leftCodes() {
        return left;
    }

    public int[] rightCodes() {
        return right;
    }
}
