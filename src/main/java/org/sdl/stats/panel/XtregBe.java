package org.sdl.stats.panel;

import org.sdl.stats.EstimationResult;

/**
 * xtreg, be: OLS of the panel means of y on the panel means of x (one unweighted observation per
 * panel), V = s2 (X'X)^-1 with s2 = rss/(n - k - 1); e(r2) is R2 between; R2 within and overall
 * from the same slopes as for the other xtreg models.
 */
public final class XtregBe {
    private XtregBe() {}

    public static EstimationResult fit(PanelInput in, Factor panel) {
        int units = panel.levels();
        double[] ym = means(in.y(), panel);
        double[][] xm = new double[in.x().length][];
        for (int j = 0; j < xm.length; j++) {
            xm[j] = in.preOmitted()[j] ? new double[units] : means(in.x()[j], panel);
        }
        AbsorbedFit f = new AbsorbedFit(ym, xm, in.preOmitted(), new Factor[0]);
        int k = f.rank;
        double dfR = units - k - 1;
        if (dfR <= 0) {
            throw new org.sdl.data.DataException(2001, "insufficient observations");
        }
        double s2 = f.rss / dfR;
        double[][] v = f.scaledBread(s2);
        EstimationResult.Builder bl = PanelStats.base("xtreg", in, f, v).n(in.n());
        PanelFitStats st = PanelFitStats.of(in, f.b, f.omitted, panel);
        double r2 = 1 - f.rss / f.tss;
        bl.scalar("N_g", units).scalar("df_m", k).scalar("df_r", dfR);
        bl.scalar("F", PanelStats.waldF(f.b, v, f.omitted));
        bl.scalar("r2", r2).scalar("r2_a", 1 - (1 - r2) * (units - 1) / dfR);
        bl.scalar("r2_w", XtregRe.withinR2(in, f.b, f.omitted, panel)).scalar("r2_b", st.r2Between())
            .scalar("r2_o", st.r2Overall());
        bl.scalar("rmse", Math.sqrt(s2)).scalar("rss", f.rss).scalar("mss", f.tss - f.rss).scalar("tss", f.tss);
        st.putCounts(bl);
        bl.scalar("rank", k + 1);
        bl.macro("vce", "conventional").macro("model", "be").macro("ivar", panel.name());
        bl.macro("title", "Between regression (regression on group means)");
        bl.macro("predict", "xtrebe_p").macro("properties", "b V");
        return bl.build();
    }

    static double[] means(double[] v, Factor panel) {
        double[] m = new double[panel.levels()];
        int[] code = panel.code();
        for (int i = 0; i < v.length; i++) {
            m[code[i]] += v[i];
        }
        int[] count = panel.count();
        for (int g = 0; g < m.length; g++) {
            m[g] /= count[g];
        }
        return m;
    }
}
