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
import org.sdl.output.StataFormat;
import org.sdl.stats.descriptive.Moments;

/**
 * ci means varlist [if] [in] [aweight fweight] [, level(#)]: mean, standard error and t-based
 * confidence interval of each variable over its own non-missing values. Moments from the shared
 * two-pass kernel ({@link Moments}) with summarize's weight conventions: fweights count (N = sum
 * f), aweights weight the mean and variance (normalized to the number of observations).
 */
public final class CiCommand extends Command {
    public CiCommand() {
        super("ci", 2, "anything [if] [in] [aweight fweight] [, Level(cilevel)]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        List<String> w = org.sdl.interp.syntax.Words.split(inv.args().anything());
        if (w.isEmpty() || !(w.get(0).length() >= 4 && "means".startsWith(w.get(0)))) {
            throw new SdlError(198, "ci: sdl implements ci means varlist");
        }
        Dataset d = inv.session().data();
        double level = inv.args().real("level", inv.session().settings().level());
        org.sdl.data.VariableMatcher vm = new org.sdl.data.VariableMatcher(d);
        List<String> names = new java.util.ArrayList<>();
        for (String token : w.size() == 1 ? List.of("*") : w.subList(1, w.size())) {
            names.addAll(vm.expand(token));
        }
        double[] weights = inv.args().weightValues(inv.session());
        String kind = inv.args().weightKind();
        inv.out().println();
        inv.out().println(String.format(Locale.ROOT, "    Variable |        Obs        Mean    Std. err.       [%s%% conf. interval]",
            level == Math.rint(level) ? String.valueOf((int) level) : String.valueOf(level)));
        inv.out().println("-------------+---------------------------------------------------------------");
        StataFormat g = StataFormat.parse("%9.0g");
        boolean[] use = inv.args().touse();
        for (String v : names) {
            NumericColumn c = d.numeric(v);
            if (c == null) {
                continue;
            }
            WeightedSample ws = WeightedSample.of(c.toDoubles(), use, weights);
            double n = 0;
            double m = Missing.DOT;
            double se = Missing.DOT;
            double lb = Missing.DOT;
            double ub = Missing.DOT;
            if (ws.size() > 0) {
                Moments mo = Moments.of(ws.values(), ws.weights(), kind);
                n = mo.n();
                m = mo.mean();
                if (n > 1) {
                    se = Math.sqrt(mo.var() / n);
                    double crit = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - level / 100) / 2);
                    lb = m - crit * se;
                    ub = m + crit * se;
                }
            }
            inv.out().println(String.format(Locale.ROOT, "%12s | %10d   %s   %s       %s   %s", v, (long) n, g.format(m),
                g.format(se), g.format(lb), g.format(ub)));
            inv.session().r().scalar("N", n).scalar("mean", m).scalar("se", se).scalar("lb", lb)
                .scalar("ub", ub).scalar("level", level);
        }
    }
}
