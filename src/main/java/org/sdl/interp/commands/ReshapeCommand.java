package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sdl.data.Column;
import org.sdl.data.DataSort;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.LongColumn;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * reshape long stubs, i(varlist) j(newvar) | reshape wide stubs, i(varlist) j(var): between one
 * row per i (variables stub1 stub2 ...) and one row per (i, j). Numeric j.
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
        String j = Words.split(inv.args().string("j")).get(0);
        Dataset d = inv.session().data();
        if (w.get(0).equals("long")) {
            toLong(d, stubs, ids, j);
        } else if (w.get(0).equals("wide")) {
            toWide(d, stubs, ids, j);
        } else {
            throw new SdlError(198, "reshape " + w.get(0) + ": use long or wide");
        }
    }

    private static void toLong(Dataset d, List<String> stubs, List<String> ids, String j) {
        TreeSet<Long> js = new TreeSet<>();
        for (String stub : stubs) {
            for (String n : d.names()) {
                if (n.startsWith(stub) && n.length() > stub.length() && n.substring(stub.length()).matches("-?\\d+")) {
                    js.add(Long.parseLong(n.substring(stub.length())));
                }
            }
        }
        if (js.isEmpty()) {
            throw new SdlError(111, "no variables found for stubs " + String.join(" ", stubs));
        }
        List<Long> jl = new ArrayList<>(js);
        int n = d.nObs();
        int m = jl.size();
        int rows = n * m;
        int[] src = new int[rows];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                src[i * m + k] = i;
            }
        }
        Dataset out = new Dataset();
        out.setObs(rows);
        List<String> stubVars = new ArrayList<>();
        for (String stub : stubs) {
            for (long jv : jl) {
                stubVars.add(stub + jv);
            }
        }
        for (Column c : d.columns()) {
            if (!stubVars.contains(c.name())) {
                out.add(c.gather(src));
            }
            if (c.name().equals(ids.get(ids.size() - 1))) {
                LongColumn jc = new LongColumn(j, rows);
                for (int r = 0; r < rows; r++) {
                    jc.set(r, jl.get(r % m));
                }
                out.add(jc);
            }
        }
        if (!out.has(j)) {
            LongColumn jc = new LongColumn(j, rows);
            for (int r = 0; r < rows; r++) {
                jc.set(r, jl.get(r % m));
            }
            out.add(jc);
        }
        for (String stub : stubs) {
            boolean str = false;
            for (long jv : jl) {
                str |= d.column(stub + jv) instanceof StringColumn;
            }
            Column col = str ? new StringColumn(stub, rows) : new DoubleColumn(stub, rows);
            for (int r = 0; r < rows; r++) {
                Column s = d.column(stub + jl.get(r % m));
                if (s == null) {
                    continue;
                }
                if (col instanceof StringColumn sc) {
                    sc.set(r, s instanceof StringColumn ss ? ss.get(src[r]) : "");
                } else {
                    ((DoubleColumn) col).set(r, ((NumericColumn) s).get(src[r]));
                }
            }
            out.add(col);
        }
        out.valueLabels().putAll(d.valueLabels());
        List<String> sortKeys = new ArrayList<>(ids);
        sortKeys.add(j);
        DataSort.sort(out, sortKeys);
        d.become(out);
    }

    private static void toWide(Dataset d, List<String> stubs, List<String> ids, String j) {
        NumericColumn jc = d.numeric(j);
        if (jc == null) {
            throw new SdlError(111, "variable " + j + " not found or not numeric");
        }
        TreeSet<Double> js = new TreeSet<>();
        for (int i = 0; i < d.nObs(); i++) {
            if (!Missing.isMissing(jc.get(i))) {
                js.add(jc.get(i));
            }
        }
        Map<String, Integer> groupOf = new LinkedHashMap<>();
        List<Integer> firstRows = new ArrayList<>();
        int[] group = new int[d.nObs()];
        for (int i = 0; i < d.nObs(); i++) {
            String key = MergeCommand.key(d, ids, i);
            Integer g = groupOf.get(key);
            if (g == null) {
                g = groupOf.size();
                groupOf.put(key, g);
                firstRows.add(i);
            }
            group[i] = g;
        }
        int rows = groupOf.size();
        int[] first = firstRows.stream().mapToInt(Integer::intValue).toArray();
        Dataset out = new Dataset();
        out.setObs(rows);
        for (Column c : d.columns()) {
            if (!stubs.contains(c.name()) && !c.name().equals(j)) {
                out.add(c.gather(first));
            }
        }
        for (String stub : stubs) {
            Column s = d.column(stub);
            for (double jv : js) {
                String name = stub + (jv == Math.rint(jv) ? String.valueOf((long) jv) : String.valueOf(jv));
                Column col = s instanceof StringColumn ? new StringColumn(name, rows) : new DoubleColumn(name, rows);
                boolean[] seen = new boolean[rows];
                for (int i = 0; i < d.nObs(); i++) {
                    if (jc.get(i) != jv) {
                        continue;
                    }
                    if (seen[group[i]]) {
                        throw new SdlError(9, "values of variable " + j + " not unique within " + String.join(" ", ids));
                    }
                    seen[group[i]] = true;
                    if (col instanceof StringColumn sc) {
                        sc.set(group[i], ((StringColumn) s).get(i));
                    } else {
                        ((DoubleColumn) col).set(group[i], ((NumericColumn) s).get(i));
                    }
                }
                out.add(col);
            }
        }
        out.valueLabels().putAll(d.valueLabels());
        DataSort.sort(out, ids);
        d.become(out);
    }
}
