package org.sdl.interp.expr;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.lang.ast.BinaryOp;

/** The node kinds: literals, variables, system variables, operators, function wrappers. */
final class Nodes {
    private Nodes() {}

    static double bool(boolean b) {
        return b ? 1 : 0;
    }

    /** Any non-zero number is true, and so is missing. */
    static boolean truth(double v) {
        return v != 0;
    }

    static final class NumConst extends Node {
        final double value;

        NumConst(double value) {
            this.value = value;
        }

        @Override public boolean isString() { return false; }
        @Override public double num(int row) { return value; }
        @Override public boolean isConstant() { return true; }
    }

    static final class StrConst extends Node {
        final String value;

        StrConst(String value) {
            this.value = value;
        }

        @Override public boolean isString() { return true; }
        @Override public String str(int row) { return value; }
        @Override public boolean isConstant() { return true; }
    }

    static final class NumVar extends Node {
        private final NumericColumn col;

        NumVar(NumericColumn col) {
            this.col = col;
        }

        @Override public boolean isString() { return false; }
        @Override public double num(int row) { return col.get(row); }
    }

    static final class StrVar extends Node {
        private final StringColumn col;

        StrVar(StringColumn col) {
            this.col = col;
        }

        @Override public boolean isString() { return true; }
        @Override public String str(int row) { return col.get(row); }
    }

    /** _n: position within the by-group (1-based). */
    static final class ObsIndex extends Node {
        private final EvalContext ctx;

        ObsIndex(EvalContext ctx) {
            this.ctx = ctx;
        }

        @Override public boolean isString() { return false; }
        @Override public double num(int row) { return row - ctx.start(row) + 1; }
    }

    /** _N: size of the by-group. */
    static final class ObsCount extends Node {
        private final EvalContext ctx;

        ObsCount(EvalContext ctx) {
            this.ctx = ctx;
        }

        @Override public boolean isString() { return false; }
        @Override public double num(int row) { return ctx.end(row) - ctx.start(row); }
    }

    /** x[exp]: the value at observation exp of the by-group; missing outside it. */
    static final class NumSubscript extends Node {
        private final NumericColumn col;
        private final Node index;
        private final EvalContext ctx;

        NumSubscript(NumericColumn col, Node index, EvalContext ctx) {
            this.col = col;
            this.index = index;
            this.ctx = ctx;
        }

        @Override public boolean isString() { return false; }

        @Override
        public double num(int row) {
            double i = index.num(row);
            if (Missing.isMissing(i)) {
                return Missing.DOT;
            }
            long k = (long) i;
            int start = ctx.start(row);
            long target = start + k - 1;
            return k >= 1 && target < ctx.end(row) ? col.get((int) target) : Missing.DOT;
        }
    }

    static final class StrSubscript extends Node {
        private final StringColumn col;
        private final Node index;
        private final EvalContext ctx;

        StrSubscript(StringColumn col, Node index, EvalContext ctx) {
            this.col = col;
            this.index = index;
            this.ctx = ctx;
        }

        @Override public boolean isString() { return true; }

        @Override
        public String str(int row) {
            double i = index.num(row);
            if (Missing.isMissing(i)) {
                return "";
            }
            long k = (long) i;
            long target = ctx.start(row) + k - 1;
            return k >= 1 && target < ctx.end(row) ? col.get((int) target) : "";
        }
    }

    /** + - * / ^ on numbers: missing in, missing out; overflow and 1/0 give missing. */
    static final class Arith extends Node {
        private final BinaryOp op;
        private final Node a;
        private final Node b;

        Arith(BinaryOp op, Node a, Node b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override public boolean isString() { return false; }

        @Override
        public double num(int row) {
            double x = a.num(row);
            double y = b.num(row);
            if (x >= Missing.DOT || y >= Missing.DOT) {
                return Missing.DOT;
            }
            double r;
            switch (op) {
                case ADD: r = x + y; break;
                case SUB: r = x - y; break;
                case MUL: r = x * y; break;
                case DIV: r = x / y; break;
                default: r = power(x, y); break;
            }
            return (r < Missing.DOT && r > -Missing.DOT) ? r : Missing.DOT;
        }

        static double power(double x, double y) {
            if (y == 2) {
                return x * x;
            }
            return Math.pow(x, y);
        }
    }

