package org.sdl.interp.commands;

import org.sdl.interp.Conditions;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Value;
import org.sdl.lang.Parser;

/**
 * The one-line form of the if command, {@code if exp command}: the condition is the shortest
 * leading text that parses as an expression and is followed by a known command. (The block form
 * {@code if exp { ... }} is handled by the interpreter.)
 */
public final class IfCommand extends Command {
    public IfCommand() {
        super("if", 2, null);
    }

    @Override
    public void run(Invocation inv) {
        String[] split = Conditions.splitInline(inv.interpreter(), inv.text(), inv.frame());
        Value v = ExprCompiler.evaluate(Parser.expression(inv.textLine(split[0])), inv.session());
        if (v.isString()) {
            throw new SdlError(109, "type mismatch: if condition must be numeric");
        }
        if (v.number() != 0) {
            inv.interpreter().runExpanded(inv.textLine(split[1]), inv.frame());
        }
    }
}
