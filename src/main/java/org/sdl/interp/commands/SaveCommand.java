package org.sdl.interp.commands;

import java.nio.file.Path;
import org.sdl.data.io.DtaWriter;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/** save [filename] [, replace]: writes .dta format 118 atomically; an existing file needs replace. */
public final class SaveCommand extends Command {
    public SaveCommand() {
        super("save", 4, "[anything] [, replace]");
    }

    @Override
    public void run(Invocation inv) {
        Session s = inv.session();
        String name = inv.args().anything().isEmpty() ? s.filename() : Words.unquote(inv.args().anything());
        if (name == null || name.isEmpty()) {
            throw new SdlError(100, "save: file name required (no file was used or saved before)");
        }
        if (!name.contains(".")) {
            name = name + ".dta";
        }
        Path p = s.resolve(name);
        DtaWriter.write(s.data(), p, inv.args().flag("replace"));
        s.data().markSaved();
        s.setFilename(p.toString());
        inv.out().println("file " + name + " saved");
    }
}
