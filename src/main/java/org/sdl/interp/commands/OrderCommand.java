package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** order varlist [, first | last | before(var) | after(var) | alphabetic]: moves variables. */
public final class OrderCommand extends Command {
    public OrderCommand() {
        super("order", 5, "varlist [, first last before(varname) after(varname) ALPHAbetic]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        List<String> moved = new ArrayList<>(inv.args().varlist());
        if (inv.args().flag("alphabetic")) {
            moved.sort(String::compareTo);
        }
        List<String> rest = new ArrayList<>(d.names());
        rest.removeAll(moved);
        List<String> out = new ArrayList<>();
        String anchor = inv.args().string("before") != null ? inv.args().string("before") : inv.args().string("after");
        if (anchor != null && moved.contains(anchor)) {
            throw new SdlError(198, "order: " + anchor + " may not be both moved and the anchor");
        }
        if (inv.args().flag("last")) {
            out.addAll(rest);
            out.addAll(moved);
        } else if (anchor != null) {
            int at = rest.indexOf(anchor) + (inv.args().string("after") != null ? 1 : 0);
            out.addAll(rest.subList(0, at));
            out.addAll(moved);
            out.addAll(rest.subList(at, rest.size()));
        } else {
            out.addAll(moved);
            out.addAll(rest);
        }
        d.order(out);
    }
}
