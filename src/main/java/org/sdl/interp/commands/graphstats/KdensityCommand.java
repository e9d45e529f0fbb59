package org.sdl.interp.commands.graphstats;

import java.util.List;
import java.util.Locale;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.interp.commands.graph.PlotStyles;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.TextBlock;
import org.sdl.stats.graphstats.Kernel;
import org.sdl.stats.graphstats.KernelDensity;

/**
 * kdensity varname [if] [in] [fweight aweight] [, kernel(name) bwidth(#) n(#) at(var)
 * generate(newx newd) nograph normal twoway_options]: the estimate at n points from min - h to
 * max + h (or at the values of at()), as Stata's kdensity. r(bwidth), r(n), r(scale), r(kernel).
 */
public final class KdensityCommand extends Command {
    private static final String[] OLD_KERNELS = {"biweight", "cosine", "epanechnikov", "gaussian", "parzen",
        "rectangle", "triangle", "epan2"};

    public KdensityCommand() {
        super("kdensity", 5, "varname(numeric) [if] [in] [fweight aweight] [, Kernel(string) BWidth(real 0) "
            + "Width(real 0) N(integer 0) AT(varname) Generate(string) noGRaph NORMal BIweight COSine "
            + "EPanechnikov GAUssian PARzen RECtangle TRIangle epan2 *]");
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
        Kernel kernel = kernel(inv);
        double bw = a.real("bwidth", 0);
        if (bw == 0) {
            bw = a.real("width", 0);
        }
        if (bw < 0) {
            throw new SdlError(198, "bandwidth must be positive");
        }
        String at = a.string("at");
        int n = a.integer("n", 0);
        if (at != null && n != 0) {
            throw new SdlError(198, "options at() and n() may not be specified together");
        }
        List<String> gen = a.string("generate") == null ? List.of() : Words.split(a.string("generate"));
        if (gen.size() > 2 || (gen.size() == 1 && at == null)) {
            throw new SdlError(198, "generate() requires two new variable names (one with at())");
        }
        for (String g : gen) {
            if (d.has(g)) {
                throw new SdlError(110, "variable " + g + " already defined");
            }
        }
        GraphData data = GraphData.read(inv, List.of(var));
        double[] x = data.values[0];
        double[] w = data.weights;
        if (bw == 0) {
            bw = KernelDensity.defaultBandwidth(x, w, data.fweight);
        }
        double[] points;
        int[] atRows = null;
        if (at != null) {
            NumericColumn c = GraphData.numeric(d, at);
            int count = 0;
            for (int i = 0; i < d.nObs(); i++) {
                if (!Missing.isMissing(c.get(i))) {
                    count++;
                }
            }
            points = new double[count];
            atRows = new int[count];
            int k = 0;
            for (int i = 0; i < d.nObs(); i++) {
                if (!Missing.isMissing(c.get(i))) {
                    atRows[k] = i;
                    points[k++] = c.get(i);
                }
            }
            n = count;
        } else {
            if (n <= 1) {
                n = 50;
            }
            if (n > d.nObs()) {
                n = d.nObs();
                inv.out().println("(n() set to " + n + ")");
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : x) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            points = KernelDensity.statsGrid(min, max, bw, n);
        }
        double[] f = KernelDensity.estimate(x, w, kernel, bw, points);
        double mean = 0;
        for (double v : f) {
            mean += v;
        }
        mean /= Math.max(1, f.length);
        inv.session().r().macro("kernel", kernel.stataName()).scalar("bwidth", bw).scalar("n", n)
            .scalar("scale", 1 / (n * mean));
        if (!gen.isEmpty()) {
            generate(d, gen, points, f, atRows, var);
        }
        if (a.flag("nograph")) {
            return;
        }
        GraphStatOutput.Context ctx = GraphStatOutput.begin(inv, a.rest());
        Scheme scheme = ctx.scheme();
        Plot p = new Plot();
        p.add(new Layer.Line(points, f, PlotStyles.line(ctx.opts(), scheme, 0, null), null, "Kernel density estimate"));
        if (a.flag("normal")) {
            double[] ms = HistogramCommand.meanSd(x, w, data.fweight);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : points) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double[] grid = KernelDensity.range(lo, hi, HistogramCommand.CURVE_POINTS);
            p.add(new Layer.Line(grid, KernelDensity.normal(grid, ms[0], ms[1]), scheme.line(1), null, "Normal density"));
        }
        p.x.title(GraphData.title(d, var));
        p.y.title("Density");
        Graph g = Graph.of(p);
        g.title = TextBlock.of("Kernel density estimate");
        g.note = TextBlock.of("kernel = " + kernel.stataName() + ", bandwidth = "
            + String.format(Locale.ROOT, "%6.4f", bw).strip());
        g.legend.cols = 1;
        GraphStatOutput.finish(inv, g, ctx, "kdensity");
    }

    private static Kernel kernel(Invocation inv) {
        var a = inv.args();
        String chosen = null;
        for (String k : OLD_KERNELS) {
            if (a.flag(k)) {
                if (chosen != null) {
                    throw new SdlError(198, "only one kernel may be specified");
                }
                chosen = k;
            }
        }
        String named = a.string("kernel");
        if (named != null) {
            if (chosen != null) {
                throw new SdlError(198, "option kernel(): old syntax may not be combined with new syntax");
            }
            Kernel k = Kernel.fromName(named);
            if (k == null) {
                throw new SdlError(198, "invalid kernel function " + named.strip());
            }
            return k;
        }
        return chosen == null ? Kernel.EPANECHNIKOV : Kernel.fromName(chosen);
    }

    private static void generate(Dataset d, List<String> names, double[] points, double[] f, int[] atRows, String var) {
        int rows = d.nObs();
        if (names.size() == 1) {
            NumericColumn dens = NumericColumn.create(StorageType.DOUBLE, names.get(0), rows);
            for (int i = 0; i < rows; i++) {
                dens.set(i, Missing.DOT);
            }
            for (int k = 0; k < atRows.length; k++) {
                dens.set(atRows[k], f[k]);
            }
            dens.setLabel("density: " + GraphData.title(d, var));
            d.add(dens);
            return;
        }
        NumericColumn xs = NumericColumn.create(StorageType.DOUBLE, names.get(0), rows);
        NumericColumn dens = NumericColumn.create(StorageType.DOUBLE, names.get(1), rows);
        for (int i = 0; i < rows; i++) {
            xs.set(i, i < points.length ? points[i] : Missing.DOT);
            dens.set(i, i < f.length ? f[i] : Missing.DOT);
        }
        xs.setLabel(GraphData.title(d, var));
        dens.setLabel("density: " + GraphData.title(d, var));
        d.add(xs);
        d.add(dens);
    }
}
