package org.sdl.interp.commands.output;

import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.stats.EstimationResult;

/**
 * Standardized (beta) coefficients for esttab's beta: b * sd(x) / sd(y), the standard
 * deviations over the estimation sample (unweighted, as Stata's regress, beta). Terms that are
 * not a plain variable of the data (factor levels, interactions, _cons) get no beta (missing).
 */
final class Betas {
    private Betas() {}

    static double[] of(Dataset d, EstimationResult e) {
        double[] out = new double[e.k()];
        java.util.Arrays.fill(out, Double.NaN);
        String dep = e.depvar() == null ? "" : e.depvar().split("\\s+")[0];
        if (d == null || !d.has(dep) || !(d.column(dep) instanceof NumericColumn)) {
            return out;
        }
        boolean[] sample = e.sample();
        int n = d.nObs();
        double sy = sd((NumericColumn) d.column(dep), sample, n);
        for (int j = 0; j < e.k(); j++) {
            String name = e.names().get(j);
            if (e.omitted(j) || !name.matches("(c\\.)?[A-Za-z_][A-Za-z0-9_]*") || name.equals("_cons")) {
                continue;
            }
            String var = name.startsWith("c.") ? name.substring(2) : name;
            if (!d.has(var)) {
                continue;
            }
            Column c = d.column(var);
            if (c instanceof NumericColumn nc) {
                out[j] = e.b(j) * sd(nc, sample, n) / sy;
            }
        }
        return out;
    }

    private static double sd(NumericColumn c, boolean[] sample, int n) {
        double sum = 0;
        double sq = 0;
        long k = 0;
        int len = sample == null ? n : Math.min(n, sample.length);
        for (int i = 0; i < len; i++) {
            if (sample != null && !sample[i]) {
                continue;
            }
            double v = c.get(i);
            if (Missing.isMissing(v)) {
                continue;
            }
            sum += v;
            sq += v * v;
            k++;
        }
        if (k < 2) {
            return Double.NaN;
        }
        double mean = sum / k;
        return Math.sqrt(Math.max(0, (sq - k * mean * mean) / (k - 1)));
    }
}
