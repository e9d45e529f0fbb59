package org.sdl.interp.commands;

import java.nio.file.Files;
import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * confirm [new] variable names | numeric|string variable names | [new] file name | number x |
 * integer number x | scalar name | matrix name: silent when true, an error code when not.
 */
public final class ConfirmCommand extends Command {
    public ConfirmCommand() {
        super("confirm", 4, null);
    }

    @Override
    public void run(Invocation inv) {
        List<String> w = Words.split(inv.text());
        if (w.isEmpty()) {
            throw new SdlError(198, "confirm: what to confirm is required");
        }
        String first = w.get(0);
        List<String> rest = w.subList(1, w.size());
        VariableMatcher vm = new VariableMatcher(inv.session().data());
        switch (first) {
            case "new":
                if (rest.get(0).startsWith("var")) {
                    for (String n : rest.subList(1, rest.size())) {
                        if (!n.matches("[A-Za-z_][A-Za-z0-9_]{0,31}")) {
                            throw new SdlError(198, n + " invalid name");
                        }
                        if (inv.session().data().has(n)) {
                            throw new SdlError(110, "variable " + n + " already defined");
                        }
                    }
                } else if (Files.exists(inv.session().resolve(Words.unquote(rest.get(1))))) {
                    throw new SdlError(602, "file " + rest.get(1) + " already exists");
                }
                return;
            case "variable": case "var": case "variables":
                rest.forEach(vm::expand);
                return;
            case "numeric": case "string": case "str": case "double": case "float": case "long": case "int": case "byte":
                for (String t : rest.subList(1, rest.size())) {
                    for (String v : vm.expand(t)) {
                        Column c = inv.session().data().column(v);
                        boolean ok = first.equals("numeric") ? !c.isString() : first.startsWith("str") ? c.isString()
                            : c.typeName().equals(first);
                        if (!ok) {
                            throw new SdlError(7, "'" + v + "' found where " + first + " expected");
                        }
                    }
                }
                return;
            case "file":
                if (!Files.exists(inv.session().resolve(Words.unquote(rest.get(0))))) {
                    throw new SdlError(601, "file " + rest.get(0) + " not found");
                }
                return;
            case "number": case "integer":
                String x = first.equals("integer") ? rest.get(1) : rest.get(0);
                try {
                    double v = Double.parseDouble(x);
                    if (first.equals("integer") && v != Math.rint(v)) {
                        throw new SdlError(7, "'" + x + "' found where integer expected");
                    }
                } catch (NumberFormatException e) {
                    throw new SdlError(7, "'" + x + "' found where number expected");
                }
                return;
            case "scalar":
                if (inv.session().scalar(rest.get(0)) == null) {
                    throw new SdlError(111, "scalar " + rest.get(0) + " not found");
                }
                return;
            case "matrix":
                if (inv.session().matrix(rest.get(0)) == null) {
                    throw new SdlError(111, "matrix " + rest.get(0) + " not found");
                }
                return;
            default:
                throw new SdlError(198, "confirm " + first + " is not valid");
        }
    }
}
