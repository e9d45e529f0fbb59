package org.sdl.interp.commands;

import org.sdl.interp.SdlError;
import org.sdl.interp.Signals;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** error n: stops with return code n and Stata's message for it. */
public final class ErrorCommand extends Command {
    public ErrorCommand() {
        super("error", 5, null);
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text().strip();
        int code;
        try {
            code = (int) Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new SdlError(198, "error: number expected, not " + t);
        }
        if (code == 0) {
            return;
        }
        throw new SdlError(code, ErrorMessages.forCode(code));
    }
}
