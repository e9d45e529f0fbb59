package org.sdl.interp.commands;

import org.sdl.interp.Frame;
import org.sdl.interp.Matrix;
import org.sdl.interp.ReturnResults;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Value;
import org.sdl.lang.Parser;

/**
 * return list | clear | scalar name = exp | local name [=] ... | matrix name [=] matname | add.
 * Inside an rclass program results go to the program's pending set, published at its end.
 */
public final class ReturnCommand extends Command {
    public ReturnCommand() {
        super("return", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text().strip();
        String sub = t.split("\\s+", 2)[0];
        String rest = t.length() > sub.length() ? t.substring(sub.length()).strip() : "";
        Frame f = inv.frame();
        if (sub.equals("list") || sub.equals("li")) {
            ResultsPrinter.print(inv.out(), 'r', inv.session().r());
            return;
        }
        ReturnResults target;
        if (f.programClass().equals("rclass")) {
            target = f.pendingReturn();
        } else if (f.program() != null) {
            throw new SdlError(151, "non r-class program may not set r()");
        } else {
            target = inv.session().r();
        }
        switch (sub) {
            case "clear":
                target.clear();
                return;
            case "add":
                ReturnResults cur = inv.session().r();
                cur.scalars().forEach((k, v) -> target.scalars().putIfAbsent(k, v));
                cur.macros().forEach((k, v) -> target.macros().putIfAbsent(k, v));
                cur.matrices().forEach((k, v) -> target.matrices().putIfAbsent(k, v));
                return;
            case "scalar": case "sca": case "scal": case "scala": {
                String[] p = nameAndRest(rest);
                Value v = ExprCompiler.evaluate(Parser.expression(inv.textLine(p[1].replaceFirst("^=", "").strip())), inv.session());
                if (v.isString()) {
                    throw new SdlError(109, "type mismatch: return scalar needs a number");
                }
                target.scalar(p[0], v.number());
                return;
            }
            case "local": case "loc": case "loca": {
                String[] p = nameAndRest(rest);
                String val = p[1];
                if (val.startsWith("=")) {
                    val = ExprCompiler.evaluate(Parser.expression(inv.textLine(val.substring(1).strip())), inv.session()).asMacroText();
                } else {
                    val = org.sdl.interp.syntax.Words.unquote(val);
                }
                target.macro(p[0], val);
                return;
            }
            case "matrix": case "mat": case "matr": case "matri": {
                String[] p = nameAndRest(rest);
                String src = p[1].replaceFirst("^=", "").replaceAll(",.*", "").strip();
                Matrix m = inv.session().matrix(src);
                if (m == null) {
                    throw new SdlError(111, "matrix " + src + " not found");
                }
                target.matrix(p[0], m);
                if (!p[1].contains("copy")) {
                    inv.session().matrices().remove(src);
                }
                return;
            }
            default:
                throw new SdlError(198, "return: unknown subcommand " + sub);
        }
    }

    static String[] nameAndRest(String s) {
        int i = 0;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (i == 0) {
            throw new SdlError(198, "name required");
        }
        return new String[] {s.substring(0, i), s.substring(i).strip()};
    }
}
