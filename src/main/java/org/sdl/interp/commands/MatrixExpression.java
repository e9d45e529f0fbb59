package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Missing;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.lang.Parser;
import org.sdl.stats.linalg.MatrixOps;

/**
 * Stata's matrix expressions (matrix C = exp), parsed by recursive descent:
 * rows {@code a \ b} (loosest), columns {@code a , b}, {@code + -}, {@code * /} (a scalar times a
 * matrix, or a product), unary minus, then postfix {@code '} (transpose) and subscripts
 * {@code A[i,j]}, {@code A[1..2, 2...]}, {@code A["r","c"]}. Operands: matrix names (e(b), r(x)),
 * numbers, scalars, {@code ( ... )}, and the functions I(), J(), inv(), invsym(), det(), trace(),
 * diag(), vecdiag(), cholesky(), rowsof(), colsof(), el(); any other function is a scalar
 * expression. Sizes that do not fit are r(503), conformability error, as in Stata.
 */
final class MatrixExpression {
    private final Invocation inv;
    private final String s;
    private int pos;

    private MatrixExpression(Invocation inv, String s) {
        this.inv = inv;
        this.s = s;
    }

    static Matrix evaluate(Invocation inv, String text) {
        MatrixExpression p = new MatrixExpression(inv, text);
        Matrix m = p.rows();
        p.skip();
        if (p.pos < p.s.length()) {
            throw new SdlError(198, "matrix expression: unexpected '" + p.s.substring(p.pos) + "'");
        }
        return m;
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(char c) {
        skip();
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private Matrix rows() {
        Matrix m = cols();
        while (eat('\\')) {
            m = join(m, cols(), true);
        }
        return m;
    }

    private Matrix cols() {
        Matrix m = sum();
        while (eat(',')) {
            m = join(m, sum(), false);
        }
        return m;
    }

    private Matrix sum() {
        Matrix m = product();
        while (true) {
            skip();
            if (eat('+')) {
                m = add(m, product(), 1);
            } else if (pos < s.length() && s.charAt(pos) == '-') {
                pos++;
                m = add(m, product(), -1);
            } else {
                return m;
            }
        }
    }

    private Matrix product() {
        Matrix m = unary();
        while (true) {
            if (eat('*')) {
                m = multiply(m, unary());
            } else if (eat('/')) {
                Matrix d = unary();
                if (!scalar(d)) {
                    throw new SdlError(503, "conformability error: a matrix can be divided only by a scalar");
                }
                m = scale(m, 1 / d.get(0, 0));
            } else {
                return m;
            }
        }
    }

    private Matrix unary() {
        if (eat('-')) {
            return scale(unary(), -1);
        }
        return postfix(primary());
    }

    private Matrix postfix(Matrix m) {
        while (true) {
            if (eat('\'')) {
                m = transpose(m);
            } else if (pos < s.length() && s.charAt(pos) == '[') {
                pos++;
                m = subscript(m);
            } else {
                return m;
            }
        }
    }

    private Matrix primary() {
        skip();
        if (pos >= s.length()) {
            throw new SdlError(198, "matrix expression: operand expected");
        }
        char c = s.charAt(pos);
        if (c == '(') {
            pos++;
            Matrix m = rows();
            if (!eat(')')) {
                throw new SdlError(198, "matrix expression: ')' expected");
            }
            return m;
        }
        if (Character.isDigit(c) || c == '.') {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '.'
                || (s.charAt(pos) == '-' || s.charAt(pos) == '+') && Character.toLowerCase(s.charAt(pos - 1)) == 'e'
                && Character.isDigit(s.charAt(start)))) {
                pos++;
            }
            return one(number(s.substring(start, pos)));
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            String name = s.substring(start, pos);
            if (pos < s.length() && s.charAt(pos) == '(') {
                int close = matching(pos);
                String inner = s.substring(pos + 1, close);
                pos = close + 1;
                return call(name, inner, s.substring(start, pos));
            }
            Matrix m = inv.session().matrix(name);
            if (m != null) {
                return m;
            }
            return one(number(name));
        }
        throw new SdlError(198, "matrix expression: unexpected '" + c + "'");
    }

