package org.sdl.interp.commands.graphstats;

import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.commands.graph.PlotStyles;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;
import org.sdl.stats.graphstats.NormalProbability;

/**
 * qnorm varname (quantiles of the variable against normal quantiles with its mean and sd, and
 * the line of equality) and pnorm varname (the normal probability of each standardised value
 * against its plotting position i/(N+1), and the diagonal), from {@link NormalProbability}.
 */
public final class NormalPlotCommand extends Command {
    private final boolean quantile;

    public NormalPlotCommand(boolean quantile) {
        super(quantile ? "qnorm" : "pnorm", 5, "varname(numeric) [if] [in] [, *]");
        this.quantile = quantile;
    }

    @Override
    public void run(Invocation inv) {
        String var = inv.args().varlist().get(0);
        Dataset d = inv.session().data();
        GraphData data = GraphData.read(inv, List.of(var));
        NormalProbability.Points pts = NormalProbability.of(data.values[0]);
        GraphStatOutput.Context ctx = GraphStatOutput.begin(inv, inv.args().rest());
        Scheme scheme = ctx.scheme();
        var marker = PlotStyles.marker(ctx.opts(), scheme, 0, null);
        Plot p = new Plot();
        int n = pts.sorted().length;
        if (quantile) {
            double lo = Math.min(pts.sorted()[0], pts.normalQuantiles()[0]);
            double hi = Math.max(pts.sorted()[n - 1], pts.normalQuantiles()[n - 1]);
            p.add(new Layer.Points(pts.normalQuantiles(), pts.sorted(), marker, null));
            p.add(new Layer.Line(new double[] {lo, hi}, new double[] {lo, hi}, scheme.line(1), null, null));
            p.x.title("Inverse Normal");
            p.y.title(GraphData.title(d, var));
        } else {
            p.add(new Layer.Points(pts.positions(), pts.normalProbabilities(), marker, null));
            p.add(new Layer.Line(new double[] {0, 1}, new double[] {0, 1}, scheme.line(1), null, null));
            p.x.title("Empirical P[i] = i/(N+1)");
            p.y.title("Normal F[(" + var + "-m)/s]");
        }
        Graph g = Graph.of(p);
        g.legend.show = false;
        GraphStatOutput.finish(inv, g, ctx, quantile ? "qnorm" : "pnorm");
    }
}
