package org.sdl.interp.commands;

import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Grouping;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.StataFormat;

/**
 * levelsof varname [if] [in] [, clean local(name) missing separate(text)]: the distinct values of
 * a variable in sorted order, displayed and left in r(levels) (and a local): the usual way a
 * do-file loops over the groups of a variable. String values come in compound quotes unless
 * clean.
 */
public final class LevelsofCommand extends Command {
    private static final StataFormat NUMBER = StataFormat.parse("%18.0g");

    public LevelsofCommand() {
        super("levelsof", 6, "varname [if] [in] [, Clean Local(name) MISSing Separate(string)]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String var = inv.args().varlist().get(0);
        Column c = d.column(var);
        boolean missing = inv.args().flag("missing");
        boolean[] use = inv.args().touse().clone();
        int n = 0;
        for (int i = 0; i < use.length; i++) {
            if (use[i] && !missing && c.isMissing(i)) {
                use[i] = false;
            }
            if (use[i]) {
                n++;
            }
        }
        if (n == 0) {
            throw new SdlError(2000, "no observations");
        }
        Grouping g = Grouping.of(d, List.of(var), use);
        String sep = inv.args().string("separate", " ");
        boolean clean = inv.args().flag("clean");
        StringBuilder levels = new StringBuilder();
        for (int k = 0; k < g.count(); k++) {
            if (k > 0) {
                levels.append(sep);
            }
            int row = g.firstRow(k);
            if (c instanceof StringColumn s) {
                String v = s.get(row);
                levels.append(clean ? v : "`\"" + v + "\"'");
            } else {
                levels.append(NUMBER.formatBare(((NumericColumn) c).get(row)).strip());
            }
        }
        String text = levels.toString();
        inv.out().println(text);
        inv.session().r().scalar("N", n).scalar("r", g.count()).macro("levels", text);
        String local = inv.args().string("local");
        if (local != null) {
            inv.frame().setLocal(local, text);
        }
    }
}
