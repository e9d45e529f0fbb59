package org.sdl.interp.causal;

import org.sdl.interp.command.CommandRegistry;
import org.sdl.interp.postest.EstatCommand;

/** Hooks the ivregress estat subcommands into the shared estat command. */
public final class CausalEstat {
    private CausalEstat() {}

    public static void register(CommandRegistry r) {
        if (r.lookup("estat") instanceof EstatCommand e) {
            IvEstat.register(e);
        }
    }
}
