package org.sdl.interp;

import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Value;
import org.sdl.lang.Parser;
import org.sdl.lang.SourceLine;

/** Evaluates the condition of an {@code if exp {} } command (not the if qualifier). */
public final class Conditions {
    private Conditions() {}

    static boolean holds(Interpreter interp, SourceLine header, Frame frame) {
        SourceLine expanded = interp.expandLine(header, frame);
        String t = expanded.text();
        if (t.startsWith("if")) {
            t = t.substring(2);
        }
        t = t.strip();
        if (t.endsWith("{")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            throw new SdlError(198, "if: condition required");
        }
        return holds(interp, expanded.tail(t), t, frame);
    }

    /** Evaluates an already expanded condition. */
    static boolean holds(Interpreter interp, SourceLine header, String t, Frame frame) {
        Value v = ExprCompiler.evaluate(Parser.expression(header.withText(t)), interp.session());
        if (v.isString()) {
            throw new SdlError(109, "type mismatch: if condition must be numeric");
        }
        return v.number() != 0;
    }

    /**
     * Splits the expanded text after {@code if} of the one-line form {@code if exp command}: the
     * condition is the shortest leading text that parses as an expression and is followed by a
     * command name. Returns {condition, command}.
     */
    public static String[] splitInline(Interpreter interp, String t, Frame frame) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isWhitespace(t.charAt(i)) || inQuotes(t, i)) {
                continue;
            }
            String cond = t.substring(0, i).strip();
            String rest = t.substring(i).strip();
            String word = rest.split("[\\s,(\"]", 2)[0];
            if (cond.isEmpty() || word.isEmpty() || !isCommand(interp, word)) {
                continue;
            }
            try {
                Parser.expression(new SourceLine(cond, "<if>", 1, java.util.List.of(new SourceLine.Segment(0, 1, 1))));
            } catch (org.sdl.lang.SyntaxError e) {
                continue;
            }
            return new String[] {cond, rest};
        }
        throw new SdlError(198, "if: expected if exp { ... } or if exp command");
    }

    private static boolean isCommand(Interpreter interp, String word) {
        return interp.registry().lookup(word) != null || interp.session().programs().containsKey(word)
            || Prefixes.isQuietly(word) || Prefixes.isNoisily(word) || Prefixes.isCapture(word)
            || word.equals("by") || word.equals("by:") || Prefixes.isBysort(word.replace(":", ""));
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
