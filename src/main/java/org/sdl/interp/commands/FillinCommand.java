package org.sdl.interp.commands;

import java.util.List;
import org.sdl.data.ByteColumn;
import org.sdl.data.Column;
import org.sdl.data.DataSort;
import org.sdl.data.Dataset;
import org.sdl.data.Grouping;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * fillin varlist: adds an observation (other variables missing) for every combination of the
 * variables' values that the data lack, marks them _fillin = 1 (0 for the others) and sorts by
 * varlist, as Stata's fillin (panels made rectangular before reshape or lags).
 */
public final class FillinCommand extends Command {
    public FillinCommand() {
        super("fillin", 6, "varlist(min=2)");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        List<String> vars = inv.args().varlist();
        if (d.has("_fillin")) {
            throw new SdlError(110, "variable _fillin already defined");
        }
        int n = d.nObs();
        int m = vars.size();
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        Grouping[] levels = new Grouping[m];
        long combos = 1;
        for (int j = 0; j < m; j++) {
            levels[j] = Grouping.of(d, List.of(vars.get(j)), all);
            combos *= levels[j].count();
            if (combos > Integer.MAX_VALUE - 8L) {
                throw new SdlError(900, "fillin: too many combinations (" + combos + "+)");
            }
        }
        boolean[] present = new boolean[(int) combos];
        for (int i = 0; i < n; i++) {
            present[(int) index(levels, i)] = true;
        }
        int added = 0;
        for (boolean p : present) {
            added += p ? 0 : 1;
        }
        d.setObs(n + added);
        ByteColumn flag = new ByteColumn("_fillin", n + added);
        int at = n;
        int[] digit = new int[m];
        for (int c = 0; c < present.length; c++) {
            if (!present[c]) {
                // the combination's digits, last variable fastest
                int rest = c;
                for (int j = m - 1; j >= 0; j--) {
                    digit[j] = rest % levels[j].count();
                    rest /= levels[j].count();
                }
                for (int j = 0; j < m; j++) {
                    copy(d.column(vars.get(j)), levels[j].firstRow(digit[j]), at);
                }
                flag.set(at, 1);
                at++;
            }
        }
        for (int i = 0; i < n; i++) {
            flag.set(i, 0);
        }
        d.add(flag);
        DataSort.sort(d, vars);
    }

    private static long index(Grouping[] levels, int row) {
        long idx = 0;
        for (Grouping g : levels) {
            idx = idx * g.count() + g.id(row);
        }
        return idx;
    }

    private static void copy(Column c, int from, int to) {
        if (c instanceof StringColumn s) {
            s.set(to, s.get(from));
        } else {
            NumericColumn nc = (NumericColumn) c;
            nc.set(to, nc.get(from));
        }
    }
}
