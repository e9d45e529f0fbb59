package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** Panel and fixed-effects models and multi-outcome/censored ML models (issue 13): xtreg, areg, reghdfe, mlogit, tobit. */
public final class PanelCommands {
    private PanelCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new org.sdl.interp.panel.XtregCommand());
        r.register(new org.sdl.interp.panel.AbsorbCommand(false));
        r.register(new org.sdl.interp.panel.AbsorbCommand(true));
        r.register(new org.sdl.interp.panel.ChoiceCommand(false));
        r.register(new org.sdl.interp.panel.ChoiceCommand(true));
    }
}
