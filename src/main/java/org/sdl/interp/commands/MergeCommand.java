package org.sdl.interp.commands;

import org.sdl.data.Parallelism;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sdl.data.ByteColumn;
import org.sdl.data.Column;
import org.sdl.data.KeyCodes;
import org.sdl.data.Missing;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.data.VariableMatcher;
import org.sdl.data.io.DtaReader;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * merge 1:1 | m:1 | 1:m varlist using file [, keep() nogenerate generate() keepusing() update
 * replace noreport]: joins a .dta file on key variables; _merge is 1 (master only), 2 (using only)
 * or 3 (matched); keys that should be unique but are not are r(459).
 */
public final class MergeCommand extends Command {
    public MergeCommand() {
        super("merge", 3, "anything using/ [, KEEP(string) noGENerate GENerate(string) KEEPUSing(string) "
            + "UPDATE REPLACE noREPort ASSERT(string) SORTED]");
    }

    @Override
    public void run(Invocation inv) {
        List<String> w = Words.split(inv.args().anything());
        if (w.size() < 2 || !w.get(0).matches("(1|m):(1|m)")) {
            throw new SdlError(198, "merge: syntax is merge 1:1|m:1|1:m varlist using filename");
        }
        String kind = w.get(0);
        Dataset master = inv.session().data();
        VariableMatcher vm = new VariableMatcher(master);
        List<String> keys = new ArrayList<>();
        for (String t : w.subList(1, w.size())) {
            keys.addAll(vm.expand(t));
        }
        String genName = inv.args().string("generate", "_merge");
        if (!inv.args().flag("nogenerate") && master.has(genName)) {
            throw new SdlError(110, "variable " + genName + " already defined");
        }
        Dataset using = DtaReader.read(UseCommand.resolve(inv.session(), inv.args().using()));
        for (String k : keys) {
            if (!using.has(k)) {
                throw new SdlError(111, "variable " + k + " not found in using data");
            }
            if (using.column(k).isString() != master.column(k).isString()) {
                throw new SdlError(106, "key variable " + k + " is " + (master.column(k).isString() ? "str" : "numeric")
                    + " in master but " + (using.column(k).isString() ? "str" : "numeric") + " in using data");
            }
        }
        KeyCodes codes = KeyCodes.of(master, using, keys);
        int[][] mb = KeyCodes.buckets(codes.leftCodes(), codes.count());
        int[][] ub = KeyCodes.buckets(codes.rightCodes(), codes.count());
        if (kind.startsWith("1")) {
            unique(mb[0], "master");
        }
        if (kind.endsWith("1")) {
            unique(ub[0], "using");
        }
        List<String> usingVars = new ArrayList<>();
        String ku = inv.args().string("keepusing");
        List<String> kept = new ArrayList<>();
        if (ku != null) {
            VariableMatcher um = new VariableMatcher(using);
            for (String t : Words.split(ku)) {
                kept.addAll(um.expand(t));
            }
        }
        for (String n : using.names()) {
            if (!keys.contains(n) && (ku == null || kept.contains(n))) {
                usingVars.add(n);
            }
        }
        // emit the result already in key order: codes are numbered in key order, and for each key
        // come its master rows in order (each with its using matches) or else its using rows
        int[] ustart = ub[0];
        int[] urows = ub[1];
        int[] mstart = mb[0];
        int[] mrows = mb[1];
        MergeRows rows = new MergeRows(master.nObs() + using.nObs());
        for (int c = 0; c < codes.count(); c++) {
            if (mstart[c] < mstart[c + 1]) {
                for (int mi = mstart[c]; mi < mstart[c + 1]; mi++) {
                    int i = mrows[mi];
                    if (ustart[c] == ustart[c + 1]) {
                        rows.add(i, -1, 1);
                    }
                    for (int at = ustart[c]; at < ustart[c + 1]; at++) {
                        rows.add(i, urows[at], 3);
                    }
                }
            } else {
                for (int at = ustart[c]; at < ustart[c + 1]; at++) {
                    rows.add(-1, urows[at], 2);
                }
            }
        }
        boolean update = inv.args().flag("update");
        if (inv.args().flag("replace") && !update) {
            throw new SdlError(198, "option replace requires option update");
        }
        if (update) {
            classifyUpdates(master, using, usingVars, rows);
        }
        String assertion = inv.args().string("assert");
        if (assertion != null) {
            boolean[] allowed = codes(assertion);
            int[] count = rows.counts();
            for (int code = 1; code < count.length; code++) {
                if (count[code] > 0 && !allowed[code]) {
                    throw new SdlError(9, "merge: after merge, not all observations are " + assertion.strip()
                        + " (an observation has _merge==" + code + ")");
                }
            }
        }
        String keep = inv.args().string("keep");
        if (keep != null) {
            rows.keepOnly(codes(keep));
        }
        Dataset out = build(master, using, keys, usingVars, rows, update, inv.args().flag("replace"));
        if (!inv.args().flag("nogenerate")) {
            String gen = inv.args().string("generate", "_merge");
            byte[] result = new byte[rows.size()];
            for (int r = 0; r < result.length; r++) {
                result[r] = (byte) rows.result(r); // codes 1..5 are their own byte storage
            }
            ByteColumn m = new ByteColumn(gen, result);
            m.setValueLabel("_merge");
            out.add(m);
            ValueLabelSet labels = new ValueLabelSet("_merge");
            labels.put(1, "Master only (1)");
            labels.put(2, "Using only (2)");
            labels.put(3, "Matched (3)");
            labels.put(4, "Missing updated (4)");
            labels.put(5, "Nonmissing conflict (5)");
            out.valueLabels().put("_merge", labels);
        }
        out.setSortedBy(keys);
        out.valueLabels().putAll(using.valueLabels());
        out.valueLabels().putAll(master.valueLabels());
        master.become(out);
        if (!inv.args().flag("noreport")) {
            report(inv, rows);
        }
    }

