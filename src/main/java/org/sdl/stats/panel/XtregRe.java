package org.sdl.stats.panel;

import org.apache.commons.math3.special.Gamma;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * xtreg, re: GLS random effects with Swamy-Arora variance components. sigma_e^2 = rss of the
 * within fit / (N - n - k); sigma_u^2 = rss of the between fit / (n - k - 1) - sigma_e^2 / Tbar
 * with Tbar the harmonic mean of the panel sizes (0 if negative); theta_i = 1 -
 * sqrt(sigma_e^2 / (T_i sigma_u^2 + sigma_e^2)); then OLS of y - theta_i ybar_i on
 * x - theta_i xbar_i and 1 - theta_i, V = s2 (X*'X*)^-1 with s2 = rss* / (N - k - 1); cluster
 * q = G/(G-1) (N-1)/(N-k-1). Wald chi2 of the slopes, z statistics.
 */
public final class XtregRe {
    private XtregRe() {}

    public static EstimationResult fit(PanelInput in, Factor panel, int[] cluster, int nClusters, VceSpec vce,
                                       boolean sa) {
        int n = in.n();
        int units = panel.levels();
        AbsorbedFit within = new AbsorbedFit(in.y(), in.x(), in.preOmitted(), new Factor[] {panel});
        int k = within.rank;
        double sigmaE2 = within.rss / (n - units - k);
        double[] ym = XtregBe.means(in.y(), panel);
        double[][] xm = new double[in.x().length][];
        for (int j = 0; j < xm.length; j++) {
            xm[j] = in.preOmitted()[j] ? new double[units] : XtregBe.means(in.x()[j], panel);
        }
        AbsorbedFit between = new AbsorbedFit(ym, xm, in.preOmitted(), new Factor[0]);
        double invT = 0;
        for (int c : panel.count()) {
            invT += 1.0 / c;
        }
        double tBar = units / invT;
        double sigmaU2 = Math.max(0, between.rss / (units - between.rank - 1) - sigmaE2 / tBar);
        int[] code = panel.code();
        double[] theta = new double[units];
        for (int g = 0; g < units; g++) {
            theta[g] = 1 - Math.sqrt(sigmaE2 / (panel.count()[g] * sigmaU2 + sigmaE2));
        }
        // the quasi-demeaned regression, its constant column 1 - theta_i included
        int kx = in.x().length;
        double[][] z = new double[kx + 1][n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double t = theta[code[i]];
            ys[i] = in.y()[i] - t * ym[code[i]];
            z[kx][i] = 1 - t;
        }
        boolean[] om = within.omitted;
        for (int j = 0; j < kx; j++) {
            if (om[j]) {
                continue;
            }
            double[] xj = in.x()[j];
            for (int i = 0; i < n; i++) {
                z[j][i] = xj[i] - theta[code[i]] * xm[j][code[i]];
            }
        }
        int[] est = estimableWithCons(om);
        int p = est.length;
        double[][] zz = new double[p][p];
        double[] zy = new double[p];
        for (int a = 0; a < p; a++) {
            for (int c = 0; c <= a; c++) {
                zz[a][c] = AbsorbedFit.dot(z[est[a]], z[est[c]]);
                zz[c][a] = zz[a][c];
            }
            zy[a] = AbsorbedFit.dot(z[est[a]], ys);
        }
        double[][] inv = SymmetricInverse.invert(zz);
        if (inv == null) {
            throw new org.sdl.data.DataException(498, "regressors are collinear");
        }
        double[] coef = SymmetricInverse.times(inv, zy);
        double[] b = new double[kx + 1];
        for (int a = 0; a < p; a++) {
            b[est[a]] = coef[a];
        }
        double[] e = new double[n];
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = ys[i];
            for (int a = 0; a < p; a++) {
                r -= z[est[a]][i] * coef[a];
            }
            e[i] = r;
            rss += r * r;
        }
        double[][] vEst;
        if (vce.kind() == VceSpec.Kind.MODEL) {
            double s2 = rss / (n - p);
            vEst = new double[p][p];
            for (int a = 0; a < p; a++) {
                for (int c = 0; c < p; c++) {
                    vEst[a][c] = s2 * inv[a][c];
                }
            }
        } else {
            org.sdl.stats.Sandwich s = new org.sdl.stats.Sandwich(p, nClusters);
            double[] score = new double[p];
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < p; a++) {
                    score[a] = e[i] * z[est[a]][i];
                }
                s.add(score, cluster[i], 1);
            }
            vEst = s.variance(inv, (double) nClusters / (nClusters - 1) * (n - 1.0) / (n - p));
        }
        double[][] v = new double[kx + 1][kx + 1];
        for (int a = 0; a < p; a++) {
            for (int c = 0; c < p; c++) {
                v[est[a]][est[c]] = vEst[a][c];
            }
        }
        boolean[] omAll = PanelInput.withCons(om);
        EstimationResult.Builder bl = EstimationResult.builder("xtreg").depvar(in.depvar()).names(in.stripe(om)).b(b)
            .v(v).omitted(omAll).n(n).sample(in.sample());
        int[] slopes = AbsorbedFit.estimable(om);
        double chi2 = slopes.length > 0 ? SymmetricInverse.wald(b, v, slopes) : 0;
        PanelFitStats st = PanelFitStats.of(in, b, om, panel);
        bl.scalar("N_g", units).scalar("df_m", slopes.length).scalar("chi2", chi2)
            .scalar("p", slopes.length > 0 ? Gamma.regularizedGammaQ(slopes.length / 2.0, chi2 / 2) : 1);
        bl.scalar("r2_w", withinR2(in, b, om, panel)).scalar("r2_b", st.r2Between()).scalar("r2_o", st.r2Overall());
        bl.scalar("sigma_u", Math.sqrt(sigmaU2)).scalar("sigma_e", Math.sqrt(sigmaE2))
            .scalar("rho", sigmaU2 / (sigmaU2 + sigmaE2));
        boolean balanced = st.balanced();
        if (balanced) {
            bl.scalar("theta", theta[0]);
        }
        st.putCounts(bl);
        bl.scalar("Tbar", tBar);
        bl.scalar("rank", p);
        if (vce.kind() == VceSpec.Kind.MODEL) {
            bl.macro("vce", "conventional");
        } else {
            bl.macro("vce", "cluster").macro("vcetype", "Robust").macro("clustvar", vce.clusterVar());
            bl.scalar("N_clust", nClusters);
        }
        bl.macro("chi2type", "Wald").macro("model", "re").macro("ivar", panel.name());
        bl.macro("title", "Random-effects GLS regression");
        bl.macro("predict", "xtrefe_p").macro("properties", "b V");
        return bl.build();
    }

    private static int[] estimableWithCons(boolean[] om) {
        int[] s = AbsorbedFit.estimable(om);
        int[] out = java.util.Arrays.copyOf(s, s.length + 1);
        out[s.length] = om.length;
        return out;
    }

    /** R2 within: corr(y - ybar_i, (x - xbar_i)'b)^2 over observations. */
    static double withinR2(PanelInput in, double[] b, boolean[] om, Factor panel) {
        int n = in.n();
        double[] yd = in.y().clone();
        double[] xb = new double[n];
        for (int j = 0; j < om.length; j++) {
            if (om[j]) {
                continue;
            }
            double[] xj = in.x()[j];
            for (int i = 0; i < n; i++) {
                xb[i] += b[j] * xj[i];
            }
        }
        Demeaner d = new Demeaner(new Factor[] {panel});
        d.partialOut(yd);
        d.partialOut(xb);
        double c = PanelFitStats.corr(yd, xb, n);
        return c >= org.sdl.data.Missing.DOT ? c : c * c;
    }
}
