package org.sdl.stats.estimators;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sdl.data.DataException;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.ml.Link;
import org.sdl.stats.ml.MlFit;
import org.sdl.stats.ml.OrderedModel;

/**
 * ologit and oprobit: slopes without a constant and cutpoints /cut1../cut{J-1} with
 * P(y &lt;= j) = F(cut_j - xb). ll_0 is the cutpoints-only model, sum_j n_j ln(n_j/N).
 */
public final class OrderedChoice {
    private OrderedChoice() {}

    public static EstimationResult fit(Link link, Design d, VceSpec vce, int maxIter, List<String> notes) {
        double[] y = d.y();
        TreeSet<Double> values = new TreeSet<>();
        for (double v : y) {
            values.add(v);
        }
        if (values.size() < 2) {
            throw new DataException(2000, "outcome does not vary");
        }
        double[] levels = values.stream().mapToDouble(Double::doubleValue).toArray();
        int cats = levels.length;
        int[] cat = categories(y, levels);
        int[] est = d.estimable();
        List<Integer> slopeCols = new ArrayList<>();
        for (int j : est) {
            if (!(d.constant() && j == d.k() - 1)) {
                slopeCols.add(j);
            }
        }
        int[] slopeIdx = slopeCols.stream().mapToInt(Integer::intValue).toArray();
        double[] w = d.weights();
        boolean fw = "fweight".equals(d.weightKind());
        VceSpec v = "pweight".equals(d.weightKind()) && vce.kind() == VceSpec.Kind.MODEL ? VceSpec.robust() : vce;
        OrderedModel model = new OrderedModel(link, cat, cats, d.matrix().select(slopeIdx), w);
        double[] count = new double[cats];
        double tot = 0;
        for (int i = 0; i < cat.length; i++) {
            double wi = w == null ? 1 : w[i];
            count[cat[i]] += wi;
            tot += wi;
        }
        double ll0 = 0;
        for (double c : count) {
            ll0 += c > 0 ? c * Math.log(c / tot) : 0;
        }
        double nObs = fw ? tot : d.n();
        MlFit.Result fit = MlFit.fit(model, maxIter, v, nObs, d.cluster(), d.nClusters(), fw ? w : null, d.n(),
            idx -> {
                Design r = d.resample(idx);
                return new OrderedModel(link, categories(r.y(), levels), cats, r.matrix().select(slopeIdx),
                    r.weights());
            });
        // stripe: regressors without _cons, then the cutpoints
        List<String> names = new ArrayList<>();
        List<Boolean> omitted = new ArrayList<>();
        int kx = d.k() - (d.constant() ? 1 : 0);
        for (int j = 0; j < kx; j++) {
            names.add(d.names().get(j));
            omitted.add(d.omitted()[j]);
        }
        for (int c = 1; c < cats; c++) {
            names.add("/cut" + c);
            omitted.add(false);
        }
        int[] map = new int[model.dim()];
        for (int a = 0; a < slopeCols.size(); a++) {
            map[a] = slopeCols.get(a);
        }
        for (int c = 0; c < cats - 1; c++) {
            map[slopeCols.size() + c] = kx + c;
        }
        int[] slopes = slopeCols.stream().mapToInt(Integer::intValue).toArray();
        boolean[] om = new boolean[omitted.size()];
        for (int j = 0; j < om.length; j++) {
            om[j] = omitted.get(j);
        }
        String cmd = link == Link.LOGIT ? "ologit" : "oprobit";
        EstimationResult.Builder bl = MlResults.build(cmd, names, om, map, fit, ll0, nObs, slopes, v,
            v.clusterVar(), d.nClusters());
        bl.depvar(d.depvar()).sample(d.sample());
        bl.scalar("k_cat", cats);
        bl.macro("title", link == Link.LOGIT ? "Ordered logistic regression" : "Ordered probit regression");
        StringBuilder catText = new StringBuilder();
        for (double l : levels) {
            catText.append(catText.length() == 0 ? "" : " ").append(l == Math.rint(l) ? String.valueOf((long) l) : l);
        }
        bl.macro("cat", catText.toString());
        if (d.weightKind() != null) {
            bl.macro("wtype", d.weightKind());
        }
        if (!fit.converged()) {
            notes.add("convergence not achieved");
        }
        return bl.build();
    }

    static int[] categories(double[] y, double[] levels) {
        int[] cat = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            cat[i] = java.util.Arrays.binarySearch(levels, y[i]);
        }
        return cat;
    }
}
