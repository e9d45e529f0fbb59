package org.sdl.interp.commands;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.ReturnResults;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.Parser;

/**
 * ttest var == # (one sample), ttest var1 == var2 (paired), ttest var, by(group) [unequal welch]
 * (two groups): t statistic, degrees of freedom (Satterthwaite or Welch when unequal) and the
 * three p-values, stored as Stata's r().
 */
public final class TtestCommand extends Command {
    public TtestCommand() {
        super("ttest", 5, "anything [if] [in] [, by(varname) UNEqual Welch Level(cilevel)]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String a = inv.args().anything();
        boolean[] use = inv.args().touse();
        VariableMatcher vm = new VariableMatcher(d);
        ReturnResults r = inv.session().r();
        if (inv.args().string("by") != null) {
            NumericColumn x = d.numeric(vm.one(a.strip()));
            NumericColumn g = d.numeric(vm.one(inv.args().string("by")));
            double[][] s = new double[2][3];
            double[] levels = new double[2];
            int found = 0;
            for (int i = 0; i < d.nObs(); i++) {
                if (!use[i] || Missing.isMissing(x.get(i)) || Missing.isMissing(g.get(i))) {
                    continue;
                }
                int grp = found > 0 && g.get(i) == levels[0] ? 0 : found > 1 && g.get(i) == levels[1] ? 1 : -1;
                if (grp < 0) {
                    if (found == 2) {
                        throw new SdlError(420, "more than 2 groups found, only 2 allowed");
                    }
                    levels[found] = g.get(i);
                    grp = found++;
                }
                s[grp][0]++;
                s[grp][1] += x.get(i);
                s[grp][2] += x.get(i) * x.get(i);
            }
            if (found < 2) {
                throw new SdlError(420, "1 group found, 2 required");
            }
            if (levels[1] < levels[0]) {
                double[] t = s[0];
                s[0] = s[1];
                s[1] = t;
            }
            double n1 = s[0][0];
            double n2 = s[1][0];
            double m1 = s[0][1] / n1;
            double m2 = s[1][1] / n2;
            double v1 = (s[0][2] - n1 * m1 * m1) / (n1 - 1);
            double v2 = (s[1][2] - n2 * m2 * m2) / (n2 - 1);
            boolean unequal = inv.args().flag("unequal") || inv.args().flag("welch");
            double se;
            double df;
            if (unequal) {
                se = Math.sqrt(v1 / n1 + v2 / n2);
                double a1 = v1 / n1;
                double a2 = v2 / n2;
                df = inv.args().flag("welch")
                    ? -2 + (a1 + a2) * (a1 + a2) / (a1 * a1 / (n1 + 1) + a2 * a2 / (n2 + 1))
                    : (a1 + a2) * (a1 + a2) / (a1 * a1 / (n1 - 1) + a2 * a2 / (n2 - 1));
            } else {
                double sp = ((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2);
                se = Math.sqrt(sp * (1 / n1 + 1 / n2));
                df = n1 + n2 - 2;
            }
            double t = (m1 - m2) / se;
            r.scalar("N_1", n1).scalar("N_2", n2).scalar("mu_1", m1).scalar("mu_2", m2).scalar("sd_1", Math.sqrt(v1))
                .scalar("sd_2", Math.sqrt(v2)).scalar("se", se);
            post(inv, t, df, "diff = mean(" + fmt(levels[0]) + ") - mean(" + fmt(levels[1]) + ")", m1 - m2, se);
            return;
        }
        int eq = a.indexOf("==");
        if (eq < 0) {
            throw new SdlError(198, "ttest: use ttest var == #, ttest var1 == var2, or ttest var, by(group)");
        }
        NumericColumn x = d.numeric(vm.one(a.substring(0, eq).strip()));
        String rhs = a.substring(eq + 2).strip();
        NumericColumn y = null;
        double mu0 = 0;
        if (d.has(rhs) || (!rhs.isEmpty() && Character.isLetter(rhs.charAt(0)))) {
            y = d.numeric(vm.one(rhs));
        } else {
            mu0 = ExprCompiler.evaluate(Parser.expression(inv.line().withText(rhs)), inv.session()).number();
        }
        double n = 0;
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < d.nObs(); i++) {
            double v = x.get(i);
            if (y != null) {
                double w = y.get(i);
                if (Missing.isMissing(w)) {
                    continue;
                }
                v = v - w;
            }
            if (!use[i] || Missing.isMissing(v)) {
                continue;
            }
            n++;
            s += v;
            s2 += v * v;
        }
        if (n < 2) {
            throw new SdlError(2001, "insufficient observations");
        }
        double m = s / n;
        double sd = Math.sqrt((s2 - n * m * m) / (n - 1));
        double se = sd / Math.sqrt(n);
        double t = (m - mu0) / se;
        r.scalar("N_1", n).scalar("mu_1", m).scalar("sd_1", sd).scalar("se", se);
        post(inv, t, n - 1, y == null ? "mean = mean(" + Words.split(a.substring(0, eq)).get(0) + ")"
            : "mean(diff) = mean(" + a.substring(0, eq).strip() + " - " + rhs + ")", m - mu0, se);
    }

    private static void post(Invocation inv, double t, double df, String what, double diff, double se) {
        double pBoth = Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
        double pUpper = t >= 0 ? pBoth / 2 : 1 - pBoth / 2;
        double level = inv.args().real("level", inv.session().settings().level());
        double crit = new TDistribution(df).inverseCumulativeProbability(1 - (1 - level / 100) / 2);
        inv.session().r().scalar("t", t).scalar("df_t", df).scalar("p", pBoth).scalar("p_u", pUpper)
            .scalar("p_l", 1 - pUpper).scalar("level", level);
        inv.out().println();
        inv.out().println(String.format(Locale.ROOT, "    %s      t = %9.4f", what, t));
        inv.out().println(String.format(Locale.ROOT, "    estimate = %s   Std. err. = %s   [%s%% CI %s, %s]", fmt(diff), fmt(se),
            fmt(level), fmt(diff - crit * se), fmt(diff + crit * se)));
        inv.out().println(String.format(Locale.ROOT, "    Degrees of freedom = %s", fmt(df)));
        inv.out().println();
        inv.out().println("    Ha: diff < 0               Ha: diff != 0               Ha: diff > 0");
        inv.out().println(String.format(Locale.ROOT, " Pr(T < t) = %6.4f         Pr(|T| > |t|) = %6.4f          Pr(T > t) = %6.4f",
            1 - pUpper, pBoth, pUpper));
    }

    private static String fmt(double v) {
        return org.sdl.output.StataFormat.displayDefault(v);
    }
}
