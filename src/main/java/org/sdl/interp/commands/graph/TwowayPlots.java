package org.sdl.interp.commands.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.data.Column;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.lang.ast.CommandCall;
import org.sdl.output.graph.FillStyle;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.LineStyle;
import org.sdl.output.graph.MarkerStyle;
import org.sdl.stats.graphstats.PolynomialFit;

/**
 * The twoway plot types by name, with Stata's abbreviations. Built in: scatter, line, connected,
 * area, bar, rcap, rspike, rarea, rline, function, lfit, qfit, lfitci, qfitci. Other command
 * groups add theirs (lowess, kdensity, histogram) with {@link #register}.
 */
public final class TwowayPlots {
    private TwowayPlots() {}

    private static final Map<String, PlotType> TYPES = new LinkedHashMap<>();
    private static final Map<String, String> ABBREV = new LinkedHashMap<>();

    /** Adds (or replaces) a plot type; {@code minAbbrev} is the shortest accepted abbreviation. */
    public static synchronized void register(String name, int minAbbrev, PlotType t) {
        TYPES.put(name, t);
        for (int k = Math.max(1, minAbbrev); k < name.length(); k++) {
            ABBREV.putIfAbsent(name.substring(0, k), name);
        }
    }

    /** The full name of a typed plot type, or null when unknown. */
    public static synchronized String resolve(String typed) {
        if (TYPES.containsKey(typed)) {
            return typed;
        }
        return ABBREV.get(typed);
    }

    static synchronized PlotType get(String name) {
        return TYPES.get(name);
    }

    static {
        register("scatter", 2, TwowayPlots::scatter);
        register("line", 4, (c, o, x) -> lineLike(c, o, x, "line", false));
        register("connected", 4, (c, o, x) -> lineLike(c, o, x, "connected", true));
        register("area", 4, TwowayPlots::area);
        register("bar", 3, TwowayPlots::bar);
        register("rcap", 4, (c, o, x) -> range(c, o, x, "rcap"));
        register("rspike", 6, (c, o, x) -> range(c, o, x, "rspike"));
        register("rarea", 5, (c, o, x) -> range(c, o, x, "rarea"));
        register("rline", 5, (c, o, x) -> range(c, o, x, "rline"));
        register("function", 4, TwowayFunction::build);
        register("lfit", 4, (c, o, x) -> fit(c, o, x, "lfit", 1, false));
        register("qfit", 4, (c, o, x) -> fit(c, o, x, "qfit", 2, false));
        register("lfitci", 6, (c, o, x) -> fit(c, o, x, "lfitci", 1, true));
        register("qfitci", 6, (c, o, x) -> fit(c, o, x, "qfitci", 2, true));
    }

    /** scatter y1 [y2 ...] x: one marker layer per y variable. */
    private static void scatter(CommandCall call, Opts o, PlotContext ctx) {
        PlotContext.Data d = ctx.data(call, "scatter", 2, 0);
        String color = o.get("COLor");
        String mlabel = o.get("MLABel");
        String[] labels = mlabel == null ? null : markerLabels(ctx, call, mlabel, d);
        int ny = d.names().size() - 1;
        double[] x = d.col(ny);
        ctx.xVariable(d.names().get(ny));
        // the plot's options apply to each y variable, each starting from its own pN style
        Opts given = o.copy();
        List<MarkerStyle> styles = new ArrayList<>();
        for (int k = 0; k < ny; k++) {
            styles.add(PlotStyles.marker(k == 0 ? o : given.copy(), ctx.scheme(), ctx.nextStyle(), color));
        }
        for (int k = 0; k < ny; k++) {
            String name = d.names().get(k);
            String text = ctx.label(name);
            ctx.yTitle(text, name);
            ctx.plot().add(new Layer.Points(x, d.col(k), styles.get(k), k == 0 ? labels : null, text));
        }
    }

    private static String[] markerLabels(PlotContext ctx, CommandCall call, String var, PlotContext.Data d) {
        // marker labels come from the same rows: re-select with the label variable appended
        String v = var.strip();
        Column c = ctx.session().data().column(v);
        if (c == null) {
            throw new SdlError(111, "variable " + v + " not found");
        }
        PlotContext.Data rows = rowsWith(ctx, call, v);
        String[] out = new String[rows.n()];
        double[] idx = rows.col(rows.names().size() - 1);
        for (int i = 0; i < out.length; i++) {
            int r = (int) idx[i];
            if (c instanceof NumericColumn nc) {
                out[i] = GraphText.valueText(ctx.session(), nc, nc.get(r));
            } else {
                out[i] = ((org.sdl.data.StringColumn) c).get(r);
            }
        }
        ctx.observations -= rows.n();
        if (out.length != d.n()) {
            throw new SdlError(198, "option mlabel(): rows do not match");
        }
        return out;
    }

