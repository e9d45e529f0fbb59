package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;

/**
 * The statistics estpost posts, computed on primitive arrays: summarize (count, sum_w, mean,
 * Var, sd, min, max, sum), tabstat's statistics, one-way tabulate (b = count, pct, cumpct),
 * ttest by a two-level group (mu_1, mu_2, b = mu_1 - mu_2, se, t, p, N_1, N_2), and the
 * correlations of the first variable with the others (b = rho, p, count).
 */
final class PostedStats {
    /** Names (variables or levels), statistics by name (one value per name), the e(b) statistic. */
    record Result(List<String> names, Map<String, double[]> stats, String main, double n,
                  Map<String, Double> scalars, Map<String, String> macros) {}

    private PostedStats() {}

    /** The non-missing, in-sample values of v (all variables non-missing when listwise). */
    private static double[] values(Dataset d, String v, boolean[] touse, List<String> listwise) {
        NumericColumn c = EstpostCommand.numeric(d, v);
        List<NumericColumn> all = new ArrayList<>();
        for (String w : listwise) {
            all.add(EstpostCommand.numeric(d, w));
        }
        double[] out = new double[d.nObs()];
        int k = 0;
        rows:
        for (int i = 0; i < d.nObs(); i++) {
            if (touse != null && !touse[i]) {
                continue;
            }
            double x = c.get(i);
            if (Missing.isMissing(x)) {
                continue;
            }
            for (NumericColumn o : all) {
                if (Missing.isMissing(o.get(i))) {
                    continue rows;
                }
            }
            out[k++] = x;
        }
        return Arrays.copyOf(out, k);
    }

    static Result summarize(Dataset d, List<String> vars, boolean[] touse, boolean listwise) {
        return tabstat(d, vars, touse, listwise, "count sum_w mean Var sd min max sum", true);
    }

