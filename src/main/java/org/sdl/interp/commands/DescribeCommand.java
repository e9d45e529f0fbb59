package org.sdl.interp.commands;

import java.util.Locale;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** describe [varlist] [, short]: observations, variables, and per variable type, format, labels. */
public final class DescribeCommand extends Command {
    public DescribeCommand() {
        super("describe", 1, "[varlist] [, Short Fullnames SImple Numbers]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        inv.session().r().scalar("N", d.nObs()).scalar("k", d.nVars());
        if (inv.args().flag("simple")) {
            inv.out().println(String.join("  ", inv.args().varlist()));
            return;
        }
        inv.out().println();
        if (inv.session().filename() != null) {
            inv.out().println("Contains data from " + inv.session().filename());
        } else {
            inv.out().println("Contains data");
        }
        inv.out().println(String.format(Locale.ROOT, " Observations:%14s%s", String.format("%,d", d.nObs()),
            d.label().isEmpty() ? "" : "                  " + d.label()));
        inv.out().println(String.format(Locale.ROOT, "    Variables:%14s", String.format("%,d", d.nVars())));
        if (inv.args().flag("short")) {
            return;
        }
        inv.out().println("-".repeat(78));
        inv.out().println("Variable      Storage   Display    Value");
        inv.out().println("    name         type    format    label      Variable label");
        inv.out().println("-".repeat(78));
        for (String v : inv.args().varlist()) {
            Column c = d.column(v);
            String vl = c instanceof NumericColumn nc && nc.valueLabel() != null ? nc.valueLabel() : "";
            String name = v.length() > 15 ? v.substring(0, 14) + "~" : v;
            inv.out().println(String.format(Locale.ROOT, "%-15s %-7s %-10s %-10s %s", name, c.typeName(), c.format(),
                vl, c.label()));
        }
        inv.out().println("-".repeat(78));
        if (!d.sortedBy().isEmpty()) {
            inv.out().println("Sorted by: " + String.join("  ", d.sortedBy()));
        }
    }
}
