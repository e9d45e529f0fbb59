package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.Output;
import org.sdl.interp.ReturnResults;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.StataFormat;
import org.sdl.stats.descriptive.Moments;
import org.sdl.stats.descriptive.Percentiles;

/**
 * summarize [varlist] [if] [in] [weight] [, detail meanonly separator(#)]: N, mean, sd, min, max
 * (with detail: percentiles by Stata's definition, four smallest/largest, variance, skewness,
 * kurtosis); r() of the last variable as Stata.
 */
public final class SummarizeCommand extends Command {
    private static final double[] PCTS = {1, 5, 10, 25, 50, 75, 90, 95, 99};

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
        boolean detail = inv.args().flag("detail") && !meanonly;
        boolean[] use = inv.args().touse();
        double[] weights = null;
        boolean fw = "fweight".equals(inv.args().weightKind());
        if (inv.args().weightKind() != null) {
            weights = data.numeric(new VariableMatcher(data).one(inv.args().weightText().strip())).toDoubles();
        }
        if (!meanonly && !detail) {
            out.println();
            out.println("    Variable |        Obs        Mean    Std. dev.       Min        Max");
            out.println("-------------+---------------------------------------------------------");
        }
        ReturnResults r = inv.session().r();
        int sep = inv.args().integer("separator", 5);
        int shown = 0;
        for (String v : inv.args().varlist()) {
            Column c = data.column(v);
            List<Double> xs = new ArrayList<>();
            List<Double> ws = new ArrayList<>();
            if (c instanceof NumericColumn nc) {
                for (int i = 0; i < nc.size(); i++) {
                    double x = nc.get(i);
                    double w = weights == null ? 1 : weights[i];
                    if (use[i] && !Missing.isMissing(x) && !(weights != null && (Missing.isMissing(w) || w <= 0))) {
                        xs.add(x);
                        ws.add(w);
                    }
                }
            }
            double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
            double[] w = weights == null ? null : ws.stream().mapToDouble(Double::doubleValue).toArray();
            r.clear();
            Moments m = x.length == 0 ? null : Moments.of(x, w, fw);
            post(r, m, detail, x, w);
            if (meanonly) {
                continue;
            }
            if (detail) {
                detail(out, v, c.label(), m, w);
                continue;
            }
            if (sep > 0 && shown > 0 && shown % sep == 0) {
                out.println("-------------+---------------------------------------------------------");
            }
            shown++;
            out.println(line(v, m));
        }
    }

    private static void post(ReturnResults r, Moments m, boolean detail, double[] x, double[] w) {
        if (m == null) {
            r.scalar("N", 0).scalar("sum_w", 0).scalar("sum", 0);
            return;
        }
        r.scalar("N", m.n()).scalar("sum_w", m.sumW()).scalar("mean", m.mean());
        if (m.n() > 1) {
            r.scalar("Var", m.var()).scalar("sd", m.sd());
        }
        if (detail) {
            r.scalar("skewness", m.skewness()).scalar("kurtosis", m.kurtosis());
        }
        r.scalar("sum", m.sum()).scalar("min", m.min()).scalar("max", m.max());
        if (detail) {
            for (double p : PCTS) {
                r.scalar("p" + (int) p, w == null ? Percentiles.sorted(m.sortedValues(), p) : Percentiles.weighted(x, w, p));
            }
        }
    }

    private static String line(String v, Moments m) {
        String name = v.length() > 12 ? v.substring(0, 11) + "~" : v;
        StringBuilder b = new StringBuilder(String.format("%12s |%11s", name,
            StataFormat.parse("%11.0fc").formatBare(m == null ? 0 : m.n())));
        if (m == null) {
            return b.toString();
        }
        StataFormat g = StataFormat.parse("%9.0g");
        b.append("   ").append(g.format(m.mean()));
        b.append("   ").append(m.n() > 1 ? g.format(m.sd()) : " ".repeat(9));
        b.append("  ").append(g.format(m.min()));
        b.append("  ").append(g.format(m.max()));
        return b.toString();
    }

    private static void detail(Output out, String v, String label, Moments m, double[] w) {
        out.println();
        String title = label.isEmpty() ? v : label;
        out.println(String.format("%" + (31 + title.length() / 2) + "s", title));
        out.println("-------------------------------------------------------------");
        if (m == null) {
            out.println("no observations");
            return;
        }
        double[] s = m.sortedValues();
        StataFormat g = StataFormat.parse("%9.0g");
        out.println("      Percentiles      Smallest");
        for (int k = 0; k < PCTS.length; k++) {
            double p = Percentiles.sorted(s, PCTS[k]);
            String left = String.format(Locale.ROOT, "%3s   %s", (int) PCTS[k] + "%", g.format(p));
            String mid = "";
            String right = "";
            if (k < 4) {
                mid = k < s.length ? g.format(s[k]) : "";
            } else if (k > 4) {
                int idx = s.length - (PCTS.length - k);
                mid = idx >= 0 ? g.format(s[idx]) : "";
            }
            switch (k) {
                case 2: right = String.format(Locale.ROOT, "Obs         %12s", StataFormat.parse("%12.0fc").formatBare(m.n()).strip()); break;
                case 3: right = String.format(Locale.ROOT, "Sum of wgt. %12s", StataFormat.parse("%12.0g").formatBare(m.sumW())); break;
                case 4: right = String.format(Locale.ROOT, "Mean        %12s", g.formatBare(m.mean())); break;
                case 5: right = String.format(Locale.ROOT, "Std. dev.   %12s", g.formatBare(m.sd())); break;
                case 6: right = String.format(Locale.ROOT, "Variance    %12s", g.formatBare(m.var())); break;
                case 7: right = String.format(Locale.ROOT, "Skewness    %12s", g.formatBare(m.skewness())); break;
                case 8: right = String.format(Locale.ROOT, "Kurtosis    %12s", g.formatBare(m.kurtosis())); break;
                default: break;
            }
            if (k == 4) {
                out.println(left);
                out.println(String.format("%24s%s", "Largest", ""));
                continue;
            }
            out.println(String.format("%-15s %9s       %s", left, mid, right));
        }
    }
}
