package org.sdl.stats.graphstats;

import java.util.Locale;
import org.sdl.data.DoubleKeySort;
import org.sdl.stats.descriptive.Percentiles;

/**
 * The statistics graph bar, graph hbar and graph dot draw, computed per group as collapse does:
 * mean (default), median, p1..p99, sum, rawsum, count, percent, min, max, sd, semean, iqr. Weights are
 * fweights or aweights (null for none): means and percentiles are weighted, sum is sum(w y), rawsum
 * and min/max ignore weights, count is the sum of fweights (the number of observations otherwise),
 * percent is each group's share (in percent) of that count over all groups.
 */
public final class GroupStatistic {
    private GroupStatistic() {}

    /** Whether name is a statistic this class computes (p1..p99 included). */
    public static boolean known(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "mean", "median", "sum", "rawsum", "count", "percent", "min", "max", "sd", "semean", "iqr" -> true;
            default -> percentileOf(s) > 0;
        };
    }

    /** The percentile of a p# statistic name, or -1. */
    static int percentileOf(String s) {
        if (s.length() >= 2 && s.length() <= 3 && s.charAt(0) == 'p') {
            try {
                int p = Integer.parseInt(s.substring(1));
                return p >= 1 && p <= 99 ? p : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The statistic of y in each group.
     *
     * @param y values (nonmissing), one per observation
     * @param w weights or null
     * @param fweight whether w are frequency weights
     * @param group each observation's group, 0..groups-1
     * @return one value per group; NaN where the statistic cannot be computed (no observations, sd
     *     of one observation)
     */
    public static double[] compute(String stat, double[] y, double[] w, boolean fweight, int[] group, int groups) {
        String s = stat.toLowerCase(Locale.ROOT);
        int n = y.length;
        double[] out = new double[groups];
        double[] sw = new double[groups];
        double[] cnt = new double[groups];
        double[] sy = new double[groups];
        double[] raw = new double[groups];
        for (int i = 0; i < n; i++) {
            int g = group[i];
            double wi = w == null ? 1 : w[i];
            sw[g] += wi;
            cnt[g] += w == null || !fweight ? 1 : wi;
            sy[g] += wi * y[i];
            raw[g] += y[i];
        }
        switch (s) {
            case "mean":
                for (int g = 0; g < groups; g++) {
                    out[g] = sw[g] > 0 ? sy[g] / sw[g] : Double.NaN;
                }
                return out;
            case "sum":
                return sy;
            case "rawsum":
                return raw;
            case "count":
                return cnt;
            case "percent": {
                double all = 0;
                for (double c : cnt) {
                    all += c;
                }
                for (int g = 0; g < groups; g++) {
                    out[g] = all > 0 ? 100 * cnt[g] / all : Double.NaN;
                }
                return out;
            }
            case "min":
            case "max": {
                boolean min = s.equals("min");
                java.util.Arrays.fill(out, Double.NaN);
                for (int i = 0; i < n; i++) {
                    int g = group[i];
                    if (Double.isNaN(out[g]) || (min ? y[i] < out[g] : y[i] > out[g])) {
                        out[g] = y[i];
                    }
                }
                return out;
            }
            case "sd":
            case "semean": {
                double[] ss = new double[groups];
                for (int i = 0; i < n; i++) {
                    int g = group[i];
                    double d = y[i] - sy[g] / sw[g];
                    ss[g] += (w == null ? 1 : w[i]) * d * d;
                }
                for (int g = 0; g < groups; g++) {
                    double obs = w == null ? cnt[g] : fweight ? sw[g] : cnt[g];
                    // aweights: rescaled to sum to the number of observations, as summarize does
                    double var = w == null || fweight ? ss[g] / (obs - 1) : ss[g] / sw[g] * cnt[g] / (cnt[g] - 1);
                    double sd = obs > 1 ? Math.sqrt(var) : Double.NaN;
                    out[g] = s.equals("sd") ? sd : sd / Math.sqrt(obs);
                }
                return out;
            }
            default:
                break;
        }
        double[] ps;
        if (s.equals("median")) {
            ps = new double[] {50};
        } else if (s.equals("iqr")) {
            ps = new double[] {25, 75};
        } else {
            int p = percentileOf(s);
            if (p < 0) {
                throw new IllegalArgumentException("unknown statistic " + stat);
            }
            ps = new double[] {p};
        }
        // percentiles per group: order rows by (group, y) once, then read each group's slice
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        DoubleKeySort.sort(order, y, false);
        int[] start = new int[groups + 1];
        for (int i = 0; i < n; i++) {
            start[group[i] + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] fill = start.clone();
        double[] ys = new double[n];
        double[] ws = w == null ? null : new double[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int pos = fill[group[i]]++;
            ys[pos] = y[i];
            if (ws != null) {
                ws[pos] = w[i];
            }
        }
        for (int g = 0; g < groups; g++) {
            int from = start[g];
            int to = start[g + 1];
            if (from == to) {
                out[g] = Double.NaN;
                continue;
            }
            double[] q = new double[ps.length];
            for (int k = 0; k < ps.length; k++) {
                if (ws == null) {
                    q[k] = Percentiles.sorted(ys, from, to, ps[k]);
                } else {
                    q[k] = Percentiles.weighted(java.util.Arrays.copyOfRange(ys, from, to),
                        java.util.Arrays.copyOfRange(ws, from, to), ps[k]);
                }
            }
            out[g] = ps.length == 2 ? q[1] - q[0] : q[0];
        }
        return out;
    }
}
