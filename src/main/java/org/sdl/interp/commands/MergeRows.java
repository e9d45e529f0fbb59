package org.sdl.interp.commands;

import java.util.Arrays;

/**
 * The observations of a merge result as parallel primitive arrays: master row, using row (-1
 * where the side has no row) and the _merge code. Ten million result rows are three arrays,
 * not ten million small objects.
 */
final class MergeRows {
    private int[] master;
    private int[] using;
    private byte[] result;
    private int size;

    MergeRows(int capacity) {
        master = new int[Math.max(16, capacity)];
        using = new int[master.length];
        result = new byte[master.length];
    }

    void add(int masterRow, int usingRow, int code) {
        if (size == master.length) {
            int cap = size * 2;
            master = Arrays.copyOf(master, cap);
            using = Arrays.copyOf(using, cap);
            result = Arrays.copyOf(result, cap);
        }
        master[size] = masterRow;
        using[size] = usingRow;
        result[size++] = (byte) code;
    }

    int size() {
        return size;
    }

    int master(int r) {
        return master[r];
    }

    int using(int r) {
        return using[r];
    }

    int result(int r) {
        return result[r];
    }

    void setResult(int r, int code) {
        result[r] = (byte) code;
    }

    /** Drops the rows whose code is not allowed (keep()), keeping the order of the rest. */
    void keepOnly(boolean[] allowed) {
        int to = 0;
        for (int r = 0; r < size; r++) {
            if (allowed[result[r]]) {
                master[to] = master[r];
                using[to] = using[r];
                result[to++] = result[r];
            }
        }
        size = to;
    }

    /** The master rows of the result, -1 where there is none. */
    int[] masterRows() {
        return Arrays.copyOf(master, size);
    }

    /** The using rows of the result, -1 where there is none. */
    int[] usingRows() {
        return Arrays.copyOf(using, size);
    }

    /** Counts of each _merge code 0..5. */
    int[] counts() {
        int[] c = new int[6];
        for (int r = 0; r < size; r++) {
            c[result[r]]++;
        }
        return c;
    }
}
