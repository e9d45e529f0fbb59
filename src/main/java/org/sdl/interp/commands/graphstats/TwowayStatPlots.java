package org.sdl.interp.commands.graphstats;

import org.sdl.interp.SdlError;
import org.sdl.interp.commands.graph.Opts;
import org.sdl.interp.commands.graph.PlotContext;
import org.sdl.interp.commands.graph.PlotStyles;
import org.sdl.interp.commands.graph.TwowayPlots;
import org.sdl.lang.ast.CommandCall;
import org.sdl.output.graph.Layer;
import org.sdl.stats.graphstats.HistogramBins;
import org.sdl.stats.graphstats.Kernel;
import org.sdl.stats.graphstats.KernelDensity;
import org.sdl.stats.graphstats.Lowess;

/**
 * The twoway plot types whose statistics live in stats.graphstats: kdensity (twoway kdensity
 * varname [, kernel() bwidth() n(300) range(# #)], the estimate over the variable's range) and
 * lowess (twoway lowess y x [, bwidth(.8) mean noweight], Stata's lowess drawn as a line in x order).
 */
public final class TwowayStatPlots {
    private TwowayStatPlots() {}

    public static void register() {
        TwowayPlots.register("kdensity", 4, TwowayStatPlots::kdensity);
        TwowayPlots.register("lowess", 4, TwowayStatPlots::lowess);
        TwowayPlots.register("histogram", 4, TwowayStatPlots::histogram);
    }

    /**
     * twoway histogram varname [, bin() width() start() discrete density fraction frequency percent
     * gap() horizontal color() fcolor() lcolor() lwidth()]: the bars of histogram (Stata's default
     * bins and start) as one plot of a twoway graph, so that it overlays with other plots.
     */
    private static void histogram(CommandCall call, Opts o, PlotContext ctx) {
        PlotContext.Data d = ctx.data(call, "histogram", 1, 1);
        if (d.n() == 0) {
            throw new SdlError(2000, "no observations");
        }
        String v;
        Integer bins = (v = o.get("BIN")) != null ? Opts.integer("bin", v) : null;
        if (bins != null && bins < 1) {
            throw new SdlError(198, "option bin() must be positive");
        }
        Double width = (v = o.get("Width")) != null ? Opts.number("width", v) : null;
        Double start = (v = o.get("START")) != null ? Opts.number("start", v) : null;
        boolean discrete = o.flag("Discrete");
        HistogramBins.Scale scale = HistogramCommand.scale(o.flag("DENsity"), o.flag("FRACtion"), o.flag("FREQuency"),
            o.flag("PERCENT"));
        double gap = (v = o.get("GAP")) != null ? Opts.number("gap", v) : 0;
        if (gap < 0 || gap >= 100) {
            throw new SdlError(198, "gap() must be in [0, 100)");
        }
        boolean horizontal = o.flag("HORizontal");
        HistogramBins b;
        try {
            b = HistogramBins.of(d.col(0), null, new HistogramBins.Spec(bins, width, start, discrete));
        } catch (org.sdl.data.DataException e) {
            throw new SdlError(e.code(), e.getMessage().replace("the variable", d.names().get(0)));
        }
        String name = d.names().get(0);
        if (horizontal) {
            ctx.yTitle(ctx.label(name), name);
        } else {
            ctx.xVariable(name);
            ctx.yTitle(scale.title(), null);
        }
        var fill = PlotStyles.fill(o, ctx.scheme().fill(ctx.nextStyle()), o.get("COLor"));
        ctx.plot().add(new Layer.Bars(b.centers(), b.heights(scale), null, b.width() * (1 - gap / 100), fill,
            horizontal, ctx.label(name)));
    }

    private static void kdensity(CommandCall call, Opts o, PlotContext ctx) {
        PlotContext.Data d = ctx.data(call, "kdensity", 1, 1);
        if (d.n() == 0) {
            throw new SdlError(2000, "no observations");
        }
        double[] x = d.col(0);
        Kernel k = Kernel.EPANECHNIKOV;
        String v;
        if ((v = o.get("Kernel")) != null) {
            k = Kernel.fromName(v);
            if (k == null) {
                throw new SdlError(198, "invalid kernel function " + v);
            }
        }
        double bw = (v = o.get("BWidth")) != null ? Opts.number("bwidth", v) : KernelDensity.defaultBandwidth(x, null, false);
        int n = (v = o.get("N")) != null ? Opts.integer("n", v) : HistogramCommand.CURVE_POINTS;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double t : x) {
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
        }
        if ((v = o.get("Range")) != null) {
            String[] p = v.strip().split("\\s+");
            if (p.length != 2) {
                throw new SdlError(198, "option range() requires two numbers");
            }
            lo = Opts.number("range", p[0]);
            hi = Opts.number("range", p[1]);
        }
        double[] at = KernelDensity.range(lo, hi, Math.max(2, n));
        double[] f = KernelDensity.estimate(x, null, k, bw, at);
        ctx.xVariable(d.names().get(0));
        ctx.yTitle("Density", null);
        ctx.plot().add(new Layer.Line(at, f, PlotStyles.line(o, ctx.scheme(), ctx.nextStyle(), o.get("COLor")), null,
            "kdensity " + d.names().get(0)));
    }

    private static void lowess(CommandCall call, Opts o, PlotContext ctx) {
        PlotContext.Data d = ctx.data(call, "lowess", 2, 2);
        if (d.n() == 0) {
            throw new SdlError(2000, "no observations");
        }
        String v;
        double bw = (v = o.get("BWidth")) != null ? Opts.number("bwidth", v) : 0.8;
        double[] y = d.col(0);
        double[] x = d.col(1);
        double[] s = Lowess.smooth(x, y, bw, o.flag("MEAN"), o.flag("NOWeight"));
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        org.sdl.data.DoubleKeySort.sort(order, x, false);
        double[] xs = new double[n];
        double[] ss = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[order[i]];
            ss[i] = s[order[i]];
        }
        ctx.xVariable(d.names().get(1));
        ctx.yTitle("lowess " + d.names().get(0) + " " + d.names().get(1), d.names().get(0));
        ctx.plot().add(new Layer.Line(xs, ss, PlotStyles.line(o, ctx.scheme(), ctx.nextStyle(), o.get("COLor")), null,
            "lowess " + d.names().get(0) + " " + d.names().get(1)));
    }
}
