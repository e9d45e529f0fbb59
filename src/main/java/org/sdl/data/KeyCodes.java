package org.sdl.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense integer codes for the key combinations of two datasets (merge): equal keys get equal
 * codes across both. Numeric keys hash their bit patterns in a primitive open-addressing table,
 * multi-variable keys are combined one variable at a time (previous code x cardinality + code,
 * re-densified), so a row costs one or two primitive hash probes per key and boxes nothing.
 * Strings use one map from string to code.
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
        long[] comp = new long[na + nb];
        int card = 1;
        for (String k : keys) {
            int[] codes = new int[na + nb];
            int kc = codeColumn(a.column(k), b.column(k), codes);
            LongIntMap dense = new LongIntMap(Math.max(16, Math.min(na + nb, card * (long) kc) * 2));
            for (int i = 0; i < comp.length; i++) {
                comp[i] = dense.codeOf(comp[i] * kc + codes[i]);
            }
            card = dense.size();
        }
        int[] left = new int[na];
        int[] right = new int[nb];
        for (int i = 0; i < na; i++) {
            left[i] = (int) comp[i];
        }
        for (int j = 0; j < nb; j++) {
            right[j] = (int) comp[na + j];
        }
        return new KeyCodes(left, right, card);
    }

    /** Codes 0..k-1 of one key variable over the rows of a then b; returns k. */
    private static int codeColumn(Column ca, Column cb, int[] out) {
        int na = ca.size();
        if (ca instanceof StringColumn sa) {
            StringColumn sb = (StringColumn) cb;
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < out.length; i++) {
                String s = i < na ? sa.get(i) : sb.get(i - na);
                Integer c = m.get(s);
                if (c == null) {
                    c = m.size();
                    m.put(s, c);
                }
                out[i] = c;
            }
            return m.size();
        }
        NumericColumn xa = (NumericColumn) ca;
        NumericColumn xb = (NumericColumn) cb;
        LongIntMap m = new LongIntMap(Math.max(16, out.length / 4));
        for (int i = 0; i < out.length; i++) {
            double v = i < na ? xa.get(i) : xb.get(i - na);
            out[i] = m.codeOf(Double.doubleToLongBits(v == 0.0 ? 0.0 : v));
        }
        return m.size();
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

    /** long -> dense int codes in insertion order; open addressing with linear probing. */
    static final class LongIntMap {
        private long[] keys;
        private int[] vals;
        private boolean[] used;
        private int size;
        private int mask;

        LongIntMap(long capacity) {
            int cap = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, capacity)) - 1) << 1;
            keys = new long[cap];
            vals = new int[cap];
            used = new boolean[cap];
            mask = cap - 1;
        }

        int size() {
            return size;
        }

        int codeOf(long k) {
            int h = mix(k) & mask;
            while (used[h]) {
                if (keys[h] == k) {
                    return vals[h];
                }
                h = (h + 1) & mask;
            }
            used[h] = true;
            keys[h] = k;
            vals[h] = size++;
            if (size * 2 > keys.length) {
                grow();
            }
            return size - 1;
        }

        private void grow() {
            long[] ok = keys;
            int[] ov = vals;
            boolean[] ou = used;
            keys = new long[ok.length * 2];
            vals = new int[ok.length * 2];
            used = new boolean[ok.length * 2];
            mask = keys.length - 1;
            for (int i = 0; i < ok.length; i++) {
                if (ou[i]) {
                    int h = mix(ok[i]) & mask;
                    while (used[h]) {
                        h = (h + 1) & mask;
                    }
                    used[h] = true;
                    keys[h] = ok[i];
                    vals[h] = ov[i];
                }
            }
        }

        private static int mix(long k) {
            long x = k * 0x9E3779B97F4A7C15L;
            return (int) (x ^ (x >>> 32));
        }
    }
}
