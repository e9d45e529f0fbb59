package org.sdl.stats.panel;

import org.sdl.data.Missing;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;

/**
 * areg: regression absorbing one factor, with the absorbed levels counted in the degrees of
 * freedom like the dummies of the equivalent regress: df_r = N - k - G (k estimable slopes, G
 * levels, the constant inside the G), V = rss/df_r bread; robust HC1 N/df_r; cluster
 * Gc/(Gc-1) (N-1)/df_r with df_r = Gc - 1. e(r2) is the dummy regression's R2; F_absorb tests
 * the absorbed effects (unadjusted VCE only, as Stata prints it).
 */
public final class Areg {
    private Areg() {}

    public static EstimationResult fit(PanelInput in, Factor absorb, int[] cluster, int nClusters, VceSpec vce) {
        AbsorbedFit f = new AbsorbedFit(in.y(), in.x(), in.preOmitted(), new Factor[] {absorb});
        int n = f.n;
        int k = f.rank;
        int levels = absorb.levels();
        double dfR = n - k - levels;
        if (dfR <= 0) {
            throw new org.sdl.data.DataException(2001, "insufficient observations");
        }
        double[][] v;
        double dfResid = dfR;
        switch (vce.kind()) {
            case ROBUST:
                v = f.sandwich(f.meat(null, 0), n / dfR);
                break;
            case CLUSTER:
                v = f.sandwich(f.meat(cluster, nClusters), (double) nClusters / (nClusters - 1) * (n - 1.0) / dfR);
                dfResid = nClusters - 1;
                break;
            default:
                v = f.scaledBread(f.rss / dfR);
        }
        EstimationResult.Builder bl = PanelStats.base("areg", in, f, v);
        double r2 = 1 - f.rss / f.tss;
        bl.scalar("df_m", k).scalar("df_r", dfResid).scalar("df_a", levels - 1).scalar("k_absorb", levels);
        bl.scalar("F", PanelStats.waldF(f.b, v, f.omitted));
        bl.scalar("r2", r2).scalar("r2_a", 1 - (1 - r2) * (n - 1) / dfR);
        bl.scalar("rmse", Math.sqrt(f.rss / dfR));
        bl.scalar("rss", f.rss).scalar("mss", f.tss - f.rss).scalar("tss", f.tss);
        bl.scalar("ll", PanelStats.gaussianLl(n, f.rss)).scalar("ll_0", PanelStats.gaussianLl(n, f.tss));
        bl.scalar("rank", k + 1);
        if (vce.kind() == VceSpec.Kind.MODEL) {
            AbsorbedFit pooled = new AbsorbedFit(in.y(), in.x(), in.preOmitted(), new Factor[0]);
            double fa = ((pooled.rss - f.rss) / (levels - 1)) / (f.rss / dfR);
            bl.scalar("F_absorb", levels > 1 ? fa : Missing.DOT);
            bl.macro("vce", "ols");
        } else {
            bl.macro("vce", vce.kind() == VceSpec.Kind.ROBUST ? "robust" : "cluster").macro("vcetype", "Robust");
        }
        if (vce.kind() == VceSpec.Kind.CLUSTER) {
            bl.scalar("N_clust", nClusters).macro("clustvar", vce.clusterVar());
        }
        bl.macro("absvar", absorb.name());
        bl.macro("title", "Linear regression, absorbing indicators");
        bl.macro("predict", "areg_p");
        bl.macro("properties", "b V");
        return bl.build();
    }
}
