package org.sdl.interp.expr;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.lang.ast.Binary;
import org.sdl.lang.ast.BinaryOp;
import org.sdl.lang.ast.Call;
import org.sdl.lang.ast.CoefRef;
import org.sdl.lang.ast.Expr;
import org.sdl.lang.ast.ExprVisitor;
import org.sdl.lang.ast.MissingLit;
import org.sdl.lang.ast.NameRef;
import org.sdl.lang.ast.NumberLit;
import org.sdl.lang.ast.StringLit;
import org.sdl.lang.ast.Subscript;
import org.sdl.lang.ast.Unary;

/**
 * Compiles an expression once into a {@link Node} tree bound to the dataset's columns: names are
 * resolved (variable abbreviations, scalars), types are checked (r(109) on a mismatch) and
 * constant subtrees are folded, so evaluation over millions of rows does no lookups.
 */
public final class ExprCompiler implements ExprVisitor<Node> {
    private final ExprEnv env;
    private final EvalContext ctx;
    private final Dataset data;

    private ExprCompiler(ExprEnv env, EvalContext ctx) {
        this.env = env;
        this.ctx = ctx;
        this.data = env.data();
    }

    public static Node compile(Expr e, ExprEnv env, EvalContext ctx) {
        ExprCompiler c = new ExprCompiler(env, ctx);
        try {
            return c.fold(e.accept(c));
        } catch (SdlError err) {
            throw err.at(e.span());
        } catch (DataException err) {
            throw new SdlError(err.code(), err.getMessage(), e.span());
        }
    }

    /** Compiles and evaluates at observation 1 (display, local =, scalar =, if command). */
    public static Value evaluate(Expr e, ExprEnv env) {
        Node n = compile(e, env, EvalContext.whole(env.data().nObs()));
        return n.isString() ? Value.of(n.str(0)) : Value.of(n.num(0));
    }

    private Node fold(Node n) {
        if (n.isConstant() || n instanceof Nodes.NumConst || n instanceof Nodes.StrConst) {
            return n;
        }
        return n;
    }

    private static boolean constant(Node... ns) {
        for (Node n : ns) {
            if (!n.isConstant()) {
                return false;
            }
        }
        return true;
    }

    private Node folded(Node n, Node... inputs) {
        if (constant(inputs)) {
            return n.isString() ? new Nodes.StrConst(n.str(0)) : new Nodes.NumConst(n.num(0));
        }
        return n;
    }

    @Override
    public Node visitNumber(NumberLit e) {
        return new Nodes.NumConst(e.value());
    }

    @Override
    public Node visitMissing(MissingLit e) {
        return new Nodes.NumConst(e.letter() == 0 ? Missing.DOT : Missing.extended(e.letter()));
    }

    @Override
    public Node visitString(StringLit e) {
        return new Nodes.StrConst(e.value());
    }

    @Override
    public Node visitName(NameRef e) {
        String name = e.name();
        switch (name) {
            case "_n": return new Nodes.ObsIndex(ctx);
            case "_N": return new Nodes.ObsCount(ctx);
            case "_pi": return new Nodes.NumConst(Math.PI);
            case "_rc": return constantOf(env.cValue("rc"));
            default: break;
        }
        if (data.has(name)) {
            return variable(data.column(name));
        }
        java.util.regex.Matcher ts = TIME_SERIES.matcher(name);
        if (ts.matches()) {
            return timeSeries(Character.toUpperCase(ts.group(1).charAt(0)),
                ts.group(2).isEmpty() ? 1 : Integer.parseInt(ts.group(2)), ts.group(3), e);
        }
        Object s = env.scalar(name);
        if (s != null) {
            return constantOf(s);
        }
        try {
            return variable(data.column(new VariableMatcher(data).one(name)));
        } catch (DataException ex) {
            throw new SdlError(ex.code(), ex.getMessage(), e.span());
        }
    }

    /** A matrix argument: a name (b) or a stored result (e(V), r(table)); null otherwise. */
    /** Stata's mreldif(A,B): max |a-b|/(|b|+1) over the elements; r(503) when the shapes differ. */
    private double mreldif(String a, String b, Call e) {
        int r = env.matrixDim(a, true);
        int c = env.matrixDim(a, false);
        if (r < 0 || env.matrixDim(b, true) < 0) {
            throw new SdlError(111, "matrix " + (r < 0 ? a : b) + " not found", e.span());
        }
        if (r != env.matrixDim(b, true) || c != env.matrixDim(b, false)) {
            throw new SdlError(503, "conformability error", e.span());
        }
        double max = 0;
        for (int i = 1; i <= r; i++) {
            for (int j = 1; j <= c; j++) {
                double x = env.matrixElement(a, i, j);
                double y = env.matrixElement(b, i, j);
                max = Math.max(max, Math.abs(x - y) / (Math.abs(y) + 1));
            }
        }
        return max;
    }

