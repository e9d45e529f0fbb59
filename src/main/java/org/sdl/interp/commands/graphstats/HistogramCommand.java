package org.sdl.interp.commands.graphstats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.Dataset;
import org.sdl.data.DataException;
import org.sdl.data.ValueLabelSet;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.StataFormat;
import org.sdl.interp.commands.graph.Opts;
import org.sdl.interp.commands.graph.PlotStyles;
import org.sdl.output.graph.FillStyle;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.LineStyle;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.TextBlock;
import org.sdl.stats.graphstats.HistogramBins;
import org.sdl.stats.graphstats.HistogramBins.Scale;
import org.sdl.stats.graphstats.HistogramBins.Spec;
import org.sdl.stats.graphstats.Kernel;
import org.sdl.stats.graphstats.KernelDensity;

/**
 * histogram varname [if] [in] [fweight] [, bin(#) width(#) start(#) discrete density fraction
 * frequency percent normal kdensity kdenopts(kernel() bwidth()) addlabels horizontal gap(#)
 * by(varname) twoway_options]: bars from {@link HistogramBins}, density curves from
 * {@link KernelDensity} scaled to the bars' area.
 */
public final class HistogramCommand extends Command {
    /** Points of the overlaid density curves (twoway kdensity and function draw 300). */
    static final int CURVE_POINTS = 300;

    public HistogramCommand() {
        super("histogram", 4, "varname(numeric) [if] [in] [fweight] [, BIN(integer 0) Width(string) START(string) "
            + "Discrete DENsity FRACtion FREQuency PERCENT NORMal KDENsity KDENOPts(string) ADDLabels "
            + "NORMOPts(string) HORizontal GAP(real 0) by(varname) *]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        var a = inv.args();
        String var = a.varlist().get(0);
        Dataset d = inv.session().data();
        Scale scale = scale(a.flag("density"), a.flag("fraction"), a.flag("frequency"), a.flag("percent"));
        Spec spec = new Spec(a.integer("bin", 0) > 0 ? a.integer("bin", 0) : null, number(a.string("width"), "width"),
            number(a.string("start"), "start"), a.flag("discrete"));
        double gap = a.real("gap", 0);
        if (gap < 0 || gap >= 100) {
            throw new SdlError(198, "gap() must be in [0, 100)");
        }
        Kernel kernel = Kernel.EPANECHNIKOV;
        double bw = 0;
        String kdenopts = a.string("kdenopts");
        if (kdenopts != null) {
            for (GraphStatOutput.Option o : GraphStatOutput.options(kdenopts)) {
                if (o.name().startsWith("k")) {
                    kernel = Kernel.fromName(o.arg());
                    if (kernel == null) {
                        throw new SdlError(198, "invalid kernel function " + o.arg());
                    }
                } else if (o.name().startsWith("bw") || o.name().startsWith("w")) {
                    bw = Double.parseDouble(o.arg().strip());
                }
            }
        }
        boolean kdensity = a.flag("kdensity") || kdenopts != null;
        String by = a.string("by");
        List<String> vars = by == null ? List.of(var) : List.of(var, by);
        GraphData data = GraphData.read(inv, vars);
        double[] x = data.values[0];
        GraphStatOutput.Context ctx = GraphStatOutput.begin(inv, a.rest());
        Scheme scheme = ctx.scheme();
        Opts opts = ctx.opts();
        Options o = new Options(scale, gap, a.flag("normal"), kdensity, kernel, bw, a.flag("addlabels"),
            a.flag("horizontal"), GraphData.title(d, var),
            PlotStyles.fill(opts, scheme.fill(0), opts.get("COLor")),
            PlotStyles.line(new Opts(Opts.parse(nz(a.string("normopts")))), scheme, 1, null),
            PlotStyles.line(new Opts(Opts.parse(kdenStyle(kdenopts))), scheme, a.flag("normal") ? 2 : 1, null));
        HistogramBins all;
        try {
            all = HistogramBins.of(x, data.weights, spec);
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage().replace("the variable", var));
        }
        Graph g;
        if (by == null) {
            g = Graph.of(plot(all, x, data.weights, o, scheme));
        } else {
            g = byPanels(d, by, data, all, o, scheme);
        }
        g.legend.show = false;
        if (!spec.discrete()) {
            inv.out().println("(bin=" + num(all.bins()) + ", start=" + num(all.start()) + ", width=" + num(all.width()) + ")");
        } else {
            inv.out().println("(start=" + num(all.start()) + ", width=" + num(all.width()) + ")");
        }
        inv.session().r().scalar("N", all.total()).scalar("bin", all.bins()).scalar("start", all.start())
            .scalar("width", all.width()).scalar("min", all.lower())
            .scalar("max", all.lower() + all.bins() * all.width()).macro("type", scale.name().toLowerCase(Locale.ROOT));
        GraphStatOutput.finish(inv, g, ctx, "histogram");
    }

    record Options(Scale scale, double gap, boolean normal, boolean kdensity, Kernel kernel, double bw,
                   boolean addlabels, boolean horizontal, String title, FillStyle bars, LineStyle normalLine,
                   LineStyle kdensityLine) {}

