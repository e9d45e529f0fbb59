package org.sdl.interp.commands;

import java.util.Arrays;
import org.sdl.data.GroupedValues;
import org.sdl.data.Missing;
import org.sdl.interp.SdlError;
import org.sdl.stats.descriptive.Percentiles;

/**
 * One statistic of one variable for every group at once (collapse): each row carries a group id
 * (-1 when left out), sums and extremes accumulate in arrays indexed by group in one pass over the
 * rows, and order statistics come from one grouped sorted array. Weights follow Stata's collapse:
 * fweights count as replicated rows; aweights are normalized to sum to the number of observations
 * (so sum is s*n/sw and sd uses sw(n-1)/n); percentiles are weighted.
 */
final class GroupStats {
    private final int[] group;
    private final int groups;
    private final double[] w;
    private final String weightKind;
    private int[] first;
    private int[] last;

    GroupStats(int[] group, int groups, double[] w, String weightKind) {
        this.group = group;
        this.groups = groups;
        this.w = w;
        this.weightKind = weightKind;
    }

    /** First and last row of every group, found on the first (first) or (last) statistic. */
    private void findEnds() {
        if (first != null) {
            return;
        }
        first = new int[groups];
        last = new int[groups];
        Arrays.fill(first, -1);
        for (int i = 0; i < group.length; i++) {
            int k = group[i];
            if (k >= 0) {
                if (first[k] < 0) {
                    first[k] = i;
                }
                last[k] = i;
            }
        }
    }

    static boolean known(String stat) {
        return stat.matches("mean|sd|sum|rawsum|count|min|max|median|iqr|first|last|firstnm|lastnm|p\\d+(\\.\\d+)?");
    }

    double[] compute(String stat, double[] x) {
        double[] out = new double[groups];
        switch (stat) {
            case "first": case "last":
                findEnds();
                for (int k = 0; k < groups; k++) {
                    int row = stat.equals("first") ? first[k] : last[k];
                    out[k] = row < 0 ? Missing.DOT : x[row];
                }
                return out;
            case "firstnm": case "lastnm": {
                Arrays.fill(out, Missing.DOT);
                boolean firstNm = stat.equals("firstnm");
                boolean[] seen = new boolean[groups];
                for (int i = 0; i < x.length; i++) {
                    int k = group[i];
                    if (k >= 0 && !Missing.isMissing(x[i]) && (!firstNm || !seen[k])) {
                        out[k] = x[i];
                        seen[k] = true;
                    }
                }
                return out;
            }
            case "min": case "max": {
                Arrays.fill(out, Missing.DOT);
                boolean min = stat.equals("min");
                for (int i = 0; i < x.length; i++) {
                    int k = group[i];
                    if (k >= 0 && !Missing.isMissing(x[i])
                        && (Missing.isMissing(out[k]) || (min ? x[i] < out[k] : x[i] > out[k]))) {
                        out[k] = x[i];
                    }
                }
                return out;
            }
            case "median": return percentile(x, 50);
            case "iqr": {
                double[] hi = percentile(x, 75);
                double[] lo = percentile(x, 25);
                for (int k = 0; k < groups; k++) {
                    out[k] = Missing.isMissing(hi[k]) ? Missing.DOT : hi[k] - lo[k];
                }
                return out;
            }
            default:
                if (stat.startsWith("p") && stat.length() > 1 && Character.isDigit(stat.charAt(1))) {
                    double p = Double.parseDouble(stat.substring(1));
                    if (p <= 0 || p >= 100) {
                        throw new SdlError(198, "collapse: (" + stat + ") percentile must be between 0 and 100");
                    }
                    return percentile(x, p);
                }
                return moments(stat, x);
        }
    }

    private double[] moments(String stat, double[] x) {
        double[] n = new double[groups];
        double[] sw = new double[groups];
        double[] s = new double[groups];
        for (int i = 0; i < x.length; i++) {
            int k = group[i];
            if (k >= 0 && !Missing.isMissing(x[i])) {
                double wi = w == null ? 1 : w[i];
                n[k]++;
                sw[k] += wi;
                s[k] += wi * x[i];
            }
        }
        double[] out = new double[groups];
        boolean fw = "fweight".equals(weightKind);
        switch (stat) {
            case "count":
                for (int k = 0; k < groups; k++) {
                    out[k] = fw || "iweight".equals(weightKind) ? sw[k] : n[k];
                }
                return out;
            case "rawsum": case "sum":
                double[] raw = s;
                if (stat.equals("rawsum") && w != null) {
                    raw = new double[groups];
                    for (int i = 0; i < x.length; i++) {
                        if (group[i] >= 0 && !Missing.isMissing(x[i])) {
                            raw[group[i]] += x[i];
                        }
                    }
                }
                for (int k = 0; k < groups; k++) {
                    out[k] = stat.equals("sum") && "aweight".equals(weightKind) && sw[k] != 0 ? s[k] * n[k] / sw[k] : raw[k];
                }
                return out;
            case "mean":
                for (int k = 0; k < groups; k++) {
                    out[k] = n[k] == 0 ? Missing.DOT : s[k] / sw[k];
                }
                return out;
            case "sd": {
                double[] ss = new double[groups];
                for (int i = 0; i < x.length; i++) {
                    int k = group[i];
                    if (k >= 0 && !Missing.isMissing(x[i])) {
                        double d = x[i] - s[k] / sw[k];
                        ss[k] += (w == null ? 1 : w[i]) * d * d;
                    }
                }
                for (int k = 0; k < groups; k++) {
                    double denom = w == null || fw ? sw[k] - 1 : sw[k] * (n[k] - 1) / n[k];
                    out[k] = n[k] > 1 && denom > 0 ? Math.sqrt(ss[k] / denom) : Missing.DOT;
                }
                return out;
            }
            default:
                throw new SdlError(198, "collapse: unknown statistic (" + stat + ")");
        }
    }

    private double[] percentile(double[] x, double p) {
        double[] out = new double[groups];
        if (w == null) {
            GroupedValues gv = GroupedValues.of(x, group, groups);
            for (int k = 0; k < groups; k++) {
                out[k] = gv.count(k) == 0 ? Missing.DOT : Percentiles.sorted(gv.values(), gv.start(k), gv.end(k), p);
            }
            return out;
        }
        // weighted: bucket rows by group (counting sort), then a weighted percentile per bucket
        int[] start = new int[groups + 1];
        for (int i = 0; i < x.length; i++) {
            if (group[i] >= 0 && !Missing.isMissing(x[i])) {
                start[group[i] + 1]++;
            }
        }
        for (int k = 0; k < groups; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = Arrays.copyOf(start, groups);
        double[] vx = new double[start[groups]];
        double[] vw = new double[start[groups]];
        for (int i = 0; i < x.length; i++) {
            if (group[i] >= 0 && !Missing.isMissing(x[i])) {
                int at = fill[group[i]]++;
                vx[at] = x[i];
                vw[at] = w[i];
            }
        }
        for (int k = 0; k < groups; k++) {
            out[k] = start[k] == start[k + 1] ? Missing.DOT : Percentiles.weighted(
                Arrays.copyOfRange(vx, start[k], start[k + 1]), Arrays.copyOfRange(vw, start[k], start[k + 1]), p);
        }
        return out;
    }
}