    /** det(A) and trace(A) of a named square matrix (matrix functions that return a number). */
    private double squareFunction(String f, String m, Expr e) {
        int r = env.matrixDim(m, true);
        int c = env.matrixDim(m, false);
        if (r < 0) {
            throw new SdlError(111, "matrix " + m + " not found", e.span());
        }
        if (r != c) {
            throw new SdlError(503, "conformability error: " + f + "() needs a square matrix", e.span());
        }
        double[][] a = new double[r][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                a[i][j] = env.matrixElement(m, i + 1, j + 1);
            }
        }
        if (f.equals("det")) {
            return org.sdl.stats.linalg.MatrixOps.det(a);
        }
        double t = 0;
        for (int i = 0; i < r; i++) {
            t += a[i][i];
        }
        return t;
    }

    private static String matrixName(Expr a) {
        if (a instanceof NameRef n) {
            return n.name();
        }
        if (a instanceof Call c && (c.function().equals("e") || c.function().equals("r")) && c.args().size() == 1
            && c.args().get(0) instanceof NameRef n) {
            return c.function() + "(" + n.name() + ")";
        }
        return null;
    }

    private TimeSeriesIndex timeSeriesIndex;

    /** L.x, L2.x, F.x, D.x, D2.x, S12.x: time-series operators (the lexer keeps them one name). */
    private static final java.util.regex.Pattern TIME_SERIES =
        java.util.regex.Pattern.compile("([LlFfDdSs])(\\d*)\\.([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * op^k of a variable under tsset: L lags and F leads by k periods; D^k is the k-th difference
     * (sum over m of (-1)^m C(k,m) L^m); S^k is x - L^k.x. Missing where a needed period is absent.
     */
    private Node timeSeries(char op, int k, String var, NameRef e) {
        Object[] settings = env.timeSeries();
        if (settings == null || settings[1] == null) {
            throw new SdlError(111, "time variable not set; use tsset or xtset", e.span());
        }
        Node x = visitName(new NameRef(var, e.span()));
        if (x.isString()) {
            throw new SdlError(109, "time-series operators need a numeric variable", e.span());
        }
        if (timeSeriesIndex == null) {
            // one ordering by panel and time serves every operator in the expression
            timeSeriesIndex = TimeSeriesIndex.of(data, settings);
        }
        TimeSeriesIndex index = timeSeriesIndex;
        switch (op) {
            case 'L': return shiftedNode(x, index.shifted(-k));
            case 'F': return shiftedNode(x, index.shifted(k));
            case 'S': {
                int[] back = index.shifted(-k);
                return Nodes.num(r -> {
                    double now = x.num(r);
                    double then = back[r] < 0 ? Missing.DOT : x.num(back[r]);
                    return Missing.isMissing(now) || Missing.isMissing(then) ? Missing.DOT : now - then;
                });
            }
            default: {
                int[][] lags = new int[k + 1][];
                double[] coef = new double[k + 1];
                for (int m = 0; m <= k; m++) {
                    lags[m] = m == 0 ? null : index.shifted(-m);
                    coef[m] = (m % 2 == 0 ? 1 : -1) * binomial(k, m);
                }
                return Nodes.num(r -> {
                    double sum = 0;
                    for (int m = 0; m <= k; m++) {
                        int row = m == 0 ? r : lags[m][r];
                        double v = row < 0 ? Missing.DOT : x.num(row);
                        if (Missing.isMissing(v)) {
                            return Missing.DOT;
                        }
                        sum += coef[m] * v;
                    }
                    return sum;
                });
            }
        }
    }

    private static Node shiftedNode(Node x, int[] rows) {
        return Nodes.num(r -> rows[r] < 0 ? Missing.DOT : x.num(rows[r]));
    }

    private static double binomial(int k, int m) {
        double c = 1;
        for (int i = 1; i <= m; i++) {
            c = c * (k - m + i) / i;
        }
        return c;
    }

    private Node variable(Column c) {
        if (data.nObs() == 0) {
            return c.isString() ? new Nodes.StrConst("") : new Nodes.NumConst(Missing.DOT);
        }
        return c instanceof StringColumn s ? new Nodes.StrVar(s) : new Nodes.NumVar((NumericColumn) c);
    }

    private static Node constantOf(Object v) {
        if (v instanceof String s) {
            return new Nodes.StrConst(s);
        }
        return new Nodes.NumConst(v == null ? Missing.DOT : ((Number) v).doubleValue());
    }

    @Override
    public Node visitSubscript(Subscript e) {
        String name = e.name();
        if (e.column() != null || (!data.has(name) && env.matrixDim(name, true) >= 0)) {
            Node i = e.index().accept(this);
            Node j = e.column() == null ? new Nodes.NumConst(1) : e.column().accept(this);
            Double v = env.matrixElement(name, (int) i.num(0), (int) j.num(0));
            if (v == null) {
                throw new SdlError(503, "matrix " + name + " not found or subscript out of range", e.span());
            }
            return new Nodes.NumConst(v);
        }
        Node index = e.index().accept(this);
        if (index.isString()) {
            throw new SdlError(109, "type mismatch: subscript must be numeric", e.span());
        }
        Column c;
        try {
            c = data.column(new VariableMatcher(data).one(name));
        } catch (DataException ex) {
            throw new SdlError(ex.code(), ex.getMessage(), e.span());
        }
        if (data.nObs() == 0) {
            return variable(c);
        }
        return c instanceof StringColumn s ? new Nodes.StrSubscript(s, index, ctx)
            : new Nodes.NumSubscript((NumericColumn) c, index, ctx);
    }

    @Override
    public Node visitCoefRef(CoefRef e) {
        return new Nodes.NumConst(env.coefficient(e.kind(), e.coefficient()));
    }

    @Override
    public Node visitUnary(Unary e) {
        Node a = e.operand().accept(this);
        if (a.isString()) {
            throw new SdlError(109, "type mismatch: " + e.op().symbol() + " needs a number", e.span());
        }
        switch (e.op()) {
            case NOT: return folded(new Nodes.Not(a), a);
            case NEGATE: return folded(new Nodes.Fn1(a, x -> -x), a);
            default: return a;
        }
    }

    @Override
    public Node visitBinary(Binary e) {
        Node a = e.left().accept(this);
        Node b = e.right().accept(this);
        BinaryOp op = e.op();
        if (op == BinaryOp.MUL && a.isString() != b.isString()) {
            Node str = a.isString() ? a : b;
            Node count = a.isString() ? b : a;
            return folded(new Nodes.Repeat(str, count), a, b);
        }
        if (a.isString() != b.isString()) {
            throw new SdlError(109, "type mismatch: cannot combine a string and a number with "
                + op.symbol(), e.span());
        }
        if (a.isString()) {
            if (op == BinaryOp.ADD) {
                return folded(new Nodes.Concat(a, b), a, b);
            }
            if (op.isRelational()) {
                return folded(new Nodes.StrCompare(op, a, b), a, b);
            }
            throw new SdlError(109, "type mismatch: " + op.symbol() + " is not defined for strings", e.span());
        }
        Node n;
        switch (op) {
            case ADD: case SUB: case MUL: case DIV: case POW: n = new Nodes.Arith(op, a, b); break;
            case AND: n = new Nodes.Logical(true, a, b); break;
            case OR: n = new Nodes.Logical(false, a, b); break;
            default: n = new Nodes.NumCompare(op, a, b); break;
        }
        return folded(n, a, b);
    }

    @Override
    public Node visitCall(Call e) {
        String f = e.function();
        if ((f.equals("e") || f.equals("r") || f.equals("c") || f.equals("s")) && e.args().size() == 1) {
            return storedResult(f.charAt(0), e);
        }
        if (f.equals("scalar") && e.args().size() == 1 && e.args().get(0) instanceof NameRef n) {
            Object v = env.scalar(n.name());
            if (v == null) {
                throw new SdlError(111, "scalar " + n.name() + " not found", e.span());
            }
            return constantOf(v);
        }
        if ((f.equals("rowsof") || f.equals("colsof")) && e.args().size() == 1
            && matrixName(e.args().get(0)) != null) {
            String m = matrixName(e.args().get(0));
            int d = env.matrixDim(m, f.equals("rowsof"));
            if (d < 0) {
                throw new SdlError(111, "matrix " + m + " not found", e.span());
            }
            return new Nodes.NumConst(d);
        }
        if (f.equals("mreldif") && e.args().size() == 2 && matrixName(e.args().get(0)) != null
            && matrixName(e.args().get(1)) != null) {
            return new Nodes.NumConst(mreldif(matrixName(e.args().get(0)), matrixName(e.args().get(1)), e));
        }
        if ((f.equals("det") || f.equals("trace")) && e.args().size() == 1 && matrixName(e.args().get(0)) != null) {
            return new Nodes.NumConst(squareFunction(f, matrixName(e.args().get(0)), e));
        }
        if (f.equals("el") && e.args().size() == 3 && matrixName(e.args().get(0)) != null) {
            Node i = e.args().get(1).accept(this);
            Node j = e.args().get(2).accept(this);
            Double v = env.matrixElement(matrixName(e.args().get(0)), (int) i.num(0), (int) j.num(0));
            return new Nodes.NumConst(v == null ? Missing.DOT : v);
        }
        List<Node> args = new ArrayList<>();
        for (Expr a : e.args()) {
            args.add(a.accept(this));
        }
        FunctionCompiler fc = new FunctionCompiler(f, args.size());
        Node n = SpecialFunctions.make(f, args, fc, env, ctx);
        boolean pure = n == null;
        if (n == null) {
            n = MathFunctions.make(f, args, fc);
        }
        if (n == null) {
            n = StringFunctions.make(f, args, fc);
        }
        if (n == null) {
            throw new SdlError(133, "unknown function " + f + "()" + suggest(f), e.span());
        }
        checkArgTypes(f, args, e);
        return pure && !f.startsWith("regex") ? folded(n, args.toArray(new Node[0])) : n;
    }

    private static final java.util.Set<String> STRING_ARG_FUNCTIONS = java.util.Set.of(
        "strlen", "length", "ustrlen", "upper", "strupper", "ustrupper", "lower", "strlower",
        "ustrlower", "proper", "strproper", "strtrim", "trim", "ustrtrim", "ltrim", "strltrim",
        "rtrim", "strrtrim", "itrim", "stritrim", "strreverse", "real", "wordcount");

    private void checkArgTypes(String f, List<Node> args, Call e) {
        if (STRING_ARG_FUNCTIONS.contains(f) && !args.get(0).isString()) {
            throw new SdlError(109, "type mismatch: " + f + "() needs a string", e.span());
        }
        if (MathFunctions.make(f, numericDummies(args.size()), new FunctionCompiler(f, args.size())) != null) {
            for (Node a : args) {
                if (a.isString()) {
                    throw new SdlError(109, "type mismatch: " + f + "() needs numbers", e.span());
                }
            }
        }
    }

    private static List<Node> numericDummies(int n) {
        List<Node> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(new Nodes.NumConst(0));
        }
        return l;
    }

    private Node storedResult(char kind, Call e) {
        Expr arg = e.args().get(0);
        String name;
        if (arg instanceof NameRef n) {
            name = n.name();
        } else if (arg instanceof Call c && c.args().isEmpty()) {
            name = c.function() + "()";
        } else {
            throw new SdlError(198, "invalid " + kind + "() reference", e.span());
        }
        Object v = kind == 'c' ? env.cValue(name) : env.storedResult(kind, name);
        if (v == null) {
            return name.equals("sample") ? sampleNode() : new Nodes.NumConst(Missing.DOT);
        }
        if (v instanceof boolean[] mask) {
            return Nodes.num(r -> r < mask.length && mask[r] ? 1 : 0);
        }
        return constantOf(v);
    }

    private Node sampleNode() {
        return new Nodes.NumConst(0);
    }

    private static final List<String> KNOWN = List.of("abs", "exp", "ln", "log", "log10", "sqrt",
        "round", "floor", "ceil", "int", "mod", "min", "max", "sum", "cond", "inlist", "inrange",
        "missing", "normal", "normalden", "invnormal", "logistic", "invlogit", "logit", "chi2",
        "chi2tail", "F", "Ftail", "t", "ttail", "invttail", "binomial", "runiform", "rnormal",
        "rbinomial", "rpoisson", "strlen", "substr", "strpos", "subinstr", "strtrim", "ltrim",
        "rtrim", "upper", "lower", "string", "strofreal", "real", "word", "wordcount", "regexm",
        "regexs", "date", "mdy", "year", "month", "day", "dow");

    private static String suggest(String f) {
        String n = org.sdl.data.Nearest.of(f, KNOWN);
        return n == null ? "" : "; did you mean " + n + "()?";
    }
}
