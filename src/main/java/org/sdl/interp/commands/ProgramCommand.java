package org.sdl.interp.commands;

import org.sdl.interp.ProgramDef;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** program drop name|_all, program dir, program list name (definition is a block). */
public final class ProgramCommand extends Command {
    public ProgramCommand() {
        super("program", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        String[] p = inv.text().strip().split("\\s+", 2);
        String sub = p[0];
        String rest = p.length > 1 ? p[1].strip() : "";
        switch (sub) {
            case "drop": case "dro":
                if (rest.equals("_all") || rest.equals("_allado")) {
                    inv.session().programs().clear();
                    return;
                }
                for (String n : rest.split("\\s+")) {
                    if (inv.session().programs().remove(n) == null) {
                        throw new SdlError(111, "program " + n + " not found");
                    }
                }
                return;
            case "dir": case "di":
                for (String n : inv.session().programs().keySet()) {
                    inv.out().println("  " + n);
                }
                return;
            case "list": case "l": case "li": case "lis":
                for (ProgramDef d : inv.session().programs().values()) {
                    if (rest.isEmpty() || rest.equals(d.name()) || rest.equals("_all")) {
                        inv.out().println(d.name() + ":");
                        d.body().forEach(l -> inv.out().println("  " + l.text()));
                    }
                }
                return;
            default:
                throw new SdlError(198, "program: a definition needs a body and end; unknown subcommand " + sub);
        }
    }
}
