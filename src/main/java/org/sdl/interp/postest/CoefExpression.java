package org.sdl.interp.postest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.interp.SdlError;
import org.sdl.lang.Parser;
import org.sdl.lang.SourceLine;
import org.sdl.lang.ast.Binary;
import org.sdl.lang.ast.Call;
import org.sdl.lang.ast.CoefRef;
import org.sdl.lang.ast.Expr;
import org.sdl.lang.ast.NameRef;
import org.sdl.lang.ast.NumberLit;
import org.sdl.lang.ast.Unary;
import org.sdl.stats.EstimationResult;

/**
 * An expression in the coefficients (test, lincom, nlcom): bare names and {@code _b[name]} refer
 * to e(b). It evaluates at any coefficient vector, so linear forms come out exactly (value at 0
 * and unit vectors) and nonlinear ones get delta-method gradients by central differences.
 */
public final class CoefExpression {
    private static final Pattern FACTOR_TERM = Pattern.compile("(?<![\\w.\\[])((?:\\d+[bo]?|c|co)\\.\\w+(?:#(?:\\d+[bo]?|c|co)\\.\\w+)*)");

    private final Expr expr;
    private final EstimationResult e;

    public CoefExpression(String text, SourceLine origin, EstimationResult e) {
        this.e = e;
        String t = FACTOR_TERM.matcher(text).replaceAll(m -> Matcher.quoteReplacement("_b[" + m.group(1) + "]"));
        t = t.replaceAll("\\[(\\w+)\\]\\s*(?=[A-Za-z_])", "");
        this.expr = Parser.expression(origin.withText(t));
    }

    public double value(double[] b) {
        return eval(expr, b);
    }

    /** Gradient with respect to b: exact for linear forms, central differences otherwise. */
    public double[] gradient(double[] b, boolean linear) {
        int k = b.length;
        double[] g = new double[k];
        if (linear) {
            double[] zero = new double[k];
            double base = value(zero);
            for (int j = 0; j < k; j++) {
                zero[j] = 1;
                g[j] = value(zero) - base;
                zero[j] = 0;
            }
            return g;
        }
        double[] x = b.clone();
        for (int j = 0; j < k; j++) {
            if (e.omitted(j)) {
                continue;
            }
            double h = 1e-6 * Math.max(1, Math.abs(b[j]));
            x[j] = b[j] + h;
            double up = value(x);
            x[j] = b[j] - h;
            double down = value(x);
            x[j] = b[j];
            g[j] = (up - down) / (2 * h);
        }
        return g;
    }

    private double eval(Expr x, double[] b) {
        if (x instanceof NumberLit n) {
            return n.value();
        }
        if (x instanceof NameRef n) {
            return b[index(n.name())];
        }
        if (x instanceof CoefRef c) {
            if (c.kind().equals("_se")) {
                return e.se(index(c.coefficient()));
            }
            return b[index(c.coefficient())];
        }
        if (x instanceof Unary u) {
            double v = eval(u.operand(), b);
            switch (u.op()) {
                case NEGATE: return -v;
                case PLUS: return v;
                default: return v == 0 ? 1 : 0;
            }
        }
        if (x instanceof Binary bin) {
            double l = eval(bin.left(), b);
            double r = eval(bin.right(), b);
            switch (bin.op()) {
                case ADD: return l + r;
                case SUB: return l - r;
                case MUL: return l * r;
                case DIV: return l / r;
                case POW: return Math.pow(l, r);
                default: throw new SdlError(198, "operator " + bin.op().symbol() + " not allowed here");
            }
        }
        if (x instanceof Call c && c.args().size() == 1) {
            double v = eval(c.args().get(0), b);
            switch (c.function()) {
                case "exp": return Math.exp(v);
                case "ln": case "log": return Math.log(v);
                case "sqrt": return Math.sqrt(v);
                case "invlogit": return 1 / (1 + Math.exp(-v));
                case "normal": return 0.5 * org.apache.commons.math3.special.Erf.erfc(-v / Math.sqrt(2));
                case "abs": return Math.abs(v);
                default: break;
            }
        }
        throw new SdlError(198, "invalid expression in coefficients: " + x);
    }

    private int index(String name) {
        int j = e.indexOf(name);
        if (j < 0) {
            for (int i = 0; i < e.k(); i++) {
                if (e.names().get(i).replaceAll("(\\d+)[bo]\\.", "$1.").equals(name)) {
                    return i;
                }
            }
            throw new SdlError(111, name + " not found in the estimation results");
        }
        return j;
    }
}
