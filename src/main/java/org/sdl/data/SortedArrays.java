package org.sdl.data;

/** Binary search in ascending double arrays, shared by grouped values, percentiles and matching. */
public final class SortedArrays {
    private SortedArrays() {}

    /** The first index k with a[k] >= v in the ascending array a, or a.length. */
    public static int lowerBound(double[] a, double v) {
        return lowerBound(a, v, 0, a.length);
    }

    /** The first index k in [lo, hi) with a[k] >= v, or hi. */
    public static int lowerBound(double[] a, double v, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
