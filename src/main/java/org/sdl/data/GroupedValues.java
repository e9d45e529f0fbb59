package org.sdl.data;

import java.util.Arrays;

/**
 * The non-missing values of one variable bucketed by group and sorted within each group, in one
 * primitive array: group g owns {@code values[start(g), end(g))}. Built with a counting pass and
 * one sort per group, so order statistics (median, percentiles, ranks, winsorizing cutpoints) of
 * every group cost O(n log n) in total and box nothing.
 */
public final class GroupedValues {
    private final double[] values;
    private final int[] start;

    private GroupedValues(double[] values, int[] start) {
        this.values = values;
        this.start = start;
    }

    /**
     * @param x values per row (missing values are skipped)
     * @param group group id per row, -1 for rows left out
     * @param groups number of groups
     */
    public static GroupedValues of(double[] x, int[] group, int groups) {
        int[] start = new int[groups + 1];
        for (int i = 0; i < x.length; i++) {
            if (group[i] >= 0 && !Missing.isMissing(x[i])) {
                start[group[i] + 1]++;
            }
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] fill = Arrays.copyOf(start, groups);
        double[] values = new double[start[groups]];
        for (int i = 0; i < x.length; i++) {
            if (group[i] >= 0 && !Missing.isMissing(x[i])) {
                values[fill[group[i]]++] = x[i];
            }
        }
        for (int g = 0; g < groups; g++) {
            Arrays.sort(values, start[g], start[g + 1]);
        }
        return new GroupedValues(values, start);
    }

    /** One group holding the selected rows (no by()). */
    public static GroupedValues of(double[] x, boolean[] selected) {
        int[] g = new int[x.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = selected == null || selected[i] ? 0 : -1;
        }
        return of(x, g, 1);
    }

    public int groups() {
        return start.length - 1;
    }

    /** The shared sorted array; group g is the slice [start(g), end(g)). */
    public double[] values() {
        return values;
    }

    public int start(int g) {
        return start[g];
    }

    public int end(int g) {
        return start[g + 1];
    }

    public int count(int g) {
        return start[g + 1] - start[g];
    }

    /** First index in group g's slice whose value is &gt;= v. */
    public int lowerBound(int g, double v) {
        return SortedArrays.lowerBound(values, v, start[g], start[g + 1]);
    }

    /** First index in group g's slice whose value is &gt; v. */
    public int upperBound(int g, double v) {
        int lo = start[g];
        int hi = start[g + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
