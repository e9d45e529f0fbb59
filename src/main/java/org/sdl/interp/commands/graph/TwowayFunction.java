package org.sdl.interp.commands.graph;

import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.ExprEnv;
import org.sdl.interp.expr.Node;
import org.sdl.interp.syntax.Numlist;
import org.sdl.lang.Parser;
import org.sdl.lang.ast.CommandCall;
import org.sdl.lang.ast.Expr;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.LineStyle;

/**
 * {@code twoway function [y =] f(x) [, range(# # | varname) n(#) horizontal]}: f evaluated at n
 * (default 300, as Stata) points of x evenly over the range (default 0 to 1, as Stata when no
 * range is given). The expression sees x, the session's scalars, macros and stored results.
 */
final class TwowayFunction {
    private TwowayFunction() {}

    static void build(CommandCall call, Opts o, PlotContext ctx) {
        Expr e = call.assigned();
        if (e == null) {
            String text = call.arguments().strip();
            if (text.isEmpty()) {
                throw new SdlError(198, "function: expression required");
            }
            e = Parser.expression(call.source().withText(text));
        } else if (!call.arguments().strip().isEmpty() && !call.arguments().strip().equals("y")) {
            throw new SdlError(198, "function: only y = f(x) is allowed, not " + call.arguments().strip() + " =");
        }
        if (call.ifCondition() != null || call.in() != null) {
            throw new SdlError(198, "function: if and in not allowed");
        }
        String nText = o.get("n");
        int n = nText == null ? 300 : Opts.integer("n", nText);
        if (n < 2) {
            throw new SdlError(198, "option n() must be at least 2");
        }
        double lo = 0;
        double hi = 1;
        String r = o.get("RANge");
        if (r != null) {
            String t = r.strip();
            if (t.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                double[] mm = minMax(ctx.session(), t);
                lo = mm[0];
                hi = mm[1];
            } else {
                List<Double> v = Numlist.expand(t);
                if (v.size() != 2) {
                    throw new SdlError(198, "option range() requires two numbers or a variable");
                }
                lo = v.get(0);
                hi = v.get(1);
            }
        }
        boolean horizontal = o.flag("HORizontal");
        Dataset grid = new Dataset();
        DoubleColumn x = new DoubleColumn("x", n);
        for (int i = 0; i < n; i++) {
            x.set(i, lo + (hi - lo) * i / (n - 1));
        }
        grid.setObs(n);
        grid.add(x);
        Node node = ExprCompiler.compile(e, onData(ctx.session(), grid), EvalContext.whole(n));
        if (node.isString()) {
            throw new SdlError(109, "function: type mismatch (the expression is a string)");
        }
        double[] xs = x.raw().clone();
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = node.num(i);
        }
        LineStyle l = PlotStyles.line(o, ctx.scheme(), ctx.nextStyle(), o.get("COLor"));
        if (horizontal) {
            ctx.xVariable("y");
            ctx.yTitle("x", null);
            ctx.plot().add(new Layer.Line(ys, xs, l, null, "y"));
        } else {
            ctx.xVariable("x");
            ctx.yTitle("y", null);
            ctx.plot().add(new Layer.Line(xs, ys, l, null, "y"));
        }
    }

    private static double[] minMax(Session s, String var) {
        if (!(s.data().column(var) instanceof NumericColumn c)) {
            throw new SdlError(111, "variable " + var + " not found or not numeric");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                lo = Math.min(lo, c.get(i));
                hi = Math.max(hi, c.get(i));
            }
        }
        if (lo > hi) {
            throw new SdlError(2000, "no observations");
        }
        return new double[] {lo, hi};
    }

    /** The session as an expression environment whose data are the function's x grid. */
    private static ExprEnv onData(Session s, Dataset d) {
        return new ExprEnv() {
            @Override public Dataset data() { return d; }
            @Override public Object scalar(String name) { return s.scalar(name); }
            @Override public Object storedResult(char kind, String name) { return s.storedResult(kind, name); }
            @Override public double coefficient(String kind, String name) { return s.coefficient(kind, name); }
            @Override public Double matrixElement(String m, int r, int c) { return s.matrixElement(m, r, c); }
            @Override public int matrixDim(String m, boolean rows) { return s.matrixDim(m, rows); }
            @Override public Object cValue(String name) { return s.cValue(name); }
            @Override public double nextUniform() { return s.nextUniform(); }
            @Override public double nextGaussian() { return s.nextGaussian(); }
        };
    }
}
