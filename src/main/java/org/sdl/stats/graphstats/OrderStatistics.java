package org.sdl.stats.graphstats;

/**
 * Stata's (unweighted) percentiles of a large array without sorting it: quickselect finds the
 * order statistics the percentile rule needs in expected linear time, so a bandwidth or a box of
 * ten million values costs a few passes instead of an n log n sort.
 */
public final class OrderStatistics {
    private OrderStatistics() {}

    /**
     * Stata's percentile p (0-100) of values (summarize, detail): with P = n p / 100 and i = floor(P),
     * x(1) when i &lt; 1, x(n) when i &ge; n, the mean of x(i) and x(i+1) when P = i, else x(i+1).
     * The array is reordered (pass a copy).
     */
    public static double percentile(double[] work, double p) {
        int n = work.length;
        if (n == 0) {
            return Double.NaN;
        }
        double pos = n * p / 100.0;
        int i = (int) Math.floor(pos);
        if (i < 1) {
            return kth(work, 0);
        }
        if (i >= n) {
            return kth(work, n - 1);
        }
        double upper = kth(work, i);
        if (pos == i) {
            // after selecting index i, every value left of it is <= x(i+1): the largest is x(i)
            double lowerValue = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < i; j++) {
                lowerValue = Math.max(lowerValue, work[j]);
            }
            return (lowerValue + upper) / 2;
        }
        return upper;
    }

    /** The k-th smallest (0-based) value; reorders work so that work[k] holds it. */
    public static double kth(double[] work, int k) {
        int lo = 0;
        int hi = work.length - 1;
        while (hi > lo) {
            if (hi - lo < 16) {
                insertionSort(work, lo, hi);
                return work[k];
            }
            int mid = (lo + hi) >>> 1;
            double pivot = medianOf3(work[lo], work[mid], work[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (work[i] < pivot) {
                    i++;
                }
                while (work[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = work[i];
                    work[i] = work[j];
                    work[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return work[k];
            }
        }
        return work[k];
    }

    private static double medianOf3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void insertionSort(double[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
