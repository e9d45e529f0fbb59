package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdl.data.Dataset;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** note [varname]: text | notes [list] | notes drop varname: notes kept with the data and saved in .dta. */
public final class NoteCommand extends Command {
    public NoteCommand() {
        super("notes", 4, null);
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String t = inv.text().strip();
        if (inv.typedName().endsWith(":")) {
            t = ":" + t; // "note: text" arrives as the command "note:" (the dispatcher splits at blanks)
        }
        int colon = t.indexOf(':');
        if (colon >= 0) {
            String target = t.substring(0, colon).strip();
            String key = target.isEmpty() || target.equals("_dta") ? "_dta" : new VariableMatcher(d).one(target);
            d.notes().computeIfAbsent(key, k -> new ArrayList<>()).add(t.substring(colon + 1).strip());
            return;
        }
        if (t.startsWith("drop")) {
            String target = t.substring(4).strip();
            d.notes().remove(target.isEmpty() ? "_dta" : target);
            return;
        }
        for (Map.Entry<String, List<String>> e : d.notes().entrySet()) {
            inv.out().println();
            inv.out().println(e.getKey() + ":");
            for (int i = 0; i < e.getValue().size(); i++) {
                inv.out().println(String.format("  %d.  %s", i + 1, e.getValue().get(i)));
            }
        }
    }
}
