package org.sdl.interp.commands;

import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Value;
import org.sdl.lang.Parser;
import org.sdl.lang.SyntaxError;

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
        String t = inv.text();
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isWhitespace(t.charAt(i)) || inQuotes(t, i)) {
                continue;
            }
            String cond = t.substring(0, i).strip();
            String rest = t.substring(i).strip();
            String word = rest.split("[\\s,(\"]", 2)[0];
            if (cond.isEmpty() || word.isEmpty() || !isCommand(inv, word)) {
                continue;
            }
            Value v;
            try {
                v = ExprCompiler.evaluate(Parser.expression(inv.textLine(cond)), inv.session());
            } catch (SyntaxError e) {
                continue;
            }
            if (v.isString()) {
                throw new SdlError(109, "type mismatch: if condition must be numeric");
            }
            if (v.number() != 0) {
                inv.interpreter().runExpanded(inv.textLine(rest), inv.frame());
            }
            return;
        }
        throw new SdlError(198, "if: expected if exp { ... } or if exp command");
    }

    private static boolean isCommand(Invocation inv, String word) {
        return inv.interpreter().registry().lookup(word) != null || inv.session().programs().containsKey(word)
            || word.matches("qui(e(t(l(y)?)?)?)?|noi(s(i(l(y)?)?)?)?|cap(t(u(r(e)?)?)?)?");
    }

    private static boolean inQuotes(String t, int pos) {
        int q = 0;
        for (int i = 0; i < pos; i++) {
            if (t.charAt(i) == '"') {
                q++;
            }
        }
        return q % 2 == 1;
    }
}
