package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** Registers the descriptive statistics (issue 3): tabulate, tabstat, correlate, alpha, ttest, ... commands. */
public final class DescriptiveCommands {
    private DescriptiveCommands() {}

    public static void registerAll(CommandRegistry r) {
        // commands of this group are added here, one line each
    }
}
