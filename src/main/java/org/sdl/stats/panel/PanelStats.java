package org.sdl.stats.panel;

import org.sdl.data.Missing;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.linalg.SymmetricInverse;

/** Small pieces the panel estimators share: Wald F of the slopes, log likelihoods, dense codes, the stripe. */
final class PanelStats {
    private PanelStats() {}

    /** Wald statistic of the estimable slopes divided by their number (F), or missing. */
    static double waldF(double[] b, double[][] v, boolean[] omitted) {
        int[] idx = AbsorbedFit.estimable(omitted);
        if (idx.length == 0) {
            return Missing.DOT;
        }
        double w = SymmetricInverse.wald(b, v, idx);
        return Double.isNaN(w) || Double.isInfinite(w) ? Missing.DOT : w / idx.length;
    }

    /** Gaussian log likelihood at the residual sum of squares ss over n observations. */
    static double gaussianLl(double n, double ss) {
        return -0.5 * n * (1 + Math.log(2 * Math.PI) + Math.log(ss / n));
    }

    /** Dense 0..G-1 codes (first-seen order is irrelevant: only equality matters) and G in out[0]. */
    static int[] recode(int[] codes, int[] countOut) {
        int max = -1;
        for (int c : codes) {
            max = Math.max(max, c);
        }
        int[] map = new int[max + 1];
        java.util.Arrays.fill(map, -1);
        int g = 0;
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            int c = codes[i];
            if (map[c] < 0) {
                map[c] = g++;
            }
            out[i] = map[c];
        }
        countOut[0] = g;
        return out;
    }

    static int[] subset(int[] codes, boolean[] keep) {
        int m = 0;
        for (boolean k : keep) {
            if (k) {
                m++;
            }
        }
        int[] out = new int[m];
        for (int i = 0, c = 0; i < keep.length; i++) {
            if (keep[i]) {
                out[c++] = codes[i];
            }
        }
        return out;
    }

    /** A builder with the stripe, b, V and sample of an absorbed fit filled in. */
    static EstimationResult.Builder base(String cmd, PanelInput in, AbsorbedFit f, double[][] v) {
        boolean[] om = PanelInput.withCons(f.omitted);
        for (int a = 0; a < om.length; a++) {
            if (om[a]) {
                for (int c = 0; c < om.length; c++) {
                    v[a][c] = 0;
                    v[c][a] = 0;
                }
            }
        }
        return EstimationResult.builder(cmd).depvar(in.depvar()).names(in.stripe(f.omitted)).b(f.b).v(v)
            .omitted(om).n(f.n).sample(in.sample());
    }
}
