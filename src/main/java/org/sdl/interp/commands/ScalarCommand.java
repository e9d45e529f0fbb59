package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.MacroNumber;
import org.sdl.interp.expr.Value;
import org.sdl.lang.Parser;

/** scalar [define] name = exp | scalar drop names | scalar list [names]. */
public final class ScalarCommand extends Command {
    public ScalarCommand() {
        super("scalar", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text().strip();
        String first = t.split("\\s+", 2)[0];
        String rest = t.length() > first.length() ? t.substring(first.length()).strip() : "";
        if (first.equals("drop")) {
            if (rest.equals("_all")) {
                inv.session().scalars().clear();
            } else {
                for (String n : rest.split("\\s+")) {
                    if (inv.session().scalars().remove(n) == null) {
                        throw new SdlError(111, "scalar " + n + " not found");
                    }
                }
            }
            return;
        }
        if (first.equals("list") || first.equals("dir") || first.equals("li")) {
            List<String> names = rest.isEmpty() || rest.equals("_all")
                ? new ArrayList<>(new TreeMap<>(inv.session().scalars()).keySet()) : List.of(rest.split("\\s+"));
            for (String n : names) {
                Object v = inv.session().scalars().get(n);
                if (v == null) {
                    throw new SdlError(111, "scalar " + n + " not found");
                }
                inv.out().println(String.format("%33s = %s", n,
                    v instanceof String s ? "\"" + s + "\"" : MacroNumber.format((Double) v)));
            }
            return;
        }
        if (first.equals("define") || first.equals("def") || first.equals("de")) {
            t = rest;
        }
        int eq = t.indexOf('=');
        if (eq < 0) {
            throw new SdlError(198, "scalar: = exp required (scalar name = exp)");
        }
        String name = t.substring(0, eq).strip();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new SdlError(198, name + " invalid name");
        }
        Value v = ExprCompiler.evaluate(Parser.expression(inv.textLine(t.substring(eq + 1).strip())), inv.session());
        inv.session().scalars().put(name, v.isString() ? v.string() : (Object) v.number());
    }
}
