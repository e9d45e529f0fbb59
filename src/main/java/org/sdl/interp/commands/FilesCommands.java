package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** Registers the files (issue 3): use, save, import/export delimited and excel, ... commands. */
public final class FilesCommands {
    private FilesCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new ImportCommand());
        r.register(new ExportCommand());
        r.register(new SheetCommand(true));
        r.register(new SheetCommand(false));
        r.register(new UseCommand());
        r.register(new SysuseCommand());
        r.register(new SaveCommand());
    }
}
