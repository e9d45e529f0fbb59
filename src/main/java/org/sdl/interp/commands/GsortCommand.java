package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.DataSort;
import org.sdl.data.Dataset;
import org.sdl.data.KeyRanks;
import org.sdl.data.LongColumn;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * gsort [+|-]var ... [, generate(newvar) mfirst]: stable sort with descending keys (-var);
 * generate() numbers the distinct key combinations 1, 2, ... in the new order; mfirst puts
 * missing values first in descending keys. Records the sort order when all keys ascend.
 */
public final class GsortCommand extends Command {
    public GsortCommand() {
        super("gsort", 5, null);
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        VariableMatcher vm = new VariableMatcher(d);
        String text = inv.text();
        int comma = text.indexOf(',');
        String generate = null;
        boolean mfirst = false;
        if (comma >= 0) {
            for (String o : Words.split(text.substring(comma + 1))) {
                if (o.matches("(gen|gene|gener|genera|generat|generate)\\(.*\\)")) {
                    generate = o.substring(o.indexOf('(') + 1, o.length() - 1).strip();
                } else if (o.equals("mfirst")) {
                    mfirst = true;
                } else {
                    throw new SdlError(198, "option " + o + " not allowed");
                }
            }
            text = text.substring(0, comma);
        }
        List<String> keys = new ArrayList<>();
        List<Boolean> desc = new ArrayList<>();
        for (String w : Words.split(text.replace("- ", "-").replace("+ ", "+"))) {
            boolean minus = w.startsWith("-");
            String name = w.startsWith("-") || w.startsWith("+") ? w.substring(1) : w;
            for (String v : vm.expand(name)) {
                keys.add(v);
                desc.add(minus);
            }
        }
        if (keys.isEmpty()) {
            throw new SdlError(100, "varlist required");
        }
        if (generate != null) {
            GenerateCommand.checkNewName(d, generate);
        }
        boolean[] dd = new boolean[desc.size()];
        boolean any = false;
        for (int i = 0; i < dd.length; i++) {
            dd[i] = desc.get(i);
            any |= dd[i];
        }
        int[] perm = DataSort.order(d, keys, dd, mfirst);
        d.applyRows(perm);
        d.setSortedBy(any ? List.of() : keys);
        if (generate != null) {
            // the rows are now in key order, so a new key combination starts where the rank changes
            int[] rank = KeyRanks.of(d, keys).ranks();
            int[] ids = new int[d.nObs()];
            int id = 0;
            for (int i = 0; i < ids.length; i++) {
                if (i == 0 || rank[i] != rank[i - 1]) {
                    id++;
                }
                ids[i] = id;
            }
            NumericColumn g = new LongColumn(generate, ids);
            d.add(id <= 100 ? g.convertTo(StorageType.BYTE) : id <= 32740 ? g.convertTo(StorageType.INT) : g);
        }
    }
}
