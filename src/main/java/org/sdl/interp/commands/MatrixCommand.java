package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.lang.Parser;

/**
 * matrix [define] A = matrix expression (MatrixExpression: + - * ' \ , inv() det() ...);
 * matrix list A; matrix drop A|_all; matrix rownames|colnames A = names; matrix accum.
 */
public final class MatrixCommand extends Command {
    public MatrixCommand() {
        super("matrix", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text().strip();
        String first = t.split("\\s+", 2)[0];
        String rest = t.length() > first.length() ? t.substring(first.length()).strip() : "";
        Session s = inv.session();
        switch (first) {
            case "list": case "li": case "lis": {
                String name = rest.replaceAll(",.*", "").strip();
                Matrix m = s.matrix(name);
                if (m == null) {
                    throw new SdlError(111, "matrix " + name + " not found");
                }
                MatrixListing.print(inv.out(), name, m);
                return;
            }
            case "drop": case "dir":
                if (first.equals("dir")) {
                    s.matrices().forEach((k, m) -> inv.out().println(String.format("%12s[%d,%d]", k, m.rows(), m.cols())));
                } else if (rest.equals("_all")) {
                    s.matrices().clear();
                } else {
                    for (String n : rest.split("\\s+")) {
                        s.matrices().remove(n);
                    }
                }
                return;
            case "rownames": case "colnames": case "rowname": case "colname": {
                int eq = rest.indexOf('=');
                String name = rest.substring(0, eq).strip();
                Matrix m = s.matrix(name);
                if (m == null) {
                    throw new SdlError(111, "matrix " + name + " not found");
                }
                List<String> names = List.of(rest.substring(eq + 1).strip().split("\\s+"));
                boolean rows = first.startsWith("row");
                if (names.size() != (rows ? m.rows() : m.cols())) {
                    throw new SdlError(503, "conformability error: " + names.size() + " names for "
                        + (rows ? m.rows() : m.cols()) + (rows ? " rows" : " columns"));
                }
                s.matrices().put(name, new Matrix(m.values(), rows ? names : m.rowNames(), rows ? m.colNames() : names));
                return;
            }
            case "accum": case "ac": case "acc": case "accu":
                MatrixAccum.run(inv, rest);
                return;
            case "define": case "def": case "de": case "defi": case "defin":
                t = rest;
                break;
            default:
                break;
        }
        int eq = t.indexOf('=');
        if (eq < 0) {
            throw new SdlError(198, "matrix: = required (matrix A = ...)");
        }
        String name = t.substring(0, eq).strip();
        s.matrices().put(name, evaluate(inv, t.substring(eq + 1).strip()));
    }

    private Matrix evaluate(Invocation inv, String expr) {
        return MatrixExpression.evaluate(inv, expr);
    }

    private double num(Invocation inv, String text) {
        return ExprCompiler.evaluate(Parser.expression(inv.textLine(text.strip())), inv.session()).number();
    }
}
