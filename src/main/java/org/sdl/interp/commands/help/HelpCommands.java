package org.sdl.interp.commands.help;

import org.sdl.interp.command.CommandRegistry;

/** help and which: the session's own documentation (Stata's [R] help, [R] which). */
public final class HelpCommands {
    private HelpCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new HelpCommand());
        r.register(new WhichCommand());
    }
}
