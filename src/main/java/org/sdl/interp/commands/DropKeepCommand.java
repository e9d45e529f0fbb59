package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** drop / keep: variables (drop varlist) or observations (drop if exp, drop in range). */
public final class DropKeepCommand extends Command {
    private final boolean keep;

    public DropKeepCommand(boolean keep) {
        super(keep ? "keep" : "drop", keep ? 4 : 4, "[varlist] [if] [in]");
        this.keep = keep;
    }

    @Override
    public ByMode byMode() {
        return ByMode.ONECALL;
    }

    @Override
    public void run(Invocation inv) {
        Dataset data = inv.session().data();
        boolean rows = inv.args().hasIf() || inv.args().hasIn();
        boolean vars = !inv.args().words().isEmpty();
        if (rows && vars) {
            throw new SdlError(198, name() + ": give either a varlist or if/in, not both");
        }
        if (!rows && !vars) {
            throw new SdlError(100, "varlist or in range required");
        }
        if (vars) {
            List<String> names = inv.args().varlist();
            List<String> toDrop = new ArrayList<>();
            if (keep) {
                for (String n : data.names()) {
                    if (!names.contains(n)) {
                        toDrop.add(n);
                    }
                }
            } else {
                toDrop.addAll(names);
            }
            for (String n : toDrop) {
                data.drop(n);
            }
            return;
        }
        boolean[] use = inv.args().touse();
        int n = data.nObs();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (use[i] == keep) {
                kept++;
            }
        }
        int[] rowsKept = new int[kept];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (use[i] == keep) {
                rowsKept[k++] = i;
            }
        }
        List<String> sorted = data.sortedBy();
        data.applyRows(rowsKept);
        data.setSortedBy(sorted);
        int dropped = n - kept;
        inv.out().println("(" + dropped + " observation" + (dropped == 1 ? "" : "s") + " deleted)");
    }
}
