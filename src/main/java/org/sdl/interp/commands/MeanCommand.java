package org.sdl.interp.commands;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.CoefficientTable;
import org.sdl.output.Names;
import org.sdl.output.StataFormat;
import org.sdl.stats.EstimationResult;

/**
 * mean varlist [if] [in] [fweight aweight] [, level(#)]: the means of several variables as an
 * estimation, over the observations where none of them is missing. e(b) holds the means and
 * e(V) their covariance, S / N (S the sample covariance, with weights as in summarize). The
 * intervals use t with N - 1 degrees of freedom, as Stata's mean does.
 */
public final class MeanCommand extends Command {
    public MeanCommand() {
        super("mean", 4, "varlist(numeric) [if] [in] [fweight aweight pweight] [, Level(cilevel)]");
    }

    private static final StataFormat G = StataFormat.parse("%9.0g");

    @Override
    public ByMode byMode() {
        return ByMode.RECALL; // by g: mean x runs once per group, as in Stata
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        List<String> vars = inv.args().varlist();
        boolean[] use = inv.args().touse().clone();
        double[][] x = new double[vars.size()][];
        for (int j = 0; j < x.length; j++) {
            NumericColumn c = d.numeric(vars.get(j));
            x[j] = c.toDoubles();
            for (int i = 0; i < use.length; i++) {
                use[i] &= !c.isMissing(i); // casewise: a row counts only when every variable is there
            }
        }
        double[] w = inv.args().weightKind() == null ? null : inv.args().weightValues(inv.session());
        boolean fweight = "fweight".equals(inv.args().weightKind());
        int rows = 0;
        double sumW = 0;
        for (int i = 0; i < use.length; i++) {
            if (use[i] && (w == null || w[i] > 0)) {
                rows++;
                sumW += w == null ? 1 : w[i];
            } else {
                use[i] = false;
            }
        }
        if (rows == 0) {
            throw new SdlError(2000, "no observations");
        }
        int k = vars.size();
        double[] mean = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int i = 0; i < use.length; i++) {
                if (use[i]) {
                    s += (w == null ? 1 : w[i]) * x[j][i];
                }
            }
            mean[j] = s / sumW;
        }
        // N: observations, or the sum of frequency weights; aweights are scaled to sum to N
        double n = fweight ? sumW : rows;
        boolean pweight = "pweight".equals(inv.args().weightKind());
        double[][] v = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double s = 0;
                for (int i = 0; i < use.length; i++) {
                    if (use[i]) {
                        // pweights: linearized variance [R] mean Methods and formulas,
                        // n/(n-1) sum (w_i/W)^2 (x_i - xbar)(z_i - zbar)
                        double wi = w == null ? 1 : pweight ? w[i] * w[i] / sumW * n / sumW : w[i] * n / sumW;
                        s += wi * (x[a][i] - mean[a]) * (x[b][i] - mean[b]);
                    }
                }
                v[a][b] = v[b][a] = n > 1 ? s / (n - 1) / (pweight ? 1 : n) : Missing.DOT;
            }
        }
        double level = inv.args().real("level", inv.session().settings().level());
        double crit = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - level / 100) / 2) : Double.NaN;
        EstimationResult e = EstimationResult.builder("mean").names(vars).b(mean).v(v).n((long) n).sample(use)
            .scalar("df_r", n - 1).scalar("N_over", 1).macro("title", "Mean estimation").macro("vce", pweight ? "linearized" : "analytic")
            .build();
        inv.session().setE(e);
        String count = String.format("%,d", (long) n);
        inv.out().println();
        inv.out().println(String.format("%-42s%s", "Mean estimation", "Number of obs = " + count));
        inv.out().println();
        String rule = "-".repeat(62);
        inv.out().println(rule);
        if (pweight) {
            inv.out().println("             |             Linearized");
        }
        inv.out().println(String.format(Locale.ROOT, "             |       Mean   %s     [%s%% conf. interval]",
            pweight ? "std. err." : "Std. err.", CoefficientTable.levelText(level)));
        inv.out().println("-------------+------------------------------------------------");
        for (int j = 0; j < k; j++) {
            boolean none = Missing.isMissing(v[j][j]);
            double se = none ? Missing.DOT : Math.sqrt(v[j][j]);
            inv.out().println(String.format("%12s | %10s %10s    %10s  %10s", Names.abbreviate(vars.get(j), 12),
                G.formatBare(mean[j]), G.formatBare(se), G.formatBare(none ? Missing.DOT : mean[j] - crit * se),
                G.formatBare(none ? Missing.DOT : mean[j] + crit * se)));
        }
        inv.out().println(rule);
    }
}