    private Matrix call(String f, String inner, String whole) {
        List<String> args = splitArgs(inner);
        switch (f) {
            case "e": case "r": {
                Matrix m = inv.session().matrix(whole);
                return m != null ? m : one(number(whole));
            }
            case "I": {
                int n = size(args.get(0));
                double[][] a = new double[n][n];
                for (int i = 0; i < n; i++) {
                    a[i][i] = 1;
                }
                return Matrix.of(a);
            }
            case "J": {
                need(f, args, 3);
                int r = size(args.get(0));
                int c = size(args.get(1));
                double v = number(args.get(2));
                double[][] a = new double[r][c];
                for (double[] row : a) {
                    java.util.Arrays.fill(row, v);
                }
                return Matrix.of(a);
            }
            case "inv": case "invsym": {
                Matrix m = arg(args);
                square(m, f);
                double[][] r = f.equals("inv") ? MatrixOps.inverse(m.values()) : MatrixOps.invsym(m.values());
                if (r == null) {
                    throw new SdlError(506, "matrix is singular");
                }
                return new Matrix(r, m.colNames(), m.rowNames());
            }
            case "det":
                return one(MatrixOps.det(square(arg(args), f).values()));
            case "trace": {
                Matrix m = square(arg(args), f);
                double t = 0;
                for (int i = 0; i < m.rows(); i++) {
                    t += m.get(i, i);
                }
                return one(t);
            }
            case "cholesky": {
                Matrix m = square(arg(args), f);
                double[][] l = MatrixOps.cholesky(m.values());
                if (l == null) {
                    throw new SdlError(506, "matrix not positive definite");
                }
                return new Matrix(l, m.rowNames(), m.colNames());
            }
            case "diag": {
                Matrix v = arg(args);
                if (v.rows() != 1 && v.cols() != 1) {
                    throw new SdlError(503, "conformability error: diag() needs a row or column vector");
                }
                boolean row = v.rows() == 1;
                int n = row ? v.cols() : v.rows();
                double[][] a = new double[n][n];
                for (int i = 0; i < n; i++) {
                    a[i][i] = row ? v.get(0, i) : v.get(i, 0);
                }
                List<String> names = row ? v.colNames() : v.rowNames();
                return new Matrix(a, names, names);
            }
            case "vecdiag": {
                Matrix m = square(arg(args), f);
                double[][] a = new double[1][m.rows()];
                for (int i = 0; i < m.rows(); i++) {
                    a[0][i] = m.get(i, i);
                }
                return new Matrix(a, List.of("r1"), m.colNames());
            }
            case "rowsof": case "colsof": {
                Matrix m = arg(args);
                return one(f.equals("rowsof") ? m.rows() : m.cols());
            }
            default:
                return one(number(whole));
        }
    }

    private Matrix arg(List<String> args) {
        if (args.size() != 1) {
            throw new SdlError(198, "matrix function: one argument expected");
        }
        return MatrixExpression.evaluate(inv, args.get(0));
    }

    private static void need(String f, List<String> args, int n) {
        if (args.size() != n) {
            throw new SdlError(198, f + "() needs " + n + " arguments");
        }
    }

    private static Matrix square(Matrix m, String f) {
        if (m.rows() != m.cols()) {
            throw new SdlError(503, "conformability error: " + f + "() needs a square matrix, not "
                + m.rows() + " x " + m.cols());
        }
        return m;
    }

    private int size(String text) {
        double v = number(text);
        if (v >= Missing.DOT || v < 0 || v != Math.floor(v)) {
            throw new SdlError(198, "matrix dimension must be a nonnegative integer");
        }
        return (int) v;
    }

    private double number(String text) {
        return ExprCompiler.evaluate(Parser.expression(inv.textLine(text.strip())), inv.session()).number();
    }

    private Matrix subscript(Matrix m) {
        int close = s.indexOf(']', pos);
        if (close < 0) {
            throw new SdlError(198, "matrix subscript: ']' expected");
        }
        List<String> parts = splitArgs(s.substring(pos, close));
        pos = close + 1;
        if (parts.size() != 2) {
            throw new SdlError(198, "matrix subscript: [row, column] expected");
        }
        int[] r = range(parts.get(0), m.rows(), m.rowNames());
        int[] c = range(parts.get(1), m.cols(), m.colNames());
        double[][] a = new double[r[1] - r[0] + 1][c[1] - c[0] + 1];
        for (int i = r[0]; i <= r[1]; i++) {
            for (int j = c[0]; j <= c[1]; j++) {
                a[i - r[0]][j - c[0]] = m.get(i, j);
            }
        }
        return new Matrix(a, new ArrayList<>(m.rowNames().subList(r[0], r[1] + 1)),
            new ArrayList<>(m.colNames().subList(c[0], c[1] + 1)));
    }