    /** keep()/assert() words: master (1), using (2), match (3), match_update (4), match_conflict (5). */
    private static boolean[] codes(String text) {
        boolean[] out = new boolean[6];
        for (String t : Words.split(text)) {
            String w = t.toLowerCase(Locale.ROOT);
            if (w.matches("[1-5]")) {
                out[Integer.parseInt(w)] = true;
            } else if (w.startsWith("mas")) {
                out[1] = true;
            } else if (w.startsWith("us")) {
                out[2] = true;
            } else if (w.equals("match_update") || w.equals("match_up")) {
                out[4] = true;
            } else if (w.equals("match_conflict") || w.equals("match_con")) {
                out[5] = true;
            } else if (w.startsWith("mat")) {
                out[3] = true;
            } else {
                throw new SdlError(198, "invalid result code " + t + " (use master, using, match, match_update, match_conflict)");
            }
        }
        return out;
    }

    /**
     * With update, a matched observation is 4 when some master value of a shared variable is
     * missing and the using value is not, 5 when both are non-missing and differ (5 wins).
     */
    private static void classifyUpdates(Dataset master, Dataset using, List<String> usingVars, MergeRows rows) {
        List<String> shared = new ArrayList<>();
        for (String v : usingVars) {
            if (master.has(v) && master.column(v).isString() == using.column(v).isString()) {
                shared.add(v);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.result(r) != 3) {
                continue;
            }
            int mRow = rows.master(r);
            int uRow = rows.using(r);
            boolean updated = false;
            boolean conflict = false;
            for (String v : shared) {
                Column mc = master.column(v);
                Column uc = using.column(v);
                boolean mMiss;
                boolean uMiss;
                boolean same;
                if (mc instanceof StringColumn ms) {
                    String a = ms.get(mRow);
                    String b = ((StringColumn) uc).get(uRow);
                    mMiss = a.isEmpty();
                    uMiss = b.isEmpty();
                    same = a.equals(b);
                } else {
                    double a = ((NumericColumn) mc).get(mRow);
                    double b = ((NumericColumn) uc).get(uRow);
                    mMiss = Missing.isMissing(a);
                    uMiss = Missing.isMissing(b);
                    same = Double.compare(a, b) == 0;
                }
                if (mMiss && !uMiss) {
                    updated = true;
                } else if (!mMiss && !uMiss && !same) {
                    conflict = true;
                }
            }
            rows.setResult(r, conflict ? 5 : updated ? 4 : 3);
        }
    }

