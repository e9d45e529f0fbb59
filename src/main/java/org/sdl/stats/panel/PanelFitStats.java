package org.sdl.stats.panel;

import org.sdl.stats.EstimationResult;

/**
 * The statistics every xtreg model reports beside its coefficients, computed from the raw data
 * and the slopes as xtreg's ado files do: R2 within (1 - rss/tss of the demeaned fit, computed
 * by the caller), between = corr(ybar_i, xbar_i'b)^2 over panels (unweighted), overall =
 * corr(y, x'b)^2 over observations; u_i = panel mean of y - x'b (less its mean) with sigma_u
 * its sd over panels (divisor n-1) and corr(u_i, x'b) over observations; panel sizes.
 */
record PanelFitStats(double r2Between, double r2Overall, double sigmaU, double corr, int gMin, int gMax,
                     double gAvg, boolean balanced) {

    static PanelFitStats of(PanelInput in, double[] b, boolean[] omitted, Factor panel) {
        int n = in.n();
        int units = panel.levels();
        int[] code = panel.code();
        int[] count = panel.count();
        double[] xb = new double[n];
        double[][] x = in.x();
        for (int j = 0; j < x.length; j++) {
            if (omitted[j]) {
                continue;
            }
            double bj = b[j];
            double[] xj = x[j];
            for (int i = 0; i < n; i++) {
                xb[i] += bj * xj[i];
            }
        }
        double[] y = in.y();
        double[] ym = new double[units];
        double[] xbm = new double[units];
        double[] um = new double[units];
        for (int i = 0; i < n; i++) {
            ym[code[i]] += y[i];
            xbm[code[i]] += xb[i];
        }
        for (int g = 0; g < units; g++) {
            ym[g] /= count[g];
            xbm[g] /= count[g];
            um[g] = ym[g] - xbm[g];
        }
        double r2b = square(corr(ym, xbm, units));
        double r2o = square(corr(y, xb, n));
        double[] uObs = new double[n];
        for (int i = 0; i < n; i++) {
            uObs[i] = um[code[i]];
        }
        double c = corr(uObs, xb, n);
        double sdU = Math.sqrt(centredSs(um) / (units - 1));
        int gMin = Integer.MAX_VALUE;
        int gMax = 0;
        for (int g = 0; g < units; g++) {
            gMin = Math.min(gMin, count[g]);
            gMax = Math.max(gMax, count[g]);
        }
        return new PanelFitStats(r2b, r2o, sdU, c, gMin, gMax, (double) n / units, gMin == gMax);
    }

    void putCounts(EstimationResult.Builder bl) {
        bl.scalar("Tbar", gAvg).scalar("Tcon", balanced ? 1 : 0).scalar("g_min", gMin).scalar("g_avg", gAvg)
            .scalar("g_max", gMax);
    }

    private static double square(double v) {
        return v >= org.sdl.data.Missing.DOT ? v : v * v;
    }

    private static double centredSs(double[] v) {
        double m = AbsorbedFit.mean(v);
        return AbsorbedFit.centredSs(v, m);
    }

    static double corr(double[] a, double[] b, int n) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : org.sdl.data.Missing.DOT;
    }
}
