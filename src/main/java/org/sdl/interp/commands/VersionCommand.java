package org.sdl.interp.commands;

import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** version [#]: accepted for compatibility (sdl follows current Stata semantics). */
public final class VersionCommand extends Command {
    public VersionCommand() {
        super("version", 4, null);
    }

    @Override
    public void run(Invocation inv) {
        if (inv.text().isBlank()) {
            inv.out().println("version 18.0 (sdl " + Session.VERSION + ")");
        }
    }
}
