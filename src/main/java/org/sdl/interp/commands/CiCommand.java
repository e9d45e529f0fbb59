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

/** ci means varlist [if] [in] [, level(#)]: mean, standard error and t-based confidence interval. */
public final class CiCommand extends Command {
    public CiCommand() {
        super("ci", 2, "anything [if] [in] [, Level(cilevel)]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        List<String> w = org.sdl.interp.syntax.Words.split(inv.args().anything());
        if (w.isEmpty() || !w.get(0).startsWith("mean")) {
            throw new SdlError(198, "ci: sdl implements ci means varlist");
        }
        Dataset d = inv.session().data();
        double level = inv.args().real("level", inv.session().settings().level());
        inv.out().println();
        inv.out().println(String.format(Locale.ROOT, "    Variable |        Obs        Mean    Std. err.       [%s%% conf. interval]",
            level == Math.rint(level) ? String.valueOf((int) level) : String.valueOf(level)));
        inv.out().println("-------------+---------------------------------------------------------------");
        StataFormat g = StataFormat.parse("%9.0g");
        boolean[] use = inv.args().touse();
        for (String v : new org.sdl.data.VariableMatcher(d).expand(String.join(" ", w.subList(1, w.size())).isEmpty() ? "*" : w.get(1))) {
            NumericColumn c = d.numeric(v);
            if (c == null) {
                continue;
            }
            double n = 0;
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < c.size(); i++) {
                if (use[i] && !Missing.isMissing(c.get(i))) {
                    n++;
                    s += c.get(i);
                    s2 += c.get(i) * c.get(i);
                }
            }
            double m = s / n;
            double se = Math.sqrt((s2 - n * m * m) / (n - 1) / n);
            double crit = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - level / 100) / 2);
            inv.out().println(String.format(Locale.ROOT, "%12s | %10d   %s   %s       %s   %s", v, (long) n, g.format(m),
                g.format(se), g.format(m - crit * se), g.format(m + crit * se)));
            inv.session().r().scalar("N", n).scalar("mean", m).scalar("se", se).scalar("lb", m - crit * se)
                .scalar("ub", m + crit * se).scalar("level", level);
        }
    }
}
