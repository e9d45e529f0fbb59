package org.sdl.interp.commands;

import java.util.List;
import java.util.Locale;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Grouping;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.Names;
import org.sdl.stats.descriptive.RankSum;

/**
 * ranksum varname [if] [in], by(groupvar) [porder]: the Wilcoxon rank-sum (Mann–Whitney) test of
 * two independent samples, displayed and stored as Stata does (formulas in {@link RankSum}).
 */
public final class RanksumCommand extends Command {
    public RanksumCommand() {
        super("ranksum", 4, "varname [if] [in] , by(varname) [POrder]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String var = inv.args().varlist().get(0);
        String by = inv.args().string("by");
        if (!(d.column(var) instanceof NumericColumn xc)) {
            throw new SdlError(109, "type mismatch: " + var + " is a string variable");
        }
        Column g = d.column(by);
        boolean[] use = inv.args().touse().clone();
        for (int i = 0; i < use.length; i++) {
            if (use[i] && (xc.isMissing(i) || g.isMissing(i))) {
                use[i] = false;
            }
        }
        Grouping groups = Grouping.of(d, List.of(by), use);
        if (groups.count() != 2) {
            throw new SdlError(420, groups.count() < 2 ? "1 group found, 2 required"
                : groups.count() + " groups found, 2 required");
        }
        int n = 0;
        for (boolean u : use) {
            n += u ? 1 : 0;
        }
        double[] x = new double[n];
        boolean[] first = new boolean[n];
        int k = 0;
        for (int i = 0; i < use.length; i++) {
            if (use[i]) {
                x[k] = xc.get(i);
                first[k++] = groups.id(i) == 0;
            }
        }
        RankSum.Result r = RankSum.test(x, first);
        String v1 = ListCommand.cell(d, g, groups.firstRow(0), false).strip();
        String v2 = ListCommand.cell(d, g, groups.firstRow(1), false).strip();
        print(inv, var, by, v1, v2, r);
        inv.session().r().scalar("N_1", r.n1()).scalar("N_2", r.n2()).scalar("z", r.z()).scalar("p", r.p())
            .scalar("Var_a", r.varAdjusted()).scalar("sum_obs", r.sum1()).scalar("sum_exp", r.expected1())
            .scalar("group1", groups.firstRow(0) >= 0 && g instanceof NumericColumn nc
                ? nc.get(groups.firstRow(0)) : Missing.DOT);
        if (inv.args().flag("porder")) {
            inv.session().r().scalar("porder", r.porder());
        }
    }

    private static void print(Invocation inv, String var, String by, String v1, String v2, RankSum.Result r) {
        var out = inv.out();
        out.println();
        out.println("Two-sample Wilcoxon rank-sum (Mann-Whitney) test");
        out.println();
        out.println(String.format(Locale.ROOT, "%12s |%9s%12s%12s", Names.abbreviate(by, 12), "obs", "rank sum", "expected"));
        out.println("-------------+---------------------------------");
        out.println(row(v1, r.n1(), r.sum1(), r.expected1()));
        out.println(row(v2, r.n2(), r.sum2(), r.expected2()));
        out.println("-------------+---------------------------------");
        out.println(row("combined", r.n1() + r.n2(), r.sum1() + r.sum2(), r.expected1() + r.expected2()));
        out.println();
        out.println(String.format(Locale.ROOT, "unadjusted variance %11.2f", r.varUnadjusted()));
        out.println(String.format(Locale.ROOT, "adjustment for ties %11.2f", r.tieAdjustment()));
        out.println("                     ----------");
        out.println(String.format(Locale.ROOT, "adjusted variance   %11.2f", r.varAdjusted()));
        out.println();
        out.println("Ho: " + var + "(" + by + "==" + v1 + ") = " + var + "(" + by + "==" + v2 + ")");
        out.println(String.format(Locale.ROOT, "             z = %7.3f", r.z()));
        out.println(String.format(Locale.ROOT, "    Prob > |z| = %8.4f", r.p()));
        if (inv.args().flag("porder")) {
            out.println();
            out.println("P{" + var + "(" + by + "==" + v1 + ") > " + var + "(" + by + "==" + v2 + ")} = "
                + String.format(Locale.ROOT, "%5.3f", r.porder()));
        }
    }

    private static String row(String label, int n, double sum, double expected) {
        org.sdl.output.StataFormat g = org.sdl.output.StataFormat.parse("%10.0g");
        return String.format(Locale.ROOT, "%12s |%9d%12s%12s", Names.abbreviate(label, 12), n, g.formatBare(sum), g.formatBare(expected));
    }
}
