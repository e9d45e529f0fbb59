package org.sdl.interp.commands;

import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** clear [all | results | programs | matrix | mata]: empties the data (and more with all). */
public final class ClearCommand extends Command {
    public ClearCommand() {
        super("clear", 5, null);
    }

    @Override
    public void run(Invocation inv) {
        String what = inv.text().strip();
        Session s = inv.session();
        switch (what) {
            case "results":
                s.setE(null);
                s.newR();
                return;
            case "programs":
                s.programs().clear();
                return;
            case "matrix":
                s.matrices().clear();
                return;
            case "all": case "*":
                s.programs().clear();
                s.matrices().clear();
                s.scalars().clear();
                s.storedEstimates().clear();
                s.setE(null);
                s.newR();
                s.data().clear();
                s.setFilename(null);
                return;
            default:
                s.data().clear();
                s.setFilename(null); // the data no longer come from that file (c(filename) is "")
                s.setE(null);
        }
    }
}
