package org.sdl.stats.panel;

import org.sdl.data.Missing;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;

/**
 * xtreg, fe: the within estimator as xtreg_fe.ado computes and posts it. Slopes from the
 * unit-demeaned data, _cons at the grand means, V = s2 bread with s2 = rss/(N - n - k); vce(robust)
 * is vce(cluster panelvar); cluster q = G/(G-1) (N-1)/(N-k-1) (absorbed effects not counted)
 * with df_r = G - 1, panels nested within clusters. Ancillary statistics: u_i = panel mean of
 * y - xb - _cons, sigma_u = sd(u_i) over panels, sigma_e = sqrt(s2), rho, corr(u_i, xb),
 * R2 within/between/overall, and the F test that all u_i = 0.
 */
public final class XtregFe {
    private XtregFe() {}

    public static EstimationResult fit(PanelInput in, Factor panel, int[] cluster, int nClusters, VceSpec vce) {
        AbsorbedFit f = new AbsorbedFit(in.y(), in.x(), in.preOmitted(), new Factor[] {panel});
        int n = f.n;
        int k = f.rank;
        int units = panel.levels();
        double dfR = n - units - k;
        if (dfR <= 0) {
            throw new org.sdl.data.DataException(2001, "insufficient observations");
        }
        double s2 = f.rss / dfR;
        double[][] v;
        double dfResid = dfR;
        if (vce.kind() == VceSpec.Kind.MODEL) {
            v = f.scaledBread(s2);
        } else {
            v = f.sandwich(f.meat(cluster, nClusters),
                (double) nClusters / (nClusters - 1) * (n - 1.0) / (n - k - 1.0));
            dfResid = nClusters - 1;
        }
        EstimationResult.Builder bl = PanelStats.base("xtreg", in, f, v);
        PanelFitStats st = PanelFitStats.of(in, f.b, f.omitted, panel);
        double sigmaE = Math.sqrt(s2);
        double sigma = Math.sqrt(st.sigmaU() * st.sigmaU() + s2);
        double r2w = 1 - f.rss / f.tssWithin;
        bl.scalar("N_g", units).scalar("df_m", units - 1 + k).scalar("df_r", dfResid).scalar("df_a", units - 1)
            .scalar("df_b", k);
        bl.scalar("F", PanelStats.waldF(f.b, v, f.omitted));
        if (vce.kind() == VceSpec.Kind.MODEL) {
            AbsorbedFit pooled = new AbsorbedFit(in.y(), in.x(), in.preOmitted(), new Factor[0]);
            double r2Lsdv = 1 - f.rss / f.tss;
            double r2Pooled = 1 - pooled.rss / pooled.tss;
            bl.scalar("F_f", units > 1 ? ((r2Lsdv - r2Pooled) / (units - 1)) / ((1 - r2Lsdv) / dfR) : Missing.DOT);
        }
        bl.scalar("r2", r2w).scalar("r2_w", r2w).scalar("r2_b", st.r2Between()).scalar("r2_o", st.r2Overall());
        bl.scalar("r2_a", 1 - (1 - r2w) * (n - 1) / dfR);
        bl.scalar("rmse", sigmaE).scalar("rss", f.rss).scalar("mss", f.tssWithin - f.rss).scalar("tss", f.tss);
        bl.scalar("ll", PanelStats.gaussianLl(n, f.rss)).scalar("ll_0", PanelStats.gaussianLl(n, f.tssWithin));
        bl.scalar("sigma_u", st.sigmaU()).scalar("sigma_e", sigmaE).scalar("sigma", sigma)
            .scalar("rho", st.sigmaU() * st.sigmaU() / (sigma * sigma)).scalar("corr", st.corr());
        st.putCounts(bl);
        bl.scalar("rank", k + 1);
        if (vce.kind() == VceSpec.Kind.MODEL) {
            bl.macro("vce", "conventional");
        } else {
            bl.macro("vce", vce.kind() == VceSpec.Kind.ROBUST ? "robust" : "cluster").macro("vcetype", "Robust");
            bl.scalar("N_clust", nClusters).macro("clustvar", vce.clusterVar());
        }
        bl.macro("model", "fe").macro("ivar", panel.name());
        bl.macro("title", "Fixed-effects (within) regression");
        bl.macro("predict", "xtrefe_p").macro("properties", "b V");
        return bl.build();
    }
}
