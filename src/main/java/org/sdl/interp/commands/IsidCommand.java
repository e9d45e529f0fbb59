package org.sdl.interp.commands;

import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.DataSort;
import org.sdl.data.Dataset;
import org.sdl.data.Grouping;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * isid varlist [, sort missok]: asserts that the variables identify the observations uniquely
 * (r(459) otherwise, as Stata); missing values are an error unless missok; sort sorts by them.
 */
public final class IsidCommand extends Command {
    public IsidCommand() {
        super("isid", 4, "varlist [, Sort MISSok]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        List<String> vars = inv.args().varlist();
        String what = (vars.size() == 1 ? "variable " : "variables ") + String.join(" ", vars);
        if (!inv.args().flag("missok")) {
            for (String v : vars) {
                Column c = d.column(v);
                for (int i = 0; i < d.nObs(); i++) {
                    if (c.isMissing(i)) {
                        throw new SdlError(459, "variable " + v + " should never be missing");
                    }
                }
            }
        }
        boolean[] all = new boolean[d.nObs()];
        java.util.Arrays.fill(all, true);
        Grouping g = Grouping.of(d, vars, all);
        if (g.count() != d.nObs()) {
            throw new SdlError(459, what + (vars.size() == 1 ? " does" : " do")
                + " not uniquely identify the observations");
        }
        if (inv.args().flag("sort")) {
            DataSort.sort(d, vars);
        }
    }
}
