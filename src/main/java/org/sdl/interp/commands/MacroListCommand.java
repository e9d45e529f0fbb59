package org.sdl.interp.commands;

import java.util.Map;
import java.util.TreeMap;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/** macro list | macro drop names|_all: globals and the current locals (locals shown with a leading _). */
public final class MacroListCommand extends Command {
    public MacroListCommand() {
        super("macro", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text().strip();
        if (t.startsWith("drop")) {
            for (String n : Words.split(t.substring(4))) {
                if (n.equals("_all")) {
                    inv.session().globals().clear();
                } else if (n.startsWith("_")) {
                    inv.frame().setLocal(n.substring(1), "");
                } else {
                    inv.session().globals().remove(n);
                }
            }
            return;
        }
        for (Map.Entry<String, String> e : new TreeMap<>(inv.session().globals()).entrySet()) {
            inv.out().println(String.format("%-16s %s", e.getKey() + ":", e.getValue()));
        }
        for (Map.Entry<String, String> e : new TreeMap<>(inv.frame().locals()).entrySet()) {
            inv.out().println(String.format("%-16s %s", "_" + e.getKey() + ":", e.getValue()));
        }
    }
}
