package org.sdl.stats.panel;

import java.util.List;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;

/**
 * reghdfe: linear regression absorbing any number of fixed effects, following reghdfe 6's
 * conventions (Correia): singletons dropped iteratively, degrees of freedom of the absorbed
 * effects by {@link AbsorbedDof}, _cons reported at the means, and its small-sample factors:
 * unadjusted V = rss/(N - df_m - df_a) bread; robust q = N/(N - df_a - df_m); cluster
 * q = G/(G-1) (N-1)/(N - nested - df_m - df_a) with nested = 1 when some absorbed factor is
 * nested within the cluster variable, and df_r = min(N - df_a - df_m, G - 1).
 */
public final class Reghdfe {
    private Reghdfe() {}

    /**
     * @param cluster cluster codes over the input's observations (null without clustering)
     * @param absorbNames the absorb() variables as typed, for e(absvars)
     */
    public static EstimationResult fit(PanelInput input, Factor[] factors, int[] cluster, VceSpec vce,
                                       List<String> absorbNames, List<String> notes) {
        return fit(input, factors, cluster, vce, absorbNames, notes, true);
    }

    /** keepsingletons: the sample as given (reghdfe warns that the DoF may then be overstated). */
    public static EstimationResult fitKeepingSingletons(PanelInput input, Factor[] factors, int[] cluster,
                                                        VceSpec vce, List<String> absorbNames, List<String> notes) {
        return fit(input, factors, cluster, vce, absorbNames, notes, false);
    }

    private static EstimationResult fit(PanelInput input, Factor[] factors, int[] cluster, VceSpec vce,
                                        List<String> absorbNames, List<String> notes, boolean dropSingletons) {
        int nFull = input.n();
        boolean[] keep = new boolean[nFull];
        int singletons = dropSingletons ? Singletons.drop(factors, keep) : 0;
        PanelInput in = input;
        Factor[] fs = factors;
        int[] cl = cluster;
        if (singletons > 0) {
            in = input.subset(keep);
            fs = new Factor[factors.length];
            for (int f = 0; f < factors.length; f++) {
                fs[f] = factors[f].subset(keep);
            }
            cl = cluster == null ? null : PanelStats.subset(cluster, keep);
            notes.add("(dropped " + singletons + " singleton observations)");
        }
        if (in.n() == 0) {
            throw new org.sdl.data.DataException(2000, "no observations left after dropping singletons");
        }
        int g = 0;
        if (cl != null) {
            int[] cnt = new int[1];
            cl = PanelStats.recode(cl, cnt);
            g = cnt[0];
        }
        AbsorbedDof dof = AbsorbedDof.of(fs, cl);
        AbsorbedFit f = new AbsorbedFit(in.y(), in.x(), in.preOmitted(), fs);
        int n = f.n;
        int dfM = f.rank;
        int dfA = dof.dfA();
        int nestedAdj = dof.nested() > 0 ? 1 : 0;
        double dfResid = n - dfA - dfM;
        double usedDfR = n - dfA - dfM - dof.nested();
        double[][] v;
        String vceName;
        switch (vce.kind()) {
            case ROBUST:
                v = f.sandwich(f.meat(null, 0), n / dfResid);
                vceName = "robust";
                break;
            case CLUSTER:
                v = f.sandwich(f.meat(cl, g), (double) g / (g - 1) * (n - 1.0) / (n - nestedAdj - dfM - dfA));
                vceName = "cluster";
                dfResid = Math.min(dfResid, g - 1);
                break;
            default:
                v = f.scaledBread(f.rss / dfResid);
                vceName = "unadjusted";
        }
        EstimationResult.Builder bl = PanelStats.base("reghdfe", in, f, v);
        bl.scalar("N_full", nFull).scalar("num_singletons", singletons).scalar("drop_singletons", dropSingletons ? 1 : 0);
        bl.scalar("df_r", dfResid).scalar("df_m", dfM).scalar("rank", dfM);
        bl.scalar("df_a", dfA).scalar("df_a_initial", dof.initial()).scalar("df_a_redundant", dof.redundant())
            .scalar("df_a_nested", dof.nested());
        bl.scalar("N_hdfe", fs.length).scalar("report_constant", 1);
        bl.scalar("F", PanelStats.waldF(f.b, v, f.omitted));
        bl.scalar("rss", f.rss).scalar("tss", f.tss).scalar("tss_within", f.tssWithin).scalar("mss", f.tss - f.rss);
        bl.scalar("r2", 1 - f.rss / f.tss);
        bl.scalar("r2_a", 1 - (f.rss / usedDfR) / (f.tss / (n - 1)));
        bl.scalar("r2_within", 1 - f.rss / f.tssWithin);
        bl.scalar("r2_a_within", 1 - (f.rss / usedDfR) / (f.tssWithin / (usedDfR + dfM)));
        bl.scalar("rmse", Math.sqrt(f.rss / usedDfR));
        bl.scalar("ll", PanelStats.gaussianLl(n, f.rss)).scalar("ll_0", PanelStats.gaussianLl(n, f.tssWithin));
        bl.scalar("ic", f.iterations);
        if (cl != null) {
            bl.scalar("N_clust", g).scalar("N_clust1", g).scalar("N_clustervars", 1);
            bl.macro("clustvar", vce.clusterVar()).macro("clustvar1", vce.clusterVar());
        }
        bl.macro("vce", vceName);
        if (vce.kind() != VceSpec.Kind.MODEL) {
            bl.macro("vcetype", "Robust");
        }
        bl.macro("absvars", String.join(" ", absorbNames));
        bl.macro("extended_absvars", String.join(" ", absorbNames));
        bl.macro("title", "HDFE Linear regression");
        bl.macro("predict", "reghdfe_p");
        bl.macro("properties", "b V");
        // what the header's absorbed-effects table shows: levels, redundant, nested flags per factor
        java.util.Map<String, Object> absorbed = new java.util.LinkedHashMap<>();
        for (int a = 0; a < fs.length; a++) {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("categories", (double) dof.levels()[a]);
            row.put("redundant", (double) dof.redundantByFactor()[a]);
            row.put("nested", dof.nestedByFactor()[a]);
            absorbed.put(absorbNames.get(a), row);
        }
        bl.result("absorbed", absorbed);
        return bl.build();
    }
}
