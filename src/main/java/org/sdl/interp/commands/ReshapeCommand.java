package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sdl.data.Column;
import org.sdl.data.DataSort;
import org.sdl.data.Dataset;
import org.sdl.data.Grouping;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.StataFormat;

/**
 * reshape long stubs, i(varlist) j(newvar) [string] | reshape wide stubs, i(varlist) j(var)
 * [string]: between one row per i (variables stub1 stub2 ...) and one row per (i, j). The j
 * values are the numeric suffixes (or, with string, any suffixes) of the stub variables; the
 * xij columns keep the widest storage type of their sources; variables other than i, j and the
 * stubs must be constant within i to go wide (r(9) otherwise). Prints Stata's summary table.
 */
public final class ReshapeCommand extends Command {
    public ReshapeCommand() {
        super("reshape", 7, "anything [, i(string) j(string) STRing]");
    }

    @Override
    public void run(Invocation inv) {
        List<String> w = Words.split(inv.args().anything());
        if (w.size() < 2 || inv.args().string("i") == null || inv.args().string("j") == null) {
            throw new SdlError(198, "reshape long|wide stubs, i(varlist) j(varname)");
        }
        List<String> stubs = w.subList(1, w.size());
        List<String> ids = Words.split(inv.args().string("i"));
        List<String> jw = Words.split(inv.args().string("j"));
        String j = jw.get(0);
        boolean string = inv.args().flag("string") || jw.contains("string");
        Dataset d = inv.session().data();
        for (String id : ids) {
            if (!d.has(id)) {
                throw new SdlError(111, "variable " + id + " not found");
            }
        }
        String mode = w.get(0).toLowerCase(Locale.ROOT);
        if (mode.equals("long")) {
            toLong(inv, d, stubs, ids, j, string);
        } else if (mode.equals("wide")) {
            toWide(inv, d, stubs, ids, j);
        } else {
            throw new SdlError(198, "reshape " + w.get(0) + ": use long or wide");
        }
    }

    private static void toLong(Invocation inv, Dataset d, List<String> stubs, List<String> ids, String j, boolean string) {
        if (d.has(j)) {
            throw new SdlError(110, "variable " + j + " already defined");
        }
        // j values in numeric order (or string order with string); TreeMap: j text by sort key
        TreeMap<Object, String> js = new TreeMap<>();
        for (String stub : stubs) {
            for (String n : d.names()) {
                if (n.startsWith(stub) && n.length() > stub.length()) {
                    String suffix = n.substring(stub.length());
                    if (string) {
                        js.put(suffix, suffix);
                    } else if (suffix.matches("-?\\d+(\\.\\d+)?")) {
                        js.put(Double.parseDouble(suffix), suffix);
                    }
                }
            }
        }
        if (js.isEmpty()) {
            throw new SdlError(111, "no xij variables found (stubs " + String.join(" ", stubs) + ")");
        }
        List<String> jl = new ArrayList<>(js.values());
        int n = d.nObs();
        int m = jl.size();
        int rows = n * m;
        int[] src = new int[rows];
        for (int r = 0; r < rows; r++) {
            src[r] = r / m;
        }
        List<String> xij = new ArrayList<>();
        for (String stub : stubs) {
            for (String jv : jl) {
                if (d.has(stub + jv)) {
                    xij.add(stub + jv);
                }
            }
        }
        Column jc;
        if (string) {
            StringColumn s = new StringColumn(j, rows);
            for (int r = 0; r < rows; r++) {
                s.set(r, jl.get(r % m));
            }
            jc = s;
        } else {
            double[] jv = new double[rows];
            StorageType t = StorageType.BYTE;
            for (int r = 0; r < rows; r++) {
                jv[r] = Double.parseDouble(jl.get(r % m));
                t = t.promoteFor(jv[r]);
            }
            NumericColumn c = NumericColumn.create(t, j, rows);
            for (int r = 0; r < rows; r++) {
                c.set(r, jv[r]);
            }
            jc = c;
        }
        Dataset out = new Dataset();
        out.setObs(rows);
        for (Column c : d.columns()) {
            if (!xij.contains(c.name())) {
                out.add(c.gather(src));
            }
            if (c.name().equals(ids.get(ids.size() - 1))) {
                out.add(jc);
            }
        }
        for (String stub : stubs) {
            if (d.has(stub)) {
                throw new SdlError(110, "variable " + stub + " already defined (it would hold the stacked " + stub + "#)");
            }
            List<Column> sources = new ArrayList<>();
            for (String jv : jl) {
                sources.add(d.column(stub + jv));
            }
            Column col = stacked(stub, sources, src, m);
            out.add(col);
        }
        out.valueLabels().putAll(d.valueLabels());
        List<String> sortKeys = new ArrayList<>(ids);
        sortKeys.add(j);
        DataSort.sort(out, sortKeys);
        table(inv, "Wide", "Long", n, rows, d.nVars(), out.nVars(), j, m, jl, xij, stubs, true);
        d.become(out);
    }

