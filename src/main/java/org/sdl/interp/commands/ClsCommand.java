package org.sdl.interp.commands;

import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * cls: clears the Results window in Stata. Output already written to a log or a pipe cannot be
 * taken back, so in sdl it does nothing beyond accepting the line; arguments are r(198).
 */
public final class ClsCommand extends Command {
    public ClsCommand() {
        super("cls", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        if (!inv.text().isBlank()) {
            throw new SdlError(198, "cls takes no arguments");
        }
    }
}
