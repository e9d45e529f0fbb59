package org.sdl.data;

/**
 * Keys stored as byte, int or long: ranked straight from the stored integers (missing codes
 * sit just above the largest long, in Stata's order) without converting every row to a double.
 * Grouping by a long with 1,000 values is then two passes over an int array.
 */
final class IntKeys {
    private static final int MISSING_CODES = 27;

    private IntKeys() {
    }

    /**
     * The values of the parts end to end in long's storage encoding, or null when some part is
     * not stored as integers. A single long column is used as it is (only read).
     */
    static int[] values(Column[] parts, int total) {
        for (Column c : parts) {
            if (!(c instanceof LongColumn || c instanceof IntColumn || c instanceof ByteColumn)) {
                return null;
            }
        }
        if (parts.length == 1 && parts[0] instanceof LongColumn l) {
            return l.raw();
        }
        int[] v = new int[total];
        int at = 0;
        for (Column c : parts) {
            if (c instanceof LongColumn l) {
                System.arraycopy(l.raw(), 0, v, at, c.size());
                at += c.size();
            } else if (c instanceof IntColumn ic) {
                for (short x : ic.raw()) {
                    v[at++] = x >= Missing.INT_DOT ? Missing.LONG_DOT + x - Missing.INT_DOT : x;
                }
            } else {
                for (byte x : ((ByteColumn) c).raw()) {
                    v[at++] = x >= Missing.BYTE_DOT ? Missing.LONG_DOT + x - Missing.BYTE_DOT : x;
                }
            }
        }
        return v;
    }

    /**
     * Dense ranks by indexing an array with value - min (missing values in the 27 slots after the
     * numbers); returns the number of distinct values, or -1 when the range needs more than
     * maxSlots slots (the caller then hashes).
     */
    static int directRanks(int[] v, int[] out, int maxSlots) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int x : v) {
            if (x < Missing.LONG_DOT) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        long span = min > max ? 0 : (long) max - min + 1;
        if (span + MISSING_CODES > maxSlots) {
            return -1;
        }
        int base = min > max ? 0 : min;
        int missingAt = (int) span;
        int[] rankOfSlot = new int[missingAt + MISSING_CODES];
        for (int i = 0; i < v.length; i++) {
            int x = v[i];
            int slot = x < Missing.LONG_DOT ? x - base : missingAt + x - Missing.LONG_DOT;
            out[i] = slot;
            rankOfSlot[slot] = 1;
        }
        int r = 0;
        for (int s = 0; s < rankOfSlot.length; s++) {
            int present = rankOfSlot[s];
            rankOfSlot[s] = r;
            r += present;
        }
        if (r == rankOfSlot.length || rankOfSlot[r] == r) {
            return r; // the used slots are exactly 0..r-1, so each slot already is its rank
        }
        for (int i = 0; i < v.length; i++) {
            out[i] = rankOfSlot[out[i]];
        }
        return r;
    }
}
