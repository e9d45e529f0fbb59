package org.sdl.interp.commands;

import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * clonevar newvar = varname [if] [in]: an exact copy (storage type, display format, variable and
 * value label, notes aside); observations outside if/in are missing.
 */
public final class ClonevarCommand extends Command {
    public ClonevarCommand() {
        super("clonevar", 8, "anything =exp [if] [in]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String name = inv.args().anything().strip();
        GenerateCommand.checkNewName(d, name);
        String source;
        try {
            source = new VariableMatcher(d).one(inv.args().expText().strip());
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
        Column from = d.column(source);
        int n = d.nObs();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        Column copy = from.gather(all);
        copy.rename(name);
        boolean[] use = inv.args().touse();
        int missing = 0;
        for (int i = 0; i < n; i++) {
            if (copy instanceof StringColumn s) {
                if (!use[i]) {
                    s.set(i, "");
                }
            } else {
                NumericColumn c = (NumericColumn) copy;
                if (!use[i]) {
                    c.set(i, Missing.DOT);
                }
                if (Missing.isMissing(c.get(i))) {
                    missing++;
                }
            }
        }
        d.add(copy);
        // as the generate clonevar is built on: every missing value of the new variable counts
        if (missing > 0) {
            inv.out().println("(" + missing + " missing value" + (missing > 1 ? "s" : "") + " generated)");
        }
    }
}
