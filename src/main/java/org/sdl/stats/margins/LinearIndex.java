package org.sdl.stats.margins;

import org.sdl.data.Missing;
import org.sdl.stats.linalg.RowChunks;

/** x'b on every row of the data from the coefficient stripe alone; missing where a variable involved is missing. */
public final class LinearIndex {
    private LinearIndex() {}

    public static void compute(CoefficientStripe s, double[][] data, double[] b, double[] out) {
        int k = s.k();
        RowChunks.forEach(out.length, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                double eta = 0;
                boolean missing = false;
                for (int j = 0; j < k && !missing; j++) {
                    if (!s.isRegressor(j)) {
                        continue;
                    }
                    double v = 1;
                    for (int p = s.start[j]; p < s.start[j + 1]; p++) {
                        double z = data[s.partVar[p]][i];
                        if (Missing.isMissing(z)) {
                            missing = true;
                            break;
                        }
                        v *= s.partIndicator[p] ? (z == s.partLevel[p] ? 1 : 0) : z;
                    }
                    eta += v * b[j];
                }
                out[i] = missing ? Missing.DOT : eta;
            }
        });
    }
}
