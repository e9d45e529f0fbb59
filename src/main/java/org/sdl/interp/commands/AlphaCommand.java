package org.sdl.interp.commands;

import java.util.List;
import java.util.Locale;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Missing;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.stats.descriptive.CronbachAlpha;

/**
 * alpha varlist [if] [in] [, std item generate(newvar) casewise]: Cronbach's alpha on the
 * observations with every item present, alpha = k cbar / (vbar + (k-1) cbar) (std: from
 * correlations); item adds item-rest statistics; generate() stores the scale (mean of items).
 */
public final class AlphaCommand extends Command {
    public AlphaCommand() {
        super("alpha", 5, "varlist(numeric min=2) [if] [in] [, STd Item Generate(string)]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        List<String> vars = inv.args().varlist();
        boolean[] use = inv.args().touse().clone();
        int k = vars.size();
        double[][] x = new double[k][];
        for (int j = 0; j < k; j++) {
            x[j] = d.numeric(vars.get(j)).toDoubles();
        }
        int n = 0;
        for (int i = 0; i < use.length; i++) {
            for (int j = 0; j < k && use[i]; j++) {
                use[i] = !Missing.isMissing(x[j][i]);
            }
            if (use[i]) {
                n++;
            }
        }
        if (n < 2) {
            throw new SdlError(2001, "insufficient observations");
        }
        double[][] rows = new double[k][n];
        for (int j = 0; j < k; j++) {
            int c = 0;
            for (int i = 0; i < use.length; i++) {
                if (use[i]) {
                    rows[j][c++] = x[j][i];
                }
            }
        }
        boolean std = inv.args().flag("std");
        CronbachAlpha.Result res = CronbachAlpha.compute(rows, std);
        inv.out().println();
        inv.out().println("Test scale = mean(" + (std ? "standardized" : "unstandardized") + " items)");
        inv.out().println();
        if (inv.args().flag("item")) {
            inv.out().println("                                                         average");
            inv.out().println("                             item-test     item-rest    interitem");
            inv.out().println("Item         |  Obs  Sign   correlation   correlation   " + (std ? "correlation" : "covariance") + "      alpha");
            inv.out().println("-------------+-----------------------------------------------------------------");
            for (int j = 0; j < k; j++) {
                double[][] rest = new double[k - 1][];
                for (int a = 0, c = 0; a < k; a++) {
                    if (a != j) {
                        rest[c++] = rows[a];
                    }
                }
                CronbachAlpha.Result without = CronbachAlpha.compute(rest, std);
                inv.out().println(String.format(Locale.ROOT, "%-12s | %5d   +   %11.4f   %11.4f   %11.6g   %8.4f", vars.get(j), n,
                    CronbachAlpha.itemTest(rows, j), CronbachAlpha.itemRest(rows, j), without.average(), without.alpha()));
            }
            inv.out().println("-------------+-----------------------------------------------------------------");
        }
        inv.out().println(String.format(Locale.ROOT, "Average interitem %s:     %12.6g", std ? "correlation" : "covariance ", res.average()));
        inv.out().println(String.format(Locale.ROOT, "Number of items in the scale:       %12d", k));
        inv.out().println(String.format(Locale.ROOT, "Scale reliability coefficient:      %12.4f", res.alpha()));
        inv.session().r().scalar("alpha", res.alpha()).scalar("k", k).scalar(std ? "rho" : "cov", res.average()).scalar("N", n);
        String gen = inv.args().string("generate");
        if (gen != null) {
            GenerateCommand.checkNewName(d, gen);
            DoubleColumn scale = new DoubleColumn(gen, d.nObs());
            double[][] z = std ? CronbachAlpha.standardize(rows) : rows;
            for (int i = 0, c = 0; i < use.length; i++) {
                if (use[i]) {
                    double s = 0;
                    for (int j = 0; j < k; j++) {
                        s += z[j][c];
                    }
                    scale.set(i, s / k);
                    c++;
                }
            }
            d.add(scale.convertTo(org.sdl.data.StorageType.FLOAT));
        }
    }

}
