package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * ds [varlist] [, has(type string|numeric|byte|…) not(type …)]: lists variable names (all, or
 * those of a type), compactly, and leaves them in r(varlist), the usual way a do-file collects
 * "all string variables" for destring and the like.
 */
public final class DsCommand extends Command {
    public DsCommand() {
        super("ds", 2, "[varlist] [, HAS(string) NOT(string)]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String has = inv.args().string("has");
        String not = inv.args().string("not");
        if (has != null && not != null) {
            throw new SdlError(198, "options has() and not() may not be combined");
        }
        List<String> out = new ArrayList<>();
        for (String v : inv.args().varlist()) {
            Column c = d.column(v);
            if (has != null && !isType(c, has)) {
                continue;
            }
            if (not != null && isType(c, not)) {
                continue;
            }
            out.add(v);
        }
        DescribeCommand.simple(inv, out);
        inv.session().r().macro("varlist", String.join(" ", out));
    }

    /** spec is "type t…" with t one of string, numeric, byte, int, long, float, double, strL. */
    private static boolean isType(Column c, String spec) {
        String[] w = spec.strip().split("\\s+");
        if (w.length < 2 || !w[0].equals("type")) {
            throw new SdlError(198, "ds: only has(type …) and not(type …) are supported");
        }
        String t = c.typeName();
        for (int i = 1; i < w.length; i++) {
            String want = w[i].toLowerCase(Locale.ROOT);
            boolean match = switch (want) {
                case "string" -> c.isString();
                case "numeric" -> !c.isString();
                case "strl" -> t.equals("strL");
                default -> t.equals(want);
            };
            if (match) {
                return true;
            }
        }
        return false;
    }
}
