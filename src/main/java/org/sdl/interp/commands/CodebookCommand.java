package org.sdl.interp.commands;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.sdl.stats.descriptive.Percentiles;

/**
 * codebook [varlist] [if] [in] [, compact]: per variable its type, label, range, number of unique
 * values and missing values, then a tabulation (few values, with value labels), mean, sd and
 * percentiles (numeric) or examples (string). compact: one line per variable.
 */
public final class CodebookCommand extends Command {
    private static final String LINE = "-".repeat(79);

    public CodebookCommand() {
        super("codebook", 4, "[varlist] [if] [in] [, Compact]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        boolean[] use = inv.args().touse();
        List<String> vars = inv.args().varlist();
        if (inv.args().flag("compact")) {
            inv.out().println();
            inv.out().println("Variable      Obs Unique      Mean       Min       Max  Label");
            inv.out().println(LINE);
            for (String v : vars) {
                compact(inv, d.column(v), use);
            }
            inv.out().println(LINE);
            return;
        }
        for (String v : vars) {
            full(inv, d, d.column(v), use);
        }
    }

    private static void compact(Invocation inv, Column c, boolean[] use) {
        String name = c.name().length() > 12 ? c.name().substring(0, 11) + "~" : c.name();
        if (c instanceof NumericColumn n) {
            double[] x = present(n, use);
            double mean = Arrays.stream(x).average().orElse(Missing.DOT);
            inv.out().println(String.format(Locale.ROOT, "%-12s %4d %6d %9s %9s %9s  %s", name, x.length, unique(x),
                num(mean), x.length == 0 ? "." : num(x[0]), x.length == 0 ? "." : num(x[x.length - 1]), c.label()).stripTrailing());
        } else {
            StringColumn s = (StringColumn) c;
            int obs = 0;
            Set<String> u = new HashSet<>();
            for (int i = 0; i < s.size(); i++) {
                if (use[i] && !s.get(i).isEmpty()) {
                    obs++;
                    u.add(s.get(i));
                }
            }
            inv.out().println(String.format(Locale.ROOT, "%-12s %4d %6d %9s %9s %9s  %s", name, obs, u.size(), ".", ".", ".",
                c.label()).stripTrailing());
        }
    }

    private static void full(Invocation inv, Dataset d, Column c, boolean[] use) {
        inv.out().println(LINE);
        String label = c.label().isEmpty() ? "(unlabeled)" : c.label();
        int pad = Math.max(1, 79 - c.name().length() - label.length());
        inv.out().println(c.name() + " ".repeat(pad) + label);
        inv.out().println(LINE);
        inv.out().println();
        int total = 0;
        for (boolean b : use) {
            total += b ? 1 : 0;
        }
        if (c instanceof StringColumn s) {
            inv.out().println("                  Type: String (" + s.typeName() + ")");
            inv.out().println();
            TreeMap<String, Integer> counts = new TreeMap<>();
            int missing = 0;
            for (int i = 0; i < s.size(); i++) {
                if (use[i]) {
                    if (s.get(i).isEmpty()) {
                        missing++;
                    } else {
                        counts.merge(s.get(i), 1, Integer::sum);
                    }
                }
            }
            inv.out().println(String.format(Locale.ROOT, "         Unique values: %-22d Missing \"\": %d/%d", counts.size(), missing, total));
            inv.out().println();
            if (counts.size() <= 9) {
                inv.out().println("            Tabulation: Freq.  Value");
                for (Map.Entry<String, Integer> e : counts.entrySet()) {
                    inv.out().println(String.format(Locale.ROOT, "                        %5d  \"%s\"", e.getValue(), e.getKey()));
                }
            } else {
                inv.out().println("              Examples: \"" + String.join("\"\n                        \"",
                    counts.keySet().stream().limit(4).toList()) + "\"");
            }
            inv.out().println();
            return;
        }
        NumericColumn n = (NumericColumn) c;
        double[] x = present(n, use);
        ValueLabelSet vl = n.valueLabel() == null ? null : d.valueLabels().get(n.valueLabel());
        inv.out().println("                  Type: Numeric (" + n.typeName() + ")");
        if (n.valueLabel() != null) {
            inv.out().println("                 Label: " + n.valueLabel());
        }
        inv.out().println();
        int unique = unique(x);
        String range = x.length == 0 ? "[.,.]" : "[" + num(x[0]) + "," + num(x[x.length - 1]) + "]";
        inv.out().println(String.format(Locale.ROOT, "                 Range: %-26s", range).stripTrailing());
        inv.out().println(String.format(Locale.ROOT, "         Unique values: %-22d Missing .: %d/%d", unique,
            total - x.length, total));
        inv.out().println();
        if (unique <= 9 && x.length > 0) {
            TreeMap<Double, Integer> counts = new TreeMap<>();
            for (double v : x) {
                counts.merge(v, 1, Integer::sum);
            }
            inv.out().println("            Tabulation: Freq.   Value" + (vl == null ? "" : "  Label"));
            for (Map.Entry<Double, Integer> e : counts.entrySet()) {
                String lab = vl == null ? null : vl.get(e.getKey());
                inv.out().println(String.format(Locale.ROOT, "                        %5d %7s%s", e.getValue(), num(e.getKey()),
                    lab == null ? "" : "  " + lab));
            }
            if (x.length < total) {
                inv.out().println(String.format(Locale.ROOT, "                        %5d %7s", total - x.length, "."));
            }
        } else if (x.length > 0) {
            double mean = Arrays.stream(x).average().orElse(0);
            double ss = 0;
            for (double v : x) {
                ss += (v - mean) * (v - mean);
            }
            inv.out().println("                  Mean: " + num(mean));
            inv.out().println("             Std. dev.: " + (x.length > 1 ? num(Math.sqrt(ss / (x.length - 1))) : "."));
            inv.out().println();
            inv.out().println("           Percentiles:     10%       25%       50%       75%       90%");
            StringBuilder b = new StringBuilder("                      ");
            for (double p : new double[] {10, 25, 50, 75, 90}) {
                b.append(String.format(Locale.ROOT, "%10s", num(Percentiles.sorted(x, p))));
            }
            inv.out().println(b.toString());
        }
        inv.out().println();
    }

    /** Non-missing selected values, sorted. */
    private static double[] present(NumericColumn n, boolean[] use) {
        double[] x = new double[n.size()];
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            double v = n.get(i);
            if (use[i] && !Missing.isMissing(v)) {
                x[m++] = v;
            }
        }
        x = Arrays.copyOf(x, m);
        Arrays.sort(x);
        return x;
    }

    private static int unique(double[] sorted) {
        int u = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                u++;
            }
        }
        return u;
    }

    private static String num(double v) {
        return Missing.isMissing(v) ? Missing.text(v) : StataFormat.parse("%9.0g").formatBare(v).strip();
    }
}
