package org.sdl.interp.commands;

import org.sdl.interp.DisplayFormatter;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** display [directives]: prints strings, expressions and formatted values. */
public final class DisplayCommand extends Command {
    public DisplayCommand() {
        super("display", 2, null);
    }

    @Override
    public void run(Invocation inv) {
        DisplayFormatter f = new DisplayFormatter(inv.session());
        String s = f.render(inv.textLine(inv.text()));
        if (f.continued()) {
            inv.out().print(s);
        } else {
            inv.out().println(s);
        }
    }
}