    private static PlotContext.Data rowsWith(PlotContext ctx, CommandCall call, String labelVar) {
        // a row-number column lets the label variable (maybe a string) be looked up per selected row
        String tmp = "__sdl_graph_row";
        org.sdl.data.Dataset data = ctx.session().data();
        org.sdl.data.DoubleColumn rowNo = new org.sdl.data.DoubleColumn(tmp, data.nObs());
        for (int i = 0; i < data.nObs(); i++) {
            rowNo.set(i, i);
        }
        data.add(rowNo);
        try {
            CommandCall c2 = new CommandCall(call.name(), call.arguments() + " " + tmp, call.assigned(),
                call.assignedText(), call.ifCondition(), call.ifText(), call.in(), call.weight(), call.using(),
                call.options(), call.source());
            return ctx.data(c2, "scatter", 2, 0);
        } finally {
            data.drop(tmp);
        }
    }

    private static double[][] sorted(double[] x, double[]... ys) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double[][] out = new double[ys.length + 1][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = x[order[i]];
            for (int k = 0; k < ys.length; k++) {
                out[k + 1][i] = ys[k][order[i]];
            }
        }
        return out;
    }

    /** line / connected y1 [y2 ...] x [, sort]: drawn in data order unless sort. */
    private static void lineLike(CommandCall call, Opts o, PlotContext ctx, String type, boolean markers) {
        PlotContext.Data d = ctx.data(call, type, 2, 0);
        String color = o.get("COLor");
        boolean sort = o.flag("sort");
        int ny = d.names().size() - 1;
        ctx.xVariable(d.names().get(ny));
        Opts given = o.copy();
        for (int k = 0; k < ny; k++) {
            int idx = ctx.nextStyle();
            Opts use = k == 0 ? o : given.copy();
            LineStyle l = PlotStyles.line(use, ctx.scheme(), idx, color);
            MarkerStyle m = markers ? PlotStyles.marker(use, ctx.scheme(), idx, color) : null;
            double[] x = d.col(ny);
            double[] y = d.col(k);
            if (sort) {
                double[][] s = sorted(x, y);
                x = s[0];
                y = s[1];
            }
            String name = d.names().get(k);
            String text = ctx.label(name);
            ctx.yTitle(text, name);
            ctx.plot().add(new Layer.Line(x, y, l, m, text));
        }
    }

    /** area y x [, base() sort horizontal]. */
    private static void area(CommandCall call, Opts o, PlotContext ctx) {
        PlotContext.Data d = ctx.data(call, "area", 2, 2);
        FillStyle f = PlotStyles.fill(o, ctx.scheme().fill(ctx.nextStyle()), o.get("COLor"));
        String b = o.get("BASE");
        double base = b == null ? 0 : Opts.number("base", b);
        boolean horizontal = o.flag("HORizontal");
        o.flag("sort");
        double[][] s = sorted(d.col(1), d.col(0));
        double[] lo = new double[s[0].length];
        java.util.Arrays.fill(lo, base);
        add(ctx, d, horizontal);
        ctx.plot().add(new Layer.Band(s[0], lo, s[1], f, horizontal, ctx.label(d.names().get(0))));
    }

    private static void add(PlotContext ctx, PlotContext.Data d, boolean horizontal) {
        String y = d.names().get(0);
        String x = d.names().get(d.names().size() - 1);
        if (horizontal) {
            ctx.xVariable(y);
            ctx.yTitle(ctx.label(x), x);
        } else {
            ctx.xVariable(x);
            ctx.yTitle(ctx.label(y), y);
        }
    }

    /** bar y x [, barwidth() base() horizontal]. */
    private static void bar(CommandCall call, Opts o, PlotContext ctx) {
        PlotContext.Data d = ctx.data(call, "bar", 2, 2);
        FillStyle f = PlotStyles.fill(o, ctx.scheme().fill(ctx.nextStyle()), o.get("COLor"));
        String w = o.get("BARWidth");
        double width = w == null ? 1 : Opts.number("barwidth", w);
        String b = o.get("BASE");
        boolean horizontal = o.flag("HORizontal");
        double[] base = null;
        if (b != null) {
            base = new double[d.n()];
            java.util.Arrays.fill(base, Opts.number("base", b));
        }
        add(ctx, d, horizontal);
        ctx.plot().add(new Layer.Bars(d.col(1), d.col(0), base, width, f, horizontal, ctx.label(d.names().get(0))));
    }

    /** rcap / rspike / rarea / rline y1 y2 x [, horizontal msize() sort]. */
    private static void range(CommandCall call, Opts o, PlotContext ctx, String type) {
        PlotContext.Data d = ctx.data(call, type, 3, 3);
        boolean horizontal = o.flag("HORizontal");
        String color = o.get("COLor");
        int idx = ctx.nextStyle();
        String n1 = d.names().get(0);
        String n2 = d.names().get(1);
        String x = d.names().get(2);
        String text = ctx.label(n1) + "/" + ctx.label(n2);
        if (horizontal) {
            ctx.xVariable(n1);
            ctx.yTitle(ctx.label(x), x);
        } else {
            ctx.xVariable(x);
            ctx.yTitle(text, n1);
        }
        switch (type) {
            case "rcap", "rspike" -> {
                LineStyle l = PlotStyles.line(o, ctx.scheme(), idx, color);
                double cap = 0;
                if (type.equals("rcap")) {
                    String ms = o.get("MSIZe");
                    cap = ms == null ? 2.5 : Styles.markerSize("msize", ms, 2.5);
                }
                ctx.plot().add(new Layer.Spikes(d.col(2), d.col(0), d.col(1), l, cap, horizontal, text));
            }
            case "rarea" -> {
                o.flag("sort");
                FillStyle f = PlotStyles.fill(o, ctx.scheme().fill(idx), color);
                double[][] s = sorted(d.col(2), d.col(0), d.col(1));
                ctx.plot().add(new Layer.Band(s[0], s[1], s[2], f, horizontal, text));
            }
            default -> {
                LineStyle l = PlotStyles.line(o, ctx.scheme(), idx, color);
                double[] px = d.col(2);
                double[] lo = d.col(0);
                double[] hi = d.col(1);
                if (o.flag("sort")) {
                    double[][] s = sorted(px, lo, hi);
                    px = s[0];
                    lo = s[1];
                    hi = s[2];
                }
                double[] x2 = horizontal ? lo : px;
                double[] y2 = horizontal ? px : lo;
                double[] x3 = horizontal ? hi : px;
                double[] y3 = horizontal ? px : hi;
                ctx.plot().add(new Layer.Line(x2, y2, l, null, text));
                ctx.plot().add(new Layer.Line(x3, y3, l, null, null));
            }
        }
    }

    /**
     * lfit / qfit / lfitci / qfitci y x [, range() n() level() stdf]: the least-squares line or
     * quadratic evaluated at n (default 100) points across the x range; the ci variants draw the
     * confidence band first (key "95% CI"), then the fit (key "Fitted values").
     */
    private static void fit(CommandCall call, Opts o, PlotContext ctx, String type, int degree, boolean ci) {
        PlotContext.Data d = ctx.data(call, type, 2, 2);
        ctx.xVariable(d.names().get(1));
        double[] x = d.col(1);
        PolynomialFit f = PolynomialFit.fit(x, d.col(0), null, false, degree);
        int idx = ctx.nextStyle();
        LineStyle l = PlotStyles.line(o, ctx.scheme(), idx, o.get("COLor"));
        String nText = o.get("n");
        int n = nText == null ? 100 : Opts.integer("n", nText);
        if (n < 2) {
            throw new SdlError(198, "option n() must be at least 2");
        }
        String lev = o.get("LEVel");
        double level = lev == null ? ctx.session().settings().level() : Opts.number("level", lev);
        if (level < 10 || level > 99.99) {
            throw new SdlError(198, "level() must be between 10 and 99.99");
        }
        boolean stdf = ci && o.flag("stdf");
        FillStyle band = ci ? PlotStyles.fill(new Opts(List.of()), ctx.scheme().ciBand(), null) : null;
        if (ci) {
            String v;
            if ((v = o.get("FColor")) != null) band = band.withColor(Styles.color("fcolor", v));
            if ((v = o.get("ACOLor")) != null) band = band.withColor(Styles.color("acolor", v));
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        String r = o.get("RANge");
        if (r != null) {
            List<Double> rr = org.sdl.interp.syntax.Numlist.expand(r);
            if (rr.size() != 2) {
                throw new SdlError(198, "option range() requires two numbers");
            }
            lo = rr.get(0);
            hi = rr.get(1);
        }
        String fitted = "Fitted values";
        String levelText = org.sdl.output.graph.AxisTicks.format(level, "%9.0g") + "% CI";
        if (ci) {
            ctx.yTitle(levelText, null);
        }
        ctx.yTitle(fitted, null);
        if (f == null) {
            // too few points for the fit: nothing is drawn, as Stata draws nothing
            return;
        }
        double[] gx = new double[n];
        double[] gy = new double[n];
        double[] glo = new double[n];
        double[] ghi = new double[n];
        double t = ci ? f.criticalValue(level) : 0;
        for (int i = 0; i < n; i++) {
            gx[i] = lo + (hi - lo) * i / (n - 1);
            gy[i] = f.predict(gx[i]);
            if (ci) {
                double se = stdf ? f.stdf(gx[i]) : f.stdp(gx[i]);
                glo[i] = gy[i] - t * se;
                ghi[i] = gy[i] + t * se;
            }
        }
        if (ci) {
            ctx.plot().add(new Layer.Band(gx, glo, ghi, band, false, levelText));
        }
        ctx.plot().add(new Layer.Line(gx, gy, l, null, fitted));
    }
}
