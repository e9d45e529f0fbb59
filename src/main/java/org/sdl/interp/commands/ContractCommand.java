package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.FloatColumn;
import org.sdl.data.Grouping;
import org.sdl.data.LongColumn;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * contract varlist [if] [in] [, freq(name) percent(name) cfreq(name) cpercent(name) nomiss]:
 * replaces the data by one observation per combination of the variables' values, in sorted
 * order, with its frequency (and percentages), as Stata's contract.
 */
public final class ContractCommand extends Command {
    public ContractCommand() {
        super("contract", 4, "varlist [if] [in] [, Freq(name) Percent(name) CFreq(name) CPercent(name) noMISS]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        List<String> vars = inv.args().varlist();
        boolean[] use = inv.args().touse().clone();
        if (inv.args().flag("nomiss")) {
            for (String v : vars) {
                Column c = d.column(v);
                for (int i = 0; i < use.length; i++) {
                    if (use[i] && c.isMissing(i)) {
                        use[i] = false;
                    }
                }
            }
        }
        String freq = inv.args().string("freq", "_freq");
        // every other variable goes away, so only a clash with the kept ones matters
        for (String name : new String[] {freq, inv.args().string("percent"), inv.args().string("cfreq"),
                inv.args().string("cpercent")}) {
            if (name != null && vars.contains(name)) {
                throw new SdlError(110, "variable " + name + " already defined");
            }
        }
        Grouping g = Grouping.of(d, vars, use);
        int groups = g.count();
        if (groups == 0) {
            throw new SdlError(2000, "no observations");
        }
        long[] count = new long[groups];
        for (int id : g.ids()) {
            if (id >= 0) {
                count[id]++;
            }
        }
        int[] rows = new int[groups];
        for (int k = 0; k < groups; k++) {
            rows[k] = g.firstRow(k);
        }
        for (String name : new ArrayList<>(d.names())) {
            if (!vars.contains(name)) {
                d.drop(name);
            }
        }
        d.applyRows(rows);
        d.order(vars);
        long total = 0;
        for (long c : count) {
            total += c;
        }
        LongColumn f = new LongColumn(freq, groups);
        for (int k = 0; k < groups; k++) {
            f.set(k, count[k]);
        }
        d.add(f);
        addShares(d, inv.args().string("percent"), count, total, false, true);
        addShares(d, inv.args().string("cfreq"), count, total, true, false);
        addShares(d, inv.args().string("cpercent"), count, total, true, true);
        d.setSortedBy(vars);
    }

    /** Frequencies as (cumulative) counts or percentages of the total. */
    private static void addShares(Dataset d, String name, long[] count, long total, boolean cumulative, boolean percent) {
        if (name == null) {
            return;
        }
        NumericColumn c = percent ? new FloatColumn(name, count.length) : new LongColumn(name, count.length);
        long cum = 0;
        for (int k = 0; k < count.length; k++) {
            cum += count[k];
            double v = cumulative ? cum : count[k];
            c.set(k, percent ? 100.0 * v / total : v);
        }
        d.add(c);
    }
}
