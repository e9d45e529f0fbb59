package org.sdl.interp.commands;

import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.Output;
import org.sdl.interp.ReturnResults;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.StataFormat;

/**
 * summarize [varlist] [if] [in]: N, mean, sd (n-1), min, max per variable; r() of the last
 * variable (N, sum_w, mean, Var, sd, min, max, sum) as Stata. Mean and variance are computed in
 * two passes for accuracy.
 */
public final class SummarizeCommand extends Command {
    public SummarizeCommand() {
        super("summarize", 2, "[varlist] [if] [in] [aweight fweight iweight] [, Detail MEANonly SEParator(integer 5) Format]");
    }

    @Override
    public ByMode byMode() {
        return ByMode.RECALL;
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset data = inv.session().data();
        Output out = inv.out();
        boolean meanonly = inv.args().flag("meanonly");
        boolean[] use = inv.args().touse();
        if (!meanonly) {
            out.println();
            out.println("    Variable |        Obs        Mean    Std. dev.       Min        Max");
            out.println("-------------+---------------------------------------------------------");
        }
        ReturnResults r = inv.session().r();
        int sep = inv.args().integer("separator", 5);
        int shown = 0;
        for (String v : inv.args().varlist()) {
            Column c = data.column(v);
            double[] s = c instanceof NumericColumn nc ? stats(nc, use) : new double[] {0, 0, Missing.DOT, Missing.DOT, Missing.DOT, Missing.DOT};
            r.clear();
            r.scalar("N", s[0]).scalar("sum_w", s[0]);
            if (s[0] > 0) {
                r.scalar("mean", s[1]);
            }
            if (s[0] > 1) {
                r.scalar("Var", s[2] * s[2]).scalar("sd", s[2]);
            }
            if (s[0] > 0) {
                r.scalar("min", s[3]).scalar("max", s[4]).scalar("sum", s[5]);
            }
            if (meanonly) {
                continue;
            }
            if (sep > 0 && shown > 0 && shown % sep == 0) {
                out.println("-------------+---------------------------------------------------------");
            }
            shown++;
            out.println(line(v, s));
        }
    }

    private static String line(String v, double[] s) {
        String name = v.length() > 12 ? v.substring(0, 11) + "~" : v;
        StringBuilder b = new StringBuilder(String.format("%12s |%11s", name, StataFormat.parse("%11.0fc").formatBare(s[0])));
        if (s[0] == 0) {
            return b.toString();
        }
        StataFormat g = StataFormat.parse("%9.0g");
        b.append("   ").append(g.format(s[1]));
        b.append("   ").append(s[0] > 1 ? g.format(s[2]) : " ".repeat(9));
        b.append("  ").append(g.format(s[3]));
        b.append("  ").append(g.format(s[4]));
        return b.toString();
    }

    /** {N, mean, sd, min, max, sum} over selected non-missing values. */
    static double[] stats(NumericColumn c, boolean[] use) {
        int n = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int rows = c.size();
        for (int i = 0; i < rows; i++) {
            if (use[i]) {
                double v = c.get(i);
                if (v < Missing.DOT) {
                    n++;
                    sum += v;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (n == 0) {
            return new double[] {0, Missing.DOT, Missing.DOT, Missing.DOT, Missing.DOT, 0};
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < rows; i++) {
            if (use[i]) {
                double v = c.get(i);
                if (v < Missing.DOT) {
                    ss += (v - mean) * (v - mean);
                }
            }
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Missing.DOT;
        return new double[] {n, mean, sd, min, max, sum};
    }
}
