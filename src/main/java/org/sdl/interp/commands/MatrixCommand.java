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
 * matrix [define] A = (1,2\3,4) | = B | = B' | = e(b) | = r(name) | = J(r,c,v) | = I(n);
 * matrix list A; matrix drop A|_all; matrix rownames|colnames A = names.
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
                ResultsPrinter.printMatrix(inv.out(), name, m);
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
        Session s = inv.session();
        boolean transpose = expr.endsWith("'");
        String e = transpose ? expr.substring(0, expr.length() - 1).strip() : expr;
        Matrix m;
        if (e.startsWith("(") && e.endsWith(")")) {
            m = literal(inv, e.substring(1, e.length() - 1));
        } else if (e.matches("J\\(.*\\)")) {
            String[] p = e.substring(2, e.length() - 1).split(",");
            int r = (int) num(inv, p[0]);
            int c = (int) num(inv, p[1]);
            double v = num(inv, p[2]);
            double[][] a = new double[r][c];
            for (double[] row : a) {
                java.util.Arrays.fill(row, v);
            }
            m = Matrix.of(a);
        } else if (e.matches("I\\(.*\\)")) {
            int n = (int) num(inv, e.substring(2, e.length() - 1));
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                a[i][i] = 1;
            }
            m = Matrix.of(a);
        } else {
            m = s.matrix(e);
            if (m == null) {
                throw new SdlError(111, "matrix " + e + " not found");
            }
        }
        return transpose ? transpose(m) : m;
    }

    private static Matrix transpose(Matrix m) {
        double[][] t = new double[m.cols()][m.rows()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                t[j][i] = m.get(i, j);
            }
        }
        return new Matrix(t, m.colNames(), m.rowNames());
    }

    private Matrix literal(Invocation inv, String body) {
        List<double[]> rows = new ArrayList<>();
        for (String r : body.split("\\\\")) {
            String[] cells = r.split(",");
            double[] row = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                row[j] = num(inv, cells[j]);
            }
            if (!rows.isEmpty() && rows.get(0).length != row.length) {
                throw new SdlError(503, "conformability error: rows of different lengths");
            }
            rows.add(row);
        }
        return Matrix.of(rows.toArray(new double[0][]));
    }

    private double num(Invocation inv, String text) {
        return ExprCompiler.evaluate(Parser.expression(inv.textLine(text.strip())), inv.session()).number();
    }
}
