package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** Registers the reporting commands ([RPT] in Stata's manuals): putexcel. */
public final class ReportingCommands {
    private ReportingCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new PutexcelCommand());
    }
}