    /** The result's columns, built in parallel: each is an independent gather over the rows. */
    private static Dataset build(Dataset master, Dataset using, List<String> keys, List<String> usingVars,
                                 MergeRows rows, boolean update, boolean replace) {
        int[] mRows = rows.masterRows();
        int[] uRows = rows.usingRows();
        List<Supplier<Column>> parts = new ArrayList<>();
        for (Column c : master.columns()) {
            Column u = using.column(c.name());
            boolean fromUsing = u != null && (keys.contains(c.name()) || usingVars.contains(c.name()));
            parts.add(fromUsing ? () -> combine(c, u, mRows, uRows, update, replace) : () -> c.gatherOrMissing(mRows));
        }
        for (String v : usingVars) {
            if (!master.has(v)) {
                parts.add(() -> using.column(v).gatherOrMissing(uRows));
            }
        }
        Column[] cols = new Column[parts.size()];
        Parallelism.forEach(cols.length, i -> cols[i] = parts.get(i).get());
        Dataset out = new Dataset();
        out.setObs(rows.size());
        for (Column c : cols) {
            out.add(c);
        }
        return out;
    }

    /**
     * A variable both files have (a key, or one taken with update): the master value, or the
     * using value where the row has no master side or update/replace say so; the type widens
     * when a using value does not fit the master's. The master side is gathered in bulk and only
     * the rows taking the using value are visited one by one.
     */
    private static Column combine(Column m, Column u, int[] mRows, int[] uRows, boolean update, boolean replace) {
        int n = mRows.length;
        Column out = m.gatherOrMissing(mRows);
        if (out instanceof StringColumn ms) {
            StringColumn us = (StringColumn) u;
            for (int r = 0; r < n; r++) {
                if (mRows[r] < 0 || ((update || replace) && uRows[r] >= 0)) {
                    String mv = ms.get(r);
                    String uv = uRows[r] >= 0 ? us.get(uRows[r]) : "";
                    if (mRows[r] < 0 || (replace && !uv.isEmpty()) || (update && mv.isEmpty())) {
                        ms.set(r, uv);
                    }
                }
            }
            return out;
        }
        NumericColumn mn = (NumericColumn) out;
        NumericColumn un = (NumericColumn) u;
        boolean[] useU = new boolean[n];
        StorageType t = mn.type();
        for (int r = 0; r < n; r++) {
            if (mRows[r] < 0 || ((update || replace) && uRows[r] >= 0)) {
                double uv = uRows[r] >= 0 ? un.get(uRows[r]) : Missing.DOT;
                useU[r] = mRows[r] < 0 || (replace && !Missing.isMissing(uv)) || (update && Missing.isMissing(mn.get(r)));
                if (useU[r] && !t.holds(uv)) {
                    t = t.promoteFor(uv);
                }
            }
        }
        NumericColumn typed = t == mn.type() ? mn : mn.convertTo(t);
        for (int r = 0; r < n; r++) {
            if (useU[r]) {
                typed.set(r, uRows[r] >= 0 ? un.get(uRows[r]) : Missing.DOT);
            }
        }
        return typed;
    }

    /** r(459) when some key code has more than one row on this side. */
    private static void unique(int[] start, String which) {
        for (int c = 0; c + 1 < start.length; c++) {
            if (start[c + 1] - start[c] > 1) {
                throw new SdlError(459, "variable(s) do not uniquely identify observations in the " + which + " data");
            }
        }
    }

    private static void report(Invocation inv, MergeRows rows) {
        int[] c = rows.counts();
        inv.out().println();
        inv.out().println("    Result                      Number of obs");
        inv.out().println("    -----------------------------------------");
        inv.out().println(String.format(Locale.ROOT, "    Not matched             %,17d", c[1] + c[2]));
        if (c[1] + c[2] > 0) {
            inv.out().println(String.format(Locale.ROOT, "        from master         %,17d  (_merge==1)", c[1]));
            inv.out().println(String.format(Locale.ROOT, "        from using          %,17d  (_merge==2)", c[2]));
            inv.out().println();
        }
        if (c[4] + c[5] == 0) {
            inv.out().println(String.format(Locale.ROOT, "    Matched                 %,17d  (_merge==3)", c[3]));
        } else {
            inv.out().println(String.format(Locale.ROOT, "    Matched                 %,17d", c[3] + c[4] + c[5]));
            inv.out().println(String.format(Locale.ROOT, "        not updated         %,17d  (_merge==3)", c[3]));
            inv.out().println(String.format(Locale.ROOT, "        missing updated     %,17d  (_merge==4)", c[4]));
            inv.out().println(String.format(Locale.ROOT, "        nonmissing conflict %,17d  (_merge==5)", c[5]));
        }
        inv.out().println("    -----------------------------------------");
    }
}