    static Scale scale(boolean density, boolean fraction, boolean frequency, boolean percent) {
        int k = (density ? 1 : 0) + (fraction ? 1 : 0) + (frequency ? 1 : 0) + (percent ? 1 : 0);
        if (k > 1) {
            throw new SdlError(198, "options density, fraction, frequency and percent may not be combined");
        }
        return fraction ? Scale.FRACTION : frequency ? Scale.FREQUENCY : percent ? Scale.PERCENT : Scale.DENSITY;
    }

    private static Double number(String s, String option) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new SdlError(198, "option " + option + "() requires a number");
        }
    }

    static String num(double v) {
        return StataFormat.displayDefault(v).strip();
    }

    /** One histogram plot region: bars, optional normal and kernel density curves, height labels. */
    static Plot plot(HistogramBins b, double[] x, double[] w, Options o, Scheme scheme) {
        Plot p = new Plot();
        double[] h = b.heights(o.scale);
        double barWidth = b.width() * (1 - o.gap / 100);
        p.add(new Layer.Bars(b.centers(), h, null, barWidth, o.bars, o.horizontal, null));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int plotNo = 1;
        double area = b.area(o.scale);
        if (o.normal) {
            double[] at = KernelDensity.range(b.lower(), b.lower() + b.bins() * b.width(), CURVE_POINTS);
            double[] mv = meanSd(x, w, true);
            double[] f = KernelDensity.normal(at, mv[0], mv[1]);
            curve(p, at, f, area, o.horizontal, o.normalLine);
        }
        if (o.kdensity && x.length > 1) {
            double bw = o.bw > 0 ? o.bw : KernelDensity.defaultBandwidth(x, w, true);
            double[] at = KernelDensity.range(min, max, CURVE_POINTS);
            double[] f = KernelDensity.estimate(x, w, o.kernel, bw, at);
            curve(p, at, f, area, o.horizontal, o.kdensityLine);
        }
        if (o.addlabels) {
            double[] c = b.centers();
            for (int j = 0; j < h.length; j++) {
                String t = StataFormat.parse("%9.0g").format(h[j]).strip();
                p.add(o.horizontal ? new Layer.Text(h[j], c[j], t, Double.NaN, null, 3)
                    : new Layer.Text(c[j], h[j], t, Double.NaN, null, 12));
            }
        }
        Plot axes = p;
        (o.horizontal ? axes.y : axes.x).title(o.title);
        (o.horizontal ? axes.x : axes.y).title(o.scale.title());
        if (o.horizontal) {
            p.x.grid = true;
            p.y.grid = false;
        }
        return p;
    }

    private static void curve(Plot p, double[] at, double[] f, double area, boolean horizontal, LineStyle line) {
        double[] y = new double[f.length];
        for (int j = 0; j < f.length; j++) {
            y[j] = f[j] * area;
        }
        p.add(horizontal ? new Layer.Line(y, at, line, null, null)
            : new Layer.Line(at, y, line, null, null));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The line options inside kdenopts() (kernel() and bwidth() are read separately). */
    private static String kdenStyle(String kdenopts) {
        StringBuilder sb = new StringBuilder();
        for (GraphStatOutput.Option o : GraphStatOutput.options(kdenopts)) {
            if (!o.name().startsWith("k") && !o.name().startsWith("bw") && !o.name().startsWith("w")) {
                sb.append(' ').append(o.name()).append('(').append(o.arg()).append(')');
            }
        }
        return sb.toString();
    }

    /** Mean and sd as summarize computes them (fweights counted, aweights rescaled). */
    static double[] meanSd(double[] x, double[] w, boolean fweight) {
        int n = x.length;
        double sw = 0;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double wi = w == null ? 1 : w[i];
            sw += wi;
            s += wi * x[i];
        }
        double m = s / sw;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double dd = x[i] - m;
            ss += (w == null ? 1 : w[i]) * dd * dd;
        }
        double var = w == null ? ss / (n - 1) : fweight ? ss / (sw - 1) : ss / sw * n / (n - 1.0);
        return new double[] {m, Math.sqrt(var)};
    }

    /** by(): one panel per group, all binned like the whole sample (Stata's default, no binrescale). */
    private static Graph byPanels(Dataset d, String by, GraphData data, HistogramBins all, Options o, Scheme scheme) {
        double[] x = data.values[0];
        double[] g = data.values[1];
        double[] levels = java.util.Arrays.stream(g).distinct().sorted().toArray();
        ValueLabelSet labels = GraphData.valueLabels(d, by);
        List<Graph> panels = new ArrayList<>();
        Spec same = new Spec(null, all.width(), all.discrete() ? all.start() : all.lower(), all.discrete());
        for (double level : levels) {
            int count = 0;
            for (double v : g) {
                if (v == level) {
                    count++;
                }
            }
            double[] xs = new double[count];
            double[] ws = data.weights == null ? null : new double[count];
            int k = 0;
            for (int i = 0; i < g.length; i++) {
                if (g[i] == level) {
                    xs[k] = x[i];
                    if (ws != null) {
                        ws[k] = data.weights[i];
                    }
                    k++;
                }
            }
            HistogramBins b = HistogramBins.of(xs, ws, same);
            Graph panel = Graph.of(plot(b, xs, ws, o, scheme));
            String name = labels != null && labels.get(level) != null ? labels.get(level) : num(level);
            panel.subtitle = TextBlock.of(name);
            panels.add(panel);
        }
        Graph grid = Graph.grid(panels, 0, 0);
        grid.stripTitles = true;
        grid.note = TextBlock.of("Graphs by " + GraphData.title(d, by));
        return grid;
    }

}
