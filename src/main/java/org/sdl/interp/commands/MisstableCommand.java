package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.ReturnResults;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.Names;
import org.sdl.output.StataFormat;

/**
 * misstable summarize [varlist] [if] [in] [, all showzero]: for each numeric variable with
 * missing values (every one with all), how many are "." and how many are .a–.z, how many are
 * not missing, and the number of distinct values, the minimum and the maximum of those. The
 * layout is Stata's (checked against published logs). String variables are skipped, as in
 * Stata.
 */
public final class MisstableCommand extends Command {
    public MisstableCommand() {
        super("misstable", 8, "anything [if] [in] [, ALL SHOWzero]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    private static final StataFormat G = StataFormat.parse("%9.0g");

    @Override
    public void run(Invocation inv) {
        List<String> words = inv.args().words();
        if (words.isEmpty() || !"summarize".startsWith(words.get(0)) || words.get(0).length() < 3) {
            throw new SdlError(198, "misstable: sdl has misstable summarize only");
        }
        Dataset d = inv.session().data();
        List<String> vars = new ArrayList<>();
        VariableMatcher vm = new VariableMatcher(d);
        for (String w : words.subList(1, words.size())) {
            vars.addAll(vm.expand(w));
        }
        if (vars.isEmpty()) {
            vars.addAll(d.names());
        }
        boolean all = inv.args().flag("all");
        boolean zeros = inv.args().flag("showzero");
        boolean[] use = inv.args().touse();
        List<String> rows = new ArrayList<>();
        ReturnResults r = inv.session().r();
        for (String v : vars) {
            Column c = d.column(v);
            if (!(c instanceof NumericColumn n)) {
                continue;
            }
            long dot = 0;
            long extended = 0;
            int present = 0;
            double[] values = new double[n.size()]; // the non-missing values, sorted below
            for (int i = 0; i < n.size(); i++) {
                if (!use[i]) {
                    continue;
                }
                double x = n.get(i);
                if (x == Missing.DOT) {
                    dot++;
                } else if (Missing.isMissing(x)) {
                    extended++;
                } else {
                    values[present++] = x;
                }
            }
            Arrays.sort(values, 0, present);
            int distinct = present == 0 ? 0 : 1;
            for (int i = 1; i < present; i++) {
                distinct += values[i] != values[i - 1] ? 1 : 0;
            }
            double min = present == 0 ? Missing.DOT : values[0];
            double max = present == 0 ? Missing.DOT : values[present - 1];
            if (!all && dot + extended == 0) {
                continue;
            }
            String unique = distinct > 500 ? ">500" : String.valueOf(distinct);
            rows.add(String.format("%14s |%10s%10s%10s  |%7s%11s%12s", Names.abbreviate(v, 12), count(dot, zeros),
                count(extended, zeros), count(present, true), unique, G.formatBare(min), G.formatBare(max)));
            r.scalar("N_eq_dot", dot).scalar("N_gt_dot", extended).scalar("N_lt_dot", present)
                .scalar("K_uniq", distinct > 500 ? Missing.DOT : distinct);
            if (present > 0) {
                r.scalar("min", min).scalar("max", max);
            }
        }
        if (rows.isEmpty()) {
            inv.out().println("(variables nonmissing or string)");
            return;
        }
        inv.out().println(" ".repeat(63) + "Obs<.");
        inv.out().println(" ".repeat(48) + "+" + "-".repeat(30));
        inv.out().println("               |                                | Unique");
        inv.out().println("      Variable |     Obs=.     Obs>.     Obs<.  | values        Min         Max");
        inv.out().println("  -------------+--------------------------------+------------------------------");
        rows.forEach(inv.out()::println);
        inv.out().println("  " + "-".repeat(77));
    }

    /** A count with thousands separators; blank for 0 unless shown. */
    private static String count(long k, boolean showZero) {
        return k == 0 && !showZero ? "" : String.format("%,d", k);
    }
}