    /** The long column for one stub: row r takes sources[r % m] at original row src[r]. */
    private static Column stacked(String stub, List<Column> sources, int[] src, int m) {
        int rows = src.length;
        boolean str = false;
        StorageType t = StorageType.BYTE;
        Column model = null;
        for (Column s : sources) {
            if (s == null) {
                continue;
            }
            model = model == null ? s : model;
            if (s.isString()) {
                str = true;
            } else if (s.type().width() > t.width()) {
                t = s.type();
            }
        }
        Column col = str ? new StringColumn(stub, rows) : NumericColumn.create(t, stub, rows);
        for (int r = 0; r < rows; r++) {
            Column s = sources.get(r % m);
            if (s == null) {
                continue;
            }
            if (col instanceof StringColumn sc) {
                sc.set(r, s instanceof StringColumn ss ? ss.get(src[r]) : "");
            } else if (s instanceof NumericColumn ns) {
                ((NumericColumn) col).set(r, ns.get(src[r]));
            }
        }
        if (model != null) {
            col.setLabel(model.label());
        }
        return col;
    }

    private static void toWide(Invocation inv, Dataset d, List<String> stubs, List<String> ids, String j) {
        Column jcol = d.column(j);
        if (jcol == null) {
            throw new SdlError(111, "variable " + j + " not found");
        }
        int n = d.nObs();
        String[] jtext = new String[n];
        TreeSet<Object> order = new TreeSet<>();
        TreeMap<Object, String> names = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (jcol instanceof StringColumn s) {
                jtext[i] = s.get(i);
                if (jtext[i].isEmpty()) {
                    throw new SdlError(498, "variable " + j + " has missing values");
                }
                order.add(jtext[i]);
                names.put(jtext[i], jtext[i]);
            } else {
                double v = ((NumericColumn) jcol).get(i);
                if (Missing.isMissing(v)) {
                    throw new SdlError(498, "variable " + j + " has missing values");
                }
                jtext[i] = StataFormat.displayDefault(v).strip();
                order.add(v);
                names.put(v, jtext[i]);
            }
        }
        List<String> jl = new ArrayList<>(names.values());
        Grouping g = Grouping.of(d, ids, null);
        int rows = g.count();
        int[] first = new int[rows];
        for (int k = 0; k < rows; k++) {
            first[k] = -1;
        }
        for (int i = 0; i < n; i++) {
            if (first[g.id(i)] < 0) {
                first[g.id(i)] = i;
            }
        }
        Dataset out = new Dataset();
        out.setObs(rows);
        List<String> xij = new ArrayList<>();
        for (Column c : d.columns()) {
            if (stubs.contains(c.name()) || c.name().equals(j)) {
                continue;
            }
            if (!ids.contains(c.name())) {
                for (int i = 0; i < n; i++) {
                    if (!DataSort.sameKeys(d, List.of(c.name()), i, first[g.id(i)])) {
                        throw new SdlError(9, "variable " + c.name() + " not constant within " + String.join(" ", ids)
                            + " (list it among the stubs, or drop it)");
                    }
                }
            }
            out.add(c.gather(first));
        }
        for (String stub : stubs) {
            Column s = d.column(stub);
            if (s == null) {
                throw new SdlError(111, "variable " + stub + " not found");
            }
            for (String jv : jl) {
                String name = stub + jv;
                if (out.has(name)) {
                    throw new SdlError(110, "variable " + name + " already defined");
                }
                Column col = s instanceof StringColumn ? new StringColumn(name, rows)
                    : NumericColumn.create(s.type(), name, rows);
                boolean[] seen = new boolean[rows];
                for (int i = 0; i < n; i++) {
                    if (!jtext[i].equals(jv)) {
                        continue;
                    }
                    int k = g.id(i);
                    if (seen[k]) {
                        throw new SdlError(9, "values of variable " + j + " not unique within " + String.join(" ", ids));
                    }
                    seen[k] = true;
                    if (col instanceof StringColumn sc) {
                        sc.set(k, ((StringColumn) s).get(i));
                    } else {
                        ((NumericColumn) col).set(k, ((NumericColumn) s).get(i));
                    }
                }
                col.setLabel(jv + " " + (s.label().isEmpty() ? stub : s.label()));
                out.add(col);
                xij.add(name);
            }
        }
        out.valueLabels().putAll(d.valueLabels());
        DataSort.sort(out, ids);
        table(inv, "Long", "Wide", n, rows, d.nVars(), out.nVars(), j, jl.size(), jl, xij, stubs, false);
        d.become(out);
    }

    /** Stata's summary: observations and variables before -> after, the j variable, the xij names. */
    private static void table(Invocation inv, String from, String to, int n0, int n1, int k0, int k1, String j, int m,
                              List<String> jl, List<String> xij, List<String> stubs, boolean toLong) {
        String line = "-".repeat(77);
        inv.out().println("(j = " + String.join(" ", jl) + ")");
        inv.out().println();
        inv.out().println(String.format(Locale.ROOT, "%-35s%4s   ->   %s", "Data", from, to));
        inv.out().println(line);
        inv.out().println(String.format(Locale.ROOT, "%-28s%11s   ->   %s", "Number of observations", String.format("%,d", n0),
            String.format("%,d", n1)));
        inv.out().println(String.format(Locale.ROOT, "%-28s%11s   ->   %s", "Number of variables", k0, k1));
        String jl0 = "j variable (" + m + " values)";
        inv.out().println(toLong ? String.format(Locale.ROOT, "%-39s   ->   %s", jl0, j)
            : String.format(Locale.ROOT, "%-28s%11s   ->   %s", jl0, j, "(dropped)"));
        inv.out().println("xij variables:");
        if (toLong) {
            for (String stub : stubs) {
                List<String> from1 = new ArrayList<>();
                for (String x : xij) {
                    if (x.startsWith(stub)) {
                        from1.add(x);
                    }
                }
                inv.out().println(String.format(Locale.ROOT, "%39s   ->   %s", abbreviate(from1), stub));
            }
        } else {
            for (String stub : stubs) {
                List<String> to1 = new ArrayList<>();
                for (String x : xij) {
                    if (x.startsWith(stub)) {
                        to1.add(x);
                    }
                }
                inv.out().println(String.format(Locale.ROOT, "%39s   ->   %s", stub, abbreviate(to1)));
            }
        }
        inv.out().println(line);
    }

    /** "x1 x2" or, for more than three, "x1 x2 ... x9" as Stata shortens long lists. */
    private static String abbreviate(List<String> names) {
        if (names.size() <= 3) {
            return String.join(" ", names);
        }
        return names.get(0) + " " + names.get(1) + " ... " + names.get(names.size() - 1);
    }
}
