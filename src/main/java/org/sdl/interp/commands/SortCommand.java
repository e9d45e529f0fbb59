package org.sdl.interp.commands;

import org.sdl.data.DataSort;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** sort varlist [, stable]: ascending, stable (ties keep their order), missing last. */
public final class SortCommand extends Command {
    public SortCommand() {
        super("sort", 3, "varlist(min=1) [in] [, stable]");
    }

    @Override
    public void run(Invocation inv) {
        DataSort.sort(inv.session().data(), inv.args().varlist());
    }
}
