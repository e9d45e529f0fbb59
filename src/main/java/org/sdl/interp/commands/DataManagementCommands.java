package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** Registers the data management (issue 3): egen, rename, recode, label, merge, reshape, ... commands. */
public final class DataManagementCommands {
    private DataManagementCommands() {}

    public static void registerAll(CommandRegistry r) {
        // commands of this group are added here, one line each
    }
}
