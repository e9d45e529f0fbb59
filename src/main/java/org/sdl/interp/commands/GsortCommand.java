package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.DataSort;
import org.sdl.data.Dataset;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/** gsort [+|-]var ...: stable sort with descending keys (-var); records the sort order if all ascending. */
public final class GsortCommand extends Command {
    public GsortCommand() {
        super("gsort", 5, null);
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        VariableMatcher vm = new VariableMatcher(d);
        List<String> keys = new ArrayList<>();
        List<Boolean> desc = new ArrayList<>();
        String text = inv.text().contains(",") ? inv.text().substring(0, inv.text().indexOf(',')) : inv.text();
        for (String w : Words.split(text.replace("- ", "-").replace("+ ", "+"))) {
            boolean minus = w.startsWith("-");
            String name = w.startsWith("-") || w.startsWith("+") ? w.substring(1) : w;
            for (String v : vm.expand(name)) {
                keys.add(v);
                desc.add(minus);
            }
        }
        boolean[] dd = new boolean[desc.size()];
        boolean any = false;
        for (int i = 0; i < dd.length; i++) {
            dd[i] = desc.get(i);
            any |= dd[i];
        }
        int[] perm = DataSort.order(d, keys, dd);
        d.applyRows(perm);
        d.setSortedBy(any ? List.of() : keys);
    }
}
