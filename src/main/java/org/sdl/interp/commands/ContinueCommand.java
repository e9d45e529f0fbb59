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
        if (!inv.interpreter().inLoop()) {
            throw new SdlError(119, "continue is only allowed inside foreach, forvalues or while");
        }
        if (inv.text().replace(",", " ").strip().startsWith("br")) {
            throw new Signals.Break();
        }
        throw new Signals.Continue();
    }
}
