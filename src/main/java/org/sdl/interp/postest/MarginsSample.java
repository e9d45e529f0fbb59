package org.sdl.interp.postest;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.stats.margins.CoefficientStripe;

/**
 * The rows margins averages over: the estimation sample (e(sample)), narrowed by if/in and
 * subpop(), with the model's variables copied into primitive arrays once (margins then works
 * on arrays only) and the weights the model was fitted with.
 */
final class MarginsSample {
    final int[] rows;          // dataset row of each sample position
    final double[][] values;   // per stripe variable, per sample position
    final double[] weight;     // null when unweighted
    final double sumWeight;

    MarginsSample(Dataset data, CoefficientStripe stripe, boolean[] esample, boolean[] touse, double[] weightAll) {
        int n = data.nObs();
        if (esample != null && esample.length != n) {
            throw new SdlError(459, "data have changed since estimation (the number of observations differs)");
        }
        List<String> vars = stripe.variables();
        NumericColumn[] cols = new NumericColumn[vars.size()];
        for (int v = 0; v < cols.length; v++) {
            cols[v] = data.numeric(vars.get(v));
            if (cols[v] == null) {
                throw new SdlError(111, "variable " + vars.get(v) + " not found (it is in the model)");
            }
        }
        int[] tmp = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if ((esample != null && !esample[i]) || (touse != null && !touse[i])) {
                continue;
            }
            if (weightAll != null && (Missing.isMissing(weightAll[i]) || weightAll[i] <= 0)) {
                continue;
            }
            boolean ok = true;
            for (NumericColumn c : cols) {
                if (Missing.isMissing(c.get(i))) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                tmp[m++] = i;
            }
        }
        rows = java.util.Arrays.copyOf(tmp, m);
        values = new double[cols.length][m];
        for (int v = 0; v < cols.length; v++) {
            NumericColumn c = cols[v];
            double[] out = values[v];
            for (int t = 0; t < m; t++) {
                out[t] = c.get(rows[t]);
            }
        }
        if (weightAll != null) {
            weight = new double[m];
            double s = 0;
            for (int t = 0; t < m; t++) {
                weight[t] = weightAll[rows[t]];
                s += weight[t];
            }
            sumWeight = s;
        } else {
            weight = null;
            sumWeight = m;
        }
    }

    int size() {
        return rows.length;
    }

    /** Distinct values of a column over positions (ascending). */
    static double[] levels(double[] col, int[] positions) {
        java.util.TreeSet<Double> s = new java.util.TreeSet<>();
        if (positions == null) {
            for (double x : col) {
                s.add(x);
            }
        } else {
            for (int t : positions) {
                s.add(col[t]);
            }
        }
        return s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Weighted mean of a variable over positions (null = all). */
    double mean(int v, int[] positions) {
        double s = 0;
        double w = 0;
        int n = positions == null ? rows.length : positions.length;
        for (int i = 0; i < n; i++) {
            int t = positions == null ? i : positions[i];
            double wt = weight == null ? 1 : weight[t];
            s += wt * values[v][t];
            w += wt;
        }
        return s / w;
    }

    /** Weighted share of rows where variable v equals level. */
    double share(int v, double level, int[] positions) {
        double s = 0;
        double w = 0;
        int n = positions == null ? rows.length : positions.length;
        for (int i = 0; i < n; i++) {
            int t = positions == null ? i : positions[i];
            double wt = weight == null ? 1 : weight[t];
            if (values[v][t] == level) {
                s += wt;
            }
            w += wt;
        }
        return s / w;
    }

    /** A statistic of a variable over positions: min, max, median, pNN (unweighted order statistics). */
    double statistic(int v, String stat, int[] positions) {
        int n = positions == null ? rows.length : positions.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = values[v][positions == null ? i : positions[i]];
        }
        java.util.Arrays.sort(x);
        switch (stat) {
            case "min": return x[0];
            case "max": return x[n - 1];
            case "zero": return 0;
            case "median": return org.sdl.stats.descriptive.Percentiles.sorted(x, 50);
            default: return org.sdl.stats.descriptive.Percentiles.sorted(x, Double.parseDouble(stat.substring(1)));
        }
    }

    static List<Integer> all(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }
}
