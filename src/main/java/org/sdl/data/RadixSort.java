package org.sdl.data;

import java.util.Arrays;

/**
 * Stable LSD radix sort of row indices by unsigned 64-bit key images: the one ordering engine
 * behind sort, gsort, bysort and psmatch's score order.
 *
 * <p>Linear time and no comparisons, so ten million rows cost a few passes over two primitive
 * arrays instead of n log n random accesses. Passes only cover the bits the largest image uses
 * (a key with 1,000 distinct small integers needs one 10-bit pass, a double up to six), digits
 * are at most 11 bits so a pass's counters stay in the L1 cache, every digit histogram comes
 * from one read of the images, and a digit shared by all rows is skipped. Being stable, sorting
 * by the last key first and the first key last orders by all keys.
 */
public final class RadixSort {
    private static final int MAX_DIGIT_BITS = 11;

    private final int[] rowBuf;
    private final long[] imageBuf;

    /** Scratch space for sorting up to n rows; reused across the keys of one ordering. */
    public RadixSort(int n) {
        rowBuf = new int[n];
        imageBuf = new long[n];
    }

    /**
     * Reorders rows[0..n) stably by image[k] (the image of rows[k]); both arrays are permuted
     * together. Every image must lie in [0, maxImage] read as unsigned.
     */
    public void sort(int[] rows, long[] image, long maxImage) {
        int n = rows.length;
        int bits = Long.SIZE - Long.numberOfLeadingZeros(maxImage);
        if (n < 2 || bits == 0) {
            return;
        }
        int passes = (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        int digitBits = (bits + passes - 1) / passes;
        int buckets = 1 << digitBits;
        long mask = buckets - 1;
        int[][] counts = histograms(image, passes, digitBits, buckets);
        int[] src = rows;
        long[] srcImage = image;
        int[] dst = rowBuf;
        long[] dstImage = imageBuf;
        for (int p = 0; p < passes; p++) {
            int[] count = counts[p];
            if (singleBucket(count, n)) {
                continue; // every row has the same digit here: the pass would be the identity
            }
            int sum = 0;
            for (int b = 0; b < buckets; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            int shift = p * digitBits;
            for (int k = 0; k < n; k++) {
                long v = srcImage[k];
                int to = count[(int) ((v >>> shift) & mask)]++;
                dst[to] = src[k];
                dstImage[to] = v;
            }
            int[] t = src;
            src = dst;
            dst = t;
            long[] ti = srcImage;
            srcImage = dstImage;
            dstImage = ti;
        }
        if (src != rows) {
            System.arraycopy(src, 0, rows, 0, n);
            System.arraycopy(srcImage, 0, image, 0, n);
        }
    }

    /** Counts of every digit position in one read of the images. */
    private static int[][] histograms(long[] image, int passes, int digitBits, int buckets) {
        int[][] counts = new int[passes][buckets];
        long mask = buckets - 1;
        if (passes == 1) {
            int[] c0 = counts[0];
            for (long v : image) {
                c0[(int) (v & mask)]++;
            }
            return counts;
        }
        for (long v : image) {
            for (int p = 0; p < passes; p++) {
                counts[p][(int) ((v >>> (p * digitBits)) & mask)]++;
            }
        }
        return counts;
    }

    private static boolean singleBucket(int[] count, int n) {
        for (int c : count) {
            if (c == n) {
                return true;
            }
            if (c != 0) {
                return false;
            }
        }
        return false;
    }

    /** 0, 1, ..., n-1. */
    public static int[] identity(int n) {
        int[] idx = new int[n];
        Arrays.setAll(idx, i -> i);
        return idx;
    }
}
