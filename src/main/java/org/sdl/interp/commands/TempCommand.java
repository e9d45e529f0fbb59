package org.sdl.interp.commands;

import java.nio.file.Path;
import org.sdl.interp.Frame;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/** tempvar, tempname, tempfile: unique names that disappear when the program ends. */
public final class TempCommand extends Command {
    private final String kind;

    public TempCommand(String kind) {
        super("temp" + kind, 5 + kind.length(), null);
        this.kind = kind;
    }

    @Override
    public void run(Invocation inv) {
        Frame f = inv.frame();
        for (String name : Words.split(inv.text())) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new SdlError(198, name + " invalid name");
            }
            String unique = inv.session().nextTempName();
            switch (kind) {
                case "var":
                    f.tempvars().add(unique);
                    f.setLocal(name, unique);
                    break;
                case "name":
                    f.tempnames().add(unique);
                    f.setLocal(name, unique);
                    break;
                default:
                    // unique across sessions and processes; the file itself is created by whoever writes it
                    Path p = Path.of(System.getProperty("java.io.tmpdir"), "sdl" + ProcessHandle.current().pid()
                        + unique + "_" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".tmp");
                    f.tempfiles().add(p);
                    f.setLocal(name, p.toString());
            }
        }
    }
}
