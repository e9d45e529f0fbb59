package org.sdl.interp.commands;

import org.sdl.interp.Frame;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.MacroNumber;
import org.sdl.interp.expr.Value;
import org.sdl.lang.Parser;

/**
 * local and global: {@code local name text}, {@code local name = exp} (evaluated),
 * {@code local name : extended-function}, {@code local ++name} / {@code local --name}.
 */
public final class MacroCommand extends Command {
    private final boolean global;

    public MacroCommand(boolean global) {
        super(global ? "global" : "local", global ? 2 : 3, null);
        this.global = global;
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text();
        if (t.startsWith("++") || t.startsWith("--")) {
            String name = t.substring(2).strip();
            String cur = get(inv, name);
            double v;
            try {
                v = cur.isEmpty() ? 0 : Double.parseDouble(cur);
            } catch (NumberFormatException e) {
                throw new SdlError(198, "`" + name + "' does not hold a number");
            }
            set(inv, name, MacroNumber.format(v + (t.startsWith("++") ? 1 : -1)));
            return;
        }
        int i = 0;
        while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_')) {
            i++;
        }
        String name = t.substring(0, i);
        if (name.isEmpty()) {
            throw new SdlError(198, (global ? "global" : "local") + ": macro name required");
        }
        if (name.length() > 31 && !name.startsWith("_")) {
            throw new SdlError(198, name + " invalid name: more than 31 characters");
        }
        String rest = t.substring(i);
        String trimmed = rest.strip();
        if (trimmed.startsWith("=") && !trimmed.startsWith("==")) {
            String exp = trimmed.substring(1).strip();
            if (exp.isEmpty()) {
                set(inv, name, "");
                return;
            }
            Value v = ExprCompiler.evaluate(Parser.expression(inv.textLine(exp)), inv.session());
            set(inv, name, v.asMacroText());
            return;
        }
        if (trimmed.startsWith(":")) {
            String value = inv.interpreter().expand("`" + trimmed + "'", inv.frame(), inv.line());
            set(inv, name, value);
            return;
        }
        // text: strip one blank after the name and surrounding quotes as Stata does
        String value = rest.startsWith(" ") || rest.startsWith("\t") ? rest.substring(1) : rest;
        value = value.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
            && value.indexOf('"', 1) == value.length() - 1) {
            value = value.substring(1, value.length() - 1);
        } else if (value.length() >= 4 && value.startsWith("`\"") && value.endsWith("\"'")) {
            value = value.substring(2, value.length() - 2);
        }
        set(inv, name, value);
    }

    private String get(Invocation inv, String name) {
        return global ? inv.session().globals().getOrDefault(name, "") : inv.frame().local(name);
    }

    private void set(Invocation inv, String name, String value) {
        if (global) {
            if (value.isEmpty()) {
                inv.session().globals().remove(name);
            } else {
                inv.session().globals().put(name, value);
            }
        } else {
            Frame f = inv.frame();
            f.setLocal(name, value);
        }
    }
}