    static Result tabstat(Dataset d, List<String> vars, boolean[] touse, boolean listwise, String statistics,
                          boolean columnsStatistics) {
        if (!columnsStatistics) {
            throw new SdlError(198, "estpost tabstat: columns(variables) not supported; use columns(statistics)");
        }
        List<String> stats = new ArrayList<>(List.of(statistics.strip().split("\\s+")));
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String s : stats) {
            out.put(s.equals("n") || s.equals("N") ? "count" : s.equals("median") ? "p50" : s,
                new double[vars.size()]);
        }
        double n = 0;
        for (int j = 0; j < vars.size(); j++) {
            double[] x = values(d, vars.get(j), touse, listwise ? vars : List.of());
            n = Math.max(n, x.length);
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            for (Map.Entry<String, double[]> e : out.entrySet()) {
                e.getValue()[j] = stat(e.getKey(), x, sorted);
            }
        }
        return new Result(vars, out, out.keySet().iterator().next().equals("count") && out.containsKey("mean")
            ? "mean" : out.keySet().iterator().next(), n, Map.of(), Map.of());
    }

    private static double stat(String s, double[] x, double[] sorted) {
        int n = x.length;
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = n == 0 ? Missing.DOT : sum / n;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double var = n < 2 ? Missing.DOT : ss / (n - 1);
        switch (s) {
            case "count": return n;
            case "sum_w": return n;
            case "sum": return sum;
            case "mean": return mean;
            case "Var": case "var": case "variance": return var;
            case "sd": return n < 2 ? Missing.DOT : Math.sqrt(var);
            case "semean": return n < 2 ? Missing.DOT : Math.sqrt(var / n);
            case "cv": return n < 2 ? Missing.DOT : Math.sqrt(var) / mean;
            case "min": return n == 0 ? Missing.DOT : sorted[0];
            case "max": return n == 0 ? Missing.DOT : sorted[n - 1];
            case "range": return n == 0 ? Missing.DOT : sorted[n - 1] - sorted[0];
            case "iqr": return pct(sorted, 75) - pct(sorted, 25);
            default:
                if (s.matches("p\\d{1,2}")) {
                    return pct(sorted, Integer.parseInt(s.substring(1)));
                }
                throw new SdlError(198, "estpost tabstat: statistic " + s + " not supported");
        }
    }

    /** Stata's (unweighted) percentile: the mean of two order statistics when n*p/100 is whole. */
    static double pct(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) {
            return Missing.DOT;
        }
        double nq = n * p / 100;
        int i = (int) Math.floor(nq);
        if (nq == i) {
            return i == 0 ? sorted[0] : i >= n ? sorted[n - 1] : (sorted[i - 1] + sorted[i]) / 2;
        }
        return sorted[Math.min(n - 1, i)];
    }

    static Result tabulate(Dataset d, String var, boolean[] touse, boolean total) {
        Column c = d.column(var);
        if (!(c instanceof NumericColumn nc)) {
            throw new SdlError(198, "estpost tabulate: string variables not supported");
        }
        TreeMap<Double, long[]> counts = new TreeMap<>();
        long n = 0;
        for (int i = 0; i < d.nObs(); i++) {
            double v = nc.get(i);
            if ((touse != null && !touse[i]) || Missing.isMissing(v)) {
                continue;
            }
            counts.computeIfAbsent(v, x -> new long[1])[0]++;
            n++;
        }
        List<String> names = new ArrayList<>();
        int k = counts.size() + (total ? 1 : 0);
        double[] b = new double[k];
        double[] pct = new double[k];
        double[] cum = new double[k];
        int j = 0;
        double run = 0;
        Map<String, String> macros = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (Map.Entry<Double, long[]> e : counts.entrySet()) {
            double v = e.getKey();
            names.add(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
            String vl = EsttabCommand.labeler(d).valueLabel(var, v);
            labels.add(vl == null ? names.get(j) : vl);
            b[j] = e.getValue()[0];
            pct[j] = 100.0 * b[j] / n;
            run += pct[j];
            cum[j] = run;
            j++;
        }
        if (total) {
            names.add("Total");
            labels.add("Total");
            b[j] = n;
            pct[j] = 100;
            cum[j] = Missing.DOT;
        }
        Map<String, double[]> stats = new LinkedHashMap<>();
        stats.put("b", b);
        stats.put("count", b.clone());
        stats.put("pct", pct);
        stats.put("cumpct", cum);
        macros.put("labels", String.join(" ", labels.stream().map(l -> "\"" + l + "\"").toList()));
        macros.put("depvar", var);
        return new Result(names, stats, "b", n, Map.of(), macros);
    }

    static Result ttest(Dataset d, List<String> vars, boolean[] touse, String by, boolean unequal, boolean listwise) {
        NumericColumn g = EstpostCommand.numeric(d, by);
        TreeMap<Double, Boolean> levels = new TreeMap<>();
        for (int i = 0; i < d.nObs(); i++) {
            if ((touse == null || touse[i]) && !Missing.isMissing(g.get(i))) {
                levels.put(g.get(i), true);
            }
        }
        if (levels.size() != 2) {
            throw new SdlError(420, "estpost ttest: " + by + " must have exactly two groups");
        }
        double g1 = levels.firstKey();
        int k = vars.size();
        String[] keys = {"mu_1", "mu_2", "b", "se", "t", "p", "N_1", "N_2", "count"};
        Map<String, double[]> st = new LinkedHashMap<>();
        for (String key : keys) {
            st.put(key, new double[k]);
        }
        for (int j = 0; j < k; j++) {
            boolean[] in1 = new boolean[d.nObs()];
            boolean[] in2 = new boolean[d.nObs()];
            for (int i = 0; i < d.nObs(); i++) {
                boolean use = (touse == null || touse[i]) && !Missing.isMissing(g.get(i));
                in1[i] = use && g.get(i) == g1;
                in2[i] = use && g.get(i) != g1;
            }
            double[] a = values(d, vars.get(j), in1, listwise ? vars : List.of());
            double[] c = values(d, vars.get(j), in2, listwise ? vars : List.of());
            double m1 = stat("mean", a, a);
            double m2 = stat("mean", c, c);
            double v1 = stat("Var", a, a);
            double v2 = stat("Var", c, c);
            int n1 = a.length;
            int n2 = c.length;
            double se;
            double df;
            if (unequal) {
                se = Math.sqrt(v1 / n1 + v2 / n2);
                double q1 = v1 / n1;
                double q2 = v2 / n2;
                df = (q1 + q2) * (q1 + q2) / (q1 * q1 / (n1 - 1) + q2 * q2 / (n2 - 1));
            } else {
                df = n1 + n2 - 2;
                double pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / df;
                se = Math.sqrt(pooled * (1.0 / n1 + 1.0 / n2));
            }
            double diff = m1 - m2;
            double t = diff / se;
            double p = Double.isFinite(t) && df > 0 ? 2 * new TDistribution(df).cumulativeProbability(-Math.abs(t)) : Missing.DOT;
            double[] vals = {m1, m2, diff, se, Double.isFinite(t) ? t : Missing.DOT, p, n1, n2, n1 + n2};
            for (int q = 0; q < keys.length; q++) {
                st.get(keys[q])[j] = vals[q];
            }
        }
        return new Result(vars, st, "b", 0, Map.of(), Map.of("by", by));
    }

    static Result correlate(Dataset d, List<String> vars, boolean[] touse, boolean matrix, boolean listwise) {
        if (matrix) {
            throw new SdlError(198, "estpost correlate: option matrix not supported");
        }
        String first = vars.get(0);
        List<String> others = vars.subList(1, vars.size());
        double[] rho = new double[others.size()];
        double[] p = new double[others.size()];
        double[] cnt = new double[others.size()];
        NumericColumn x = EstpostCommand.numeric(d, first);
        for (int j = 0; j < others.size(); j++) {
            NumericColumn y = EstpostCommand.numeric(d, others.get(j));
            double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
            long n = 0;
            rows:
            for (int i = 0; i < d.nObs(); i++) {
                if ((touse != null && !touse[i]) || Missing.isMissing(x.get(i)) || Missing.isMissing(y.get(i))) {
                    continue;
                }
                if (listwise) {
                    for (String v : vars) {
                        if (Missing.isMissing(EstpostCommand.numeric(d, v).get(i))) {
                            continue rows;
                        }
                    }
                }
                double a = x.get(i);
                double b = y.get(i);
                sx += a;
                sy += b;
                sxx += a * a;
                syy += b * b;
                sxy += a * b;
                n++;
            }
            double cov = sxy - sx * sy / n;
            double r = cov / Math.sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
            rho[j] = Double.isFinite(r) ? r : Missing.DOT;
            double t = r * Math.sqrt((n - 2) / (1 - r * r));
            p[j] = n > 2 && Double.isFinite(t) ? 2 * new TDistribution(n - 2).cumulativeProbability(-Math.abs(t)) : Missing.DOT;
            cnt[j] = n;
        }
        Map<String, double[]> st = new LinkedHashMap<>();
        st.put("b", rho);
        st.put("rho", rho.clone());
        st.put("p", p);
        st.put("count", cnt);
        return new Result(others, st, "b", 0, Map.of(), Map.of("depvar", first));
    }
}
