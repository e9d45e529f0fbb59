package org.sdl.interp.commands.output;

import org.sdl.interp.command.CommandRegistry;

/** The publication-table commands: eststo, estadd, estpost, esttab, estout, outreg2. */
public final class TableCommands {
    private TableCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new EststoCommand());
        r.register(new EstaddCommand());
        r.register(new EstpostCommand());
        r.register(new EsttabCommand(true));
        r.register(new EsttabCommand(false));
        r.register(new Outreg2Command());
    }
}
