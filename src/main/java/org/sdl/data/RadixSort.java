package org.sdl.data;

import java.util.Arrays;

/**
 * Stable LSD radix sort of row indices by unsigned 64-bit key images: the one ordering engine
 * behind sort, gsort, bysort and psmatch's score order.
 *
 * <p>Linear time and no comparisons, so ten million rows cost a few passes over two primitive
 * arrays instead of n log n random accesses. Passes only cover the bits the largest image uses
 * (a key with 1,000 distinct small integers needs one 10-bit pass, a double up to six), digits
 * are at most 11 bits so a pass's counters stay in the L1 cache, the digits shared by all rows
 * are found in one read of the images and skipped, and long passes are split over two threads
 * (each scatters its slice of the rows behind the earlier slice's rows of the same digit). Being stable, sorting
 * by the last key first and the first key last orders by all keys.
 */
public final class RadixSort {
    private static final int MAX_DIGIT_BITS = 11;
    /** Below this many rows a pass is too short to be worth splitting over threads. */
    private static final int PARALLEL_MIN = 1 << 17;
    /** Threads per pass: the machine kind this is tuned on has two cores. */
    private static final int MAX_PARTS = 2;

    private final int[] rowBuf;
    private final long[] imageBuf;
    /** Digit counters, reused by every range this instance sorts. */
    private final int[][] counts = new int[(Long.SIZE + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS][1 << MAX_DIGIT_BITS];

    /** Below this many rows a stable insertion sort beats the radix passes' counter setup. */
    private static final int INSERTION_MAX = 40;

    /** Scratch space for sorting up to n rows; reused across keys and ranges of one ordering. */
    public RadixSort(int n) {
        rowBuf = new int[n];
        imageBuf = new long[n];
    }

    /**
     * Reorders rows[0..n) stably by image[k] (the image of rows[k]); both arrays are permuted
     * together. Every image must lie in [0, maxImage] read as unsigned.
     */
    public void sort(int[] rows, long[] image, long maxImage) {
        sort(rows, image, 0, rows.length, maxImage);
    }

    /** As {@link #sort(int[], long[], long)} for positions [from, to) only. */
    public void sort(int[] rows, long[] image, int from, int to, long maxImage) {
        int n = to - from;
        int bits = Long.SIZE - Long.numberOfLeadingZeros(maxImage);
        if (n < 2 || bits == 0) {
            return;
        }
        if (n <= INSERTION_MAX) {
            insertionSort(rows, image, from, to);
            return;
        }
        int passes = (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        int digitBits = (bits + passes - 1) / passes;
        int buckets = 1 << digitBits;
        int[][] totals = histograms(image, from, to, passes, digitBits, buckets, counts);
        int parts = n < PARALLEL_MIN || n != rows.length ? 1 : Math.min(MAX_PARTS, Parallelism.threads());
        int[] src = rows;
        long[] srcImage = image;
        int srcAt = from;
        int[] dst = rowBuf;
        long[] dstImage = imageBuf;
        int dstAt = 0;
        for (int p = 0; p < passes; p++) {
            if (singleBucket(totals[p], n)) {
                continue; // every row has the same digit here: the pass would be the identity
            }
            int shift = p * digitBits;
            if (parts == 1) {
                int[] at = totals[p];
                int sum = dstAt;
                for (int b = 0; b < buckets; b++) {
                    int c = at[b];
                    at[b] = sum;
                    sum += c;
                }
                scatter(src, srcImage, dst, dstImage, srcAt, srcAt + n, at, shift, buckets - 1);
            } else {
                parallelPass(src, srcImage, dst, dstImage, parts, shift, buckets);
            }
            int[] t = src;
            src = dst;
            dst = t;
            long[] ti = srcImage;
            srcImage = dstImage;
            dstImage = ti;
            int ta = srcAt;
            srcAt = dstAt;
            dstAt = ta;
        }
        if (src != rows) {
            System.arraycopy(src, srcAt, rows, from, n);
            System.arraycopy(srcImage, srcAt, image, from, n);
        }
    }

    /** Stable: a row moves left only past strictly larger images. */
    private static void insertionSort(int[] rows, long[] image, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long v = image[i];
            int r = rows[i];
            int j = i - 1;
            while (j >= from && Long.compareUnsigned(image[j], v) > 0) {
                image[j + 1] = image[j];
                rows[j + 1] = rows[j];
                j--;
            }
            image[j + 1] = v;
            rows[j + 1] = r;
        }
    }

    /**
     * One pass split over threads: each counts the digits of its slice, then writes its slice
     * behind the earlier slices' rows of the same digit, so the result is what one stable pass
     * gives.
     */
    private static void parallelPass(int[] src, long[] srcImage, int[] dst, long[] dstImage, int parts, int shift,
                                     int buckets) {
        int n = src.length;
        long mask = buckets - 1;
        int[][] at = new int[parts][buckets];
        Parallelism.forEach(parts, t -> {
            int[] c = at[t];
            for (int k = from(t, parts, n), end = from(t + 1, parts, n); k < end; k++) {
                c[(int) ((srcImage[k] >>> shift) & mask)]++;
            }
        });
        int sum = 0;
        for (int b = 0; b < buckets; b++) {
            for (int t = 0; t < parts; t++) {
                int c = at[t][b];
                at[t][b] = sum;
                sum += c;
            }
        }
        Parallelism.forEach(parts, t ->
            scatter(src, srcImage, dst, dstImage, from(t, parts, n), from(t + 1, parts, n), at[t], shift, mask));
    }

    private static int from(int part, int parts, int n) {
        return (int) ((long) n * part / parts);
    }

    /** Moves rows [from, to) of src to their places given by the running bucket offsets at. */
    private static void scatter(int[] src, long[] srcImage, int[] dst, long[] dstImage, int from, int to, int[] at,
                                int shift, long mask) {
        for (int k = from; k < to; k++) {
            long v = srcImage[k];
            int d = at[(int) ((v >>> shift) & mask)]++;
            dst[d] = src[k];
            dstImage[d] = v;
        }
    }

    /** Counts of every digit position in one read of the images. */
    private static int[][] histograms(long[] image, int from, int to, int passes, int digitBits, int buckets,
                                      int[][] counts) {
        for (int p = 0; p < passes; p++) {
            Arrays.fill(counts[p], 0, buckets, 0);
        }
        long mask = buckets - 1;
        if (passes == 1) {
            int[] c0 = counts[0];
            for (int k = from; k < to; k++) {
                c0[(int) (image[k] & mask)]++;
            }
            return counts;
        }
        for (int k = from; k < to; k++) {
            long v = image[k];
            for (int p = 0; p < passes; p++) {
                counts[p][(int) ((v >>> (p * digitBits)) & mask)]++;
            }
        }
        return counts;
    }

    private static boolean singleBucket(int[] count, int n) {
        for (int c : count) { // counters past the digit's range are 0 and never reached
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
