package org.sdl.interp.commands;

import java.util.List;
import org.sdl.interp.Frame;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/** args a b c: names the program's positional arguments `1' `2' `3'. */
public final class ArgsCommand extends Command {
    public ArgsCommand() {
        super("args", 4, null);
    }

    @Override
    public void run(Invocation inv) {
        Frame f = inv.frame();
        List<String> names = Words.split(inv.text());
        for (int i = 0; i < names.size(); i++) {
            f.setLocal(names.get(i), f.local(String.valueOf(i + 1)));
        }
    }
}
