package org.sdl.stats.causal;

import org.sdl.stats.EstimationResult;
import org.sdl.stats.design.Design;
import org.sdl.stats.ml.Link;

/**
 * Average partial effect of regressor k treated as continuous (margins, dydx()) over the
 * estimation sample, with its delta-method SE (covariates fixed): logit/probit mean f(xb) b_k;
 * ordered outcome c: mean[f(cut_{c-1} - xb) - f(cut_c - xb)] b_k. The gradient in the
 * coefficients is taken by central differences.
 */
final class AveragePartialEffect {
    private AveragePartialEffect() {}

    static double[] of(EstimationResult r, Design d, int k, int outcome) {
        Link link = KhbDecomposition.link(r.cmd());
        boolean ordered = r.cmd().startsWith("o");
        double[] b = r.b();
        double est = ape(b, d, k, link, ordered, outcome, r);
        int p = b.length;
        double[] g = new double[p];
        for (int j = 0; j < p; j++) {
            if (r.omitted(j)) {
                continue;
            }
            double h = 1e-6 * Math.max(1, Math.abs(b[j]));
            double[] up = b.clone();
            up[j] += h;
            double[] dn = b.clone();
            dn[j] -= h;
            g[j] = (ape(up, d, k, link, ordered, outcome, r) - ape(dn, d, k, link, ordered, outcome, r)) / (2 * h);
        }
        double var = 0;
        for (int a = 0; a < p; a++) {
            for (int c = 0; c < p; c++) {
                var += g[a] * r.v(a, c) * g[c];
            }
        }
        return new double[] {est, Math.sqrt(var)};
    }

    /** Regressor columns of d map to r's stripe in order; ordered models have no constant in e(b). */
    private static double ape(double[] b, Design d, int k, Link link, boolean ordered, int outcome, EstimationResult r) {
        int n = d.n();
        int cols = ordered ? d.k() - 1 : d.k();
        double sum = 0;
        int cats = ordered ? (int) r.scalar("k_cat") : 0;
        for (int i = 0; i < n; i++) {
            double xb = 0;
            for (int j = 0; j < cols; j++) {
                xb += d.x()[j][i] * b[j];
            }
            if (ordered) {
                double lower = outcome > 0 ? link.pdf(b[cols + outcome - 1] - xb) : 0;
                double upper = outcome < cats - 1 ? link.pdf(b[cols + outcome] - xb) : 0;
                sum += (lower - upper) * b[k];
            } else {
                sum += link.pdf(xb) * b[k];
            }
        }
        return sum / n;
    }
}
