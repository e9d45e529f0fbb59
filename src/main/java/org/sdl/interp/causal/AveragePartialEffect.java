package org.sdl.interp.causal;

import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.interp.SdlError;
import org.sdl.interp.postest.StripeEvaluator;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.ml.Link;

/**
 * Average partial effect of a regressor treated as continuous (margins, dydx()) over e(sample),
 * with its delta-method SE (covariates fixed): logit/probit mean f(xb) b_x; ordered outcome k
 * mean[f(c_{k-1} - xb) - f(c_k - xb)] b_x. Gradients by central differences in the coefficients.
 */
final class AveragePartialEffect {
    private AveragePartialEffect() {}

    static double[] of(Dataset data, EstimationResult r, String x, String outcome) {
        int jx = r.indexOf(x);
        boolean[] s = r.sample();
        StripeEvaluator ev = new StripeEvaluator(data, r.names());
        int n = 0;
        for (boolean b : s) {
            if (b) {
                n++;
            }
        }
        int k = r.k();
        double[][] xs = new double[n][k];
        int row = 0;
        for (int i = 0; i < s.length; i++) {
            if (!s[i]) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                xs[row][j] = ev.isRegressor(j) && !r.omitted(j) ? ev.value(j, i) : 0;
                if (Missing.isMissing(xs[row][j])) {
                    xs[row][j] = 0;
                }
            }
            row++;
        }
        Link link = r.cmd().contains("logit") ? Link.LOGIT : Link.PROBIT;
        boolean ordered = r.cmd().startsWith("o");
        int outIdx = 0;
        if (ordered) {
            if (outcome == null) {
                throw new SdlError(198, "khb, ape after " + r.cmd() + " requires outcome(#)");
            }
            String[] levels = r.macro("cat").split(" ");
            outIdx = java.util.Arrays.asList(levels).indexOf(outcome.strip());
            if (outIdx < 0) {
                throw new SdlError(303, "outcome " + outcome + " not found");
            }
        }
        double[] b = r.b();
        double est = ape(b, xs, jx, link, ordered, outIdx, r);
        double[] g = new double[k];
        for (int j = 0; j < k; j++) {
            if (r.omitted(j)) {
                continue;
            }
            double h = 1e-6 * Math.max(1, Math.abs(b[j]));
            double[] up = b.clone();
            up[j] += h;
            double[] dn = b.clone();
            dn[j] -= h;
            g[j] = (ape(up, xs, jx, link, ordered, outIdx, r) - ape(dn, xs, jx, link, ordered, outIdx, r)) / (2 * h);
        }
        double var = 0;
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                var += g[a] * r.v(a, c) * g[c];
            }
        }
        return new double[] {est, Math.sqrt(var)};
    }

    private static double ape(double[] b, double[][] xs, int jx, Link link, boolean ordered, int outIdx,
                              EstimationResult r) {
        double sum = 0;
        int cats = ordered ? (int) r.scalar("k_cat") : 0;
        for (double[] row : xs) {
            double xb = 0;
            for (int j = 0; j < row.length; j++) {
                if (!r.names().get(j).startsWith("/")) {
                    xb += row[j] * b[j];
                }
            }
            if (ordered) {
                double lower = outIdx > 0 ? link.pdf(b[r.indexOf("/cut" + outIdx)] - xb) : 0;
                double upper = outIdx < cats - 1 ? link.pdf(b[r.indexOf("/cut" + (outIdx + 1))] - xb) : 0;
                sum += (lower - upper) * b[jx];
            } else {
                sum += link.pdf(xb) * b[jx];
            }
        }
        return sum / xs.length;
    }
}
