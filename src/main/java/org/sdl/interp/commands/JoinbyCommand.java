package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.ByteColumn;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.KeyCodes;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.io.DtaReader;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * joinby [varlist] using file [, unmatched(none|both|master|using) _merge(name) update replace]:
 * every pairing of a master observation with a using observation that has the same values of
 * varlist (by default, the variables the two datasets share), in master order; unmatched using
 * observations, when kept, follow in key order. Unmatched
 * observations are dropped unless unmatched() keeps them; then _merge (or the name given)
 * records 1 (master only), 2 (using only) or 3 (both). Other variables in both datasets keep
 * the master's values; update fills the master's missing values from the using data, and
 * replace (with update) takes every non-missing using value.
 */
public final class JoinbyCommand extends Command {
    public JoinbyCommand() {
        super("joinby", 6, "[varlist] using/ [, UNMatched(string) _merge(name) UPDate REPlace NOLabel]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset master = inv.session().data();
        Dataset using = DtaReader.read(UseCommand.resolve(inv.session(), inv.args().using()));
        List<String> keys = new ArrayList<>(inv.args().varlist());
        if (keys.isEmpty()) {
            for (String v : master.names()) {
                if (using.has(v)) {
                    keys.add(v);
                }
            }
        }
        if (keys.isEmpty()) {
            throw new SdlError(459, "joinby: no variables in common with the using data");
        }
        for (String k : keys) {
            if (!using.has(k)) {
                throw new SdlError(111, "variable " + k + " not found in using data");
            }
            if (using.column(k).isString() != master.column(k).isString()) {
                throw new SdlError(106, "key variable " + k + " is string in one dataset and numeric in the other");
            }
        }
        String unmatched = inv.args().string("unmatched", "none").strip();
        if (!List.of("none", "both", "master", "using").contains(unmatched)) {
            throw new SdlError(198, "unmatched() must be none, both, master or using");
        }
        String mergeName = inv.args().string("_merge", "_merge");
        boolean keepMaster = unmatched.equals("both") || unmatched.equals("master");
        boolean keepUsing = unmatched.equals("both") || unmatched.equals("using");
        if (!unmatched.equals("none") && master.has(mergeName)) {
            throw new SdlError(110, "variable " + mergeName + " already defined");
        }

        // the key engine merge uses: both datasets' keys numbered together, using rows by key
        KeyCodes codes = KeyCodes.of(master, using, keys);
        int[][] byKey = KeyCodes.buckets(codes.rightCodes(), codes.count());
        int[] start = byKey[0];
        int[] usingRows = byKey[1];
        int[] masterCode = codes.leftCodes();
        boolean[] paired = new boolean[codes.count()];
        MergeRows rows = new MergeRows(master.nObs());
        for (int m = 0; m < master.nObs(); m++) {
            int c = masterCode[m];
            if (start[c] == start[c + 1]) {
                if (keepMaster) {
                    rows.add(m, -1, 1);
                }
                continue;
            }
            paired[c] = true;
            for (int at = start[c]; at < start[c + 1]; at++) {
                rows.add(m, usingRows[at], 3);
            }
        }
        if (keepUsing) {
            for (int c = 0; c < codes.count(); c++) {
                for (int at = start[c]; !paired[c] && at < start[c + 1]; at++) {
                    rows.add(-1, usingRows[at], 2);
                }
            }
        }
        int n = rows.size();
        int[] mRows = rows.masterRows();
        int[] uRows = rows.usingRows();
        Dataset out = new Dataset();
        out.setObs(n);
        boolean update = inv.args().flag("update");
        boolean replace = inv.args().flag("replace");
        for (Column c : master.columns()) {
            Column g = c.gatherOrMissing(mRows);
            if (using.has(c.name()) && (keys.contains(c.name()) || update)) {
                fill(g, using.column(c.name()).gatherOrMissing(uRows), keys.contains(c.name()) ? mRows : null, replace);
            }
            out.add(g);
        }
        for (Column c : using.columns()) {
            if (!out.has(c.name())) {
                out.add(c.gatherOrMissing(uRows));
            }
        }
        if (!unmatched.equals("none")) {
            ByteColumn merge = new ByteColumn(mergeName, n);
            for (int i = 0; i < n; i++) {
                merge.set(i, rows.result(i));
            }
            out.add(merge);
        }
        // the result keeps the master's value labels (then the using data's), notes and label
        out.valueLabels().putAll(master.valueLabels());
        using.valueLabels().forEach(out.valueLabels()::putIfAbsent);
        out.notes().putAll(master.notes());
        out.setLabel(master.label());
        master.become(out);
    }

    /**
     * Values of the using column u in target: for key variables (mRows given), on rows with no
     * master observation; otherwise (update) where the target is missing, or anywhere the using
     * value is not missing when replace.
     */
    private static void fill(Column target, Column u, int[] mRows, boolean replace) {
        for (int i = 0; i < target.size(); i++) {
            boolean take = mRows != null ? mRows[i] < 0
                : !u.isMissing(i) && (replace || target.isMissing(i));
            if (!take) {
                continue;
            }
            if (target instanceof StringColumn s) {
                s.set(i, ((StringColumn) u).get(i));
            } else if (u instanceof NumericColumn un) {
                ((NumericColumn) target).set(i, un.get(i));
            }
        }
    }
}
