package org.sdl.interp.commands;

import java.util.Locale;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.Output;
import org.sdl.interp.ReturnResults;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.Names;
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
        super("summarize", 2, "[varlist] [if] [in] [aweight fweight iweight] [, Detail MEANonly SEParator(integer 5)]");
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
            weights = inv.args().weightValues(inv.session());
        }
        // aweights and iweights add Stata's Weight column (the sum of the weights as given);
        // fweights only change Obs, which counts the weighted observations
        boolean weightColumn = weights != null && !fw;
        String divider = weightColumn ? WEIGHTED_DIVIDER : DIVIDER;
        if (!meanonly && !detail) {
            out.println();
            out.println(weightColumn ? "    Variable |     Obs      Weight        Mean   Std. dev.       Min        Max"
                : "    Variable |        Obs        Mean    Std. dev.       Min        Max");
            out.println(divider);
        }
        ReturnResults r = inv.session().r();
        int sep = inv.args().integer("separator", 5);
        int shown = 0;
        for (String v : inv.args().varlist()) {
            Column c = data.column(v);
            WeightedSample sample = c instanceof NumericColumn nc ? WeightedSample.of(nc.toDoubles(), use, weights)
                : WeightedSample.of(new double[0], new boolean[0], null);
            double[] x = sample.values();
            double[] w = sample.weights();
            r.clear();
            Moments m = x.length == 0 ? null : Moments.of(x, w, inv.args().weightKind());
            post(r, m, detail, x, w);
            if (meanonly) {
                continue;
            }
            if (detail) {
                detail(out, v, c.label(), m, x, w);
                continue;
            }
            if (sep > 0 && shown > 0 && shown % sep == 0) {
                out.println(divider);
            }
            shown++;
            out.println(weightColumn ? weightedLine(v, m) : line(v, m));
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
            double[] pct = percentiles(m, x, w);
            for (int k = 0; k < PCTS.length; k++) {
                r.scalar("p" + (int) PCTS[k], pct[k]);
            }
        }
    }

    /** The PCTS percentiles, weighted when there are weights (shown and stored alike). */
    private static double[] percentiles(Moments m, double[] x, double[] w) {
        if (w != null) {
            return Percentiles.weighted(x, w, PCTS);
        }
        double[] out = new double[PCTS.length];
        for (int k = 0; k < PCTS.length; k++) {
            out[k] = Percentiles.sorted(m.sortedValues(), PCTS[k]);
        }
        return out;
    }

    private static final String DIVIDER = "-------------+" + "-".repeat(57);
    private static final String WEIGHTED_DIVIDER = "-------------+" + "-".repeat(65);

    private static String line(String v, Moments m) {
        String name = Names.abbreviate(v, 12);
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

    /** The weighted layout: Obs in 8 columns, then the sum of weights as %10.0g. */
    private static String weightedLine(String v, Moments m) {
        StringBuilder b = new StringBuilder(String.format("%12s |%8s", Names.abbreviate(v, 12),
            StataFormat.parse("%8.0fc").formatBare(m == null ? 0 : m.n())));
        if (m == null) {
            return b.toString();
        }
        StataFormat g = StataFormat.parse("%9.0g");
        b.append("  ").append(StataFormat.parse("%10.0g").format(m.sumW()));
        b.append("   ").append(g.format(m.mean()));
        b.append("  ").append(m.n() > 1 ? g.format(m.sd()) : " ".repeat(9));
        b.append("  ").append(g.format(m.min()));
        b.append("  ").append(g.format(m.max()));
        return b.toString();
    }

    /**
     * Stata's detail block: percentiles with the four smallest and largest values on the left,
     * Obs, Sum of wgt., Mean, Std. dev., Variance, Skewness and Kurtosis on the right, a blank line
     * before the median and the "Largest" heading on the Std. dev. line.
     */
    private static void detail(Output out, String v, String label, Moments m, double[] x, double[] w) {
        out.println();
        String title = label.isEmpty() ? v : label;
        out.println(String.format("%" + (31 + title.length() / 2) + "s", title));
        out.println("-------------------------------------------------------------");
        if (m == null) {
            out.println("no observations");
            return;
        }
        double[] s = m.sortedValues();
        double[] pct = percentiles(m, x, w);
        StataFormat g = StataFormat.parse("%9.0g");
        String[] right = new String[PCTS.length];
        right[2] = right("Obs", StataFormat.parse("%9.0fc").formatBare(m.n()).strip());
        right[3] = right("Sum of wgt.", g.formatBare(m.sumW()).strip());
        right[4] = right("Mean", g.format(m.mean()));
        right[6] = right("Variance", g.format(m.var()));
        right[7] = right("Skewness", g.format(m.skewness()));
        right[8] = right("Kurtosis", g.format(m.kurtosis()));
        out.println("      Percentiles      Smallest");
        for (int k = 0; k < PCTS.length; k++) {
            String extreme = "";
            if (k < 4) {
                extreme = g.format(k < s.length ? s[k] : Missing.DOT); // Stata shows "." for an empty slot
            } else if (k > 4) {
                int idx = s.length - (PCTS.length - k);
                extreme = g.format(idx >= 0 ? s[idx] : Missing.DOT);
            }
            if (k == 4) {
                out.println();
            }
            String line = String.format(Locale.ROOT, "%3s    %9s      %9s", (int) PCTS[k] + "%", g.format(pct[k]), extreme);
            out.println((right[k] == null ? line : line + "       " + right[k]).stripTrailing());
            if (k == 4) {
                out.println(String.format("%31s       %s", "Largest", right("Std. dev.", g.format(m.sd()))));
            }
        }
    }

    /** A label and its value, right-aligned in the 23 columns Stata gives them. */
    private static String right(String label, String value) {
        return String.format(Locale.ROOT, "%-12s%11s", label, value);
    }
}
