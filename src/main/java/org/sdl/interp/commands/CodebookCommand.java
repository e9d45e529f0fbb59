package org.sdl.interp.commands;

import java.util.Locale;
import java.util.TreeMap;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.StataFormat;

/** codebook [varlist] [, compact]: type, labels, range, unique values, missing, and tabulation or moments. */
public final class CodebookCommand extends Command {
    public CodebookCommand() {
        super("codebook", 4, "[varlist] [if] [in] [, Compact]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        boolean[] use = inv.args().touse();
        StataFormat g = StataFormat.parse("%9.0g");
        if (inv.args().flag("compact")) {
            inv.out().println();
            inv.out().println("Variable      Obs Unique      Mean       Min       Max  Label");
            inv.out().println("-------------------------------------------------------------------------------");
        }
        for (String v : inv.args().varlist()) {
            Column c = d.column(v);
            TreeMap<Object, Integer> counts = new TreeMap<>((a, b) -> a instanceof Double x ? Double.compare(x, (Double) b)
                : ((String) a).compareTo((String) b));
            int missing = 0;
            int obs = 0;
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < d.nObs(); i++) {
                if (!use[i]) {
                    continue;
                }
                Object key;
                if (c instanceof StringColumn s) {
                    key = s.get(i);
                    if (s.get(i).isEmpty()) {
                        missing++;
                        continue;
                    }
                } else {
                    double x = ((NumericColumn) c).get(i);
                    if (Missing.isMissing(x)) {
                        missing++;
                        continue;
                    }
                    key = x;
                    sum += x;
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
                obs++;
                counts.merge(key, 1, Integer::sum);
            }
            if (inv.args().flag("compact")) {
                inv.out().println(String.format(Locale.ROOT, "%-12s %5d %6d %s %s %s  %s", v, obs, counts.size(),
                    c.isString() ? "         " : g.format(sum / obs), c.isString() ? "         " : g.format(min),
                    c.isString() ? "         " : g.format(max), c.label()));
                continue;
            }
            inv.out().println();
            inv.out().println("-".repeat(78));
            inv.out().println(String.format("%-30s %47s", v, c.label()));
            inv.out().println("-".repeat(78));
            inv.out().println(String.format("%24s  %s", "Type:", c.isString() ? "String (" + c.typeName() + ")" : "Numeric (" + c.typeName() + ")"));
            String vl = c instanceof NumericColumn nc ? nc.valueLabel() : null;
            if (vl != null) {
                inv.out().println(String.format("%24s  %s", "Label:", vl));
            }
            if (!c.isString() && obs > 0) {
                inv.out().println(String.format("%24s  [%s,%s]", "Range:", g.formatBare(min), g.formatBare(max)));
            }
            inv.out().println(String.format("%24s  %,d                  Missing .: %,d/%,d", "Unique values:", counts.size(),
                missing, obs + missing));
            if (counts.size() <= 9) {
                inv.out().println(String.format("%24s  %s", "Tabulation:", "Freq.  Value"));
                ValueLabelSet ls = vl == null ? null : d.valueLabels().get(vl);
                counts.forEach((k, n) -> inv.out().println(String.format("%24s  %5d  %s", "", n,
                    k instanceof Double x ? org.sdl.interp.expr.MacroNumber.format(x)
                        + (ls != null && ls.get(x) != null ? "  " + ls.get(x) : "") : "\"" + k + "\"")));
            } else if (!c.isString()) {
                inv.out().println(String.format("%24s  %s", "Mean:", g.formatBare(sum / obs)));
            }
        }
    }
}
