package org.sdl.interp.commands;

import org.sdl.interp.SdlError;
import org.sdl.interp.Signals;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** continue [, break]: next loop iteration, or leave the loop. */
public final class ContinueCommand extends Command {
    public ContinueCommand() {
        super("continue", 4, null);
    }

    @Override
    public void run(Invocation inv) {
        if (inv.text().replace(",", " ").strip().startsWith("br")) {
            throw new Signals.Break();
        }
        throw new Signals.Continue();
    }
}
