package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Grouping;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

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
        double[] w = a.weightValues(inv.session());
        Grouping g = by.isEmpty() ? null : Grouping.of(d, by, use);
        int groups = g == null ? 1 : g.count();
        int selected = 0;
        for (boolean u : use) {
            selected += u ? 1 : 0;
        }
        // the grouping already marks unselected rows -1; its ids are copied only if weights drop rows
        int[] gid = g != null && w == null ? g.ids() : new int[d.nObs()];
        if (gid != (g == null ? null : g.ids())) {
            for (int i = 0; i < gid.length; i++) {
                gid[i] = !use[i] ? -1 : g == null ? 0 : g.id(i);
            }
        }
        if (selected == 0) {
            throw new SdlError(2000, "no observations");
        }
        if (w != null) {
            for (int i = 0; i < gid.length; i++) {
                if (gid[i] >= 0 && (Missing.isMissing(w[i]) || w[i] < 0)) {
                    gid[i] = -1;
                }
            }
        }
        GroupStats stats = new GroupStats(gid, groups, w, a.weightKind());
        List<Column> out = new ArrayList<>();
        for (String b : by) {
            int[] rows = new int[groups];
            for (int k = 0; k < groups; k++) {
                rows[k] = g.firstRow(k);
            }
            out.add(d.column(b).gather(rows));
        }
        List<String> names = new ArrayList<>(by);
        for (Target t : targets) {
            NumericColumn c = d.numeric(t.source());
            if (c == null) {
                throw new SdlError(109, "collapse: " + t.source() + " is a string variable");
            }
            if (!GroupStats.known(t.stat())) {
                throw new SdlError(198, "collapse: unknown statistic (" + t.stat() + ")");
            }
            if (names.contains(t.name())) {
                throw new SdlError(198, "collapse: " + t.name() + " would be created twice (use (stat) newvar=" + t.source() + ")");
            }
            names.add(t.name());
            double[] x = c instanceof DoubleColumn dc ? dc.raw() : c.toDoubles(); // only read
            NumericColumn col = new DoubleColumn(t.name(), stats.compute(t.stat(), x));
            StorageType type = resultType(t.stat(), c.type());
            if (type != StorageType.DOUBLE) {
                col = col.convertTo(type);
            }
            col.setLabel("(" + t.stat() + ") " + (c.label().isEmpty() ? t.source() : c.label()));
            if (type == c.type()) {
                col.setFormat(c.format());
                col.setValueLabel(c.valueLabel());
            }
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

    /** Stata's types: count long, sum double, min/max/first/last the source's, others float (double from double). */
    private static StorageType resultType(String stat, StorageType source) {
        switch (stat) {
            case "count": return StorageType.LONG;
            case "sum": case "rawsum": return StorageType.DOUBLE;
            case "min": case "max": case "first": case "last": case "firstnm": case "lastnm": return source;
            default: return source == StorageType.DOUBLE ? StorageType.DOUBLE : StorageType.FLOAT;
        }
    }
}
