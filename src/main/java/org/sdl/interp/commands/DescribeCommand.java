package org.sdl.interp.commands;

import java.util.List;
import java.util.Locale;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * describe [varlist] [, short simple fullnames varlist]: observations, variables, and per variable
 * storage type, display format, value label and variable label, in Stata's layout.
 */
public final class DescribeCommand extends Command {
    private static final int LINE = 79;

    public DescribeCommand() {
        super("describe", 1, "[varlist] [, Short Fullnames SImple Numbers VARList]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        List<String> vars = inv.args().varlist();
        inv.session().r().scalar("N", d.nObs()).scalar("k", d.nVars()).scalar("width", width(d))
            .scalar("changed", d.changed() ? 1 : 0);
        if (inv.args().flag("varlist")) {
            inv.session().r().macro("varlist", String.join(" ", vars));
            inv.session().r().macro("sortlist", String.join(" ", d.sortedBy()));
        }
        if (inv.args().flag("simple")) {
            simple(inv, vars);
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
        if (!inv.args().flag("short")) {
            inv.out().println("-".repeat(LINE));
            inv.out().println("Variable      Storage   Display    Value");
            inv.out().println("    name         type    format    label      Variable label");
            inv.out().println("-".repeat(LINE));
            for (String v : vars) {
                Column c = d.column(v);
                String vl = c instanceof NumericColumn nc && nc.valueLabel() != null ? nc.valueLabel() : "";
                String name = v.length() > 15 && !inv.args().flag("fullnames") ? v.substring(0, 13) + "~"
                    + v.substring(v.length() - 1) : v;
                inv.out().println(String.format(Locale.ROOT, "%-15s %-7s %-10s %-10s %s", name, c.typeName(),
                    c.format(), vl, c.label()).stripTrailing());
            }
        }
        inv.out().println("-".repeat(LINE));
        inv.out().println("Sorted by: " + String.join(" ", d.sortedBy()));
        if (d.changed()) {
            inv.out().println("     Note: Dataset has changed since last saved.");
        }
    }

    /** Names in columns (filled top to bottom, then left to right), each maxlen + 2 wide. */
    /** Names in columns, filled down then across (describe, simple; also ds). */
    static void simple(Invocation inv, List<String> vars) {
        if (vars.isEmpty()) {
            return;
        }
        int w = 0;
        for (String v : vars) {
            w = Math.max(w, v.length());
        }
        w += 2;
        int cols = Math.max(1, Math.min(vars.size(), LINE / w));
        int rows = (vars.size() + cols - 1) / cols;
        for (int r = 0; r < rows; r++) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                int i = c * rows + r;
                if (i < vars.size()) {
                    b.append(String.format(Locale.ROOT, "%-" + w + "s", vars.get(i)));
                }
            }
            inv.out().println(b.toString().stripTrailing());
        }
    }

    /** Bytes per observation, as Stata's r(width): byte 1, int 2, long/float 4, double 8, str# #. */
    static long width(Dataset d) {
        long w = 0;
        for (Column c : d.columns()) {
            if (c instanceof StringColumn s) {
                w += s.isStrL() ? 8 : s.width();
            } else {
                switch (c.type()) {
                    case BYTE: w += 1; break;
                    case INT: w += 2; break;
                    case LONG: case FLOAT: w += 4; break;
                    default: w += 8;
                }
            }
        }
        return w;
    }
}
