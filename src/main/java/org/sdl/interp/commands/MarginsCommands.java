package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** Registers margins and predictnl (issue 11): predictions and marginal effects with delta-method SEs. */
public final class MarginsCommands {
    private MarginsCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new org.sdl.interp.postest.MarginsCommand());
        r.register(new org.sdl.interp.postest.PredictnlCommand());
    }
}