    /** i, i..j, i... (to the end), "name": zero-based inclusive bounds. */
    private int[] range(String text, int n, List<String> names) {
        String t = text.strip();
        if (t.startsWith("\"")) {
            int k = names.indexOf(t.replace("\"", ""));
            if (k < 0) {
                throw new SdlError(111, "matrix row or column " + t + " not found");
            }
            return new int[] {k, k};
        }
        int lo;
        int hi;
        if (t.endsWith("...")) {
            lo = index(t.substring(0, t.length() - 3), n);
            hi = n - 1;
        } else if (t.contains("..")) {
            lo = index(t.substring(0, t.indexOf("..")), n);
            hi = index(t.substring(t.indexOf("..") + 2), n);
        } else {
            lo = index(t, n);
            hi = lo;
        }
        if (hi < lo) {
            throw new SdlError(503, "conformability error: empty subscript range");
        }
        return new int[] {lo, hi};
    }

    private int index(String t, int n) {
        double v = number(t);
        if (v < 1 || v > n || v != Math.floor(v)) {
            throw new SdlError(503, "subscript " + t.strip() + " out of range (1 to " + n + ")");
        }
        return (int) v - 1;
    }

    private int matching(int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && --depth == 0) {
                return i;
            }
        }
        throw new SdlError(198, "matrix expression: unbalanced parentheses");
    }

    private static List<String> splitArgs(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '(' || ch == '[')) {
                depth++;
            } else if (!quoted && (ch == ')' || ch == ']')) {
                depth--;
            } else if (!quoted && depth == 0 && ch == ',') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    // ---- arithmetic with Stata's names and conformability rules

    static Matrix one(double v) {
        return Matrix.of(new double[][] {{v}});
    }

    private static boolean scalar(Matrix m) {
        return m.rows() == 1 && m.cols() == 1;
    }

    static Matrix transpose(Matrix m) {
        double[][] t = new double[m.cols()][m.rows()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                t[j][i] = m.get(i, j);
            }
        }
        return new Matrix(t, m.colNames(), m.rowNames());
    }

    private static Matrix scale(Matrix m, double k) {
        double[][] a = new double[m.rows()][m.cols()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                a[i][j] = m.get(i, j) * k;
            }
        }
        return new Matrix(a, m.rowNames(), m.colNames());
    }

    private static Matrix multiply(Matrix a, Matrix b) {
        if (scalar(a) && !scalar(b)) {
            return scale(b, a.get(0, 0));
        }
        if (scalar(b) && !scalar(a)) {
            return scale(a, b.get(0, 0));
        }
        if (a.cols() != b.rows()) {
            throw new SdlError(503, "conformability error: " + a.rows() + " x " + a.cols() + " times "
                + b.rows() + " x " + b.cols());
        }
        return new Matrix(MatrixOps.times(a.values(), b.values()), a.rowNames(), b.colNames());
    }

    private static Matrix add(Matrix a, Matrix b, int sign) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new SdlError(503, "conformability error: " + a.rows() + " x " + a.cols() + (sign > 0 ? " plus " : " minus ")
                + b.rows() + " x " + b.cols());
        }
        double[][] r = new double[a.rows()][a.cols()];
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                r[i][j] = a.get(i, j) + sign * b.get(i, j);
            }
        }
        return new Matrix(r, a.rowNames(), a.colNames());
    }

    /** a \ b (rows) or a , b (columns); default names r1 r2 ... are numbered afresh. */
    private static Matrix join(Matrix a, Matrix b, boolean byRows) {
        if (byRows ? a.cols() != b.cols() : a.rows() != b.rows()) {
            throw new SdlError(503, "conformability error: cannot join " + a.rows() + " x " + a.cols() + " and "
                + b.rows() + " x " + b.cols() + (byRows ? " by rows" : " by columns"));
        }
        int rows = byRows ? a.rows() + b.rows() : a.rows();
        int cols = byRows ? a.cols() : a.cols() + b.cols();
        double[][] v = new double[rows][cols];
        for (int i = 0; i < a.rows(); i++) {
            System.arraycopy(a.values()[i], 0, v[i], 0, a.cols());
        }
        for (int i = 0; i < b.rows(); i++) {
            System.arraycopy(b.values()[i], 0, v[byRows ? a.rows() + i : i], byRows ? 0 : a.cols(), b.cols());
        }
        List<String> rn = byRows ? concat(a.rowNames(), b.rowNames(), "r") : a.rowNames();
        List<String> cn = byRows ? a.colNames() : concat(a.colNames(), b.colNames(), "c");
        return new Matrix(v, rn, cn);
    }

    private static List<String> concat(List<String> x, List<String> y, String prefix) {
        List<String> out = new ArrayList<>(x);
        out.addAll(y);
        if (out.stream().allMatch(n -> n.matches(prefix + "\\d+"))) {
            for (int i = 0; i < out.size(); i++) {
                out.set(i, prefix + (i + 1));
            }
        }
        return out;
    }
}
