package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Grouping;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.stats.descriptive.Percentiles;

/**
 * collapse (stat) varlist [(stat) newvar=var ...] [if] [in] [weight] [, by(varlist) cw]: replaces
 * the data by one row per by-group with mean sd sum count min max median p## iqr first last
 * firstnm lastnm (aweights/fweights weight means, sums and counts as Stata).
 */
public final class CollapseCommand extends Command {
    public CollapseCommand() {
        super("collapse", 4, null);
    }

    private static final org.sdl.interp.syntax.SyntaxSpec QUALIFIERS = org.sdl.interp.syntax.SyntaxSpec.parse(
        "[if] [in] [aweight fweight iweight pweight] [, by(varlist) cw FAST]");

    /** Splits "(mean) x y=z ... if ... [w=..], by()" at the first top-level if, in, [ or comma. */
    static int qualifierStart(String t) {
        int depth = 0;
        boolean q = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (!q && c == '(') {
                depth++;
            } else if (!q && c == ')') {
                depth--;
            } else if (!q && depth == 0 && (c == ',' || c == '[')) {
                return i;
            } else if (!q && depth == 0 && i > 0 && Character.isWhitespace(t.charAt(i - 1))
                && (t.startsWith("if ", i) || t.startsWith("in ", i) || t.startsWith("if(", i))) {
                return i;
            }
        }
        return t.length();
    }

    private record Target(String stat, String source, String name) {}

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        VariableMatcher vm = new VariableMatcher(d);
        String text = inv.text();
        int cut = qualifierStart(text);
        org.sdl.interp.syntax.BoundArgs a = new org.sdl.interp.syntax.Binder(inv.session()).bind(
            org.sdl.lang.Parser.command(inv.line().withText("collapse " + text.substring(cut))), QUALIFIERS, "collapse");
        List<Target> targets = new ArrayList<>();
        String stat = "mean";
        for (String w : Words.split(text.substring(0, cut))) {
            if (w.startsWith("(")) {
                stat = w.substring(1, w.length() - 1).strip();
                continue;
            }
            int eq = w.indexOf('=');
            if (eq > 0) {
                targets.add(new Target(stat, vm.one(w.substring(eq + 1)), w.substring(0, eq)));
            } else {
                for (String v : vm.expand(w)) {
                    targets.add(new Target(stat, v, v));
                }
            }
        }
        List<String> by = a.string("by") == null ? List.of() : Words.split(a.string("by"));
        boolean[] use = a.touse().clone();
        if (a.flag("cw")) {
            for (Target t : targets) {
                NumericColumn c = d.numeric(t.source());
                for (int i = 0; i < use.length; i++) {
                    if (Missing.isMissing(c.get(i))) {
                        use[i] = false;
                    }
                }
            }
        }
        double[] w = null;
        if (a.weightKind() != null) {
            NumericColumn wc = d.numeric(vm.one(a.weightText().strip()));
            w = wc.toDoubles();
        }
        Grouping g = by.isEmpty() ? null : Grouping.of(d, by, use);
        int groups = g == null ? 1 : g.count();
        List<Column> out = new ArrayList<>();
        for (String b : by) {
            int[] rows = new int[groups];
            for (int k = 0; k < groups; k++) {
                rows[k] = g.firstRow(k);
            }
            out.add(d.column(b).gather(rows));
        }
        for (Target t : targets) {
            NumericColumn c = d.numeric(t.source());
            if (c == null) {
                throw new SdlError(109, "collapse: " + t.source() + " is a string variable");
            }
            double[] res = new double[groups];
            for (int k = 0; k < groups; k++) {
                res[k] = statistic(t.stat(), c, w, use, g, k, a.weightKind());
            }
            DoubleColumn col = new DoubleColumn(t.name(), res);
            col.setLabel("(" + t.stat() + ") " + (c.label().isEmpty() ? t.source() : c.label()));
            out.add(col);
        }
        Dataset nd = new Dataset();
        nd.setObs(groups);
        for (Column c : out) {
            nd.add(c);
        }
        nd.setSortedBy(by);
        nd.valueLabels().putAll(d.valueLabels());
        d.become(nd);
    }

    private static double statistic(String stat, NumericColumn c, double[] w, boolean[] use, Grouping g, int k,
                                    String wkind) {
        List<double[]> vals = new ArrayList<>();
        int firstRow = -1;
        int lastRow = -1;
        for (int i = 0; i < c.size(); i++) {
            if (!use[i] || (g != null && g.id(i) != k)) {
                continue;
            }
            if (firstRow < 0) {
                firstRow = i;
            }
            lastRow = i;
            double x = c.get(i);
            if (!Missing.isMissing(x)) {
                vals.add(new double[] {x, w == null ? 1 : w[i], i});
            }
        }
        switch (stat) {
            case "first": return firstRow < 0 ? Missing.DOT : c.get(firstRow);
            case "last": return lastRow < 0 ? Missing.DOT : c.get(lastRow);
            case "firstnm": return vals.isEmpty() ? Missing.DOT : vals.get(0)[0];
            case "lastnm": return vals.isEmpty() ? Missing.DOT : vals.get(vals.size() - 1)[0];
            default: break;
        }
        if (stat.equals("count")) {
            double n = 0;
            for (double[] v : vals) {
                n += "fweight".equals(wkind) ? v[1] : 1;
            }
            return n;
        }
        if (vals.isEmpty()) {
            return stat.equals("sum") ? 0 : Missing.DOT;
        }
        double sw = 0;
        double s = 0;
        for (double[] v : vals) {
            sw += v[1];
            s += v[0] * v[1];
        }
        double mean = s / sw;
        double[] x = vals.stream().mapToDouble(v -> v[0]).toArray();
        switch (stat) {
            case "mean": return mean;
            case "sum": return "aweight".equals(wkind) ? s * vals.size() / sw : s;
            case "min": return Arrays.stream(x).min().getAsDouble();
            case "max": return Arrays.stream(x).max().getAsDouble();
            case "sd": {
                double ss = 0;
                for (double[] v : vals) {
                    ss += v[1] * (v[0] - mean) * (v[0] - mean);
                }
                double denom = "fweight".equals(wkind) || w == null ? sw - 1 : sw * (vals.size() - 1) / vals.size();
                return vals.size() > 1 ? Math.sqrt(ss / denom) : Missing.DOT;
            }
            case "median": return pct(vals, w, 50);
            case "iqr": return pct(vals, w, 75) - pct(vals, w, 25);
            default:
                if (stat.matches("p\\d+(\\.\\d+)?")) {
                    return pct(vals, w, Double.parseDouble(stat.substring(1)));
                }
                throw new SdlError(198, "collapse: unknown statistic (" + stat + ")");
        }
    }

    private static double pct(List<double[]> vals, double[] w, double p) {
        double[] x = vals.stream().mapToDouble(v -> v[0]).toArray();
        if (w == null) {
            return Percentiles.of(x, p);
        }
        return Percentiles.weighted(x, vals.stream().mapToDouble(v -> v[1]).toArray(), p);
    }
}