    static final class NumCompare extends Node {
        private final BinaryOp op;
        private final Node a;
        private final Node b;

        NumCompare(BinaryOp op, Node a, Node b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override public boolean isString() { return false; }

        @Override
        public double num(int row) {
            double x = a.num(row);
            double y = b.num(row);
            switch (op) {
                case EQ: return bool(x == y);
                case NE: return bool(x != y);
                case LT: return bool(x < y);
                case LE: return bool(x <= y);
                case GT: return bool(x > y);
                default: return bool(x >= y);
            }
        }
    }

    static final class StrCompare extends Node {
        private final BinaryOp op;
        private final Node a;
        private final Node b;

        StrCompare(BinaryOp op, Node a, Node b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override public boolean isString() { return false; }

        @Override
        public double num(int row) {
            int c = a.str(row).compareTo(b.str(row));
            switch (op) {
                case EQ: return bool(c == 0);
                case NE: return bool(c != 0);
                case LT: return bool(c < 0);
                case LE: return bool(c <= 0);
                case GT: return bool(c > 0);
                default: return bool(c >= 0);
            }
        }
    }

    static final class Logical extends Node {
        private final boolean and;
        private final Node a;
        private final Node b;

        Logical(boolean and, Node a, Node b) {
            this.and = and;
            this.a = a;
            this.b = b;
        }

        @Override public boolean isString() { return false; }

        @Override
        public double num(int row) {
            return and ? bool(truth(a.num(row)) && truth(b.num(row)))
                : bool(truth(a.num(row)) || truth(b.num(row)));
        }
    }

    static final class Not extends Node {
        private final Node a;

        Not(Node a) {
            this.a = a;
        }

        @Override public boolean isString() { return false; }
        @Override public double num(int row) { return bool(!truth(a.num(row))); }
    }

    static final class Concat extends Node {
        private final Node a;
        private final Node b;

        Concat(Node a, Node b) {
            this.a = a;
            this.b = b;
        }

        @Override public boolean isString() { return true; }
        @Override public String str(int row) { return a.str(row) + b.str(row); }
    }

    /** String duplication: {@code "ab"*3} and {@code 3*"ab"}; a count below 1 or missing gives "". */
    static final class Repeat extends Node {
        private final Node s;
        private final Node n;

        Repeat(Node s, Node n) {
            this.s = s;
            this.n = n;
        }

        @Override public boolean isString() { return true; }

        @Override
        public String str(int row) {
            double k = n.num(row);
            return k >= 1 && k < Missing.DOT ? s.str(row).repeat((int) k) : "";
        }
    }

    /** A function of one number: missing in gives missing out; NaN/inf results give missing. */
    static final class Fn1 extends Node {
        private final Node a;
        private final DoubleUnaryOperator f;

        Fn1(Node a, DoubleUnaryOperator f) {
            this.a = a;
            this.f = f;
        }

        @Override public boolean isString() { return false; }

        @Override
        public double num(int row) {
            double x = a.num(row);
            if (x >= Missing.DOT) {
                return Missing.DOT;
            }
            double r = f.applyAsDouble(x);
            return (r < Missing.DOT && r > -Missing.DOT) ? r : Missing.DOT;
        }
    }

    static final class Fn2 extends Node {
        private final Node a;
        private final Node b;
        private final DoubleBinaryOperator f;

        Fn2(Node a, Node b, DoubleBinaryOperator f) {
            this.a = a;
            this.b = b;
            this.f = f;
        }

        @Override public boolean isString() { return false; }

        @Override
        public double num(int row) {
            double x = a.num(row);
            double y = b.num(row);
            if (x >= Missing.DOT || y >= Missing.DOT) {
                return Missing.DOT;
            }
            double r = f.applyAsDouble(x, y);
            return (r < Missing.DOT && r > -Missing.DOT) ? r : Missing.DOT;
        }
    }

    /** A numeric node given by a row function (for functions with special missing rules). */
    interface RowNum {
        double at(int row);
    }

    interface RowStr {
        String at(int row);
    }

    static Node num(RowNum f) {
        return new Node() {
            @Override public boolean isString() { return false; }
            @Override public double num(int row) { return f.at(row); }
        };
    }

    static Node str(RowStr f) {
        return new Node() {
            @Override public boolean isString() { return true; }
            @Override public String str(int row) { return f.at(row); }
        };
    }
}
