package org.sdl.interp.commands;

import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** preserve / restore [, not preserve]: keeps a copy of the data to come back to. */
public final class PreserveCommand extends Command {
    private final boolean restore;

    public PreserveCommand(boolean restore) {
        super(restore ? "restore" : "preserve", restore ? 4 : 8, null);
        this.restore = restore;
    }

    @Override
    public void run(Invocation inv) {
        var stack = inv.session().preserved();
        if (!restore) {
            stack.push(inv.session().data().copy());
            return;
        }
        String opt = inv.text().replace(",", " ").strip();
        if (stack.isEmpty()) {
            throw new SdlError(622, "nothing to restore");
        }
        if (opt.equals("not")) {
            stack.pop();
        } else if (opt.equals("preserve")) {
            inv.session().data().become(stack.peek().copy());
        } else if (opt.isEmpty()) {
            inv.session().data().become(stack.pop());
        } else {
            throw new SdlError(198, "restore: option " + opt + " not allowed (use not or preserve)");
        }
    }
}
