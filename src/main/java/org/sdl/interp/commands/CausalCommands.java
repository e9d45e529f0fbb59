package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** Registers the causal and mediation (issue 5): ivregress, psmatch, pstest, khb, sobel, ... commands. */
public final class CausalCommands {
    private CausalCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new org.sdl.interp.causal.SobelCommand());
        r.register(new org.sdl.interp.causal.KhbCommand());
        r.register(new org.sdl.interp.causal.PsmatchCommand());
        // do-files call it by the user-written command's name; same syntax and numbers
        r.alias("psmatch2", "psmatch");
        r.register(new org.sdl.interp.causal.PstestCommand());
        r.register(new org.sdl.interp.causal.IvregressCommand());
        org.sdl.interp.causal.CausalEstat.register(r);
    }
}
