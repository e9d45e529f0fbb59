package org.sdl.data;

import java.util.Arrays;

/**
 * long -> dense int codes in order of first appearance, without boxing: open addressing with
 * linear probing on primitive arrays. Grouping and merge code every row's key bits through it,
 * so a lookup is one multiply, a mask and usually one probe.
 */
final class LongIntMap {
    private long[] keys;
    private int[] vals;
    private boolean[] used;
    private long[] inOrder;
    private int size;
    private int mask;
    private int shift;

    LongIntMap(long capacity) {
        int cap = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, capacity)) - 1) << 1;
        keys = new long[cap];
        vals = new int[cap];
        used = new boolean[cap];
        inOrder = new long[16];
        mask = cap - 1;
        shift = Long.SIZE - Integer.numberOfTrailingZeros(cap);
    }

    int size() {
        return size;
    }

    /** The code of k, assigning the next one when k is new. */
    int codeOf(long k) {
        int h = slot(k);
        while (used[h]) {
            if (keys[h] == k) {
                return vals[h];
            }
            h = (h + 1) & mask;
        }
        used[h] = true;
        keys[h] = k;
        vals[h] = size;
        if (size == inOrder.length) {
            inOrder = Arrays.copyOf(inOrder, size * 2);
        }
        inOrder[size++] = k;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** The distinct keys, indexed by code. */
    long[] keysByCode() {
        return Arrays.copyOf(inOrder, size);
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = vals;
        boolean[] ou = used;
        keys = new long[ok.length * 2];
        vals = new int[ok.length * 2];
        used = new boolean[ok.length * 2];
        mask = keys.length - 1;
        shift--;
        for (int i = 0; i < ok.length; i++) {
            if (ou[i]) {
                int h = slot(ok[i]);
                while (used[h]) {
                    h = (h + 1) & mask;
                }
                used[h] = true;
                keys[h] = ok[i];
                vals[h] = ov[i];
            }
        }
    }

    /**
     * Fibonacci hashing, taking the product's top bits: they depend on every bit of k, so
     * doubles that differ only in exponent and leading mantissa bits still spread.
     */
    private int slot(long k) {
        return (int) ((k * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
