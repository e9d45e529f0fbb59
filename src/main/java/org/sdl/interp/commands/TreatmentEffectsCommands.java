package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** Registers the treatment-effects and extended IV commands (issue 13): teffects, ivreg2. */
public final class TreatmentEffectsCommands {
    private TreatmentEffectsCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new org.sdl.interp.causal.TeffectsCommand());
    }
}
