package org.sdl.interp.commands;

import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** count [if] [in]: the number of selected observations, in r(N). */
public final class CountCommand extends Command {
    public CountCommand() {
        super("count", 3, "[if] [in]");
    }

    @Override
    public ByMode byMode() {
        return ByMode.RECALL;
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        int c = inv.args().countSelected();
        inv.out().println(String.format("  %,d", c));
        inv.session().r().scalar("N", c);
    }
}
