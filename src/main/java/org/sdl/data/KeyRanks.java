package org.sdl.data;

import java.util.Arrays;
import java.util.List;

/**
 * Dense ranks 0..count-1 of key values in sort order (numbers, then . &lt; .a &lt; ... &lt; .z;
 * strings in byte order), computed without sorting the rows: equal keys get equal ranks and rank
 * order is key order. The rows may span several columns laid end to end (merge ranks master and
 * using keys together).
 *
 * <p>Integer-valued keys with a modest range index an array by value; other numbers hash their
 * order-preserving bits into a primitive table and only the distinct values are sorted; strings
 * go through {@link StringCodes}. Several keys combine one at a time into a rank of the pair
 * (left rank, right rank), by direct indexing when the product of the counts is small, else by
 * the same hash-then-sort-the-distinct step.
 */
public final class KeyRanks {
    /** Direct indexing is used while the slot array is no larger than this or the row count. */
    private static final int DIRECT_MIN = 1 << 16;
    private static final int MISSING_CODES = 27;

    private final int[] rank;
    private final int count;

    private KeyRanks(int[] rank, int count) {
        this.rank = rank;
        this.count = count;
    }

    /** Ranks of the rows' combinations of the given key variables of one dataset. */
    public static KeyRanks of(Dataset data, List<String> keys) {
        KeyRanks out = null;
        for (String k : keys) {
            Column c = data.column(k);
            if (c == null) {
                throw new DataException(111, "variable " + k + " not found");
            }
            KeyRanks r = ofKey(c);
            out = out == null ? r : out.then(r);
        }
        return out == null ? new KeyRanks(new int[data.nObs()], data.nObs() == 0 ? 0 : 1) : out;
    }

    /** Ranks of one key variable over the rows of the given parts in turn (all numeric or all string). */
    public static KeyRanks ofKey(Column... parts) {
        int total = 0;
        for (Column c : parts) {
            total += c.size();
        }
        int[] out = new int[total];
        if (parts[0] instanceof StringColumn) {
            StringColumn[] s = new StringColumn[parts.length];
            for (int p = 0; p < parts.length; p++) {
                s[p] = (StringColumn) parts[p];
            }
            return new KeyRanks(out, StringCodes.ranks(s, out));
        }
        int[] ints = IntKeys.values(parts, total);
        if (ints != null) {
            int count = IntKeys.directRanks(ints, out, Math.max(DIRECT_MIN, total));
            if (count >= 0) {
                return new KeyRanks(out, count);
            }
        }
        double[] v = parts.length == 1 ? values((NumericColumn) parts[0]) : new double[total];
        if (parts.length > 1) {
            int at = 0;
            for (Column c : parts) {
                System.arraycopy(values((NumericColumn) c), 0, v, at, c.size());
                at += c.size();
            }
        }
        return new KeyRanks(out, numeric(v, out));
    }

    /** The column's values as doubles; a double column's own array, which is only read. */
    private static double[] values(NumericColumn c) {
        return c instanceof DoubleColumn d ? d.raw() : c.toDoubles();
    }

    private static int numeric(double[] v, int[] out) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean integral = true;
        for (double x : v) {
            if (x < Missing.DOT) {
                min = Math.min(min, x);
                max = Math.max(max, x);
                integral &= x == Math.rint(x);
            }
        }
        long span = min > max ? 0 : (long) max - (long) min + 1;
        if (integral && max - min < Integer.MAX_VALUE && span + MISSING_CODES <= Math.max(DIRECT_MIN, v.length)) {
            return direct(v, out, min > max ? 0 : min, (int) span);
        }
        return hashed(v, out);
    }

    /** Integer keys: slot = value - min, missing values in the 27 slots after the numbers. */
    private static int direct(double[] v, int[] out, double min, int span) {
        int[] rankOfSlot = new int[span + MISSING_CODES];
        for (int i = 0; i < v.length; i++) {
            double x = v[i];
            int slot = x < Missing.DOT ? (int) (x - min) : span + Missing.code(x);
            out[i] = slot;
            rankOfSlot[slot] = 1;
        }
        int r = 0;
        for (int s = 0; s < rankOfSlot.length; s++) {
            int present = rankOfSlot[s];
            rankOfSlot[s] = r;
            r += present;
        }
        for (int i = 0; i < v.length; i++) {
            out[i] = rankOfSlot[out[i]];
        }
        return r;
    }

    private static int hashed(double[] v, int[] out) {
        LongIntMap codes = new LongIntMap(1024);
        for (int i = 0; i < v.length; i++) {
            out[i] = codes.codeOf(sortable(v[i]));
        }
        return rankCodes(codes, out);
    }

    /** Replaces first-appearance codes by the rank of their key among the distinct keys. */
    private static int rankCodes(LongIntMap codes, int[] out) {
        long[] keys = codes.keysByCode();
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        int[] rankOfCode = new int[keys.length];
        for (int c = 0; c < keys.length; c++) {
            rankOfCode[c] = Arrays.binarySearch(sorted, keys[c]);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = rankOfCode[out[i]];
        }
        return keys.length;
    }

    /**
     * Signed-comparable bits of x in double order, with -0 folded onto 0; missing values are the
     * largest doubles, so they follow every number in Stata's order.
     */
    static long sortable(double x) {
        long b = Double.doubleToLongBits(x == 0.0 ? 0.0 : x);
        return b ^ ((b >> 63) & Long.MAX_VALUE);
    }

    /** Ranks of the pairs (this rank, next rank), ordered by this key first. */
    public KeyRanks then(KeyRanks next) {
        int n = rank.length;
        int[] out = new int[n];
        long slots = (long) count * next.count;
        if (slots <= Math.max(DIRECT_MIN, n)) {
            int[] rankOfSlot = new int[(int) slots];
            for (int i = 0; i < n; i++) {
                int s = rank[i] * next.count + next.rank[i];
                out[i] = s;
                rankOfSlot[s] = 1;
            }
            int r = 0;
            for (int s = 0; s < rankOfSlot.length; s++) {
                int present = rankOfSlot[s];
                rankOfSlot[s] = r;
                r += present;
            }
            for (int i = 0; i < n; i++) {
                out[i] = rankOfSlot[out[i]];
            }
            return new KeyRanks(out, r);
        }
        LongIntMap codes = new LongIntMap(1024);
        for (int i = 0; i < n; i++) {
            out[i] = codes.codeOf((long) rank[i] * next.count + next.rank[i]);
        }
        return new KeyRanks(out, rankCodes(codes, out));
    }

    /** The rank of every row; rows of later parts follow those of earlier ones. */
    public int[] ranks() {
        return rank;
    }

    public int count() {
        return count;
    }
}
