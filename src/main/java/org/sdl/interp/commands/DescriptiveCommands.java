package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** Registers the descriptive statistics (issue 3): tabulate, tabstat, correlate, alpha, ttest, ... commands. */
public final class DescriptiveCommands {
    private DescriptiveCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new TabulateCommand(false));
        r.register(new TabulateCommand(true));
        r.register(new TabstatCommand());
        r.register(new CorrelateCommand(false));
        r.register(new CorrelateCommand(true));
        r.register(new AlphaCommand());
        r.register(new TtestCommand());
        r.register(new RanksumCommand());
        r.register(new CiCommand());
        r.register(new MeanCommand());
    }
}
