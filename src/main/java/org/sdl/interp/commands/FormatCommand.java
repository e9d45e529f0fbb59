package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.StataFormat;

/** format varlist %fmt (or format %fmt varlist): sets display formats. */
public final class FormatCommand extends Command {
    public FormatCommand() {
        super("format", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        List<String> w = Words.split(inv.text());
        String fmt = null;
        List<String> vars = new ArrayList<>();
        VariableMatcher vm = new VariableMatcher(inv.session().data());
        for (String t : w) {
            if (t.startsWith("%")) {
                fmt = t;
            } else {
                vars.addAll(vm.expand(t));
            }
        }
        if (fmt == null || StataFormat.parse(fmt) == null) {
            throw new SdlError(120, "invalid %format " + fmt);
        }
        for (String v : vars) {
            inv.session().data().column(v).setFormat(fmt);
        }
    }
}
