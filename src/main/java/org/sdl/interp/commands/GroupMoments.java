package org.sdl.interp.commands;

import java.util.Arrays;
import org.sdl.data.Missing;

/**
 * Count, sum, extremes and (on request) the sum of squared deviations of one variable in every
 * group, accumulated in row order into arrays indexed by group: egen's mean, sd, total, count,
 * min, max and std need no sorting: one pass for the sums, and one more only for a statistic
 * that needs deviations or extremes.
 */
final class GroupMoments {
    private final int[] count;
    private final double[] sum;
    private final double[] min;
    private final double[] max;
    private final double[] ss;

    private GroupMoments(int groups, boolean deviations) {
        count = new int[groups];
        sum = new double[groups];
        min = new double[groups];
        max = new double[groups];
        ss = deviations ? new double[groups] : null;
    }

    /**
     * @param x values per row (missing values are skipped)
     * @param group group per row, -1 for rows left out
     * @param deviations whether sd/std are wanted (a second pass, around each group's mean)
     * @param extremes whether min/max are wanted (another pass)
     */
    static GroupMoments of(double[] x, int[] group, int groups, boolean deviations, boolean extremes) {
        GroupMoments m = new GroupMoments(groups, deviations);
        for (int i = 0; i < x.length; i++) {
            int k = group[i];
            double v = x[i];
            if (k >= 0 && v < Missing.DOT) {
                m.count[k]++;
                m.sum[k] += v;
            }
        }
        if (extremes) {
            Arrays.fill(m.min, Double.POSITIVE_INFINITY);
            Arrays.fill(m.max, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < x.length; i++) {
                int k = group[i];
                double v = x[i];
                if (k >= 0 && v < Missing.DOT) {
                    m.min[k] = Math.min(m.min[k], v);
                    m.max[k] = Math.max(m.max[k], v);
                }
            }
        }
        if (deviations) {
            double[] mean = new double[groups];
            for (int k = 0; k < groups; k++) {
                mean[k] = m.sum[k] / m.count[k];
            }
            for (int i = 0; i < x.length; i++) {
                int k = group[i];
                double v = x[i];
                if (k >= 0 && v < Missing.DOT) {
                    double dv = v - mean[k];
                    m.ss[k] += dv * dv;
                }
            }
        }
        return m;
    }

    double mean(int k) {
        return count[k] == 0 ? Missing.DOT : sum[k] / count[k];
    }

    double sd(int k) {
        return count[k] > 1 ? Math.sqrt(ss[k] / (count[k] - 1)) : Missing.DOT;
    }

    /** The group statistic of the named egen function, one value per group. */
    double[] perGroup(String fcn) {
        int groups = count.length;
        double[] stat = new double[groups];
        for (int k = 0; k < groups; k++) {
            boolean none = count[k] == 0;
            switch (fcn) {
                case "mean": stat[k] = mean(k); break;
                case "sd": stat[k] = sd(k); break;
                case "total": case "sum": stat[k] = sum[k]; break;
                case "count": stat[k] = count[k]; break;
                case "min": stat[k] = none ? Missing.DOT : min[k]; break;
                case "max": stat[k] = none ? Missing.DOT : max[k]; break;
                default: stat[k] = 0;
            }
        }
        return stat;
    }

    /** The egen result per row: the group's statistic, or for std the row's standardized value. */
    double[] perRow(String fcn, double[] x, int[] group) {
        double[] out = new double[x.length];
        if (fcn.equals("std")) {
            double[] mean = perGroup("mean");
            double[] sd = perGroup("sd");
            for (int i = 0; i < out.length; i++) {
                int k = group[i];
                out[i] = k < 0 || Missing.isMissing(x[i]) || Missing.isMissing(sd[k]) ? Missing.DOT
                    : (x[i] - mean[k]) / sd[k];
            }
            return out;
        }
        double[] stat = perGroup(fcn);
        for (int i = 0; i < out.length; i++) {
            int k = group[i];
            out[i] = k < 0 ? Missing.DOT : stat[k];
        }
        return out;
    }
}
