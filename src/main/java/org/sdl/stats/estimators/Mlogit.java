package org.sdl.stats.estimators;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.DataException;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.ml.MlFit;
import org.sdl.stats.ml.MultinomialLogitModel;

/**
 * mlogit: multinomial logit by Newton-Raphson through the shared ML driver. e(b) is laid out as
 * mlogit.ado builds it: one equation per outcome value in ascending order, the base outcome's
 * included with its coefficients 0 and named with the o. operator ("1:o.x1"); columns are named
 * "outcome:term". Base outcome: baseoutcome(#) or else the most frequent outcome (Stata's rule).
 * ll_0 = sum_j n_j ln(n_j/N); LR chi2 with df (J-1)k (Wald under robust/cluster).
 */
public final class Mlogit {
    private Mlogit() {}

    /** @param baseValue the baseoutcome() value, or NaN for the most frequent outcome */
    public static EstimationResult fit(Design d, VceSpec vce, double baseValue, int maxIter, List<String> notes) {
        double[] yv = d.y();
        double[] levels = java.util.Arrays.stream(yv).distinct().sorted().toArray();
        int outcomes = levels.length;
        if (outcomes < 2) {
            throw new DataException(2000, "outcome does not vary");
        }
        int n = yv.length;
        int[] y = new int[n];
        int[] count = new int[outcomes];
        for (int i = 0; i < n; i++) {
            y[i] = java.util.Arrays.binarySearch(levels, yv[i]);
            count[y[i]]++;
        }
        int base = 0;
        if (Double.isNaN(baseValue)) {
            for (int j = 1; j < outcomes; j++) {
                if (count[j] > count[base]) {
                    base = j;
                }
            }
        } else {
            base = java.util.Arrays.binarySearch(levels, baseValue);
            if (base < 0) {
                throw new DataException(198, "baseoutcome(" + Mlogit.label(baseValue) + ") is not an outcome of "
                    + d.depvar());
            }
        }
        int[] est = d.estimable();
        int kEst = est.length;
        double[][] x = new double[kEst][];
        for (int c = 0; c < kEst; c++) {
            x[c] = d.x()[est[c]];
        }
        boolean cons = d.constant() && kEst > 0 && est[kEst - 1] == d.k() - 1;
        double[] start = new double[(outcomes - 1) * kEst];
        double ll0 = 0;
        for (int j = 0, bk = 0; j < outcomes; j++) {
            ll0 += count[j] * Math.log((double) count[j] / n);
            if (j == base) {
                continue;
            }
            if (cons) {
                start[bk * kEst + kEst - 1] = Math.log((double) count[j] / count[base]);
            }
            bk++;
        }
        MultinomialLogitModel model = new MultinomialLogitModel(x, y, outcomes, base, start);
        MlFit.Result fit = MlFit.fit(model, maxIter, vce, n, d.cluster(), d.nClusters(), null, n, null);
        int kAll = d.k();
        List<String> names = new ArrayList<>();
        boolean[] omitted = new boolean[outcomes * kAll];
        int[] map = new int[(outcomes - 1) * kEst];
        List<Integer> slopes = new ArrayList<>();
        for (int j = 0, bk = 0; j < outcomes; j++) {
            String eq = label(levels[j]);
            for (int c = 0; c < kAll; c++) {
                String nm = d.names().get(c);
                int pos = j * kAll + c;
                if (j == base) {
                    names.add(eq + ":" + (nm.startsWith("o.") ? nm : "o." + nm));
                    omitted[pos] = true;
                } else {
                    names.add(eq + ":" + nm);
                    omitted[pos] = d.omitted()[c];
                }
            }
            if (j == base) {
                continue;
            }
            for (int c = 0; c < kEst; c++) {
                map[bk * kEst + c] = j * kAll + est[c];
                if (!(cons && c == kEst - 1)) {
                    slopes.add(j * kAll + est[c]);
                }
            }
            bk++;
        }
        EstimationResult.Builder bl = MlResults.build("mlogit", names, omitted, map, fit, ll0, n,
            slopes.stream().mapToInt(Integer::intValue).toArray(), vce, vce.clusterVar(), d.nClusters());
        bl.depvar(d.depvar()).sample(d.sample());
        bl.scalar("k_out", outcomes).scalar("k_eq", outcomes).scalar("k_eq_model", outcomes)
            .scalar("baseout", levels[base]).scalar("ibaseout", base + 1).scalar("k_eq_base", base + 1);
        StringBuilder eqnames = new StringBuilder();
        for (int j = 0; j < outcomes; j++) {
            eqnames.append(j == 0 ? "" : " ").append(label(levels[j]));
            bl.scalar("out" + (j + 1), levels[j]);
        }
        bl.macro("eqnames", eqnames.toString()).macro("title", "Multinomial logistic regression");
        bl.macro("predict", "mlogit_p");
        if (!fit.converged()) {
            notes.add("convergence not achieved");
        }
        return bl.build();
    }

    /** An outcome value as its equation name: integers without decimals. */
    public static String label(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
