package org.sdl.interp.commands;

import org.sdl.interp.SdlError;
import org.sdl.interp.Signals;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** exit [n] [, clear]: leaves the do-file or program; with n, as error n. */
public final class ExitCommand extends Command {
    public ExitCommand() {
        super("exit", 4, null);
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text().replaceAll(",.*", "").strip();
        boolean clear = inv.text().contains("clear");
        int code = 0;
        if (!t.isEmpty()) {
            try {
                code = (int) Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new SdlError(198, "exit: number expected, not " + t);
            }
        }
        throw new Signals.Exit(code, clear);
    }
}
