package org.sdl.stats.causal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * psmatch2's estimator given the propensity score: common support, matching (or kernel/llr
 * weighting), the ATT with psmatch2's (v4.0.12) standard error
 * sqrt(Var1/N1 + Var0 * sum w_j^2 / N1^2), Var0 over controls used at least once, and with
 * ate also ATU and ATE.
 */
public final class PsMatch {
    private PsMatch() {}

    /** Everything the command stores and prints. */
    public record Result(Matching.Result treatedSide, Matching.Result controlSide, boolean[] support,
                         double att, double se, double atu, double ate, Map<String, Object> stats,
                         double[] smoothed) {}

    public static Result estimate(boolean[] treated, double[] score, double[] y, MatchOptions opt) {
        int n = score.length;
        boolean[] onSupport = new boolean[n];
        java.util.Arrays.fill(onSupport, true);
        double min0 = Double.POSITIVE_INFINITY;
        double max0 = Double.NEGATIVE_INFINITY;
        double min1 = Double.POSITIVE_INFINITY;
        double max1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (treated[i]) {
                min1 = Math.min(min1, score[i]);
                max1 = Math.max(max1, score[i]);
            } else {
                min0 = Math.min(min0, score[i]);
                max0 = Math.max(max0, score[i]);
            }
        }
        if (opt.common()) {
            for (int i = 0; i < n; i++) {
                if (treated[i] && (score[i] < min0 || score[i] > max0)) {
                    onSupport[i] = false;
                }
                if (opt.ate() && !treated[i] && (score[i] < min1 || score[i] > max1)) {
                    onSupport[i] = false;
                }
            }
        }
        double[] yMatch = y;
        double[] smoothed = null;
        MatchOptions nnOpt = opt;
        if (opt.method() == MatchOptions.Method.LLR) {
            smoothed = LocalLinear.smoothControls(treated, score, y, opt.bandwidth());
            yMatch = smoothed;
            nnOpt = new MatchOptions(MatchOptions.Method.NEAREST, opt.neighbors(), opt.caliper(), opt.kernel(),
                opt.bandwidth(), opt.common(), opt.ties(), opt.noReplacement(), opt.descending(), opt.ate());
        }
        Matching.Result t = new Matching(score, y, nnOpt).match(treated, onSupport, yMatch);
        boolean[] support = new boolean[n];
        for (int i = 0; i < n; i++) {
            support[i] = treated[i] ? t.support[i] : onSupport[i];
        }
        double n1 = 0;
        double sumY1 = 0;
        double sumM = 0;
        for (int i = 0; i < n; i++) {
            if (treated[i] && support[i]) {
                n1++;
                sumY1 += y[i];
                sumM += t.matchedY[i];
            }
        }
        if (n1 == 0) {
            throw new org.sdl.data.DataException(2000, "no treated observation could be matched to a control on common support");
        }
        double att = (sumY1 - sumM) / n1;
        double var1 = variance(y, i -> treated[i] && support[i]);
        double var0 = variance(y, i -> !treated[i] && t.weight[i] > 0);
        double sw2 = 0;
        int matchedControls = 0;
        for (int i = 0; i < n; i++) {
            if (!treated[i] && t.weight[i] > 0) {
                sw2 += t.weight[i] * t.weight[i];
                matchedControls++;
            }
        }
        double se = Math.sqrt(var1 / n1 + var0 * sw2 / (n1 * n1));
        Matching.Result c = null;
        double atu = Double.NaN;
        double ate = Double.NaN;
        int n0 = 0;
        int offSupport = 0;
        for (int i = 0; i < n; i++) {
            if (!treated[i] && support[i]) {
                n0++;
            }
            if (!support[i]) {
                offSupport++;
            }
        }
        if (opt.ate()) {
            boolean[] flipped = new boolean[n];
            for (int i = 0; i < n; i++) {
                flipped[i] = !treated[i];
            }
            c = new Matching(score, y, nnOpt).match(flipped, onSupport, y);
            double s = 0;
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (!treated[i] && c.support[i]) {
                    s += c.matchedY[i] - y[i];
                    m++;
                }
            }
            atu = s / m;
            ate = (n1 * att + m * atu) / (n1 + m);
        }
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("att", att);
        stats.put("se", se);
        stats.put("t", att / se);
        stats.put("n_treated", n1);
        stats.put("n_controls", (double) n0);
        stats.put("n_off_support", (double) offSupport);
        stats.put("n_matched_controls", (double) matchedControls);
        stats.put("mean_treated", sumY1 / n1);
        stats.put("mean_matched_controls", sumM / n1);
        if (opt.ate()) {
            stats.put("atu", atu);
            stats.put("ate", ate);
        }
        return new Result(t, c, support, att, se, atu, ate, stats, smoothed);
    }

    interface Rows {
        boolean test(int i);
    }

    static double variance(double[] y, Rows include) {
        double s = 0;
        int m = 0;
        for (int i = 0; i < y.length; i++) {
            if (include.test(i)) {
                s += y[i];
                m++;
            }
        }
        if (m < 2) {
            return 0;
        }
        double mean = s / m;
        double ss = 0;
        for (int i = 0; i < y.length; i++) {
            if (include.test(i)) {
                ss += (y[i] - mean) * (y[i] - mean);
            }
        }
        return ss / (m - 1);
    }
}
