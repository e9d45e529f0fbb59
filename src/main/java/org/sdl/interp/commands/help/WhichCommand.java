package org.sdl.interp.commands.help;

import java.nio.file.Path;
import org.sdl.interp.ProgramDef;
import org.sdl.interp.Programs;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * which name: where a command comes from, as Stata's which says it: "built-in command: regress",
 * the .sdl file on the search path (stdlib, adopath, the script's folder) that defines it, or a
 * program defined in this session; r(111) when there is none.
 */
public final class WhichCommand extends Command {
    public WhichCommand() {
        super("which", 5, null);
    }

    @Override
    public void run(Invocation inv) {
        String name = inv.text().strip().replaceAll(",.*", "").strip();
        if (name.isEmpty()) {
            throw new SdlError(198, "which: command name required");
        }
        Command c = inv.interpreter().registry().lookup(name);
        if (c != null) {
            inv.out().println("built-in command:  " + c.name());
            return;
        }
        ProgramDef p = inv.session().programs().get(name);
        Path file = Programs.findFile(inv.session(), name);
        if (file != null) {
            inv.out().println(file.toAbsolutePath().normalize().toString());
            return;
        }
        if (p != null) {
            inv.out().println("program " + name + " defined in this session (not from a file)");
            return;
        }
        if (StataCommands.entries().containsKey(name)) {
            StataCommands.Row row = StataCommands.row(name, inv.interpreter().registry());
            if (row.entry().area().equals("language")) {
                inv.out().println("built-in language construct:  " + name);
                return;
            }
        }
        throw new SdlError(111, "command " + name + " not found as either built-in or .sdl file");
    }
}
