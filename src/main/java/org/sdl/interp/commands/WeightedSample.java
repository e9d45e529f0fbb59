package org.sdl.interp.commands;

import java.util.Arrays;
import org.sdl.data.Missing;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.stats.descriptive.Percentiles;

/**
 * The selected, non-missing values of a variable with their weights, as summarize, _pctile and
 * pctile use them (rows with a missing or non-positive weight left out), and their percentiles
 * by Stata's definitions: the default one of summarize, detail; altdef's (n+1)p interpolation
 * (not with weights); weighted percentiles on cumulative weights.
 */
final class WeightedSample {
    private final double[] x;
    private final double[] w;

    private WeightedSample(double[] x, double[] w) {
        this.x = x;
        this.w = w;
    }

    /** The command's weights applied to values on the rows in use; r(2000) when none is left. */
    static WeightedSample of(Invocation inv, double[] values, boolean[] use) {
        WeightedSample s = of(values, use, inv.args().weightValues(inv.session()));
        if (s.size() == 0) {
            throw new SdlError(2000, "no observations");
        }
        return s;
    }

    /** values[i] for the rows in use, dropping missing values and rows with a missing or zero weight. */
    static WeightedSample of(double[] values, boolean[] use, double[] weights) {
        int n = 0;
        double[] xs = new double[values.length];
        double[] ws = weights == null ? null : new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!use[i] || Missing.isMissing(values[i])) {
                continue;
            }
            if (weights != null) {
                double wi = weights[i];
                if (Missing.isMissing(wi) || wi <= 0) {
                    continue;
                }
                ws[n] = wi;
            }
            xs[n++] = values[i];
        }
        return new WeightedSample(Arrays.copyOf(xs, n), ws == null ? null : Arrays.copyOf(ws, n));
    }

    double[] values() {
        return x;
    }

    /** The weights going with {@link #values}, or null without weights. */
    double[] weights() {
        return w;
    }

    int size() {
        return x.length;
    }

    /**
     * The percentiles ps (0 &lt; p &lt; 100), or when nq &gt; 0 the nq-1 quantile cutpoints
     * (computed on exact integer positions, as xtile does).
     */
    double[] percentiles(double[] ps, int nq, boolean altdef) {
        if (altdef && w != null) {
            throw new SdlError(198, "altdef may not be combined with weights");
        }
        double[] p = ps;
        if (nq > 0) {
            p = new double[nq - 1];
            for (int j = 1; j < nq; j++) {
                p[j - 1] = 100.0 * j / nq;
            }
        }
        for (double v : p) {
            if (!(v > 0 && v < 100)) {
                throw new SdlError(198, "percentiles() must be between 0 and 100");
            }
        }
        if (w != null) {
            return Percentiles.weighted(x, w, p);
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] out = new double[p.length];
        for (int q = 0; q < p.length; q++) {
            if (altdef) {
                out[q] = Percentiles.altdef(sorted, p[q]);
            } else if (nq > 0) {
                out[q] = Percentiles.quantile(sorted, 0, sorted.length, q + 1, nq);
            } else {
                out[q] = Percentiles.sorted(sorted, p[q]);
            }
        }
        return out;
    }
}
