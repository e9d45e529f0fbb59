package org.sdl.data;


/**
 * Most-significant-digit first ordering for large data: one stable counting pass puts the rows
 * into buckets by the top 16 bits of the first key's image, then each bucket is radix sorted on
 * its own by the other keys and the first key's remaining bits.
 *
 * <p>A bucket of up to a few hundred thousand rows stays in the processor caches while it is
 * sorted, where the plain LSD order ({@link RadixSort} over all rows, key by key) moves every row
 * through main memory once per digit of every key. {@code sort g x} buckets by g alone and sorts
 * 1,000 buckets by x; {@code sort x} of normal doubles buckets by sign, exponent and four
 * mantissa bits. Keys whose top bits leave one huge bucket (most rows in one value) are left to
 * the LSD order. Buckets are shared out between two threads.
 */
final class TopBucketSort {
    private static final int TOP_BITS = 16;
    /** A bucket larger than this would no longer be sorted in cache. */
    private static final int MAX_BUCKET = 1 << 19;

    private TopBucketSort() {
    }

    /**
     * Orders perm (the identity on entry) by the keys, the first most significant. Returns false,
     * leaving perm as it was, when the first key is wide and its top bits leave a bucket too large
     * to gain from this.
     */
    static boolean sort(KeyImage[] images, int[] perm, long[] image, int parts) {
        int n = perm.length;
        KeyImage first = images[0];
        int bits = Long.SIZE - Long.numberOfLeadingZeros(first.max());
        int lowBits = Math.max(0, bits - TOP_BITS);
        Parallelism.forEach(parts, t -> first.fill(perm, image, from(t, parts, n), from(t + 1, parts, n)));
        int[] start = new int[(1 << (bits - lowBits)) + 1];
        for (long v : image) {
            start[(int) (v >>> lowBits) + 1]++;
        }
        int largest = 0;
        for (int b = 0; b + 1 < start.length; b++) {
            largest = Math.max(largest, start[b + 1]);
            start[b + 1] += start[b];
        }
        if (lowBits > 0 && largest > MAX_BUCKET) {
            return false;
        }
        int[] at = java.util.Arrays.copyOf(start, start.length - 1);
        for (int row = 0; row < n; row++) {
            perm[at[(int) (image[row] >>> lowBits)]++] = row;
        }
        long lowMax = lowBits == 0 ? 0 : -1L >>> (Long.SIZE - lowBits);
        int size = largest;
        Parallelism.forEach(parts, t -> {
            RadixSort radix = new RadixSort(size);
            int lo = from(t, parts, n);
            int hi = from(t + 1, parts, n);
            for (int b = 0; b + 1 < start.length; b++) {
                int s = start[b];
                int e = start[b + 1];
                // each thread takes the buckets that begin in its share of the rows
                if (s < lo || s >= hi || e - s < 2) {
                    continue;
                }
                for (int k = images.length - 1; k >= 1; k--) {
                    images[k].fill(perm, image, s, e);
                    radix.sort(perm, image, s, e, images[k].max());
                }
                if (lowBits > 0) {
                    // the bucket shares the top bits, so the low bits finish the first key
                    first.fill(perm, image, s, e);
                    radix.sort(perm, image, s, e, lowMax);
                }
            }
        });
        return true;
    }

    private static int from(int part, int parts, int n) {
        return (int) ((long) n * part / parts);
    }
}
