package org.sdl.interp.causal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.special.Beta;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.stats.descriptive.Percentiles;

/**
 * pstest varlist [, both]: covariate balance after psmatch (psmatch2's pstest): means of treated
 * and (weighted) controls, standardized % bias, % reduction of |bias|, t-tests and variance
 * ratios, before (with both) and after matching; r(meanbias*) r(medbias*).
 */
public final class PstestCommand extends Command {
    public PstestCommand() {
        super("pstest", 6, "varlist(numeric) [, Both Treated(varname) Support(varname) MWeight(varname)]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        NumericColumn tr = d.numeric(inv.args().string("treated", "_treated"));
        NumericColumn sup = d.numeric(inv.args().string("support", "_support"));
        NumericColumn w = d.numeric(inv.args().string("mweight", "_weight"));
        if (tr == null || sup == null || w == null) {
            throw new SdlError(111, "pstest needs the variables psmatch creates (_treated, _support, _weight); run psmatch first");
        }
        boolean both = inv.args().flag("both");
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        inv.out().println();
        inv.out().println("-----------------------------------------------------------------------------");
        inv.out().println("                Unmatched |       Mean               %reduct |     t-test    |  V(T)/");
        inv.out().println("Variable          Matched | Treated Control    %bias  |bias| |    t    p>|t| |  V(C)");
        inv.out().println("--------------------------+----------------------------------+---------------+-------");
        for (String v : inv.args().varlist()) {
            NumericColumn x = d.numeric(v);
            double[] u1 = moments(x, tr, sup, w, 1, false);
            double[] u0 = moments(x, tr, sup, w, 0, false);
            double[] m1 = moments(x, tr, sup, w, 1, true);
            double[] m0 = moments(x, tr, sup, w, 0, true);
            double denom = Math.sqrt((u1[2] + u0[2]) / 2);
            double biasU = 100 * (u1[1] - u0[1]) / denom;
            double biasM = 100 * (m1[1] - m0[1]) / denom;
            before.add(Math.abs(biasU));
            after.add(Math.abs(biasM));
            double reduct = 100 * (1 - Math.abs(biasM) / Math.abs(biasU));
            double[] tU = tTest(u1, u0);
            double[] tM = tTest(m1, m0);
            if (both) {
                inv.out().println(String.format(Locale.ROOT, "%-16s Unmatched | %7.4g %7.4g %8.1f        | %6.2f  %6.3f | %5.2f",
                    v, u1[1], u0[1], biasU, tU[0], tU[1], u1[2] / u0[2]));
            }
            inv.out().println(String.format(Locale.ROOT, "%-16s   Matched | %7.4g %7.4g %8.1f %7.1f | %6.2f  %6.3f | %5.2f",
                both ? "" : v, m1[1], m0[1], biasM, reduct, tM[0], tM[1], m1[2] / m0[2]));
        }
        inv.out().println("-----------------------------------------------------------------------------");
        double[] b = before.stream().mapToDouble(Double::doubleValue).toArray();
        double[] a = after.stream().mapToDouble(Double::doubleValue).toArray();
        double meanB = Arrays.stream(b).average().orElse(Missing.DOT);
        double meanA = Arrays.stream(a).average().orElse(Missing.DOT);
        inv.out().println(String.format(Locale.ROOT, "Mean bias before %.1f, after %.1f; median bias before %.1f, after %.1f",
            meanB, meanA, Percentiles.of(b, 50), Percentiles.of(a, 50)));
        inv.session().r().scalar("meanbiasbef", meanB).scalar("meanbiasaft", meanA)
            .scalar("medbiasbef", Percentiles.of(b, 50)).scalar("medbiasaft", Percentiles.of(a, 50));
    }

    /** Weight of row i in the moments: 0 when it is not counted (other arm, missing, off support). */
    private static double rowWeight(NumericColumn x, NumericColumn tr, NumericColumn sup, NumericColumn w, int t,
                                    boolean matched, int i) {
        if (tr.get(i) != t || Missing.isMissing(x.get(i))) {
            return 0;
        }
        if (!matched) {
            return 1;
        }
        double wi = w.get(i);
        return sup.get(i) != 1 || Missing.isMissing(wi) || wi <= 0 ? 0 : wi;
    }

    /** {sum of weights, mean, variance} of x for treated==t; matched: on support, weighted by _weight. */
    private static double[] moments(NumericColumn x, NumericColumn tr, NumericColumn sup, NumericColumn w, int t,
                                    boolean matched) {
        double sw = 0;
        double s = 0;
        int n = 0;
        for (int i = 0; i < x.size(); i++) {
            double wi = rowWeight(x, tr, sup, w, t, matched, i);
            if (wi == 0) {
                continue;
            }
            sw += wi;
            s += wi * x.get(i);
            n++;
        }
        double mean = s / sw;
        double ss = 0;
        for (int i = 0; i < x.size(); i++) {
            double wi = rowWeight(x, tr, sup, w, t, matched, i);
            if (wi == 0) {
                continue;
            }
            ss += wi * (x.get(i) - mean) * (x.get(i) - mean);
        }
        return new double[] {sw, mean, ss / (sw - 1), n};
    }

    /** Two-sample t-test with pooled variance: {t, p}. */
    private static double[] tTest(double[] a, double[] b) {
        double df = a[0] + b[0] - 2;
        double sp = ((a[0] - 1) * a[2] + (b[0] - 1) * b[2]) / df;
        double t = (a[1] - b[1]) / Math.sqrt(sp * (1 / a[0] + 1 / b[0]));
        return new double[] {t, Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5)};
    }
}
